"""Records: the user's store, opened on first use and kept while Twoway runs.

The overlay paints before any record is read; whatever needs the records later asks for
them here. A long first load (no cache yet) shows its progress, quietly during a call,
and whatever arrived meanwhile (a meeting that ended) waits in `when_loaded`.
"""

from __future__ import annotations

import contextlib
import gc
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from twoway.core.clock import Clock
from twoway.paths import DataPaths
from twoway.ui.preferences import Preferences

if TYPE_CHECKING:
    from twoway.core.store import Store

log = logging.getLogger(__name__)

# From this many records on, they are kept out of the collector's rounds once loaded.
_FREEZE_AT = 5000
_TOLD = "told"  # in a folder of unsaved changes: the user has been told where it is


class Records:
    def __init__(
        self,
        paths: DataPaths,
        clock: Clock,
        preferences: Preferences,
        quiet: Callable[[], bool],
        parent: QObject,
    ) -> None:
        self.paths = paths
        self.clock = clock
        self.preferences = preferences
        self.quiet = quiet  # True while a call is on: the progress note keeps to itself
        self.parent = parent  # outlives every timer made here
        self.store: Store | None = None
        self.loading = False  # True while open() reads the records
        self._waiting: list[Callable[[], None]] = []
        self.opened: list[Callable[[], None]] = []  # told once, after the first load

    def open(self) -> Store:
        """The user's records, loaded on first use (after the overlay is on screen)."""
        if self.store is not None:
            return self.store
        from twoway.core.store import Store
        from twoway.ui.load_progress import LoadProgress

        if self.loading:
            # Only the events below run while loading, and those that need the records
            # check `loading` first.
            raise RuntimeError("the records are still loading")
        # A long load (no cache yet) keeps the overlay painting and says how far it got.
        progress = LoadProgress(quiet=self.quiet())
        self.loading = True
        try:
            self.store = Store.open(self.paths, self.clock, progress=progress)
        finally:
            self.loading = False
            progress.close()
        if len(self.store.contacts) + len(self.store.meetings) >= _FREEZE_AT:
            # The records live as long as the app: keep the collector from walking them
            # again (a full pass over 25,000 meetings takes most of a second). Small
            # stores cost it nothing worth this.
            gc.freeze()
        for waiting in self._waiting:
            QTimer.singleShot(0, waiting)
        self._waiting.clear()
        for problem in self.store.problems:
            log.warning("%s", problem)
        self.backup_if_due()
        daily_check = QTimer(self.parent)
        daily_check.timeout.connect(self.backup_if_due)
        daily_check.start(60 * 60 * 1000)  # hourly: a laptop left open for days
        for callback in self.opened:
            callback()
        return self.store

    def when_loaded(self, callback: Callable[[], None]) -> None:
        """Run `callback` once the records are read (they are being read now)."""
        self._waiting.append(callback)

    def backup_if_due(self) -> None:
        """The daily snapshot, when the user keeps it on."""
        backups = self.preferences.values.backups
        if self.store is not None and backups.daily:
            self.store.backups.take_if_due(keep=backups.keep)

    def flush(self) -> None:
        if self.store is not None:
            for problem in self.store.flush():
                log.warning("Not saved: %s", problem)

    def close(self) -> None:
        """At quit. Changes that cannot be saved now are copied out of the data folder, and
        the next start says where (`unsaved_copies`)."""
        if self.store is not None:
            stamp = self.clock.wall().astimezone().strftime("%Y-%m-%d %H.%M.%S")
            for problem in self.store.close(unsaved_dir=self.paths.unsaved_dir / stamp):
                log.warning("Not saved: %s", problem)

    def unsaved_copies(self) -> list[Path]:
        """Folders of changes kept at an earlier quit, not yet mentioned; each is mentioned
        once (a `told` file marks it), and left for the user to take back."""
        try:
            folders = sorted(p for p in self.paths.unsaved_dir.iterdir() if p.is_dir())
        except OSError:
            return []
        new = [folder for folder in folders if not (folder / _TOLD).exists()]
        for folder in new:
            with contextlib.suppress(OSError):  # else said again next time: better than never
                (folder / _TOLD).touch()
        return new
