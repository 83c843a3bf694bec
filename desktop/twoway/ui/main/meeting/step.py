"""What every step of the meeting page shares: loading its meeting, saving each edit at once,
the composer's wording in the user's language, and small layout helpers.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from twoway.core.formats import Format
from twoway.core.records import Meeting
from twoway.core.workflow import request as composer
from twoway.ui.main.common import tr
from twoway.ui.main.hub import DataHub
from twoway.ui.main.widgets import FlowLayout
from twoway.ui.seams import Navigation


def wording(minutes: int = 0) -> composer.Wording:
    """The composer's sentences in the user's language, those with a count for `minutes`.

    The counted ones are written out here, word for word the core's English, so that
    lupdate sees them with their count and gives them plural forms.
    """
    from dataclasses import fields

    from PySide6.QtCore import QCoreApplication

    counted = {
        #: A sentence of the request message; keep {minutes}, the number of minutes.
        "minutes": tr(
            "It will take {minutes} minutes, and I will keep an eye on the clock.", None, minutes
        ),
        #: The subject line of the request message; keep {minutes}, the number of minutes.
        "subject": tr("A {minutes}-minute call?", None, minutes),
        #: Declining a long call but offering a short one; keep {minutes}, the number.
        "decline_shorter": tr(
            "I cannot make room for a long call, but I could do a focused {minutes} minutes: "
            "half the time on your questions, half on mine. Would that work for you?",
            None,
            minutes,
        ),
    }
    return composer.Wording(
        **{
            f.name: counted.get(f.name)
            or QCoreApplication.translate("Request", getattr(composer.ENGLISH, f.name))
            for f in fields(composer.Wording)
        }
    )


def bold_label(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class Step(QWidget):
    """One step of the workflow. Edits go through `edit`, which saves at once."""

    def __init__(self, hub: DataHub, nav: Navigation, parent=None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.nav = nav
        self.meeting_id = ""
        self._loading = False

    def meeting(self) -> Meeting | None:
        return self.hub.meeting(self.meeting_id)

    def format(self) -> Format | None:
        meeting = self.meeting()
        return self.hub.format(meeting.format_id) if meeting else None

    def edit(self, change: Callable[[Meeting], None]) -> None:
        if self._loading:
            return
        meeting = self.meeting()
        if meeting is not None:
            change(meeting)
            self.hub.put_meeting(meeting)

    def load(self, meeting_id: str) -> None:
        self.meeting_id = meeting_id
        self._loading = True
        try:
            self.fill(self.meeting())
        finally:
            self._loading = False

    def fill(self, meeting: Meeting | None) -> None:
        raise NotImplementedError


def scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
    area.setWidget(widget)
    return area


def button_row(*buttons: QWidget) -> FlowLayout:
    row = FlowLayout()
    for button in buttons:
        row.addWidget(button)
    return row
