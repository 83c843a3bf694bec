"""Follow-ups: every promise made in a debrief, with its due date; tick off, or snooze."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton

from twoway.core.workflow import followups as fu
from twoway.ui.main.common import hint, tr
from twoway.ui.main.hub import DataHub
from twoway.ui.main.models.followups import FollowUpsModel, set_followup_done
from twoway.ui.main.widgets import EmptySpace, Page, is_delete_key, set_column_width, table
from twoway.ui.seams import Navigation

# Which follow-ups to list: (label, test on a follow-up's due state).
FILTERS = (
    ("open", lambda state: state is not fu.Due.DONE),
    ("due", lambda state: state in (fu.Due.OVERDUE, fu.Due.TODAY)),
    ("done", lambda state: state is fu.Due.DONE),
    ("all", lambda state: True),
)


class FollowUpsView(Page):
    def __init__(self, hub: DataHub, nav: Navigation, parent=None) -> None:
        super().__init__(tr("Follow-ups"), parent)
        self.hub = hub
        self.nav = nav
        self.content.addWidget(
            hint(
                tr(
                    "What you promised after your meetings. Ticking one off counts as being "
                    "in touch with the contact today."
                ),
                self,
            )
        )
        top = QHBoxLayout()
        label = QLabel(tr("&Show:"), self)
        self.filter = QComboBox(self)
        self.filter.setAccessibleName(tr("Which follow-ups to show"))
        for key, text in (
            ("open", tr("Open")),
            ("due", tr("Due and overdue")),
            ("done", tr("Done")),
            ("all", tr("All")),
        ):
            self.filter.addItem(text, key)
        label.setBuddy(self.filter)
        top.addWidget(label)
        top.addWidget(self.filter)
        top.addStretch(1)
        self.content.addLayout(top)

        self.model = FollowUpsModel(hub, self._select, self)
        self.view = table(self.model, tr("Follow-ups"), self, stretch=FollowUpsModel.TEXT)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        set_column_width(self.view, FollowUpsModel.DONE, 56)
        set_column_width(self.view, FollowUpsModel.DUE, 220)
        set_column_width(self.view, FollowUpsModel.CONTACT_COLUMN, 180)
        self.content.addWidget(self.view, 1)
        self.empty = hint(tr("Nothing here. Follow-ups appear when you save a debrief."), self)
        self.content.addWidget(self.empty)
        self.empty_space = EmptySpace(self.content)

        buttons = QHBoxLayout()
        self.done_button = QPushButton(tr("Mark &done"), self)
        self.snooze_day = QPushButton(tr("Snooze a &day"), self)
        self.snooze_week = QPushButton(tr("Snooze a &week"), self)
        self.open_button = QPushButton(tr("Open &meeting"), self)
        self.delete_button = QPushButton(tr("Delete"), self)
        self.delete_button.setAccessibleName(tr("Delete the follow-up"))
        for button in (self.done_button, self.snooze_day, self.snooze_week, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        self.content.addLayout(buttons)

        self.filter.currentIndexChanged.connect(lambda _i: self.model.refresh())
        self.done_button.clicked.connect(self.toggle_done)
        self.snooze_day.clicked.connect(lambda: self.snooze(1))
        self.snooze_week.clicked.connect(lambda: self.snooze(7))
        self.open_button.clicked.connect(self.open_meeting)
        self.delete_button.clicked.connect(self.delete)
        self.view.activated.connect(lambda _index: self.open_meeting())
        self.view.installEventFilter(self)
        self.model.modelReset.connect(self._update_buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def showEvent(self, event) -> None:
        self.model.refresh()  # due dates are relative to today
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, FollowUpsModel.TEXT))
        super().showEvent(event)

    def eventFilter(self, watched, event) -> bool:
        # Delete removes the chosen follow-up (Edit ▸ Undo brings it back).
        if watched is self.view and is_delete_key(self.view, event):
            self.delete()
            return True
        return super().eventFilter(watched, event)

    def set_filter(self, key: str) -> None:
        self.filter.setCurrentIndex(self.filter.findData(key))

    def _select(self):
        test = dict(FILTERS)[self.filter.currentData() or "open"]
        today = self.hub.today()
        chosen = [f for f in self.hub.store.followups.values() if test(fu.due_state(f, today))]
        return sorted(chosen, key=lambda f: (f.done, f.due, f.text.casefold()))

    def current(self):
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.view.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.empty_space.set_empty(not has_rows)
        followup = self.current()
        for button in (self.done_button, self.snooze_day, self.snooze_week, self.delete_button):
            button.setEnabled(followup is not None)
        self.done_button.setText(
            tr("Mark &not done") if followup is not None and followup.done else tr("Mark &done")
        )
        self.open_button.setEnabled(
            followup is not None and self.hub.meeting(followup.meeting_id) is not None
        )

    def _keep_row(self, action) -> None:
        """Run `action` on the current follow-up and keep the cursor on the same row."""
        row = self.view.currentIndex().row()
        followup = self.current()
        if followup is None:
            return
        action(followup)
        row = min(row, self.model.rowCount() - 1)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, FollowUpsModel.TEXT))
        self._update_buttons()

    def toggle_done(self) -> None:
        self._keep_row(lambda f: set_followup_done(self.hub, f, not f.done))

    def snooze(self, days: int) -> None:
        def action(followup) -> None:
            fu.snooze(followup, self.hub.today(), days)
            self.hub.put_followup(followup)

        self._keep_row(action)

    def delete(self) -> None:
        followup = self.current()
        if followup is not None:
            self.hub.delete_followup(followup.id)
            self.nav.status(tr("Follow-up deleted. Undo with Ctrl+Z."))
            self._update_buttons()

    def open_meeting(self) -> None:
        followup = self.current()
        if followup is not None and self.hub.meeting(followup.meeting_id) is not None:
            self.nav.open_meeting(followup.meeting_id, "debrief")
        elif followup is not None and followup.contact_id:
            self.nav.open_contact(followup.contact_id)
