"""A backup archive of the whole data folder, taken and restored through the store."""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath

from twoway.core.atomic import atomic_write_bytes
from twoway.core.interop.errors import ExportFileError, ImportFileError
from twoway.core.marks import QT_TRANSLATE_NOOP, message

# Everything Twoway keeps in its data folder is TOML or JSON.
_DATA_SUFFIXES = (".toml", ".json")


def export_backup(store, output: Path) -> None:
    """Take a fresh snapshot of the data folder and write a copy of it to `output`."""
    try:
        archive = store.backup_now()
    except OSError as exc:
        raise ExportFileError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "The backup could not be made (%1); nothing was written."
                ),
                exc.strerror or str(exc),
            )
        ) from None
    try:
        atomic_write_bytes(Path(output), archive.read_bytes())
    except OSError as exc:
        raise ExportFileError(
            message(
                QT_TRANSLATE_NOOP("Messages", "“%1” could not be written (%2)."),
                Path(output).name,
                exc.strerror or str(exc),
            )
        ) from None


def _check_archive(archive: Path) -> None:
    if not archive.is_file():
        raise ImportFileError(
            message(QT_TRANSLATE_NOOP("Messages", "There is no file called “%1”."), archive.name)
        )
    try:
        with zipfile.ZipFile(archive) as opened:
            names = [info.filename for info in opened.infolist() if not info.is_dir()]
    except (OSError, zipfile.BadZipFile):
        raise ImportFileError(
            message(
                QT_TRANSLATE_NOOP("Messages", "“%1” is not a Twoway backup (not a zip file)."),
                archive.name,
            )
        ) from None
    if not names or not all(PurePosixPath(n).suffix in _DATA_SUFFIXES for n in names):
        # Restoring replaces the data folder, so a stranger's zip must never get that far.
        raise ImportFileError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“%1” is not a Twoway backup: it holds files Twoway does not write.",
                ),
                archive.name,
            )
        )


def restore_from_backup(store, archive: Path) -> None:
    """Make the data folder what the backup holds. The store snapshots the current state
    first, so a restore can itself be undone from the backups folder."""
    archive = Path(archive)
    _check_archive(archive)
    problems = store.restore_backup(archive)
    if problems:
        raise ImportFileError(problems[0].message)  # as it is: a Message stays translatable
