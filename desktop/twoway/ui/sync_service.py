"""Calendar and address-book sync in the background: on start, every 15 minutes and on
demand. The network work runs on a worker thread with a store of its own; the data it
writes reaches the window the way any outside change does (the store watcher), so the
UI never waits for a server. What sync has to say goes through Notices, which hold it
while a call is on: never a dialog during a meeting.
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from twoway.core.marks import QT_TRANSLATE_NOOP, message
from twoway.core.sync.accounts import AccountError, load_accounts, stored_password
from twoway.core.sync.calendar_in import (
    Suggestion,
    call_link_for,
    plan_suggestion,
    planned_keys,
    suggestion_from_dict,
)
from twoway.core.sync.engine import SyncReport, sync_all
from twoway.core.sync.state import load_state, save_state
from twoway.paths import state_dir
from twoway.ui.i18n import translated

log = logging.getLogger(__name__)

INTERVAL_MS = 15 * 60 * 1000
FIRST_SYNC_DELAY_MS = 5_000  # after start-up, once the window and overlay are settled
APP_NAME = "Twoway"


class SyncService(QObject):
    finished = Signal(object)  # SyncReport
    changed = Signal()  # running, last result or suggestions changed
    _done = Signal(object)  # from the worker thread, delivered on the UI thread

    def __init__(self, context, parent: QObject | None = None, *, worker=sync_all) -> None:
        super().__init__(parent)
        self.context = context
        self.folder = state_dir(context.paths)
        self.running = False
        self.last_report: SyncReport | None = None
        self.last_time: datetime | None = None
        self._last_problems: list[str] = []
        self._worker = worker
        # Where no keyring exists (or it refused one), a password typed in Settings lives
        # only in memory.
        self.session_passwords: dict[str, str] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.sync_now)
        self._done.connect(self._finish)

    def start(self, first_delay_ms: int = FIRST_SYNC_DELAY_MS) -> None:
        self._timer.start()
        QTimer.singleShot(first_delay_ms, self.sync_now)

    def accounts(self) -> list:
        try:
            return load_accounts(self.folder)
        except AccountError as exc:
            log.warning("%s", exc.message)
            return []

    def sync_now(self) -> bool:
        """Start a sync unless one runs or there is no account; never waits."""
        if self.running or not self.accounts():
            return False
        self.context.flush()  # the worker's store reads what was typed a moment ago
        self.running = True
        self.changed.emit()
        threading.Thread(target=self._work, name="twoway-sync", daemon=True).start()
        return True

    def _work(self) -> None:
        try:
            report = self._worker(self.context.paths, self.folder, self._password)
        except Exception as exc:  # a bug must not take the app down with it
            log.exception("sync failed")
            report = SyncReport(
                problems=[message(QT_TRANSLATE_NOOP("Messages", "The sync stopped (%1)."), exc)]
            )
        self._done.emit(report)

    def _password(self, account) -> str | None:
        # One typed in Settings wins: it may replace a stored one the keyring would not take.
        return self.session_passwords.get(account.id) or stored_password(account)

    def _finish(self, report: SyncReport) -> None:
        self.running = False
        self.last_report = report
        self.last_time = datetime.now(UTC)
        for note in [*report.notes, *report.conflicts]:
            self.context.notices.say(APP_NAME, translated(note))
        # A server that stays away is said once, not every 15 minutes.
        problems = [translated(p) for p in report.problems]
        for problem in problems:
            if problem not in self._last_problems:
                self.context.notices.say(APP_NAME, problem)
        self._last_problems = problems
        self.context.files_changed()  # pick up what the worker wrote, now
        self.finished.emit(report)
        self.changed.emit()

    # --- suggestions and planned meetings -----------------------------------------------

    def suggestions(self) -> list[Suggestion]:
        """Events to offer "from your calendar", soonest first; past ones left out."""
        now = datetime.now(UTC)
        # Planned meanwhile, perhaps on another computer: not offered again.
        store = self.context.records.store
        planned = planned_keys(store) if store is not None else set()
        found = []
        for account in self.accounts():
            state = load_state(self.folder, account.id)
            for data in state["calendar_in"]["suggestions"].values():
                suggestion = suggestion_from_dict(data)
                if suggestion.start_time > now and suggestion.key not in planned:
                    found.append(suggestion)
        return sorted(found, key=lambda s: (s.start, s.key))

    def plan(self, suggestion: Suggestion):
        """Plan the suggestion as a meeting in the window's store; None while a sync runs
        (its state would be written over) — the list offers it again a moment later."""
        if self.running:
            return None
        store = self.context.records.open()
        state = load_state(self.folder, suggestion.account_id)
        meeting = plan_suggestion(store, state, suggestion)
        save_state(self.folder, suggestion.account_id, state)
        window = self.context.main_window
        if window is not None:
            window.hub.schedule_save()
            window.hub.reset.emit()
        else:
            store.flush()
        self.changed.emit()
        return meeting

    def call_link(self, meeting_id: str) -> str:
        states = [load_state(self.folder, a.id) for a in self.accounts()]
        return call_link_for(states, meeting_id)
