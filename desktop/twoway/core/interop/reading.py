"""Turning a file given for import into text, or a plain reason why it cannot be.

Size, binary content and character encoding are checked here, before any parser sees
the data, so every format gets the same careful messages.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from twoway.core.interop.errors import ImportFileError
from twoway.core.marks import QT_TRANSLATE_NOOP, message

MAX_IMPORT_BYTES = 20 * 1024 * 1024
LEGACY_ENCODING = "cp1252"
# Said in the window, where a preview follows; the command line words it its own way.
LEGACY_NOTE = QT_TRANSLATE_NOOP(
    "Messages",
    "The file is not UTF-8; it was read as Western European (Windows-1252) text. Check accented letters in the preview.",
)

_AN_IMAGE = QT_TRANSLATE_NOOP("Messages", "This is not a text file: it looks like an image.")
# Signatures of common non-text files people pick by mistake, each with its own sentence.
_MAGIC_SENTENCES = [
    (
        b"PK\x03\x04",
        QT_TRANSLATE_NOOP(
            "Messages",
            "This is not a text file: it looks like a zip archive or an Excel workbook; save the sheet as CSV first.",
        ),
    ),
    (
        b"\xd0\xcf\x11\xe0",
        QT_TRANSLATE_NOOP(
            "Messages",
            "This is not a text file: it looks like an old Excel or Word file; save the sheet as CSV first.",
        ),
    ),
    (
        b"%PDF",
        QT_TRANSLATE_NOOP("Messages", "This is not a text file: it looks like a PDF document."),
    ),
    (b"\x89PNG", _AN_IMAGE),
    (b"\xff\xd8\xff", _AN_IMAGE),
    (b"GIF8", _AN_IMAGE),
]


def _megabytes(size: int) -> int:
    # A number, not text, so the UI can write it the user's way.
    return round(size / (1024 * 1024))


def read_source(source: bytes | os.PathLike[str] | str) -> bytes:
    """The raw bytes of a file (or bytes given directly), refusing anything over the limit."""
    if isinstance(source, bytes):
        data = source
    else:
        path = Path(source)
        try:
            if path.is_dir():
                raise ImportFileError(
                    message(
                        QT_TRANSLATE_NOOP("Messages", "“%1” is a folder, not a file."), path.name
                    )
                )
            size = path.stat().st_size
            if size > MAX_IMPORT_BYTES:
                raise _too_large(size)
            with path.open("rb") as handle:
                # Read one byte past the limit: a file can grow after stat().
                data = handle.read(MAX_IMPORT_BYTES + 1)
        except FileNotFoundError:
            raise ImportFileError(
                message(QT_TRANSLATE_NOOP("Messages", "There is no file called “%1”."), path.name)
            ) from None
        except PermissionError:
            raise ImportFileError(
                message(
                    QT_TRANSLATE_NOOP("Messages", "Twoway is not allowed to read “%1”."), path.name
                )
            ) from None
        except OSError as exc:
            raise ImportFileError(
                message(
                    QT_TRANSLATE_NOOP("Messages", "“%1” could not be read (%2)."),
                    path.name,
                    exc.strerror or str(exc),
                )
            ) from None
    if len(data) > MAX_IMPORT_BYTES:
        raise _too_large(len(data))
    if not data.strip():
        raise ImportFileError(message(QT_TRANSLATE_NOOP("Messages", "The file is empty.")))
    return data


def _too_large(size: int) -> ImportFileError:
    return ImportFileError(
        message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The file is too large to be a contact list (%1 MB; Twoway imports files of up to %2 MB).",
            ),
            _megabytes(size),
            _megabytes(MAX_IMPORT_BYTES),
        )
    )


def _binary_error(data: bytes) -> ImportFileError:
    for magic, sentence in _MAGIC_SENTENCES:
        if data.startswith(magic):
            return ImportFileError(message(sentence))
    return ImportFileError(
        message(
            QT_TRANSLATE_NOOP(
                "Messages", "This is not a text file. Twoway imports vCard (.vcf) and CSV files."
            )
        )
    )


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
                    message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "The file says it is %1 text but parts of it are not; it may be damaged.",
                        ),
                        label,
                    )
                ) from None
            if _looks_binary(text):
                raise _binary_error(data)
            return text, []
    for probe, codec in ((b"\x00B\x00E\x00G", "utf-16-be"), (b"B\x00E\x00G\x00", "utf-16-le")):
        # UTF-16 without a byte-order mark, as some older Address Book exports wrote it.
        if data.startswith(probe) and len(data) % 2 == 0:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                break
            if not _looks_binary(text):
                return text, []
    if b"\x00" in data[:8192]:
        raise _binary_error(data)
    try:
        text = data.decode("utf-8")
        warnings: list[str] = []
    except UnicodeDecodeError:
        if not legacy_allowed:
            raise ImportFileError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The file is not UTF-8 text, which this format requires. Save it again as UTF-8 and import that copy.",
                    )
                )
            ) from None
        try:
            text = data.decode(LEGACY_ENCODING)
        except UnicodeDecodeError:
            raise ImportFileError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The file's characters are in an encoding Twoway cannot read. Save it again as UTF-8 and import that copy.",
                    )
                )
            ) from None
        warnings = [message(LEGACY_NOTE)]
    if _looks_binary(text):
        raise _binary_error(data)
    return text, warnings
