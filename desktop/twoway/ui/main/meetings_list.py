"""The Meeting view's first page: every meeting, upcoming, held or declined, to find one
and open its five steps."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from twoway.core.workflow.meetings import MeetingGroup, listed_meetings
from twoway.ui.main.common import hint, tr
from twoway.ui.main.hub import DataHub
from twoway.ui.main.models.meetings import MeetingsModel
from twoway.ui.main.widgets import fit_columns, table
from twoway.ui.seams import Navigation


class MeetingsList(QWidget):
    def __init__(self, hub: DataHub, nav: Navigation, parent=None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.nav = nav
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.group = QComboBox(self)
        self.group.setAccessibleName(tr("Which meetings"))
        for text, group in (
            (tr("All meetings"), ""),
            (tr("Upcoming"), MeetingGroup.UPCOMING),
            (tr("Held"), MeetingGroup.HELD),
            (tr("Declined or cancelled"), MeetingGroup.DECLINED),
        ):
            self.group.addItem(text, str(group))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Search by name, topic or debrief"))
        self.search.setAccessibleName(tr("Search meetings"))
        self.search.setClearButtonEnabled(True)
        self.order = QComboBox(self)
        self.order.setAccessibleName(tr("Order"))
        self.order.addItem(tr("Newest first"), True)
        self.order.addItem(tr("Oldest first"), False)
        self.plan_button = QPushButton(tr("&Plan a meeting"), self)
        bar.addWidget(self.group)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.order)
        bar.addWidget(self.plan_button)
        layout.addLayout(bar)
        self.model = MeetingsModel(hub, self._listed, self)
        self.view = table(self.model, tr("Meetings"), self, stretch=MeetingsModel.DEBRIEF)
        self.empty = hint(tr("No meetings match. Plan one, or start one from Today."), self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)

        self.group.currentIndexChanged.connect(self.refresh)
        self.order.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        self.view.activated.connect(self._open)
        self.plan_button.clicked.connect(lambda: nav.plan_meeting(""))
        self.model.modelReset.connect(self._update_empty)
        self.refresh()

    def _listed(self):
        group = self.group.currentData()
        return listed_meetings(
            self.hub.store.meetings.values(),
            MeetingGroup(group) if group else None,
            self.search.text(),
            self.hub.contact_name,
            newest_first=bool(self.order.currentData()),
        )

    def refresh(self) -> None:
        self.model.refresh()
        fit_columns(self.view)
        self._update_empty()

    def _update_empty(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.view.setVisible(has_rows)
        self.empty.setVisible(not has_rows)

    def _open(self, index) -> None:
        meeting = self.model.record(index.row())
        if meeting is not None:
            self.nav.open_meeting(meeting.id)

    def showEvent(self, event) -> None:
        self.refresh()  # a meeting may have been held since the list was last seen
        super().showEvent(event)
