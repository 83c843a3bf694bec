"""The overlay while the screen is shared: on Linux, hidden or shrunk to a thin bar
while a screen cast runs (per setting), back when it stops; on Windows, left out of every
capture by the system, so it can stay as it is (on a Windows too old for that, it steps
aside like on Linux). `screen_share = "off"` turns both off.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from twoway.platform.capture import exclude_from_capture

log = logging.getLogger(__name__)

BAR_PX = 6
_FILL = QColor("#0072B2")
_OVER = QColor("#D55E00")
_TRACK = QColor(24, 25, 28, 200)


class ThinBar(QWidget):
    """How far the phase is, as a thin line where the overlay was: little to show in a
    shared screen, enough to keep time by."""

    def __init__(self, meeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
            | Qt.WindowType.WindowTransparentForInput
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowTitle(self.tr("Twoway meeting timer (screen shared)"))
        meeting.ticked.connect(self.update)

    def fraction(self) -> tuple[float, bool]:
        session = self.meeting.session
        if session is None:
            return 0.0, False
        allowed = max(1.0, session.phase_remaining() + session.phase_elapsed())
        remaining = session.phase_remaining()
        return min(1.0, max(0.0, 1 - remaining / allowed)), remaining < 0

    def paintEvent(self, _event) -> None:
        done, over = self.fraction()
        p = QPainter(self)
        p.fillRect(self.rect(), _TRACK)
        p.fillRect(QRect(0, 0, round(self.width() * done), self.height()), _OVER if over else _FILL)


class ScreenShareGuard(QObject):
    def __init__(self, context, calls, parent: QObject | None = None, *, exclude=None) -> None:
        """`exclude(window handle, exclude: bool) -> bool`: keeps a native window out of
        captures (Windows); None where the system offers no such thing."""
        super().__init__(parent)
        self.context = context
        self.calls = calls
        self.hiding = False
        self.bar: ThinBar | None = None
        if exclude is None and sys.platform == "win32":
            exclude = lambda handle, on: exclude_from_capture(handle, exclude=on)  # noqa: E731
        self._exclude_window = exclude
        self.excluded = False  # the system keeps the overlay out of captures now
        self._applied: tuple[int, bool] | None = None  # (native window, excluded) last asked
        calls.checked.connect(self.update)
        if exclude is not None:
            # The native window may be made anew (a flag change): apply it each time.
            context.overlay.installEventFilter(self)
            self._exclude()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.WinIdChange, QEvent.Type.Show):
            self._exclude(again=True)
        return False

    def _exclude(self, *, again: bool = False) -> None:
        overlay = self.context.overlay
        if self._exclude_window is None or not overlay.testAttribute(
            Qt.WidgetAttribute.WA_WState_Created
        ):
            return
        wanted = (int(overlay.winId()), self.mode() != "off")
        if wanted == self._applied and not again:
            return
        self._applied = wanted
        agreed = self._exclude_window(*wanted)
        self.excluded = bool(agreed) and wanted[1]
        if wanted[1] and not agreed:
            log.warning("The overlay cannot be kept out of captures; it steps aside instead")

    def mode(self) -> str:
        return self.context.settings.values.calls.screen_share

    def update(self) -> None:
        self._exclude()  # the setting may have changed
        shared = self.calls.detector.screen_shared is True
        # Where the system keeps the overlay out of captures it can stay; else (an older
        # Windows, Linux, macOS) it steps aside while the screen is shared.
        wanted = shared and self.mode() != "off" and not self.excluded
        if wanted and not self.hiding and self.context.overlay.isVisible():
            self.hiding = True
            log.info("screen shared: overlay %s", self.mode())
            overlay = self.context.overlay
            if self.mode() == "bar":
                self.bar = self.bar or ThinBar(self.context.meeting)
                geometry = overlay.frameGeometry()
                self.bar.setGeometry(geometry.x(), geometry.y(), geometry.width(), BAR_PX)
                self.bar.show()
            overlay.hold_end_card()  # an end card up now shows again when sharing stops
            overlay.hide()
        elif not wanted and self.hiding:
            self.hiding = False
            if self.bar is not None:
                self.bar.hide()
            if self.context.meeting.active or self.context.overlay.ended_meeting_id:
                self.context.overlay.show()

    def status(self) -> bool:
        return self.hiding
