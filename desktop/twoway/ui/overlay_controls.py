"""The overlay's buttons: the strip under the card while the pointer is over it, and the
two buttons of the "meeting ended" card.

The strip has a row of its own, so it never covers the title, the step or the cue. Its
symbols are drawn here in the card's light text color (the platform's media icons are
dark on some styles, unreadable on the dark card). No button takes the focus and none
shows a tooltip: during a call nothing pops up outside the card; the name of the button
under the pointer is written inside the strip instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from twoway.core.session import State
from twoway.ui.meeting import MeetingController

STRIP = QColor(44, 46, 52)
GLYPH = QColor(236, 236, 238)  # 12:1 on the strip
LABEL = QColor(190, 192, 198)  # 8:1 on the strip


def _right_triangle(size: float, *, left: float, right: float, top: float) -> QPolygonF:
    """A triangle pointing right, in fractions of the icon's size."""
    return QPolygonF(
        [
            QPointF(size * left, size * top),
            QPointF(size * right, size * 0.5),
            QPointF(size * left, size * (1 - top)),
        ]
    )


def glyph_icon(kind: str, size: int) -> QIcon:
    """A media symbol (pause, play, next, stop) painted in the card's text color."""
    ratio = 2  # drawn at twice the size: crisp on high-density screens too
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(GLYPH)
    s = float(size)
    if kind == "pause":
        p.drawRoundedRect(QRectF(s * 0.22, s * 0.18, s * 0.2, s * 0.64), 1, 1)
        p.drawRoundedRect(QRectF(s * 0.58, s * 0.18, s * 0.2, s * 0.64), 1, 1)
    elif kind == "play":
        p.drawPolygon(_right_triangle(s, left=0.25, right=0.82, top=0.16))
    elif kind == "next":
        p.drawPolygon(_right_triangle(s, left=0.16, right=0.62, top=0.18))
        p.drawRect(QRectF(s * 0.66, s * 0.18, s * 0.16, s * 0.64))
    elif kind == "stop":
        p.drawRoundedRect(QRectF(s * 0.2, s * 0.2, s * 0.6, s * 0.6), 2, 2)
    p.end()
    return QIcon(pixmap)


_BUTTON_STYLE = (
    "QToolButton, QPushButton { color: #ECECEE; background: transparent; border: none;"
    " font-weight: bold; padding: 2px 6px; border-radius: 4px; }"
    "QToolButton:hover, QPushButton:hover { background: rgba(255, 255, 255, 46); }"
    "QToolButton:disabled { color: #8A8C92; }"
)


class ControlStrip(QWidget):
    """Pause or resume, next phase, one more minute, end — in a row of their own."""

    def __init__(self, overlay: QWidget, meeting: MeetingController) -> None:
        super().__init__(overlay)
        self.meeting = meeting
        self.setObjectName("overlay-controls")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            f"#overlay-controls {{ background: {STRIP.name()};"
            " border-bottom-left-radius: 10px; border-bottom-right-radius: 10px; }"
            + _BUTTON_STYLE
            + f"QLabel {{ color: {LABEL.name()}; }}"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 2, 8, 2)
        row.setSpacing(2)
        self.label = QLabel(self)
        row.addWidget(self.label, 1)
        self.buttons: dict[str, QToolButton] = {}
        self._add("pause", self.tr("Pause"), meeting.toggle_pause, "pause")
        self._add("next", self.tr("Next phase"), meeting.next_phase, "next")
        self._add("extend", self.tr("One more minute"), meeting.extend, text=self.tr("+1"))
        self._add("end", self.tr("End the meeting"), meeting.end, "stop")
        self.update_state()

    def _add(self, key: str, name: str, slot, glyph: str = "", text: str = "") -> None:
        button = QToolButton(self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAccessibleName(name)
        if glyph:
            button.setIcon(glyph_icon(glyph, 16))
        else:
            button.setText(text)
        button.clicked.connect(slot)
        button.installEventFilter(self)
        self.layout().addWidget(button)
        self.buttons[key] = button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Enter:
            self.label.setText(watched.accessibleName())
        elif event.type() == QEvent.Type.Leave:
            self.label.setText("")
        elif event.type() == QEvent.Type.ToolTip:
            return True  # no tooltip over the call
        return super().eventFilter(watched, event)

    def update_state(self) -> None:
        session = self.meeting.session
        running = self.meeting.active
        paused = running and session.state is State.PAUSED
        pause = self.buttons["pause"]
        pause.setIcon(glyph_icon("play" if paused else "pause", 16))
        pause.setAccessibleName(self.tr("Resume") if paused else self.tr("Pause"))
        self.buttons["next"].setEnabled(running and not session.is_last_phase)
        for key in ("pause", "extend", "end"):
            self.buttons[key].setEnabled(running)


class EndCardButtons(QWidget):
    """ "Write the debrief" and "Close" on the card shown when a meeting ends."""

    def __init__(self, overlay: QWidget) -> None:
        super().__init__(overlay)
        self.setStyleSheet(
            _BUTTON_STYLE
            + "QPushButton#write { background: #0072B2; color: #FFFFFF; padding: 4px 12px; }"
            "QPushButton#write:hover { background: #1A86C4; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.write = QPushButton(self.tr("Write the debrief"), self)
        self.write.setObjectName("write")
        self.close_button = QPushButton(self.tr("Close"), self)
        for button in (self.write, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
        row.addWidget(self.write)
        row.addStretch(1)
        row.addWidget(self.close_button)
