"""The trash: deleted and set-aside files, kept for a while so a delete can be undone."""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from twoway.core.atomic import ensure_private_dir, fsync_dir
from twoway.core.marks import QT_TRANSLATE_NOOP, message
from twoway.core.store.layout import (
    AGENDA_ID,
    FOLDER_KINDS,
    ID_RE,
    SUFFIX,
    TRASH_DIR,
    Kind,
    file_stamp,
    stamp_in_name,
)
from twoway.core.store.problems import CONFLICT, UNREADABLE, Problem, save_problem
from twoway.core.store.state import StoreState

TRASH_KEEP_DAYS = 30


def move(source: Path, target: Path, deferred: set[Path] | None = None) -> None:
    """Move a file within the data folder atomically, then make the move durable (or,
    with `deferred`, note the folders to sync once after many moves)."""
    ensure_private_dir(target.parent)
    os.replace(source, target)
    for folder in {source.parent, target.parent}:
        if deferred is None:
            fsync_dir(folder)
        else:
            deferred.add(folder)


class Trash:
    """The `trash/` folder of one data folder; files are moved there, never deleted."""

    def __init__(self, state: StoreState) -> None:
        self.s = state

    def files(self) -> list[Path]:
        """Deleted and set-aside files, newest first."""
        trash = self.s.root / TRASH_DIR
        if not trash.is_dir():
            return []
        found = [p for p in trash.rglob(f"*{SUFFIX}") if p.is_file()]
        return sorted(found, key=self.trashed_at, reverse=True)

    def trashed_at(self, path: Path) -> datetime:
        # Moving keeps a file's modification time, so the time of deletion is in its name.
        stamp = stamp_in_name(path.name)
        if stamp is None:
            stamp = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        return stamp

    def put_back(self, path: Path) -> tuple[Kind, str, Path] | Problem:
        """Move a deleted record's file back in place (undo a delete); returns which
        record it is and where it now is, to be read again, or why it cannot be."""
        path = Path(path)
        rid = path.name.split(".")[0]
        folder = path.parent.name
        kind = next((k for k in FOLDER_KINDS if k.folder == folder), None)
        if kind is None or not ID_RE.match(rid):
            return Problem(
                path,
                None,
                message(
                    QT_TRANSLATE_NOOP("Messages", "This file cannot be put back automatically.")
                ),
                UNREADABLE,
            )
        target = kind.path(self.s.root, rid)
        if target.exists() or rid in self.s.records(kind):
            return Problem(
                path,
                None,
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "A record with the same name exists already; move this file back by hand.",
                    )
                ),
                CONFLICT,
                kind.name,
                rid,
            )
        try:
            move(path, target)
        except OSError as exc:
            return save_problem(target, exc, (kind.name, rid))
        return kind, rid, target

    def prune(self) -> None:
        limit = self.s.clock.wall() - timedelta(days=TRASH_KEEP_DAYS)
        for path in self.files():
            with contextlib.suppress(OSError):
                if self.trashed_at(path) < limit:
                    path.unlink()

    def to_trash(self, kind: Kind, path: Path) -> Path:
        stamp = file_stamp(self.s.clock.wall())
        target = (
            self.s.root / TRASH_DIR / (kind.folder or AGENDA_ID) / f"{path.stem}.{stamp}{SUFFIX}"
        )
        number = 1
        while target.exists():
            number += 1
            target = target.with_name(f"{path.stem}.{stamp}-{number}{SUFFIX}")
        move(path, target, self.s.deferred_syncs)
        return target
