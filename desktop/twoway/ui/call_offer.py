"""The small card that offers something about the call: "Start Minimastermind with Maya?"
when a call begins, "End the meeting?" when it is over.

Like the overlay it never takes the focus: it shows without activation and does not
accept focus, so the call keeps the keyboard (mute, video). One click answers; the
start hotkey answers "Start" as well. It goes by itself after a while.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from twoway.ui.i18n import filled

OFFER_SHOWN_S = 120
_STYLE = (
    "QLabel { color: #ECECEE; font-size: 14px; }"
    "QPushButton { color: #ECECEE; background: transparent; border: none; font-weight: bold;"
    " padding: 4px 10px; border-radius: 4px; }"
    "QPushButton:hover { background: rgba(255, 255, 255, 46); }"
    "QPushButton#yes { background: #0072B2; color: #FFFFFF; }"
    "QPushButton#yes:hover { background: #1A86C4; }"
)


class CallOfferCard(QWidget):
    accepted = Signal(str)  # what was offered: "start" or "end"
    declined = Signal()
    withdrawn = Signal()  # the offer went: answered, declined, replaced by events, expired

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWindowTitle(self.tr("Twoway call offer"))
        self.setStyleSheet(_STYLE)
        self.kind = ""  # "start" or "end": what is offered now
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.yes = QPushButton(self)
        self.yes.setObjectName("yes")
        self.no = QPushButton(self)
        for button in (self.yes, self.no):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
        self.yes.clicked.connect(self._accept)
        self.no.clicked.connect(self._decline)
        buttons = QHBoxLayout()
        buttons.addWidget(self.yes)
        buttons.addStretch(1)
        buttons.addWidget(self.no)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 12, 14, 10)
        column.addWidget(self.question)
        column.addLayout(buttons)
        self.setFixedWidth(340)
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(self.withdraw)

    def offer_start(self, format_name: str, contact_first_name: str, at: QPoint) -> None:
        if contact_first_name:
            text = filled(
                self.tr("A call has started. Start %1 with %2?"), format_name, contact_first_name
            )
        else:
            text = filled(self.tr("A call has started. Start %1?"), format_name)
        self._offer("start", text, self.tr("Start"), self.tr("Not now"), at)

    def offer_end(self, at: QPoint) -> None:
        self._offer(
            "end",
            self.tr("The call seems to be over. End the meeting?"),
            self.tr("End the meeting"),
            self.tr("Keep going"),
            at,
        )

    def _offer(self, kind: str, text: str, yes: str, no: str, at: QPoint) -> None:
        self.kind = kind
        self.question.setText(text)
        self.yes.setText(yes)
        self.no.setText(no)
        self.adjustSize()
        self.move(at)
        self.show()
        self.raise_()
        self._expiry.start(OFFER_SHOWN_S * 1000)

    @property
    def offering(self) -> str:
        return self.kind if self.isVisible() else ""

    def withdraw(self) -> None:
        offered = bool(self.offering)
        self._expiry.stop()
        self.kind = ""
        self.hide()
        if offered:
            self.withdrawn.emit()

    def _accept(self) -> None:
        kind = self.kind
        self.withdraw()
        self.accepted.emit(kind)

    def _decline(self) -> None:
        self.withdraw()
        self.declined.emit()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QColor(255, 255, 255, 36))
        p.setBrush(QColor(24, 25, 28))
        p.drawRoundedRect(self.rect().adjusted(0, 0, -1, -1), 10, 10)
