"""The store's backups: the daily snapshot, and one file put back from the snapshots.

`backups` makes, lists and prunes the zip snapshots; `restore` puts a whole snapshot
back. A file that cannot be read is left out of a snapshot and listed as a problem.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from twoway.core.atomic import atomic_write_bytes
from twoway.core.marks import QT_TRANSLATE_NOOP, message
from twoway.core.store import backups
from twoway.core.store.layout import MAX_RECORD_BYTES, kind_of
from twoway.core.store.problems import (
    NOT_BACKED_UP,
    SAVE_FAILURES,
    UNREADABLE,
    Problem,
    StoreError,
    save_problem,
)
from twoway.core.store.restore_checks import Refused, read_entry
from twoway.core.store.state import StoreState

if TYPE_CHECKING:
    from twoway.core.store.changes import Changes
    from twoway.core.store.reading import Reader
    from twoway.core.store.trash import Trash

DEFAULT_KEEP_BACKUPS = 14


def _not_backed_up(skipped: backups.Skipped) -> Problem:
    return Problem(
        skipped.path,
        None,
        message(
            QT_TRANSLATE_NOOP("Messages", "It was left out of the backup (%1)."),
            skipped.reason,
        ),
        NOT_BACKED_UP,
    )


class Backups:
    """Snapshots of one data folder, as the store takes and uses them."""

    def __init__(self, state: StoreState, reader: Reader, trash: Trash, changes: Changes) -> None:
        self.s = state
        self.reader = reader
        self.trash = trash
        self.changes = changes
        self.skipped: list[Problem] = []  # files the last snapshot left out

    def files(self) -> list[Path]:
        """Snapshots of the data folder, newest first."""
        return backups.list_snapshots(self.s.paths.backups_dir)

    def take_now(self, keep: int | None = None) -> Path:
        """Zip the data folder (as saved on disk) into backups/.

        With `keep`, only the newest `keep` snapshots stay; without it (an export, the
        snapshot before a restore) none is removed. A file that cannot be read is left
        out and listed as a problem. Raises OSError when the snapshot cannot be written.
        """
        skipped: list[backups.Skipped] = []
        path = backups.snapshot(self.s.root, self.s.paths.backups_dir, self.s.clock.wall(), skipped)
        self._left_out(skipped)
        if keep is not None:
            backups.prune(self.s.paths.backups_dir, keep, self.s.clock.wall())
        return path

    def archive_now(self) -> bytes:
        """What `take_now` would write, in memory only and kept nowhere: for an export
        when the data folder cannot hold a snapshot (read-only, full)."""
        skipped: list[backups.Skipped] = []
        data = backups.archive(self.s.root, self.s.paths.backups_dir, skipped)
        self._left_out(skipped)
        return data

    def _left_out(self, skipped: list[backups.Skipped]) -> None:
        self.skipped = [_not_backed_up(item) for item in skipped]
        self.s.problems.forget_kind(NOT_BACKED_UP)
        for problem in self.skipped:
            self.s.problems.add(problem)

    def take_if_due(self, keep: int = DEFAULT_KEEP_BACKUPS) -> Path | None:
        """Take the daily snapshot if the newest one is a day old or more.

        A snapshot dated in the future (from a machine with a wrong clock) does not count.
        """
        now = self.s.clock.wall()
        taken = backups.newest_taken(self.s.paths.backups_dir, now)
        if taken is not None and (now - taken).total_seconds() < backups.DAY_S:
            return None
        try:
            path = self.take_now(keep)
        except OSError as exc:
            self.s.problems.add(save_problem(self.s.paths.backups_dir, exc))
            return None
        self.s.problems.forget(self.s.paths.backups_dir, SAVE_FAILURES)
        self.trash.prune()
        return path

    def restore_file(self, path: Path) -> Problem | None:
        """Replace one file with its newest readable copy from the snapshots.

        The file being replaced goes to the trash.
        """
        path = Path(path)
        try:
            kind, rid = kind_of(self.s.root, path, "record")
        except StoreError as exc:
            return exc.problem
        rel = self.s.rel(path)
        for snapshot in self.files():
            try:
                with zipfile.ZipFile(snapshot) as archive:
                    raw = read_entry(archive, archive.getinfo(rel), MAX_RECORD_BYTES)
            except (KeyError, OSError, zipfile.BadZipFile, RuntimeError, ValueError, Refused):
                continue
            if self.reader.parse(kind, rid, path, raw).record is None:
                continue
            try:
                if path.is_file():
                    self.trash.to_trash(kind, path)
                atomic_write_bytes(path, raw)
            except OSError as exc:
                return save_problem(path, exc, (kind.name, rid))
            return self.changes.retry(path)
        return Problem(
            path,
            None,
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "None of the backups holds a readable copy of this file."
                )
            ),
            UNREADABLE,
            kind.name,
            rid,
        )
