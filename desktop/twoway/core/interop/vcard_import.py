"""vCard 2.1, 3.0 and 4.0 files to contacts; vobject does the parsing.

Before vobject sees a card, two habits of real exporters are smoothed over: lines that
are not vCard at all (unfolded photo data, stray text) are left out with a warning, and
quoted-printable values get a character set that really decodes them (Outlook and older
phones often leave it out or name one Python does not know). Each card is parsed on its
own, so one broken card costs only that card. Text that real clients write with bare
commas (names, companies, titles, notes) is taken from the forgiving reader in
vcard_lines.py, which also reads a whole card when vobject refuses it.
"""

from __future__ import annotations

import codecs
import quopri
import re
from typing import TYPE_CHECKING, Any

import vobject

from twoway.core.interop.common import (
    VCARD,
    ParsedFile,
    is_linkedin_url,
    one_line,
    phone_digits,
    tidy_block,
    unique,
)
from twoway.core.interop.vcard_lines import RawCard, components, read_card, text
from twoway.core.marks import QT_TRANSLATE_NOOP, Message, message
from twoway.core.records import Contact

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Protocol

    class _Line(Protocol):
        """A property line as vobject gives it; `RawLine` has the same shape."""

        group: str | None
        params: dict[str, list[str]]
        singletonparams: list[str]
        value: Any  # text, or what vobject made of it (a list for CATEGORIES)

    class _Card(Protocol):
        """A card read by vobject (which has no type information), or a `RawCard`."""

        @property
        def contents(self) -> Mapping[str, Sequence[_Line]]: ...


_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BEGIN = re.compile(r"^\s*BEGIN\s*:\s*VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^\s*END\s*:\s*VCARD\s*$", re.IGNORECASE)
_PROPERTY = re.compile(r"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)?\s*[;:]")  # "NOTE :" too (old Apple)
_TWOWAY_UID = re.compile(r"^(c-[0-9a-f]{12})@twoway$")
# Groups that Google and Android add to every contact; they are not the user's tags.
_SYSTEM_CATEGORIES = {"mycontacts", "starred", "starred in android"}
_LINKEDIN_LABELS = {"linkedin", "linked in"}
# Binary properties Twoway does not keep; phones often write their data unfolded.
_UNUSED_BINARY = {"PHOTO", "LOGO", "SOUND", "KEY"}


def looks_like_vcard(text: str) -> bool:
    head = text.lstrip("\ufeff \t\r\n")[:200].upper()
    return head.startswith("BEGIN:VCARD") or (
        "BEGIN:VCARD" in text.upper() and "END:VCARD" in text.upper()
    )


def parse_vcards(text: str) -> ParsedFile:
    result = ParsedFile(VCARD)
    cards, unfinished = _split_cards(text)
    if unfinished:
        result.warnings.append(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "The file ends inside card %1; what that card holds was read."
                ),
                len(cards),
            )
        )
    for number, (start_line, lines) in enumerate(cards, 1):
        kept, dropped, charsets_replaced = _prepare(lines)
        if dropped:
            result.warnings.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Card %1 (line %2): lines that are not vCard data were left out: %3.",
                    ),
                    number,
                    start_line,
                    dropped,
                )
            )
        result.warnings.extend(
            _charset_note(number, start_line, declared, chosen)
            for declared, chosen in charsets_replaced
        )
        raw = read_card(kept)
        try:
            card = vobject.readOne("\r\n".join(kept) + "\r\n", allowQP=True)
        except Exception:  # vobject raises many kinds: read the card the forgiving way
            card = raw
        contact = _card_to_contact(card, raw)
        if contact is None and card is raw and not raw.contents:
            result.warnings.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Card %1 (line %2) could not be read and was left out."
                    ),
                    number,
                    start_line,
                )
            )
            continue
        if contact is None:
            result.warnings.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Card %1 (line %2) has no name, organization, email or phone and was left out.",
                    ),
                    number,
                    start_line,
                )
            )
            continue
        result.contacts.append(contact)
    return result


def _charset_note(number: int, start_line: int, declared: str, chosen: str) -> Message:
    if chosen == "utf-8":
        return message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Card %1 (line %2): the character set “%3” is not one Twoway knows; read as UTF-8.",
            ),
            number,
            start_line,
            declared,
        )
    return message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Card %1 (line %2): the character set “%3” is not one Twoway knows; read as Western European (Windows-1252).",
        ),
        number,
        start_line,
        declared,
    )


def _split_cards(text: str) -> tuple[list[tuple[int, list[str]]], bool]:
    """Each outermost BEGIN:VCARD … END:VCARD block with the line it starts on, and
    whether the file stopped inside a card (a cut-off download or copy)."""
    cards: list[tuple[int, list[str]]] = []
    depth = 0
    start = 0
    lines: list[str] = []
    for number, line in enumerate(_LINE_BREAK.split(text), 1):
        if _BEGIN.match(line):
            if depth == 0:
                start, lines = number, []
            depth += 1
        if depth:
            lines.append(line)
        if depth and _END.match(line):
            depth -= 1
            if depth == 0:
                cards.append((start, lines))
    if depth:
        cards.append((start, [*lines, "END:VCARD"]))
    return cards, bool(depth)


def _property_name(line: str) -> str:
    return re.split(r"[;:]", line, maxsplit=1)[0].rsplit(".", 1)[-1].upper()


def _is_quoted_printable(line: str) -> bool:
    head = line.split(":", 1)[0]
    return "QUOTED-PRINTABLE" in head.upper()


def _joined_folds(lines: list[str]) -> list[str]:
    """Folded lines joined first, wherever the fold falls: some exporters fold inside a
    property's name or parameters ("EMA" + " IL;TYPE=WORK:…"), which would otherwise look
    like a line that is not vCard at all."""
    joined: list[str] = []
    for line in lines:
        if not line.strip():
            continue
        if joined and line[0] in " \t":
            joined[-1] += line[1:]
        else:
            joined.append(line)
    return joined


def _prepare(lines: list[str]) -> tuple[list[str], int, list[tuple[str, str]]]:
    """Keep vCard lines only and give quoted-printable values a charset that decodes them.

    Returns the lines kept, how many were dropped, and each (declared, chosen) character
    set that had to be replaced.
    """
    kept: list[str] = []
    dropped = 0
    charsets_replaced: list[tuple[str, str]] = []
    index = 0
    lines = _joined_folds(lines)
    while index < len(lines):
        line = lines[index]
        index += 1
        if not line.strip():
            continue
        if line[0] in " \t":
            kept.append(line)  # a folded continuation
        elif not _PROPERTY.match(line):
            dropped += 1
        elif _property_name(line) in _UNUSED_BINARY:
            # Skip the data with it, folded or not, up to the next property.
            while (
                index < len(lines)
                and lines[index].strip()
                and (lines[index][0] in " \t" or not _PROPERTY.match(lines[index]))
            ):
                index += 1
        elif _is_quoted_printable(line):
            # A soft line break ("=" at the end) carries the value onto the next line.
            value_lines = [line]
            while value_lines[-1].endswith("=") and index < len(lines):
                value_lines.append(lines[index])
                index += 1
            first, replaced = _with_working_charset(value_lines)
            kept.append(first)
            kept.extend(value_lines[1:])
            if replaced:
                charsets_replaced.append(replaced)
        else:
            kept.append(line)
    return kept, dropped, charsets_replaced


def _decodes(raw: bytes, charset: str) -> bool:
    try:
        codecs.lookup(charset)
        raw.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return False
    return True


def _with_working_charset(value_lines: list[str]) -> tuple[str, tuple[str, str] | None]:
    """The first line with a CHARSET that decodes the value, and (declared, chosen) when
    the declared one had to be replaced."""
    head, _, first_value = value_lines[0].partition(":")
    encoded = "\n".join([first_value, *value_lines[1:]])
    raw = quopri.decodestring(encoded.encode("utf-8"))
    name, *params = head.split(";")
    declared = next(
        (p.split("=", 1)[1].strip('"') for p in params if p.upper().startswith("CHARSET=")),
        None,
    )
    replaced = None
    if declared and _decodes(raw, declared):
        chosen = declared
    else:
        chosen = "utf-8" if _decodes(raw, "utf-8") else "cp1252"
        if declared:
            replaced = (declared, chosen)
    params = [p for p in params if not p.upper().startswith("CHARSET=")]
    return ";".join([name, *params, f"CHARSET={chosen}"]) + ":" + first_value, replaced


def _lines(card: _Card, name: str) -> Sequence[_Line]:
    return card.contents.get(name.lower(), [])


def _unescape(value: str) -> str:
    # vobject leaves URLs as written; macOS escapes their colons ("https\://").
    return re.sub(r"\\([\\:;,])", r"\1", value).strip()


def _preference(line: _Line) -> int:
    """Lower comes first: PREF=1 (4.0), TYPE=pref (3.0) and a bare PREF (2.1) lead."""
    for value in line.params.get("PREF", []):
        if value.isdigit():
            return int(value)
    types = [t.upper() for t in line.params.get("TYPE", [])]
    return 1 if "PREF" in types or "PREF" in line.singletonparams else 101


def _ordered_values(card: _Card, name: str, prefix: str) -> list[str]:
    """Values of a repeated property, preferred ones first, a URI scheme prefix removed."""
    lines = sorted(_lines(card, name), key=_preference)
    values = []
    for line in lines:
        value = _unescape(str(line.value))
        if value.lower().startswith(prefix):
            value = value[len(prefix) :]
        values.append(value)
    return values


def _raw_text(raw: RawCard, name: str) -> str:
    """The first non-empty value of a text property, commas kept as written."""
    for line in raw.contents.get(name.lower(), []):
        value = tidy_block(text(line.value))
        if value:
            return value
    return ""


def _name_part(part: str) -> str:
    # "Jane,Ann" lists two given names; "Smith, Jr." is one part written with a comma.
    return one_line(re.sub(r",(?!\s)", " ", part))


def _person_name(raw: RawCard) -> str:
    formatted = one_line(_raw_text(raw, "FN"))
    if formatted:
        return formatted
    for line in raw.contents.get("n", []):
        parts = [*components(line.value), "", "", "", "", ""][:5]
        family, given, additional, prefix, suffix = (_name_part(part) for part in parts)
        joined = one_line(" ".join((prefix, given, additional, family)))
        if joined:
            return f"{joined}, {suffix}" if suffix else joined
    return ""


def _company(raw: RawCard) -> str:
    for line in raw.contents.get("org", []):
        first = next((one_line(part) for part in components(line.value) if one_line(part)), "")
        if first:
            return first
    return ""


def _labels(card: _Card) -> dict[str, str]:
    """macOS and Google tie a label to a property by a shared group (item1.URL, item1.X-ABLabel)."""
    labels = {}
    for line in _lines(card, "X-ABLABEL"):
        if line.group:
            labels[line.group.lower()] = one_line(line.value).casefold()
    return labels


def _links(card: _Card) -> tuple[str, str, list[str]]:
    """The LinkedIn profile, the website, and any other addresses."""
    labels = _labels(card)
    linkedin = ""
    others: list[str] = []
    for line in _lines(card, "X-SOCIALPROFILE"):
        kinds = [t.casefold() for t in line.params.get("TYPE", [])]
        value = _unescape(str(line.value))
        if not linkedin and ("linkedin" in kinds or is_linkedin_url(value)):
            linkedin = value
    for line in sorted(_lines(card, "URL"), key=_preference):
        value = _unescape(str(line.value))
        if not value:
            continue
        label = labels.get((line.group or "").lower(), "")
        if is_linkedin_url(value) or label in _LINKEDIN_LABELS:
            if not linkedin:
                linkedin = value
                continue
            if value == linkedin:
                continue
        others.append(value)
    others = unique(others)
    website = others[0] if others else ""
    return linkedin, website, others[1:]


def _card_to_contact(card: _Card, raw: RawCard) -> Contact | None:
    """A contact from a card read by vobject (or, when vobject refused it, by the
    forgiving reader); text that may hold commas is always taken as written."""
    name = _person_name(raw)
    company = _company(raw)
    emails = unique(_ordered_values(card, "EMAIL", "mailto:"))
    phones = unique(_ordered_values(card, "TEL", "tel:"), key=phone_digits)
    if not name:
        name = company or next(iter(emails + phones), "")
    if not name:
        return None
    role = one_line(_raw_text(raw, "TITLE") or _raw_text(raw, "ROLE"))
    linkedin, website, other_links = _links(card)
    notes = [tidy_block(text(line.value)) for line in raw.contents.get("note", [])]
    if other_links:
        notes.append("Other links: " + ", ".join(other_links))
    categories: list[str] = []
    for line in _lines(card, "CATEGORIES"):
        value = line.value if isinstance(line.value, list) else str(line.value).split(",")
        categories.extend(value)
    tags = [tag for tag in unique(categories) if tag.casefold() not in _SYSTEM_CATEGORIES]
    contact = Contact(
        name=name,
        company=company,
        role=role,
        emails=emails,
        phones=phones,
        linkedin=linkedin,
        website=website,
        met_how=_raw_text(raw, "X-TWOWAY-MET-HOW"),
        tags=tags,
        offers=_raw_text(raw, "X-TWOWAY-OFFERS"),
        needs=_raw_text(raw, "X-TWOWAY-NEEDS"),
        notes="\n\n".join(note for note in notes if note),
    )
    for line in _lines(card, "UID"):
        # A card Twoway exported keeps its id, so importing it again finds the same person.
        match = _TWOWAY_UID.match(one_line(line.value))
        if match:
            contact.id = match.group(1)
    return contact
