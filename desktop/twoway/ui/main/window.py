"""The main window: a list of views on the left, the chosen view on the right.

It carries the user from "should I take this meeting?" to the follow-up. Every action
is in a menu with its shortcut shown, every view is reachable with Ctrl+1…8, and edits
save on their own: a moment after typing stops, and at once when the window closes.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from twoway import APP_NAME
from twoway.core.records import Meeting
from twoway.core.workflow import today as today_lists
from twoway.core.workflow.meetings import debrief_can_be_saved, plan_meeting
from twoway.ui.i18n import filled
from twoway.ui.main.agenda import AgendaView
from twoway.ui.main.calendar_suggestions import add_sync_views
from twoway.ui.main.common import tr
from twoway.ui.main.contacts import ContactsView
from twoway.ui.main.followups import FollowUpsView
from twoway.ui.main.formats import FormatsView
from twoway.ui.main.hub import CONTACT, MEETING, DataHub
from twoway.ui.main.insights import InsightsView
from twoway.ui.main.meeting.page import MeetingView
from twoway.ui.main.menus import MainMenus
from twoway.ui.main.settings import SettingsView
from twoway.ui.main.today import TodayView
from twoway.ui.main.transfer import Transfer
from twoway.ui.meeting import MeetingInfo
from twoway.ui.seams import AppServices

PREFERRED_SIZE = (1180, 780)
SMALLEST_FIRST_SIZE = (1024, 640)  # where the screen has room for it
MINIMUM_SIZE = (760, 520)  # below the first size: pages scroll rather than cut
SCREEN_SHARE = 0.9


def first_geometry(available: QRect) -> QRect:
    """The window on first start: the preferred size, but at most 90 % of the screen's
    free area, and at least 1024×640 where that fits; centred in the free area."""

    def side(preferred: int, smallest: int, room: int) -> int:
        return max(min(preferred, int(room * SCREEN_SHARE)), min(smallest, room))

    width = side(PREFERRED_SIZE[0], SMALLEST_FIRST_SIZE[0], available.width())
    height = side(PREFERRED_SIZE[1], SMALLEST_FIRST_SIZE[1], available.height())
    frame = QRect(0, 0, width, height)
    frame.moveCenter(available.center())
    return frame


def _screen_of_cursor():
    return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


VIEWS = ("today", "contacts", "meeting", "followups", "agenda", "formats", "insights", "settings")
NAV_WIDTH = 190


class MainWindow(QMainWindow):
    meeting_running_changed = Signal()

    def __init__(
        self, context: AppServices, hub: DataHub | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.context = context
        self.hub = hub or DataHub(
            context.records.store, context.paths, context.clock, context.formats, self
        )
        self.hub.settings = context.settings
        self._blank_plan: Meeting | None = None  # as "Plan a meeting…" made it, until left
        context.preferences.changed.connect(self._preference_changed)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("twoway-main-window")
        self.setMinimumSize(QSize(MINIMUM_SIZE[0], MINIMUM_SIZE[1]))
        # A saved geometry (AppContext) replaces this; the first start fits its screen.
        self.setGeometry(first_geometry(_screen_of_cursor().availableGeometry()))

        self.views = {
            "today": TodayView(self.hub, self),
            "contacts": ContactsView(self.hub, self),
            "meeting": MeetingView(self.hub, self),
            "followups": FollowUpsView(self.hub, self),
            "agenda": AgendaView(self.hub, self),
            "formats": FormatsView(self.hub, self),
            "insights": InsightsView(self.hub, self),
            "settings": SettingsView(context, self.hub, self),
        }
        add_sync_views(self, context)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.nav = QListWidget(central)
        self.nav.setAccessibleName(tr("Views"))
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setSpacing(3)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.stack = QStackedWidget(central)
        for key in VIEWS:
            item = QListWidgetItem(self.views[key].title, self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(NAV_WIDTH - 12, self.fontMetrics().height() + 16))
            self.stack.addWidget(self.views[key])
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._nav_changed)

        self.save_label = QLabel(self)
        self.save_label.setAccessibleName(tr("Saving"))
        self.statusBar().addPermanentWidget(self.save_label)
        self.transfer = Transfer(self)
        self.actions_by_name: dict[str, QAction] = {}  # by name, for the views and tests
        self.menus = MainMenus(self, self.actions_by_name)
        self.quick_menu = self.menus.quick_menu

        self.hub.saving.connect(self._saving)
        self.hub.undo.indexChanged.connect(self._undo_moved)
        controller = context.meeting
        controller.started.connect(self.meeting_running_changed)
        controller.changed.connect(self._meeting_state_changed)
        # The context hands every ended meeting to `meeting_ended`, making this window
        # first if need be, so a meeting started from the tray is never lost.
        context.main_window = self
        self.meeting_running_changed.connect(self.menus.update_enabled)
        self.hub.changed.connect(self.menus.update_enabled)
        self.hub.removed.connect(self.menus.update_enabled)
        self.hub.reset.connect(self.menus.update_enabled)
        context.app.aboutToQuit.connect(self.save_all)
        self._running = controller.active
        self._show_store_problems()
        self.show_view("today")
        self.menus.update_enabled()

    # --- the navigator the views call --------------------------------------------------------

    def show_view(self, key: str) -> None:
        self.nav.setCurrentRow(VIEWS.index(key))

    def current_view(self) -> str:
        return VIEWS[self.stack.currentIndex()]

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.currentWidget().commit() if self.stack.currentWidget() else None
        self.stack.setCurrentIndex(row)
        if VIEWS[row] != "meeting":
            self._drop_blank_plan()
        self.menus.update_enabled()

    def _preference_changed(self, key: str) -> None:
        if key == "keep_in_touch.tags":
            self.hub.tag_cadences_changed.emit()  # Today and the contact page count them

    def status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def open_meeting(self, meeting_id: str, step: str = "") -> None:
        self.views["meeting"].open(meeting_id, step)
        self.show_view("meeting")
        self._drop_blank_plan()
        self.menus.update_enabled()

    def open_contact(self, contact_id: str) -> None:
        self.show_view("contacts")
        self.views["contacts"].select(contact_id)

    def plan_meeting(self, contact_id: str) -> str:
        """A new planned meeting, with the default format and a fresh prep checklist."""
        fmt = self.context.meetings.default_format()
        meeting = plan_meeting(contact_id, fmt.id, fmt.slot_minutes, self.hub.store.templates)
        self.hub.put_meeting(meeting)
        self.open_meeting(meeting.id, "plan")
        self.views["meeting"].plan.contact.setFocus()
        if not contact_id:
            self._blank_plan = copy.deepcopy(meeting)
        return meeting.id

    def _drop_blank_plan(self) -> None:
        """A meeting planned from nothing and left as it was made (no contact chosen, not a
        field touched) is not kept: backing out of "Plan a meeting…" leaves no empty
        "No contact · No time set" row behind."""
        blank = self._blank_plan
        if blank is None:
            return
        if self.current_view() == "meeting" and self.views["meeting"].meeting_id == blank.id:
            return  # still on show: it may yet be filled in
        self._blank_plan = None
        if self.hub.meeting(blank.id) == blank:
            self.hub.delete_meeting_now(blank.id)

    def meeting_running(self) -> bool:
        return self.context.meeting.active

    def running_meeting_id(self) -> str:
        return self.context.meeting.info.meeting_id if self.meeting_running() else ""

    def meeting_header_changed(self) -> None:
        self.views["meeting"].update_header()

    def start_meeting(self, meeting_id: str) -> bool:
        meeting = self.hub.meeting(meeting_id)
        if meeting is None:
            return False
        fmt = self.hub.format(meeting.format_id)
        if fmt is None:
            self.status(tr("This meeting's format is no longer there; choose another in Plan."))
            return False
        self.save_all()
        info = MeetingInfo(
            meeting_id=meeting.id,
            contact_id=meeting.contact_id,
            contact_name=self.hub.contact_name(meeting.contact_id),
            closing_line=meeting.prep.closing_line,
        )
        if not self.context.meetings.start(fmt, info, dict(meeting.prep.cues)):
            self.status(tr("A meeting is already running. End it first."))
            return False
        self.open_meeting(meeting.id, "run")
        self.status(tr("The meeting has started. The overlay shows the time."))
        return True

    def quick_start(self, format_id: str, contact_id: str = "") -> bool:
        """Start now, unplanned: the meeting is made at once so Today and the Meetings
        list can lead to it while it runs."""
        fmt = self.hub.format(format_id)
        if fmt is None:
            return False
        if self.meeting_running():
            self.status(tr("A meeting is already running. End it first."))
            return False
        meeting = Meeting(contact_id=contact_id, format_id=fmt.id, scheduled=self.hub.now())
        meeting.request.minutes = round(fmt.slot_minutes)
        self.hub.put_meeting(meeting)
        if not self.start_meeting(meeting.id):
            self.hub.delete_meeting_now(meeting.id)
            return False
        return True

    def end_meeting(self) -> None:
        self.context.meeting.end()

    # --- meetings starting and ending --------------------------------------------------------

    def _meeting_state_changed(self) -> None:
        running = self.context.meeting.active
        if running != self._running:
            self._running = running
            self.meeting_running_changed.emit()

    def run_recorded(self, meeting_id: str) -> None:
        """A meeting ended and its run was stored (workflow/meetings.py): show it."""
        meeting = self.hub.meeting(meeting_id)
        self.hub.changed.emit(MEETING, meeting_id)
        if meeting is not None and meeting.contact_id:
            self.hub.changed.emit(CONTACT, meeting.contact_id)
        self._running = False
        self.meeting_running_changed.emit()

    def open_debrief(self, meeting_id: str = "") -> None:
        """The debrief the user asked for, with the cursor in its first field."""
        if meeting_id and self.hub.meeting(meeting_id) is not None:
            self.open_meeting(meeting_id, "debrief")
        else:
            self.open_last_debrief()
        if self.current_view() == "meeting":
            self.views["meeting"].debrief.value_me.setFocus()

    def open_last_debrief(self) -> None:
        latest = today_lists.debrief_to_open(self.hub.store.meetings.values(), self.hub.now())
        if latest is None:
            self.status(tr("No meeting has been run yet."))
            return
        self.open_meeting(latest.id, "debrief")

    def save_debrief(self) -> None:
        view = self.views["meeting"]
        meeting = self.hub.meeting(view.meeting_id)
        if meeting is None or not debrief_can_be_saved(meeting, self.hub.now()):
            return
        if self.current_view() != "meeting" or view.current_step() != "debrief":
            self.open_meeting(meeting.id, "debrief")
        view.debrief.save_debrief()

    # --- other actions ---------------------------------------------------------------------------

    def new_contact(self) -> None:
        self.show_view("contacts")
        self.views["contacts"].new_contact()

    def find_contact(self) -> None:
        self.show_view("contacts")
        self.views["contacts"].focus_search()

    def quit(self) -> None:
        self.save_all()
        request_quit = getattr(self.context, "request_quit", None)
        if request_quit is not None:
            request_quit()
        else:
            self.context.app.quit()

    # --- saving ---------------------------------------------------------------------------------

    def save_all(self) -> list:
        for view in self.views.values():
            view.commit()
        return self.hub.save_now()

    def _saving(self, state: str) -> None:
        if state == "pending":
            self.save_label.setText(tr("Saving…"))
        elif state == "saved":
            self.save_label.setText(tr("All changes saved"))
        else:
            self.save_label.setText(tr("Not saved"))
            self.statusBar().showMessage(state)

    def _undo_actions(self) -> tuple[QAction, QAction]:
        stack = self.hub.undo
        undo = _StepAction(tr("&Undo"), tr("&Undo %1"), self)
        redo = _StepAction(tr("&Redo"), tr("&Redo %1"), self)
        # Slots of the actions themselves: Qt lets go of them with the window, which a
        # language change replaces while the undo stack lives on.
        stack.undoTextChanged.connect(undo.name_step)
        stack.redoTextChanged.connect(redo.name_step)
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        undo.name_step(stack.undoText())
        redo.name_step(stack.redoText())
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())
        undo.triggered.connect(stack.undo)
        redo.triggered.connect(stack.redo)
        return undo, redo

    def _undo_moved(self, _index: int) -> None:
        self.views["meeting"].update_header()

    def _show_store_problems(self) -> None:
        problems = self.hub.store.problems
        if problems:
            self.statusBar().showMessage(
                filled(
                    tr("Files in your data folder that need a look: %1. See Settings."),
                    str(len(problems)),
                )
            )

    def closeEvent(self, event) -> None:
        # Closing never discards: whatever was typed is written before the window goes.
        self.save_all()
        event.accept()
        closed = getattr(self.context, "main_window_closed", None)
        if closed is not None:
            closed()


class _StepAction(QAction):
    """Undo or Redo, named after the step in a pattern each language words its own way."""

    def __init__(self, plain: str, pattern: str, parent: QWidget) -> None:
        super().__init__(plain, parent)
        self.plain, self.pattern = plain, pattern

    @Slot(str)
    def name_step(self, step: str) -> None:
        # A step may name "AT&T": doubled, the & is shown instead of marking a shortcut.
        shown = step.replace("&", "&&")
        self.setText(filled(self.pattern, shown) if step else self.plain)
