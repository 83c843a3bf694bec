"""While the records load at start-up: a note of how far it got, and an app that keeps up.

Loading is quick from the machine-local cache; without it (a second device's first start
after a sync, a cleared cache) thousands of files are read, which takes seconds. Meanwhile
the timer overlay keeps painting and counting, and after a moment a small note says how
many records are read. Keys and clicks wait until the records are there.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from twoway.core.marks import fill

# A load from the cache is over before this; only a long one shows the note.
SHOW_AFTER_S = 0.4
_KEEP_UP = (
    QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
    | QEventLoop.ProcessEventsFlag.ExcludeSocketNotifiers  # commands wait for the records
)


class LoadNote(QWidget):
    """A small window: "Loading your records… 1,200 of 25,000"."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(self.tr("Twoway"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)

    def show_progress(self, done: int, total: int) -> None:
        counts = (self.locale().toString(done), self.locale().toString(total))
        self.label.setText(fill(self.tr("Loading your records… %1 of %2"), counts))
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)


class LoadProgress:
    """The `progress` callback for `Store.open`: keeps painting, and shows the note once
    loading has taken a moment (unless a call is on, where only the overlay belongs)."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.started = time.monotonic()
        self.note: LoadNote | None = None

    def __call__(self, done: int, total: int) -> None:
        if done >= total:
            self.close()
            return
        if self.note is None and not self.quiet:
            if time.monotonic() - self.started < SHOW_AFTER_S:
                QCoreApplication.processEvents(_KEEP_UP)
                return
            self.note = LoadNote()
            self.note.show()
        if self.note is not None:
            self.note.show_progress(done, total)
        QCoreApplication.processEvents(_KEEP_UP)

    def close(self) -> None:
        if self.note is not None:
            self.note.close()
            self.note.deleteLater()
            self.note = None
