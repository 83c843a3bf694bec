"""Today's two boxes for getting going: the meeting running now, and starting or planning one.

A new user's first question is "how do I start?": the answer is on the first page,
not only in the tray.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
)

from twoway.core.session import State
from twoway.ui.i18n import filled
from twoway.ui.main.common import tr, translated_format_text
from twoway.ui.main.hub import CONTACT, DataHub
from twoway.ui.overlay_view import phase_line
from twoway.ui.seams import Navigation


def running_text(controller) -> str:
    """The running meeting in one line: its phase, whose turn, the time, with whom."""
    session = controller.session
    if session is None or not controller.active:
        return ""
    parts = [phase_line(session)]
    if session.state is State.PAUSED:
        parts.append(tr("paused"))
    name = controller.info.contact_name
    if name:
        parts.append(filled(tr("with %1"), name))
    return " · ".join(parts)


class RunningBox(QGroupBox):
    """Shown only while a meeting runs: its live phase and the way to it."""

    def __init__(self, nav: Navigation, parent=None) -> None:
        super().__init__(tr("Meeting running now"), parent)
        self.nav = nav
        self.controller = nav.context.meeting
        row = QHBoxLayout(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.go_button = QPushButton(tr("&Go to the meeting"), self)
        self.go_button.setAccessibleName(tr("Go to the running meeting"))
        row.addWidget(self.label, 1)
        row.addWidget(self.go_button)
        self.go_button.clicked.connect(self.go)
        self.controller.ticked.connect(self.refresh)
        self.controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        text = running_text(self.controller)
        self.setVisible(bool(text))
        if text != self.label.text():
            self.label.setText(text)

    def go(self) -> None:
        """To the meeting's Run step when it is a meeting of the window; the overlay else."""
        meeting_id = self.nav.running_meeting_id()
        if meeting_id and self.nav.hub.meeting(meeting_id):
            self.nav.open_meeting(meeting_id, "run")
        self.nav.context.placement.show()


class StartBox(QGroupBox):
    """Start a meeting now in a chosen format, with a contact or none; or plan one."""

    def __init__(self, hub: DataHub, nav: Navigation, parent=None) -> None:
        super().__init__(tr("Start or plan"), parent)
        self.hub = hub
        self.nav = nav
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(3, 1)
        self.format_box = QComboBox(self)
        self.format_box.setAccessibleName(tr("Format of the meeting to start"))
        self.contact_box = QComboBox(self)
        self.contact_box.setAccessibleName(tr("Who the meeting is with"))
        # Long names show whole in the open list, not by widening the page.
        for box, letters in ((self.format_box, 24), (self.contact_box, 16)):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(letters)
        self.start_button = QPushButton(tr("Start a meeting &now"), self)
        self.plan_button = QPushButton(tr("&Plan a meeting…"), self)
        self._narrow: bool | None = None
        self._arrange(narrow=False)
        # The window may be narrower than one row: then the buttons go under the choices.
        self.setMinimumWidth(self._width_of(self.format_box, self.contact_box))
        self.start_button.clicked.connect(self.start)
        self.plan_button.clicked.connect(lambda: nav.plan_meeting(self.contact_box.currentData()))
        hub.changed.connect(self._on_change)
        hub.removed.connect(self._on_change)
        hub.reset.connect(self.fill)
        hub.formats_changed.connect(self.fill)
        nav.meeting_running_changed.connect(self._update_enabled)
        self.fill()

    def _width_of(self, *widgets) -> int:
        margins = self.grid.contentsMargins()
        spacing = self.grid.horizontalSpacing() * (len(widgets) - 1)
        return (
            sum(w.sizeHint().width() for w in widgets) + spacing + margins.left() + margins.right()
        )

    def _arrange(self, narrow: bool) -> None:
        """The choices and both buttons in one row where there is room; on a narrow window
        the buttons go under the choices, so the page never scrolls sideways."""
        if narrow == self._narrow:
            return
        self._narrow = narrow
        for widget in (self.format_box, self.contact_box, self.start_button, self.plan_button):
            self.grid.removeWidget(widget)
        self.grid.addWidget(self.format_box, 0, 0)
        self.grid.addWidget(self.contact_box, 0, 1)
        if narrow:
            self.grid.addWidget(self.start_button, 1, 0, Qt.AlignmentFlag.AlignLeft)
            self.grid.addWidget(self.plan_button, 1, 1, Qt.AlignmentFlag.AlignRight)
        else:
            self.grid.addWidget(self.start_button, 0, 2)
            self.grid.addWidget(self.plan_button, 0, 4)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        widgets = (self.format_box, self.contact_box, self.start_button, self.plan_button)
        self._arrange(narrow=event.size().width() < self._width_of(*widgets))

    def _on_change(self, kind: str, _id: str) -> None:
        if kind == CONTACT:
            self.fill()

    def fill(self) -> None:
        """Formats by name and contacts by name; the choices made survive a refill."""
        chosen_format = (
            self.format_box.currentData() or self.nav.context.meetings.default_format().id
        )
        chosen_contact = self.contact_box.currentData() or ""
        self.format_box.blockSignals(True)
        self.contact_box.blockSignals(True)
        self.format_box.clear()
        for fmt in sorted(self.hub.formats.formats.values(), key=lambda f: f.name.casefold()):
            name = translated_format_text(fmt.name)
            label = filled(tr("%1 (%2 min)"), name, f"{fmt.slot_minutes:g}")
            self.format_box.addItem(label, fmt.id)
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(chosen_format)))
        self.contact_box.clear()
        self.contact_box.addItem(tr("No contact"), "")
        contacts = sorted(self.hub.store.contacts.values(), key=lambda c: c.name.casefold())
        for contact in contacts:
            self.contact_box.addItem(contact.name, contact.id)
        self.contact_box.setCurrentIndex(max(0, self.contact_box.findData(chosen_contact)))
        self.format_box.blockSignals(False)
        self.contact_box.blockSignals(False)
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.start_button.setEnabled(self.format_box.count() > 0 and not self.nav.meeting_running())

    def start(self) -> bool:
        return self.nav.quick_start(self.format_box.currentData(), self.contact_box.currentData())
