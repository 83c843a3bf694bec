"""Today's "from your calendar": events that look like one-to-ones, one click to plan each
as a meeting, and "Join the call and start the timer" for the next meeting with a link.
Shown only when there is something to show."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from twoway.ui.i18n import filled
from twoway.ui.main.common import datetime_text, hint, tr
from twoway.ui.seams import AppServices, Navigation


class CalendarSuggestions(QGroupBox):
    def __init__(self, context: AppServices, nav: Navigation, parent=None) -> None:
        super().__init__(tr("From your calendar"), parent)
        self.context = context
        self.nav = nav
        self.service = context.sync_service()
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Events from your calendar"))
        self.list.setMaximumHeight(120)
        layout.addWidget(self.list)
        self.note = hint("", self)
        layout.addWidget(self.note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.join_button = QPushButton(tr("&Join the call and start the timer"), self)
        self.plan_button = QPushButton(tr("&Plan as a meeting"), self)
        buttons.addWidget(self.join_button)
        buttons.addWidget(self.plan_button)
        layout.addLayout(buttons)
        self.plan_button.clicked.connect(self.plan_selected)
        self.join_button.clicked.connect(self.join_next)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.list.itemActivated.connect(lambda _item: self.plan_selected())
        self.service.changed.connect(self.refresh)
        self.refresh()

    def _next_with_link(self):
        found = self.context.meetings.next_planned()
        if found is None:
            return None, ""
        meeting = found[0]
        return meeting, self.service.call_link(meeting.id)

    def refresh(self) -> None:
        self.suggestions = self.service.suggestions()
        self.list.clear()
        for suggestion in self.suggestions:
            when = datetime_text(suggestion.start_time.astimezone(UTC))
            text = filled(tr("%1 · %2 · %3 min"), when, suggestion.name, str(suggestion.minutes))
            if suggestion.call_link:
                text += " · " + tr("call link")
            item = QListWidgetItem(text, self.list)
            item.setToolTip(suggestion.title)
        if self.suggestions:
            self.list.setCurrentRow(0)
        self.list.setVisible(bool(self.suggestions))
        _meeting, link = self._next_with_link()
        self.join_button.setVisible(bool(link))
        self.setVisible(bool(self.suggestions or link))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.list.currentRow() >= 0 and bool(self.suggestions)
        self.plan_button.setVisible(bool(self.suggestions))
        self.plan_button.setEnabled(chosen and not self.service.running)

    def plan_selected(self) -> str:
        row = self.list.currentRow()
        if row < 0 or row >= len(self.suggestions):
            return ""
        meeting = self.service.plan(self.suggestions[row])
        if meeting is None:
            self.note.setText(tr("A sync is running; try again in a moment."))
            return ""
        self.note.setText("")
        self.nav.open_meeting(meeting.id)
        return meeting.id

    def join_next(self) -> bool:
        meeting, link = self._next_with_link()
        if meeting is None or not link:
            return False
        QDesktopServices.openUrl(QUrl(link))
        return self.nav.start_meeting(meeting.id)


def add_sync_views(window, context) -> None:
    """Today's "from your calendar" (under the next meeting) and Settings ▸ Accounts."""
    from twoway.ui.main.accounts import AccountsBox

    today = window.views["today"]
    today.content.insertWidget(2, CalendarSuggestions(context, window, today))
    settings = window.views["settings"]
    settings.accounts = AccountsBox(context, settings)
    # Before the stretch that keeps the sections at the top.
    settings.content.insertWidget(max(0, settings.content.count() - 1), settings.accounts)
