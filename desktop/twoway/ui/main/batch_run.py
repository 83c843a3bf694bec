"""Long work on the UI thread in small steps: a batch at a time, back to the event loop in
between, with a progress window that shows only when the work takes a while and, where
asked for, a Cancel button. Imports and their undo run this way (the store is
single-threaded, so the writing stays on this thread).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from twoway.core.interop import InteropError
from twoway.ui.i18n import translated
from twoway.ui.main.common import tr

# Contacts written between two returns to the event loop. A run starts with BATCH and
# then sizes its batches to take about STEP_SECONDS each, so the window keeps answering
# on a slow disk and a large import is written in a few big, quick batches elsewhere.
BATCH = 50
MAX_BATCH = 3000
STEP_SECONDS = 0.2
# A quick import is done before the progress window would appear, so it never flashes.
PROGRESS_AFTER_MS = 400


@contextlib.contextmanager
def busy_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


# --- long work in small steps -----------------------------------------------------------------


class BatchRun(QObject):
    """Work done a batch at a time, back to the event loop between batches, so the window
    keeps answering. Its progress window is modal, so nothing else changes the store
    halfway; it shows only when the work takes a while. With `cancellable`, its Cancel
    button stops the run after the batch under way; `done` then gets CANCELLED."""

    CANCELLED = "\x00cancelled"

    def __init__(
        self,
        parent: QWidget,
        title: str,
        label: str,
        items: list,
        work: Callable[[list], None],
        done: Callable[[str], None],
        cancellable: bool = False,
    ) -> None:
        super().__init__(parent)
        self._items = items
        self._done_count = 0
        self._batch = BATCH
        self._work = work
        self._done = done
        cancel_text = tr("Cancel") if cancellable else ""
        self.progress = QProgressDialog(label, cancel_text, 0, len(items), parent)
        self.progress.setWindowTitle(title)
        self.progress.setMinimumWidth(self.progress.fontMetrics().averageCharWidth() * 48)
        if not cancellable:
            self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(PROGRESS_AFTER_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setValue(0)
        QTimer.singleShot(0, self._step)

    def cancel(self) -> None:
        """What the Cancel button does (also for tests and the benchmark)."""
        self.progress.cancel()

    def _step(self) -> None:
        if self.progress.wasCanceled():
            self._finish(self.CANCELLED)
            return
        batch = self._items[self._done_count : self._done_count + self._batch]
        started = time.perf_counter()
        try:
            self._work(batch)
        except InteropError as exc:
            self._finish(translated(exc.message))
            return
        except Exception:
            self._finish(tr("Something unexpected went wrong."))
            raise
        took = max(time.perf_counter() - started, 0.001)
        # The next batch sized to take about STEP_SECONDS at the speed just seen.
        wanted = int(len(batch) * STEP_SECONDS / took)
        self._batch = max(BATCH, min(MAX_BATCH, wanted, self._batch * 4))
        self._done_count += len(batch)
        self.progress.setValue(self._done_count)
        if self._done_count < len(self._items):
            QTimer.singleShot(0, self._step)
        else:
            self._finish("")

    def _finish(self, error: str) -> None:
        self.progress.close()
        self.progress.deleteLater()
        self._done(error)
