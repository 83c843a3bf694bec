"""Today: the next meeting with one click to start it, what is coming up, what is due."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from twoway.core.workflow import keep_in_touch
from twoway.core.workflow import today as today_lists
from twoway.ui.i18n import filled
from twoway.ui.main.common import (
    datetime_text,
    heading,
    hint,
    to_qdate,
    tr,
)
from twoway.ui.main.hub import CONTACT, FOLLOWUP, MEETING, DataHub
from twoway.ui.main.models.followups import FollowUpsModel, set_followup_done
from twoway.ui.main.models.meetings import MeetingsModel
from twoway.ui.main.today_start import RunningBox, StartBox
from twoway.ui.main.widgets import EmptySpace, Page, fit_columns, table
from twoway.ui.seams import Navigation

# Below this page width the two lists go one above the other.
SIDE_BY_SIDE_WIDTH = 860


class TodayView(Page):
    def __init__(self, hub: DataHub, nav: Navigation, parent=None) -> None:
        super().__init__(tr("Today"), parent)
        self.hub = hub
        self.nav = nav
        self.date_label = hint("", self)
        self.content.addWidget(self.date_label)
        self.running_box = RunningBox(nav, self)
        self.content.addWidget(self.running_box)

        # The next meeting, with the one button that matters most this morning.
        self.next_box = QGroupBox(tr("Next meeting"), self)
        next_layout = QGridLayout(self.next_box)
        next_layout.setColumnStretch(0, 1)
        self.next_title = QLabel(self.next_box)
        self.next_title.setWordWrap(True)
        font = self.next_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.next_title.setFont(font)
        self.next_detail = QLabel(self.next_box)
        self.next_detail.setWordWrap(True)
        self.start_button = QPushButton(tr("&Start now"), self.next_box)
        self.start_button.setAccessibleName(tr("Start the next meeting now"))
        self.start_button.setDefault(True)
        self.open_button = QPushButton(tr("&Open"), self.next_box)
        self.open_button.setAccessibleName(tr("Open the next meeting"))
        next_layout.addWidget(self.next_title, 0, 0)
        next_layout.addWidget(self.next_detail, 1, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.start_button)
        next_layout.addLayout(buttons, 0, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        self.content.addWidget(self.next_box)
        self.start_box = StartBox(hub, nav, self)
        self.content.addWidget(self.start_box)

        # The meetings and the follow-ups side by side; one above the other on a narrow
        # window, where side by side would leave each too little room to read.
        self.lists = lists = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        lists.setSpacing(18)
        self.content.addLayout(lists, 1)

        left = QVBoxLayout()
        self.upcoming_model = MeetingsModel(hub, self._upcoming, self)
        self.upcoming_view = table(
            self.upcoming_model, tr("Meetings coming up"), self, stretch=MeetingsModel.FORMAT
        )
        for column in (MeetingsModel.STATUS, MeetingsModel.DEBRIEF):
            self.upcoming_view.hideColumn(column)
        self.upcoming_empty = hint(tr("Nothing planned yet."), self)
        left.addWidget(heading(tr("Coming up"), self, level=3))
        left.addWidget(self.upcoming_view, 1)
        left.addWidget(self.upcoming_empty)
        self.debrief_label = heading(tr("Debriefs to write"), self, level=3)
        self.debrief_model = MeetingsModel(hub, self._to_debrief, self)
        self.debrief_view = table(
            self.debrief_model, tr("Debriefs to write"), self, stretch=MeetingsModel.FORMAT
        )
        for column in (MeetingsModel.STATUS, MeetingsModel.PREP, MeetingsModel.DEBRIEF):
            self.debrief_view.hideColumn(column)
        left.addWidget(self.debrief_label)
        left.addWidget(self.debrief_view)
        self.upcoming_space = EmptySpace(left)
        lists.addLayout(left, 4)

        right = QVBoxLayout()
        self.due_model = FollowUpsModel(hub, self._due, self)
        self.due_model.compact = True
        self.due_view = table(
            self.due_model, tr("Follow-ups due"), self, stretch=FollowUpsModel.TEXT
        )
        self.due_view.hideColumn(FollowUpsModel.CONTACT_COLUMN)
        self.due_empty = hint(tr("No follow-ups due. Well done."), self)
        right.addWidget(heading(tr("Follow-ups due"), self, level=3))
        right.addWidget(self.due_view, 1)
        right.addWidget(self.due_empty)
        self.due_space = EmptySpace(right)
        due_buttons = QHBoxLayout()
        self.done_button = QPushButton(tr("Mark &done"), self)
        self.done_button.setAccessibleName(tr("Mark the selected follow-up done"))
        self.all_button = QPushButton(tr("All follow-ups"), self)
        due_buttons.addWidget(self.done_button)
        due_buttons.addStretch(1)
        due_buttons.addWidget(self.all_button)
        right.addLayout(due_buttons)
        # Keep in touch: who is due, each name a link to their page.
        self.reconnect_label = heading(tr("Due to reconnect"), self, level=3)
        self.reconnect = QLabel(self)
        self.reconnect.setWordWrap(True)
        self.reconnect.setTextFormat(Qt.TextFormat.RichText)
        self.reconnect.setAccessibleName(tr("Contacts due to reconnect"))
        self.reconnect.linkActivated.connect(self.nav.open_contact)
        right.addWidget(self.reconnect_label)
        right.addWidget(self.reconnect)
        lists.addLayout(right, 3)

        self.start_button.clicked.connect(self._start_next)
        self.open_button.clicked.connect(self._open_next)
        self.upcoming_view.activated.connect(
            lambda index: self._open_row(self.upcoming_model, index)
        )
        self.debrief_view.activated.connect(
            lambda index: self._open_row(self.debrief_model, index, step="debrief")
        )
        self.due_view.activated.connect(self._open_followup)
        self.done_button.clicked.connect(self._mark_done)
        self.all_button.clicked.connect(lambda: nav.show_view("followups"))
        hub.changed.connect(self._on_change)
        hub.removed.connect(self._on_change)
        hub.reset.connect(self.refresh)
        hub.tag_cadences_changed.connect(self._refresh_labels)
        nav.meeting_running_changed.connect(self.refresh)
        self.refresh()

    # --- what is shown -------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < SIDE_BY_SIDE_WIDTH
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.lists.direction() != direction:
            self.lists.setDirection(direction)

    def _upcoming(self):
        # The meeting running now is shown above, not as the next one to start.
        running = self.nav.running_meeting_id()
        meetings = today_lists.upcoming(self.hub.store.meetings.values(), self.hub.now())
        return [m for m in meetings if m.id != running]

    def _to_debrief(self):
        return today_lists.debriefs_to_write(self.hub.store.meetings.values(), self.hub.now())

    def _due(self):
        return sorted(self.hub.store.due_followups(self.hub.today()), key=lambda f: f.due)

    def reconnect_due(self):
        return keep_in_touch.due_to_reconnect(
            self.hub.store.contacts.values(), self.hub.today(), self.hub.tag_cadences()
        )

    def _on_change(self, kind: str, _id: str) -> None:
        if kind in (MEETING, CONTACT, FOLLOWUP):
            self._refresh_labels()

    def showEvent(self, event) -> None:
        # The day may have turned since the view was last seen.
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self.upcoming_model.refresh()
        self.debrief_model.refresh()
        self.due_model.refresh()
        for view in (self.upcoming_view, self.debrief_view, self.due_view):
            fit_columns(view)
        # As tall as its few rows, so the room goes to the meetings coming up.
        rows = max(1, min(4, self.debrief_model.rowCount()))
        header = self.debrief_view.horizontalHeader().sizeHint().height()
        row_height = self.debrief_view.verticalHeader().defaultSectionSize()
        frame = 2 * self.debrief_view.frameWidth()
        self.debrief_view.setMaximumHeight(header + rows * row_height + frame + 2)
        self._refresh_labels()

    def _refresh_labels(self) -> None:
        today = self.hub.today()
        self.date_label.setText(QLocale().toString(to_qdate(today), QLocale.FormatType.LongFormat))
        upcoming = self._upcoming()
        nxt = upcoming[0] if upcoming else None
        running = self.nav.meeting_running()
        self.start_button.setEnabled(nxt is not None and not running)
        self.open_button.setEnabled(nxt is not None)
        if nxt is None:
            self.next_title.setText(tr("No meeting planned"))
            self.next_detail.setText(tr("Start one now or plan one below."))
        else:
            name = self.hub.contact_name(nxt.contact_id) or tr("No contact")
            format_name = self.hub.meeting_format_name(nxt)
            self.next_title.setText(
                filled(tr("%1 · %2"), name, datetime_text(nxt.scheduled, self.hub.today()))
            )
            done, total = nxt.prep.progress
            prep = (
                filled(tr("prep %1 of %2 done"), str(done), str(total))
                if total
                else tr("no prep yet")
            )
            self.next_detail.setText(f"{format_name} · {prep}")
        self.upcoming_empty.setVisible(not upcoming)
        self.upcoming_view.setVisible(bool(upcoming))
        has_debriefs = self.debrief_model.rowCount() > 0
        self.debrief_label.setVisible(has_debriefs)
        self.debrief_view.setVisible(has_debriefs)
        has_due = self.due_model.rowCount() > 0
        self.due_view.setVisible(has_due)
        self.due_empty.setVisible(not has_due)
        self.done_button.setEnabled(has_due)
        due_people = self.reconnect_due()
        self.reconnect.setText(
            ", ".join(
                f'<a href="{html.escape(d.contact.id)}">{html.escape(d.contact.name)}</a>'
                for d in due_people
            )
        )
        self.reconnect.setVisible(bool(due_people))
        self.reconnect_label.setVisible(bool(due_people))
        self.upcoming_space.set_empty(not upcoming)
        self.due_space.set_empty(not has_due)

    # --- actions ----------------------------------------------------------------------------

    def next_meeting_id(self) -> str:
        upcoming = self._upcoming()
        return upcoming[0].id if upcoming else ""

    def _start_next(self) -> None:
        meeting_id = self.next_meeting_id()
        if meeting_id:
            self.nav.start_meeting(meeting_id)

    def _open_next(self) -> None:
        meeting_id = self.next_meeting_id()
        if meeting_id:
            self.nav.open_meeting(meeting_id)

    def _open_row(self, model: MeetingsModel, index, step: str = "") -> None:
        meeting = model.record(index.row())
        if meeting is not None:
            self.nav.open_meeting(meeting.id, step)

    def _open_followup(self, index) -> None:
        followup = self.due_model.record(index.row())
        if followup is not None and followup.meeting_id and self.hub.meeting(followup.meeting_id):
            self.nav.open_meeting(followup.meeting_id, "debrief")
        elif followup is not None and followup.contact_id:
            self.nav.open_contact(followup.contact_id)

    def _mark_done(self) -> None:
        row = self.due_view.currentIndex().row()
        followup = self.due_model.record(row if row >= 0 else 0)
        if followup is not None:
            set_followup_done(self.hub, followup, True)
