"""A quick reader for the plain TOML that Twoway itself writes; anything else is left to
tomllib.

Python's TOML parser is written in Python and reads about a megabyte a second: a data
folder of 25,000 records takes it twenty seconds, which a first start without the load
cache (a second computer after a sync) would wait. Files Twoway wrote use a small part
of TOML, one line at a time: `key = value` with plain keys, tables and arrays of tables,
strings, booleans, integers, decimals, dates and times with an offset, arrays of
strings. This module reads exactly that part and returns None for anything else (a
comment, a quoted key, an escape it does not know, a duplicate key, a table defined
twice), so tomllib reads those files and says what is wrong with them. For every file
it does read, the result is what tomllib gives (tests compare the two).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

_TABLE = re.compile(r"\[([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)\]\Z")
_ARRAY_TABLE = re.compile(r"\[\[([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)\]\]\Z")
# A basic string: no raw control characters (tab aside), only the escapes TOML knows.
_PLAIN = r'[^"\\\x00-\x08\x0a-\x1f\x7f]*'
_STRING_BODY = rf'{_PLAIN}(?:\\(?:[btnfr"\\]|u[0-9A-Fa-f]{{4}}|U[0-9A-Fa-f]{{8}}){_PLAIN})*'
_STRING_ITEM = re.compile(rf'\s*"({_STRING_BODY})",\Z')
_STRING_IN_LIST = re.compile(rf'"({_STRING_BODY})"')
_ESCAPE = re.compile(r'\\(?:([btnfr"\\])|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))')
_SIMPLE = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}


class _NotOurs(Exception):
    """The text uses more of TOML than this reader knows: tomllib reads it."""


def _unescape(raw: str) -> str:
    if "\\" not in raw:
        return raw

    def one(match: re.Match[str]) -> str:
        if match.group(1):
            return _SIMPLE[match.group(1)]
        code = int(match.group(2) or match.group(3), 16)
        if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            raise _NotOurs  # not a Unicode scalar value: tomllib refuses it
        return chr(code)

    return _ESCAPE.sub(one, raw)


# A document as parsed: any TOML values by key.
_Table = dict[str, Any]


def _table_at(
    root: _Table,
    path: str,
    defined: set[str | tuple[str, str]],
    parents: dict[str, tuple[_Table, str]],
    *,
    array: bool,
) -> _Table:
    found = parents.get(path)
    if found is not None and array:
        # The same [[header]] again (a checklist's next item): its parent is known.
        here, last = found
        items = here[last]
        table: _Table = {}
        items.append(table)
        return table
    parts = path.split(".")
    here = root
    through_array = False
    for depth, part in enumerate(parts[:-1], 1):
        value = here.setdefault(part, {})
        if isinstance(value, list):
            # Only into an array of tables: a plain array's tables cannot be added to.
            if (".".join(parts[:depth]), "array") not in defined:
                raise _NotOurs
            value = value[-1]
            through_array = True  # the parent changes with each new entry above
        if not isinstance(value, dict):
            raise _NotOurs
        here = value
    last = parts[-1]
    if array:
        if last in here and (path, "array") not in defined:
            raise _NotOurs  # an array of tables added to a value or table: tomllib says why
        items = here.setdefault(last, [])
        if not isinstance(items, list):
            raise _NotOurs
        defined.add((path, "array"))
        if not through_array:
            parents[path] = (here, last)
        table = {}
        items.append(table)
        return table
    if path in defined or (path, "array") in defined:
        raise _NotOurs  # a table defined twice: tomllib explains it
    defined.add(path)
    value = here.setdefault(last, {})
    if not isinstance(value, dict) or value:
        raise _NotOurs  # made implicitly by a longer header and given keys: rare, leave it
    return value


def read(text: str) -> dict[str, Any] | None:
    """The document in `text`, or None when it is not the plain TOML Twoway writes."""
    if "\r" in text:
        return None  # line ends of another system: tomllib knows how strings keep them
    try:
        return _read(text)
    except _NotOurs:
        return None


# A value on one line; which group matched says what it is.
_SCALAR = (
    rf'"(?P<str>{_STRING_BODY})"'
    r"|(?P<true>true)|(?P<false>false)"
    r"|(?P<dt>[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{6})?[+-][0-9]{2}:[0-9]{2})"
    r"|(?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})"
    r"|(?P<dec>-?(?:0|[1-9][0-9]*)\.[0-9]+)"
    r"|(?P<int>-?(?:0|[1-9][0-9]*))"
)
# One match per `key = value` line.
_LINE = re.compile(
    rf"(?P<key>[A-Za-z0-9_-]+) = (?:{_SCALAR}"
    r'|(?P<ml>""")'
    r"|(?P<open>\[)"
    rf'|(?P<inline>\[(?:"{_STRING_BODY}"(?:, "{_STRING_BODY}")*)?\])'
    r")\Z"
)
# One `key = value` of an inline table, as in `{ text = "Call", done = true }`.
_PAIR = re.compile(rf"(?P<key>[A-Za-z0-9_-]+) = (?:{_SCALAR})")
_TABLE_ITEM = re.compile(r"\s*\{ (.+) \},\Z")


def _value(match: re.Match[str]) -> object:
    what = match.lastgroup
    if what == "str":
        raw = match.group("str")
        return _unescape(raw) if "\\" in raw else raw
    if what == "true":
        return True
    if what == "false":
        return False
    if what == "int":
        return int(match.group("int"))
    if what == "dec":
        return float(match.group("dec"))
    try:
        if what == "dt":
            return datetime.fromisoformat(match.group("dt"))
        if what == "date":
            return date.fromisoformat(match.group("date"))
    except ValueError:
        raise _NotOurs from None  # a date that does not exist: tomllib says so
    raise _NotOurs


def _inline_table(body: str) -> _Table:
    table: _Table = {}
    position, end = 0, len(body)
    while True:
        match = _PAIR.match(body, position)
        if match is None or match.group("key") in table:
            raise _NotOurs
        table[match.group("key")] = _value(match)
        position = match.end()
        if position == end:
            return table
        if not body.startswith(", ", position):
            raise _NotOurs
        position += 2


def _read(text: str) -> _Table:
    root: _Table = {}
    table = root
    defined: set[str | tuple[str, str]] = set()
    parents: dict[str, tuple[_Table, str]] = {}
    lines = text.split("\n")
    count = len(lines)
    index = 0
    line_match = _LINE.match
    while index < count:
        line = lines[index]
        index += 1
        if not line:
            continue
        if line[0] == "[":
            match = _ARRAY_TABLE.match(line)
            if match:
                table = _table_at(root, match.group(1), defined, parents, array=True)
                continue
            match = _TABLE.match(line)
            if match is None:
                raise _NotOurs
            table = _table_at(root, match.group(1), defined, parents, array=False)
            continue
        match = line_match(line)
        if match is None:
            raise _NotOurs
        key = match.group("key")
        if key in table:
            raise _NotOurs  # a duplicate key: tomllib explains it
        what = match.lastgroup
        if what == "str":  # most values: handled here, without a call
            value = match.group("str")
            if "\\" in value:
                value = _unescape(value)
        elif what == "ml":
            index, value = _multiline(lines, index, count)
        elif what == "open":
            index, value = _array_lines(lines, index, count)
        elif what == "inline":
            value = [_unescape(item) for item in _STRING_IN_LIST.findall(match.group("inline"))]
        else:
            value = _value(match)
        table[key] = value
    return root


def _multiline(lines: list[str], index: int, count: int) -> tuple[int, str]:
    """A multi-line string as Twoway writes it: no escapes, ending at a line's \"\"\"."""
    parts = []
    while True:
        if index >= count:
            raise _NotOurs
        piece = lines[index]
        index += 1
        if piece.endswith('"""'):
            parts.append(piece[:-3])
            break
        parts.append(piece)
    value = "\n".join(parts)
    if "\\" in value or '"""' in value or value.endswith('"') or _has_control(value):
        raise _NotOurs
    return index, value


def _array_lines(lines: list[str], index: int, count: int) -> tuple[int, list[str | _Table]]:
    """An array with one string or inline table a line, each followed by a comma,
    closed by "]"."""
    items: list[str | _Table] = []
    while True:
        if index >= count:
            raise _NotOurs
        piece = lines[index]
        index += 1
        if piece == "]":
            return index, items
        match = _STRING_ITEM.match(piece)
        if match is not None:
            items.append(_unescape(match.group(1)))
            continue
        match = _TABLE_ITEM.match(piece)
        if match is None:
            raise _NotOurs
        items.append(_inline_table(match.group(1)))


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _has_control(value: str) -> bool:
    return _CONTROL.search(value) is not None
