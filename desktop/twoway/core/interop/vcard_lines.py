"""A forgiving reader of vCard lines, for what real exporters write and vobject refuses
or splits.

Gmail, Outlook and others leave commas in a formatted name, a title or a note unescaped
("FN:Doe, Jane"); by the letter of the specification each comma starts a new value, and
vobject keeps only the first, so a name or a note was cut at its first comma. Older
Apple Address Book and Lotus exports put spaces around the colon or between parameters,
which vobject refuses for the whole card. Here a line is read the way people meant it:
`[group.]NAME[;params]:value`, a comma is a comma unless a list is expected, and only
`\\;` `\\,` `\\n` `\\\\` are escapes.

The result looks like vobject's own lines (`value`, `params`, `singletonparams`, `group`)
so the same code turns either into a contact.
"""

from __future__ import annotations

import codecs
import quopri
import re
from dataclasses import dataclass, field

_HEAD = re.compile(r"^\s*(?:(?P<group>[A-Za-z0-9_-]+)\.)?(?P<name>[A-Za-z0-9_-]+)\s*$")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_UNESCAPED = {"n": "\n", "N": "\n"}


@dataclass
class RawLine:
    name: str  # upper case, without the group
    group: str | None
    params: dict[str, list[str]] = field(default_factory=dict)  # TYPE=a,b -> ["a", "b"]
    singletonparams: list[str] = field(default_factory=list)  # 2.1 style: ;WORK;PREF
    value: str = ""  # as written, after quoted-printable decoding


class RawCard:
    """A card as lines, with vobject's `contents` shape: lower-case name -> lines."""

    def __init__(self, lines: list[RawLine]) -> None:
        self.contents: dict[str, list[RawLine]] = {}
        for line in lines:
            self.contents.setdefault(line.name.lower(), []).append(line)


def unfold(lines: list[str]) -> list[str]:
    """Logical lines: a line starting with a space or tab continues the one before, and a
    quoted-printable value ending in "=" continues on the next line."""
    logical: list[str] = []
    for line in lines:
        if logical and line[:1] in (" ", "\t"):
            logical[-1] += line[1:]
        elif logical and _is_qp(logical[-1]) and logical[-1].endswith("="):
            logical[-1] = logical[-1][:-1] + line
        else:
            logical.append(line)
    return logical


def _split_head(line: str) -> tuple[str, str] | None:
    """(name and parameters, value), split at the first colon outside double quotes."""
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return line[:index], line[index + 1 :]
    return None


def _is_qp(line: str) -> bool:
    head = _split_head(line)
    return head is not None and "QUOTED-PRINTABLE" in head[0].upper()


def parse_line(line: str) -> RawLine | None:
    """One logical line, or None when it is not a property at all."""
    parts = _split_head(line)
    if parts is None:
        return None
    head, value = parts
    name, *params = head.split(";")
    match = _HEAD.match(name)
    if match is None:
        return None
    raw = RawLine(match["name"].upper(), match["group"])
    for param in params:
        key, equals, values = param.partition("=")
        key = key.strip().upper()
        if not key:
            continue
        if not equals:
            raw.singletonparams.append(key)
            continue
        raw.params.setdefault(key, []).extend(
            v.strip().strip('"') for v in values.split(",") if v.strip()
        )
    encoding = [e.upper() for e in raw.params.get("ENCODING", [])] + raw.singletonparams
    if "QUOTED-PRINTABLE" in encoding:
        value = _from_quoted_printable(value, raw.params.get("CHARSET", [""])[0])
    raw.value = value
    return raw


def _from_quoted_printable(value: str, charset: str) -> str:
    data = quopri.decodestring(value.encode("utf-8", "surrogateescape"))
    for name in (charset, "utf-8", "cp1252"):
        try:
            codecs.lookup(name)
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1")  # never reached: cp1252 decodes nearly everything


def read_card(lines: list[str]) -> RawCard:
    """Every property line of one card (BEGIN/END and non-vCard lines left out)."""
    properties = []
    for line in unfold(lines):
        raw = parse_line(line)
        if raw is not None and raw.name not in ("BEGIN", "END"):
            properties.append(raw)
    return RawCard(properties)


def text(value: str) -> str:
    """A text value with its escapes undone; an unescaped comma is kept as a comma."""
    return _ESCAPE.sub(lambda m: _UNESCAPED.get(m.group(1), m.group(1)), value)


def components(value: str) -> list[str]:
    """The parts of a structured value (N, ORG, ADR), split at unescaped semicolons."""
    parts = re.split(r"(?<!\\);", value)
    return [text(part) for part in parts]


def text_list(value: str) -> list[str]:
    """A value that is a list by nature (CATEGORIES): split at unescaped commas."""
    return [text(part) for part in re.split(r"(?<!\\),", value)]
