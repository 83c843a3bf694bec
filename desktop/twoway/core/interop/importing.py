"""One entry point for reading contacts from a file, whatever its format."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping

from twoway.core.interop.common import CSV, IMPORT_FORMATS, LINKEDIN, VCARD, ParsedFile
from twoway.core.interop.csv_import import (
    csv_headers,
    guess_mapping,
    looks_like_linkedin,
    parse_csv,
    parse_linkedin,
)
from twoway.core.interop.errors import ImportFileError
from twoway.core.interop.limits import fit_contacts
from twoway.core.interop.reading import decode_text, read_source
from twoway.core.interop.vcard_import import looks_like_vcard, parse_vcards
from twoway.core.marks import QT_TRANSLATE_NOOP, message
from twoway.core.store.collector import collector_paused

_FOLD = re.compile(rb"\r?\n[ \t]")
_VCARD4 = re.compile(rb"^\s*VERSION\s*:\s*4\.0", re.IGNORECASE | re.MULTILINE)


def detect_format(text: str) -> str:
    """vcard, linkedin or csv, judged from the content alone."""
    if looks_like_vcard(text):
        return VCARD
    if looks_like_linkedin(text):
        return LINKEDIN
    if guess_mapping(csv_headers(text)):
        return CSV
    raise ImportFileError(
        message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Twoway cannot tell what kind of file this is. It imports vCard (.vcf) files, LinkedIn's Connections.csv and CSV files with a header row.",
            )
        )
    )


def _decoded(source: bytes | os.PathLike[str] | str) -> tuple[str, list[str]]:
    data = read_source(source)
    is_vcard = b"BEGIN:VCARD" in data.upper()
    if is_vcard and not _is_utf8(data):
        # Some exporters fold long lines at a byte count, in the middle of a character:
        # joined again, the file may be UTF-8 after all.
        unfolded = _FOLD.sub(b"", data)
        if _is_utf8(unfolded):
            data = unfolded
    # vCard 4.0 must be UTF-8; older vCards and CSV may come in Windows-1252.
    legacy_allowed = not (is_vcard and _VCARD4.search(data))
    return decode_text(data, legacy_allowed=legacy_allowed)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def file_headers(source: bytes | os.PathLike[str] | str) -> list[str]:
    """A CSV file's column names, for letting the user choose a mapping."""
    text, _warnings = _decoded(source)
    return csv_headers(text)


@collector_paused()  # thousands of contacts made at once (see collector.py)
def read_contacts(
    source: bytes | os.PathLike[str] | str,
    fmt: str | None = None,
    mapping: Mapping[str, str | list[str]] | None = None,
) -> ParsedFile:
    """Contacts and warnings from a file or its bytes; ImportFileError if it cannot be used.

    `fmt` is one of IMPORT_FORMATS, or None to detect it; `mapping` (target field ->
    column) applies to generic CSV and is guessed from the headers when left out.
    """
    if fmt is not None and fmt not in IMPORT_FORMATS:
        raise ValueError(f"unknown import format {fmt!r}")
    text, warnings = _decoded(source)
    fmt = fmt or detect_format(text)
    if fmt == VCARD:
        if not looks_like_vcard(text):
            raise ImportFileError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "This is not a vCard file: it has no BEGIN:VCARD line."
                    )
                )
            )
        parsed = parse_vcards(text)
    elif fmt == LINKEDIN:
        parsed = parse_linkedin(text)
    else:
        parsed = parse_csv(text, mapping)
    parsed.contacts, cuts = fit_contacts(parsed.contacts)
    parsed.warnings.extend(cuts)
    if not parsed.contacts and cuts:
        raise ImportFileError(cuts[-1])  # the only contacts were too large: say so
    if not parsed.contacts:
        raise ImportFileError(
            message(QT_TRANSLATE_NOOP("Messages", "No contact in this file could be read."))
        )
    parsed.warnings[:0] = warnings
    return parsed
