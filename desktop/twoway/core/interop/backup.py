"""A backup archive of the whole data folder, taken and restored through the store."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from twoway.core.atomic import atomic_write_bytes
from twoway.core.interop.errors import ExportFileError, ImportFileError
from twoway.core.marks import QT_TRANSLATE_NOOP, message
from twoway.core.store.problems import Problem

if TYPE_CHECKING:
    from twoway.core.store import Store


def export_backup(store: Store, output: Path) -> list[Problem]:
    """Take a fresh snapshot of the data folder and write a copy of it to `output`.

    When the data folder cannot hold the snapshot (read-only, full), the same archive
    goes straight to `output`. An export never removes older snapshots. Returns the files
    the snapshot had to leave out (links, files that could not be read), each a named
    problem.
    """
    try:
        data = store.backups.take_now().read_bytes()
    except OSError:
        try:
            data = store.backups.archive_now()
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
        atomic_write_bytes(Path(output), data)
    except OSError as exc:
        raise ExportFileError(
            message(
                QT_TRANSLATE_NOOP("Messages", "“%1” could not be written (%2)."),
                Path(output).name,
                exc.strerror or str(exc),
            )
        ) from None
    return list(store.backups.skipped)


def restore_from_backup(store: Store, archive: Path) -> None:
    """Make the data folder what the backup holds (see core/store/restore.py). The store
    snapshots the current state first, so a restore can itself be undone from the
    backups folder; a refused or failed restore changes nothing."""
    result = store.restore_backup(Path(archive))
    if result.problems:
        raise ImportFileError(result.problems[0].message)  # a Message stays translatable
