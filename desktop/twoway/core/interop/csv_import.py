"""CSV files to contacts: LinkedIn's Connections.csv, and any CSV with a column mapping."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping

from twoway.core.interop.common import (
    CSV,
    LINKEDIN,
    ParsedFile,
    one_line,
    phone_digits,
    tidy_block,
    unique,
)
from twoway.core.interop.errors import ImportFileError
from twoway.core.marks import QT_TRANSLATE_NOOP, message
from twoway.core.records import Contact

# The fields a column can fill. Several columns may feed emails, phones and tags.
TARGET_FIELDS = (
    "name",
    "first_name",
    "last_name",
    "company",
    "role",
    "emails",
    "phones",
    "linkedin",
    "website",
    "met_how",
    "tags",
    "offers",
    "needs",
    "notes",
)
NAME_FIELDS = ("name", "first_name", "last_name")
_MULTI_FIELDS = {"emails", "phones", "tags"}

# Header spellings of common exports (Google, Outlook, Apple Numbers, Twoway's own CSV).
# Column titles each field goes by, in English and in the languages Twoway speaks (as
# spreadsheets and Outlook's localized exports write them).
_HEADER_HINTS: dict[str, tuple[str, ...]] = {
    "name": (
        "name",
        "full name",
        "display name",
        "contact",
        "contact name",
        "vollständiger name",
        "nom complet",
        "nombre completo",
    ),
    "first_name": (
        "first name",
        "given name",
        "first",
        "firstname",
        "given",
        "vorname",
        "prénom",
        "nombre",
    ),
    "last_name": (
        "last name",
        "family name",
        "surname",
        "last",
        "lastname",
        "nachname",
        "nom de famille",
        "nom",  # beside "Prénom", as French forms and Outlook write it
        "apellidos",
        "apellido",
    ),
    "company": (
        "company",
        "organization",
        "organisation",
        "organization 1 - name",
        "organization name",
        "employer",
        "org",
        "firma",
        "unternehmen",
        "société",
        "entreprise",
        "empresa",
        "compañía",
    ),
    "role": (
        "role",
        "job title",
        "position",
        "organization 1 - title",
        "organization title",
        "berufsbezeichnung",
        "fonction",
        "poste",
        "puesto",
        "cargo",
        "title",  # last: in Outlook's export "Title" is Mr or Ms
    ),
    "emails": (
        "email",
        "emails",
        "e-mail",
        "email address",
        "e-mail address",
        "e-mail 1 - value",
        "e-mail 2 - value",
        "e-mail 3 - value",
        "e-mail 2 address",
        "e-mail 3 address",
        "email 2",
        "work email",
        "home email",
        "e-mail-adresse",
        "adresse e-mail",
        "adresse de messagerie",
        "courriel",
        "correo electrónico",
        "dirección de correo electrónico",
    ),
    "phones": (
        "phone",
        "phones",
        "telephone",
        "mobile",
        "mobile phone",
        "phone number",
        "business phone",
        "home phone",
        "phone 1 - value",
        "phone 2 - value",
        "phone 3 - value",
        "telefon",
        "mobiltelefon",
        "telefon geschäftlich",
        "telefon privat",
        "téléphone",
        "téléphone mobile",
        "portable",
        "teléfono",
        "teléfono móvil",
        "móvil",
        "celular",
    ),
    "linkedin": ("linkedin", "linkedin url", "linkedin profile", "url"),
    "website": (
        "website",
        "web page",
        "web site",
        "homepage",
        "website 1 - value",
        "webseite",
        "site web",
        "page web",
        "sitio web",
        "página web",
    ),
    "met_how": ("how we met", "met how", "connected on", "source"),
    "tags": (
        "tags",
        "labels",
        "groups",
        "categories",
        "group membership",
        "kategorien",
        "catégories",
        "categorías",
        "etiquetas",
    ),
    "offers": ("offers", "what they offer"),
    "needs": ("needs", "what they need"),
    "notes": ("notes", "note", "comments", "description", "notizen", "notas"),
}

LINKEDIN_COLUMNS = (
    "First Name",
    "Last Name",
    "URL",
    "Email Address",
    "Company",
    "Position",
    "Connected On",
)
_LINKEDIN_REQUIRED = ("First Name", "Last Name")
_MONTHS = {
    "jan": "January",
    "feb": "February",
    "mar": "March",
    "apr": "April",
    "may": "May",
    "jun": "June",
    "jul": "July",
    "aug": "August",
    "sep": "September",
    "oct": "October",
    "nov": "November",
    "dec": "December",
}
_FORMULA_START = tuple("=+-@\t\r")
_HEADER_SEARCH_ROWS = 30


def _key(header: str) -> str:
    return one_line(header.replace("\ufeff", "")).casefold()


def _delimiter(text: str) -> str:
    """Comma, semicolon (European spreadsheets) or tab, whichever the first lines use most."""
    sample = "\n".join(text.splitlines()[:_HEADER_SEARCH_ROWS])
    counts = {d: sample.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: (counts[d], d == ","))


def _rows(text: str) -> list[tuple[int, list[str]]]:
    """Every row with the line it ends on."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows = []
    try:
        for row in reader:
            rows.append((reader.line_num, row))
    except csv.Error as exc:
        raise ImportFileError(
            message(
                QT_TRANSLATE_NOOP("Messages", "Line %1 of the file could not be read as CSV (%2)."),
                reader.line_num,
                str(exc),
            )
        ) from None
    return rows


def _cell(value: str) -> str:
    # Undo the apostrophe that spreadsheet-safe exports (Twoway's included) put before
    # cells that would otherwise be formulas.
    if value.startswith("'") and value[1:].startswith(_FORMULA_START):
        return value[1:]
    return value


def csv_headers(text: str) -> list[str]:
    """The header row: the first row with at least one non-empty cell."""
    for _line, row in _rows(text):
        if any(cell.strip() for cell in row):
            return [one_line(cell.replace("\ufeff", "")) for cell in row]
    return []


def guess_mapping(headers: list[str]) -> dict[str, str | list[str]]:
    """Which column fills which field, judged from the header names.

    Emails, phones and tags may draw on several columns and map to a list.
    """
    mapping: dict[str, str | list[str]] = {}
    used: set[str] = set()
    for target, hints in _HEADER_HINTS.items():
        matches = [h for h in headers if _key(h) in hints and _key(h) not in used]
        if not matches:
            continue
        if target in _MULTI_FIELDS:
            mapping[target] = matches
            used.update(_key(h) for h in matches)
        else:
            # The first hint is the likeliest meaning when several columns qualify.
            best = min(matches, key=lambda h: hints.index(_key(h)))
            mapping[target] = best
            used.add(_key(best))
    # A bare "URL" column is a LinkedIn profile only in LinkedIn's own export.
    bare_url = "linkedin" in mapping and _key(str(mapping["linkedin"])) == "url"
    if bare_url and not {"connected on", "position"} & {_key(h) for h in headers}:
        mapping.setdefault("website", mapping["linkedin"])
        del mapping["linkedin"]
    if "name" in mapping and ("first_name" in mapping or "last_name" in mapping):
        del mapping["name"]  # a separate first and last name are more reliable
    return mapping


def is_linkedin_header(row: list[str]) -> bool:
    keys = {_key(cell) for cell in row}
    return {"first name", "last name"} <= keys and ("connected on" in keys or "url" in keys)


def looks_like_linkedin(text: str) -> bool:
    return any(is_linkedin_header(row) for _line, row in _rows(text)[:_HEADER_SEARCH_ROWS])


def _find_header(rows: list[tuple[int, list[str]]], wanted: set[str]) -> int | None:
    for index, (_line, row) in enumerate(rows[:_HEADER_SEARCH_ROWS]):
        if wanted <= {_key(cell) for cell in row}:
            return index
    return None


def _list_names(names: list[str]) -> str:
    """“a”, “b” and “c”, with the comma and the "and" translatable."""
    # Quotation marks differ by language („a“, « a »), so they are translated too.
    quoted = [message(QT_TRANSLATE_NOOP("Messages", "“%1”"), n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    listed: str = quoted[0]
    for name in quoted[1:-1]:
        listed = message(QT_TRANSLATE_NOOP("Messages", "%1, %2"), listed, name)
    return message(QT_TRANSLATE_NOOP("Messages", "%1 and %2"), listed, quoted[-1])


def _connected_on(raw: str) -> str:
    """LinkedIn writes "05 Mar 2024"; we say "Connected on LinkedIn, 5 March 2024"."""
    raw = one_line(raw)
    match = re.fullmatch(r"(\d{1,2})[ -]([A-Za-z]{3})[A-Za-z]*[ -](\d{4})", raw)
    if match and match.group(2).lower() in _MONTHS:
        day, month, year = match.groups()
        raw = f"{int(day)} {_MONTHS[month.lower()]} {year}"
    return f"Connected on LinkedIn, {raw}" if raw else "Connected on LinkedIn"


def parse_linkedin(text: str) -> ParsedFile:
    rows = _rows(text)
    start = _find_header(rows, {_key(c) for c in _LINKEDIN_REQUIRED})
    if start is None:
        raise ImportFileError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "This does not look like LinkedIn's Connections.csv: no row has the columns “%1” and “%2”.",
                ),
                *_LINKEDIN_REQUIRED,
            )
        )
    header = [_key(cell) for cell in rows[start][1]]
    column = {name: header.index(_key(name)) for name in LINKEDIN_COLUMNS if _key(name) in header}
    result = ParsedFile(LINKEDIN)
    for line, row in rows[start + 1 :]:
        if not any(cell.strip() for cell in row):
            continue

        def get(name: str, row: list[str] = row) -> str:
            index = column.get(name)
            return _cell(row[index]).strip() if index is not None and index < len(row) else ""

        name = one_line(f"{get('First Name')} {get('Last Name')}")
        url = get("URL")
        if not name:
            result.warnings.append(
                message(
                    QT_TRANSLATE_NOOP("Messages", "Line %1 has no name and was left out."), line
                )
            )
            continue
        result.contacts.append(
            Contact(
                name=name,
                company=one_line(get("Company")),
                role=one_line(get("Position")),
                emails=unique([get("Email Address")]),
                linkedin=url,
                met_how=_connected_on(get("Connected On")),
            )
        )
    if not result.contacts and not result.warnings:
        raise ImportFileError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "The file has the LinkedIn columns but no connections in it."
                )
            )
        )
    return result


def _columns(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _split_multi(target: str, value: str) -> list[str]:
    """Several values in one cell: "a; b", and Google's "a ::: b"."""
    if target == "emails":
        tokens = re.split(r"[;,\s]+", value)
        return [t.strip("<>\"'()") for t in tokens if "@" in t]
    separators = r":::|[;\n]"
    if target == "tags" and not re.search(separators, value):
        separators = ","  # "a, b" when no semicolons are used
    parts = [part.strip() for part in re.split(separators, value)]
    if target == "tags":
        # Google marks its own groups ("* myContacts", "* starred") with a star.
        parts = [part for part in parts if not part.startswith("* ")]
    return [part for part in parts if part]


def parse_csv(text: str, mapping: Mapping[str, str | list[str]] | None = None) -> ParsedFile:
    """Contacts from a CSV file with a header row; `mapping` is target field -> column(s).

    Without a mapping, one is guessed from the headers.
    """
    rows = _rows(text)
    if mapping is None:
        mapping = guess_mapping(csv_headers(text))
    unknown = [t for t in mapping if t not in TARGET_FIELDS]
    if unknown:
        raise ValueError(f"unknown target field(s): {', '.join(unknown)}")
    wanted = {_key(col) for value in mapping.values() for col in _columns(value)}
    start = _find_header(rows, wanted) if wanted else None
    if start is None:
        headers = csv_headers(text)
        found = {_key(h) for h in headers}
        missing = sorted(
            {col for value in mapping.values() for col in _columns(value) if _key(col) not in found}
        )
        if missing and headers:
            raise ImportFileError(
                message(
                    QT_TRANSLATE_NOOP("Messages", "The file has no column %1. Its columns are %2."),
                    _list_names(missing),
                    _list_names(headers),
                )
            )
        if missing:
            raise ImportFileError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "The file has no column %1. Its columns are not named."
                    ),
                    _list_names(missing),
                )
            )
    if not any(field in mapping for field in NAME_FIELDS):
        headers = csv_headers(text)
        if headers:
            raise ImportFileError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The file has no column for names (such as “Name”, or “First Name” and “Last Name”). Its columns are %1.",
                    ),
                    _list_names(headers),
                )
            )
        raise ImportFileError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The file has no column for names (such as “Name”, or “First Name” and “Last Name”). Its columns are not named.",
                )
            )
        )
    if start is None:
        raise ImportFileError(
            message(QT_TRANSLATE_NOOP("Messages", "The file has no header row naming its columns."))
        )
    header = [_key(cell) for cell in rows[start][1]]
    result = ParsedFile(CSV)
    for line, row in rows[start + 1 :]:
        if not any(cell.strip() for cell in row):
            continue
        values: dict[str, list[str]] = {}
        for target, columns in mapping.items():
            for col in _columns(columns):
                index = header.index(_key(col))
                cell = _cell(row[index]).strip() if index < len(row) else ""
                if cell:
                    values.setdefault(target, []).append(cell)
        contact = _row_to_contact(values)
        if contact is None:
            result.warnings.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Line %1 has no name, company or email and was left out."
                    ),
                    line,
                )
            )
            continue
        result.contacts.append(contact)
    if not result.contacts and not result.warnings:
        raise ImportFileError(
            message(
                QT_TRANSLATE_NOOP("Messages", "The file has a header row but no contacts under it.")
            )
        )
    return result


def _row_to_contact(values: dict[str, list[str]]) -> Contact | None:
    def single(target: str) -> str:
        return one_line(" ".join(values.get(target, [])))

    def block(target: str) -> str:
        return tidy_block("\n".join(values.get(target, [])))

    def multi(target: str) -> list[str]:
        parts = [p for v in values.get(target, []) for p in _split_multi(target, v)]
        return unique(parts, key=phone_digits if target == "phones" else str.casefold)

    name = single("name") or one_line(f"{single('first_name')} {single('last_name')}")
    company = single("company")
    emails = multi("emails")
    name = name or company or next(iter(emails), "")
    if not name:
        return None
    return Contact(
        name=name,
        company=company,
        role=single("role"),
        emails=emails,
        phones=multi("phones"),
        linkedin=single("linkedin"),
        website=single("website"),
        met_how=block("met_how"),
        tags=multi("tags"),
        offers=block("offers"),
        needs=block("needs"),
        notes=block("notes"),
    )
