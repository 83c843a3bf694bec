"""Step 1 of a restore: every entry of a backup zip is checked before anything is
touched (see restore.py for the whole path).

Names must stay inside the data folder on every system Twoway runs on (no absolute
paths, "..", drive letters, network paths or backslashes); links and other odd entries
are refused; sizes are capped per entry and in all, and counted on the bytes really
unpacked, never on what the zip claims; clashes (a file and a folder of the same name,
in the zip or against the data folder, or a folder there that is a link) are refused.
"""

from __future__ import annotations

import contextlib
import os
import stat
import unicodedata
import zipfile
from pathlib import Path

from twoway.core.marks import QT_TRANSLATE_NOOP, Message, message
from twoway.core.store import backups
from twoway.core.store.layout import MAX_RECORD_BYTES, TRASH_DIR
from twoway.core.store.problems import UNREADABLE

# Far beyond any real data folder (25,000 records take about 100 MB), far below what
# would fill a disk.
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_ENTRIES = 500_000
MAX_DEPTH = 8
_CHUNK = 64 * 1024
_BAD_CHARS = set('\\:*?"<>|')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(10)}


class Refused(Exception):
    def __init__(self, said: Message, kind: str = UNREADABLE) -> None:
        super().__init__(said)
        self.said = said
        self.kind = kind


def _refused_entry(archive: Path, entry: str, reason: Message) -> Refused:
    return Refused(
        message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“%1” cannot be restored, so nothing was changed. Its entry “%2”: %3.",
            ),
            archive.name,
            entry,
            reason,
        )
    )


def _name_problem(raw: str) -> Message | None:
    """Why an entry's name cannot be used on every system Twoway runs on, if it cannot."""
    if raw.startswith(("/", "\\")) or (len(raw) > 1 and raw[1] == ":") or "\x00" in raw:
        return message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "its name could lead out of the data folder (an absolute path, a drive letter or a network path)",
            )
        )
    parts = raw.rstrip("/").split("/")
    if any(part in ("", ".", "..") for part in parts):
        return message(
            QT_TRANSLATE_NOOP(
                "Messages", "its name could lead out of the data folder (“..” or an empty part)"
            )
        )
    for part in parts:
        stem = part.split(".")[0].upper()
        if (
            _BAD_CHARS & set(part)
            or any(ord(c) < 32 or ord(c) == 127 for c in part)
            or part.startswith(".")
            or part.endswith((" ", "."))
            or stem in _RESERVED
            or len(part.encode("utf-8")) > 255
        ):
            return message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    'its name cannot be stored on every system (a character such as \\ : * ? " < > |, a hidden or a reserved name)',
                )
            )
    if len(parts) > MAX_DEPTH:
        return message(QT_TRANSLATE_NOOP("Messages", "it lies too many folders deep"))
    return None


def _kind_problem(info: zipfile.ZipInfo) -> Message | None:
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if stat.S_ISLNK(mode):
        return message(QT_TRANSLATE_NOOP("Messages", "it is a link, which a backup never holds"))
    if kind and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        return message(QT_TRANSLATE_NOOP("Messages", "it is not an ordinary file"))
    if info.flag_bits & 0x1:
        return message(QT_TRANSLATE_NOOP("Messages", "it is encrypted"))
    return None


def _too_big(limit: int) -> Message:
    return message(
        QT_TRANSLATE_NOOP("Messages", "it expands to more than %1 MB"), limit // (1024 * 1024)
    )


def _key(name: str) -> str:
    # Names that differ only in case or in Unicode form are one file on macOS and Windows.
    return unicodedata.normalize("NFC", name).casefold()


def check_entries(archive: Path, infos: list[zipfile.ZipInfo]) -> list[zipfile.ZipInfo]:
    """The file entries to restore, after checking every entry; raises Refused."""
    if len(infos) > MAX_ENTRIES:
        raise Refused(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“%1” cannot be restored: it holds more than %2 entries. Nothing was changed.",
                ),
                archive.name,
                MAX_ENTRIES,
            )
        )
    files: list[zipfile.ZipInfo] = []
    seen: dict[str, str] = {}
    folders: dict[str, str] = {}
    total = 0
    for info in infos:
        raw = info.orig_filename
        reason = _name_problem(raw) or _kind_problem(info)
        if reason is not None:
            raise _refused_entry(archive, raw, reason)
        name = raw.rstrip("/")
        parts = name.split("/")
        if parts[0] in (TRASH_DIR, "backups"):
            raise _refused_entry(
                archive,
                raw,
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "it belongs to the backups or the trash, which a backup never holds",
                    )
                ),
            )
        for depth in range(1, len(parts)):
            folders.setdefault(_key("/".join(parts[:depth])), "/".join(parts[:depth]))
        if info.is_dir():
            folders.setdefault(_key(name), name)
            continue
        if not name.endswith(backups.DATA_SUFFIXES):
            raise Refused(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“%1” is not a Twoway backup: it holds files Twoway does not write. Nothing was changed.",
                    ),
                    archive.name,
                )
            )
        if _key(name) in seen:
            raise _refused_entry(
                archive,
                raw,
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "it appears twice (names that differ only in upper and lower case count as the same)",
                    )
                ),
            )
        seen[_key(name)] = name
        if info.file_size > MAX_RECORD_BYTES:
            raise _refused_entry(archive, raw, _too_big(MAX_RECORD_BYTES))
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise too_big_in_all(archive)
        files.append(info)
    for key, name in seen.items():
        if key in folders:
            raise _refused_entry(
                archive,
                name,
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "the backup holds both a file and a folder of this name"
                    )
                ),
            )
    if not files:
        raise Refused(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "“%1” holds none of Twoway's files; nothing was changed."
                ),
                archive.name,
            )
        )
    return files


def too_big_in_all(archive: Path) -> Refused:
    return Refused(
        message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“%1” cannot be restored: it expands to more than %2 MB in all. Nothing was changed.",
            ),
            archive.name,
            MAX_TOTAL_BYTES // (1024 * 1024),
        )
    )


def check_against_folder(archive: Path, root: Path, names: list[str]) -> None:
    """Every file must land in a real folder inside the data folder, never through a
    link, and never where the folder holds a folder of that name."""
    checked: set[Path] = set()
    for name in names:
        parts = name.split("/")
        place = root
        for part in parts[:-1]:
            place = place / part
            if place in checked:
                continue
            try:
                st = os.lstat(place)
            except FileNotFoundError:
                break  # made when the files are moved in
            if stat.S_ISLNK(st.st_mode) or not stat.S_ISDIR(st.st_mode):
                raise _refused_entry(
                    archive,
                    name,
                    message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "it would go into “%1”, which in the data folder is a link or a file, not a folder",
                        ),
                        place.relative_to(root).as_posix(),
                    ),
                )
            checked.add(place)
        with contextlib.suppress(FileNotFoundError):
            if stat.S_ISDIR(os.lstat(root / name).st_mode):
                raise _refused_entry(
                    archive,
                    name,
                    message(
                        QT_TRANSLATE_NOOP(
                            "Messages", "the data folder holds a folder where this file would go"
                        )
                    ),
                )


def open_zip(archive: Path) -> zipfile.ZipFile:
    try:
        st = os.stat(archive)
    except FileNotFoundError:
        raise Refused(
            message(QT_TRANSLATE_NOOP("Messages", "There is no file called “%1”."), archive.name)
        ) from None
    except OSError as exc:
        raise _unreadable_archive(exc.strerror or str(exc)) from None
    if not stat.S_ISREG(st.st_mode):
        raise Refused(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "“%1” is not a Twoway backup (not a zip file); nothing was changed."
                ),
                archive.name,
            )
        )
    try:
        return zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, ValueError):
        raise Refused(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "“%1” is not a Twoway backup (not a zip file); nothing was changed."
                ),
                archive.name,
            )
        ) from None
    except OSError as exc:
        raise _unreadable_archive(exc.strerror or str(exc)) from None


def _unreadable_archive(reason: str) -> Refused:
    return Refused(
        message(
            QT_TRANSLATE_NOOP(
                "Messages", "This backup could not be read (%1); nothing was changed."
            ),
            reason,
        )
    )


def read_entry(opened: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """An entry's bytes, counted as they are unpacked: a zip that claims a small size and
    expands to gigabytes is stopped at `limit`. Raises Refused."""
    chunks = []
    size = 0
    try:
        with opened.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                if size > limit:
                    archive = Path(opened.filename or "backup.zip")
                    raise _refused_entry(archive, info.orig_filename, _too_big(limit))
                chunks.append(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise _unreadable_archive(str(exc)) from None
    except RuntimeError as exc:  # encrypted, or a zip feature Python cannot read
        raise _unreadable_archive(str(exc)) from None
    return b"".join(chunks)
