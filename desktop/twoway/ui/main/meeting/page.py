"""The meeting page: the list of meetings, or one meeting in five tabs (plan, request, prep,
run, debrief). Every field saves as it is typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

from twoway.core.workflow.meetings import meeting_date
from twoway.ui.i18n import filled
from twoway.ui.main.common import SPACING, datetime_text, hint, tr
from twoway.ui.main.hub import MEETING, DataHub
from twoway.ui.main.meeting.debrief import DebriefStep
from twoway.ui.main.meeting.plan import PlanStep
from twoway.ui.main.meeting.prep import PrepStep
from twoway.ui.main.meeting.request import RequestStep
from twoway.ui.main.meeting.run import RunStep
from twoway.ui.main.meeting.step import Step, button_row, scrolled
from twoway.ui.main.meetings_list import MeetingsList
from twoway.ui.main.models.meetings import status_text
from twoway.ui.main.widgets import Page
from twoway.ui.seams import Navigation

STEPS = ("plan", "request", "prep", "run", "debrief")


class MeetingView(Page):
    def __init__(self, hub: DataHub, nav: Navigation, parent=None) -> None:
        super().__init__(tr("Meeting"), parent)
        self.hub = hub
        self.nav = nav
        self.meeting_id = ""
        self.subtitle = hint("", self)
        self.content.addWidget(self.subtitle)
        # With no meeting open, the page lists them all.
        self.list = MeetingsList(hub, nav, self)
        self.content.addWidget(self.list, 1)
        self.back_button = QPushButton(tr("‹ &All meetings"), self)
        self.back_button.setAccessibleName(tr("Back to the list of meetings"))
        self.content.addLayout(button_row(self.back_button))
        self.back_button.clicked.connect(lambda: self.open(""))

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.steps: dict[str, Step] = {
            "plan": PlanStep(hub, nav),
            "request": RequestStep(hub, nav),
            "prep": PrepStep(hub, nav),
            "run": RunStep(hub, nav),
            "debrief": DebriefStep(hub, nav),
        }
        names = {
            "plan": tr("1 · Plan"),
            "request": tr("2 · Request"),
            "prep": tr("3 · Prep"),
            "run": tr("4 · Run"),
            "debrief": tr("5 · Debrief"),
        }
        for key, step in self.steps.items():
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(0, SPACING, 0, 0)
            page_layout.addWidget(step)
            self.tabs.addTab(scrolled(page), names[key])
        self.content.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_changed)
        hub.removed.connect(self._removed)
        hub.reset.connect(lambda: self.open(self.meeting_id))
        hub.formats_changed.connect(lambda: self.open(self.meeting_id, self.current_step()))
        self.open("")

    @property
    def plan(self) -> PlanStep:
        return self.steps["plan"]

    @property
    def request(self) -> RequestStep:
        return self.steps["request"]

    @property
    def prep(self) -> PrepStep:
        return self.steps["prep"]

    @property
    def run(self) -> RunStep:
        return self.steps["run"]

    @property
    def debrief(self) -> DebriefStep:
        return self.steps["debrief"]

    def current_step(self) -> str:
        return STEPS[self.tabs.currentIndex()]

    def open(self, meeting_id: str, step: str = "") -> None:
        meeting = self.hub.meeting(meeting_id)
        self.meeting_id = meeting.id if meeting else ""
        self.list.setVisible(meeting is None)
        self.back_button.setVisible(meeting is not None)
        self.tabs.setVisible(meeting is not None)
        for each in self.steps.values():
            each.load(self.meeting_id)
        if step in STEPS:
            self.tabs.setCurrentIndex(STEPS.index(step))
        self.update_header()

    def _tab_changed(self, _index: int) -> None:
        # Reload the step shown: another step may have changed what it depends on.
        self.steps[self.current_step()].load(self.meeting_id)

    def update_header(self) -> None:
        meeting = self.hub.meeting(self.meeting_id)
        if meeting is None:
            self.set_title(tr("Meetings"))
            self.subtitle.setText("")
            return
        name = self.hub.contact_name(meeting.contact_id)
        self.set_title(filled(tr("Meeting with %1"), name) if name else tr("Meeting"))
        when = datetime_text(meeting_date(meeting), self.hub.today())
        self.subtitle.setText(
            " · ".join([self.hub.meeting_format_name(meeting), when, status_text(meeting.status)])
        )

    def _removed(self, kind: str, record_id: str) -> None:
        if kind == MEETING and record_id == self.meeting_id:
            self.open("")

    def commit(self) -> None:
        """Fields save as they are typed; nothing is held back here."""
