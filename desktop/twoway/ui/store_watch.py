"""Notices when the data folder changes under Twoway (a hand edit, a sync tool) and asks
for the files to be read again, once things have settled.

Records, the agenda, settings.toml and format files are all watched: a setting changed on
another device takes effect here as a changed contact does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from twoway.paths import DataPaths

SETTLE_MS = 1000  # a sync tool writes several files in a burst: read once, after it
RECORD_FOLDERS = ("contacts", "meetings", "followups", "templates")


class StoreWatcher(QObject):
    def __init__(
        self, paths: DataPaths, on_change: Callable[[], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._on_change = on_change
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)
        self._watcher = QFileSystemWatcher(self)
        folders = [paths.root / name for name in RECORD_FOLDERS] + [paths.root]
        for folder in folders:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._watcher.addPaths([str(folder) for folder in folders])
        self._watcher.directoryChanged.connect(self._changed)
        self._watcher.fileChanged.connect(self._changed)
        # Files replaced by a rename drop out of the watch, and the formats folder may be
        # made later; the data folder's change brings us here, and they are watched again
        # after each round.
        self._later = [paths.root / "agenda.toml", paths.settings_file, paths.formats_dir]
        self._watch_files()

    def _watch_files(self) -> None:
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        missing = [str(f) for f in self._later if str(f) not in watched and f.exists()]
        if missing:
            self._watcher.addPaths(missing)

    def _changed(self, _path: str) -> None:
        self._settle.start()  # restarts while changes keep coming

    def _settled(self) -> None:
        self._watch_files()
        self._on_change()

    def watched(self) -> list[str]:
        return self._watcher.directories() + self._watcher.files()

    def close(self) -> None:
        """Stop taking in changes: at shut-down, whose own last saves need no rescan."""
        self._settle.stop()
        paths = self.watched()
        if paths:
            self._watcher.removePaths(paths)
