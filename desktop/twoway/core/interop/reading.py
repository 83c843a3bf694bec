"""Turning a file given for import into text, or a plain reason why it cannot be.

Size, binary content and character encoding are checked here, before any parser sees
the data, so every format gets the same careful messages.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from twoway.core.interop.errors import ImportFileError

MAX_IMPORT_BYTES = 20 * 1024 * 1024
LEGACY_ENCODING = "cp1252"

# Signatures of common non-text files people pick by mistake, with a hint for each.
_MAGIC_HINTS = [
    (b"PK\x03\x04", "a zip archive or an Excel workbook; save the sheet as CSV first"),
    (b"\xd0\xcf\x11\xe0", "an old Excel or Word file; save the sheet as CSV first"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "an image"),
    (b"\xff\xd8\xff", "an image"),
    (b"GIF8", "an image"),
]


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def read_source(source: bytes | os.PathLike[str] | str) -> bytes:
    """The raw bytes of a file (or bytes given directly), refusing anything over the limit."""
    if isinstance(source, bytes):
        data = source
    else:
        path = Path(source)
        try:
            if path.is_dir():
                raise ImportFileError(f"“{path.name}” is a folder, not a file.")
            size = path.stat().st_size
            if size > MAX_IMPORT_BYTES:
                raise _too_large(size)
            with path.open("rb") as handle:
                # Read one byte past the limit: a file can grow after stat().
                data = handle.read(MAX_IMPORT_BYTES + 1)
        except FileNotFoundError:
            raise ImportFileError(f"There is no file called “{path.name}”.") from None
        except PermissionError:
            raise ImportFileError(f"Twoway is not allowed to read “{path.name}”.") from None
        except OSError as exc:
            raise ImportFileError(
                f"“{path.name}” could not be read ({exc.strerror or exc})."
            ) from None
    if len(data) > MAX_IMPORT_BYTES:
        raise _too_large(len(data))
    if not data.strip():
        raise ImportFileError("The file is empty.")
    return data


def _too_large(size: int) -> ImportFileError:
    return ImportFileError(
        f"The file is too large to be a contact list ({_megabytes(size)}; "
        f"Twoway imports files of up to {_megabytes(MAX_IMPORT_BYTES)})."
    )


def _binary_error(data: bytes) -> ImportFileError:
    for magic, hint in _MAGIC_HINTS:
        if data.startswith(magic):
            return ImportFileError(f"This is not a text file: it looks like {hint}.")
    return ImportFileError("This is not a text file. Twoway imports vCard (.vcf) and CSV files.")


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return "\x00" in sample or controls > len(sample) // 100


def decode_text(data: bytes, *, legacy_allowed: bool = True) -> tuple[str, list[str]]:
    """Decode with a byte-order mark if there is one, else UTF-8, else Windows-1252.

    Returns the text and any warnings. The Windows-1252 fallback (used by older Outlook
    and Excel) is offered only where the format allows it.
    """
    boms = [
        (codecs.BOM_UTF8, "utf-8", "UTF-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
    ]
    for bom, codec, label in boms:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                raise ImportFileError(
                    f"The file says it is {label} text but parts of it are not; it may be damaged."
                ) from None
            if _looks_binary(text):
                raise _binary_error(data)
            return text, []
    if b"\x00" in data[:8192]:
        raise _binary_error(data)
    try:
        text = data.decode("utf-8")
        warnings: list[str] = []
    except UnicodeDecodeError:
        if not legacy_allowed:
            raise ImportFileError(
                "The file is not UTF-8 text, which this format requires. "
                "Save it again as UTF-8 and import that copy."
            ) from None
        try:
            text = data.decode(LEGACY_ENCODING)
        except UnicodeDecodeError:
            raise ImportFileError(
                "The file's characters are in an encoding Twoway cannot read. "
                "Save it again as UTF-8 and import that copy."
            ) from None
        warnings = [
            "The file is not UTF-8; it was read as Western European (Windows-1252) text. "
            "Check accented letters in the preview."
        ]
    if _looks_binary(text):
        raise _binary_error(data)
    return text, warnings
