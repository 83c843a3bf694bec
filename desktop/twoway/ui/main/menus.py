"""The main window's menu bar: every action with its shortcut, kept enabled only when it
has something to act on (`update_enabled`)."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from twoway import __version__
from twoway.core.workflow.meetings import debrief_can_be_saved
from twoway.ui.i18n import filled
from twoway.ui.main.common import tr, translated_format_text

if TYPE_CHECKING:
    from twoway.ui.main.window import MainWindow


class MainMenus(QObject):
    """A child of the window: its connections to the records go with it (a new window is
    built on the same records when the language changes)."""

    def __init__(self, window: MainWindow, actions: dict[str, QAction]) -> None:
        super().__init__(window)
        self.window = window
        self.actions = actions  # the window's, which File ▸ Import and Export fill in too
        self.quick_menu = None
        self._build()
        # Only the widget with the keyboard is watched (an application-wide filter would
        # run Python for every event the app gets).
        QApplication.instance().focusChanged.connect(self._watch_the_focus)

    def _watch_the_focus(self, old, new) -> None:
        if old is not None:
            with contextlib.suppress(RuntimeError):  # gone already: nothing to stop watching
                old.removeEventFilter(self)
        if new is not None and self.window.isAncestorOf(new):
            new.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        """Ctrl+E ends a running meeting even from a text field: Qt's line edits take it
        for "end of line" first, so while a meeting runs it is kept from them."""
        if event.type() == QEvent.Type.ShortcutOverride and self.window.meeting_running():
            end = self.actions["end"].shortcut()
            pressed = QKeySequence(event.keyCombination())
            if not end.isEmpty() and pressed.matches(end) == QKeySequence.SequenceMatch.ExactMatch:
                return True  # not the field's: the menu's shortcut takes it
        return super().eventFilter(watched, event)

    def _action(self, menu, text: str, slot, shortcut=None, *, name: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        if name:
            self.actions[name] = action
        return action

    def _build(self) -> None:
        from twoway.ui.main.window import VIEWS  # loaded by now: the window builds its menus

        window = self.window
        bar = window.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        self._action(
            file_menu,
            tr("&New contact"),
            window.new_contact,
            QKeySequence.StandardKey.New,
            name="new-contact",
        )
        self._action(
            file_menu,
            tr("&Plan a meeting…"),
            lambda: window.plan_meeting(""),
            "Ctrl+Shift+N",
            name="plan",
        )
        file_menu.addSeparator()
        window.transfer.add_actions(file_menu)
        file_menu.addSeparator()
        self._action(
            file_menu, tr("&Back up now"), window.views["settings"].data.backup_now, name="backup"
        )
        self._action(
            file_menu,
            tr("&Open data folder"),
            window.views["settings"].data.open_data_folder,
            name="data-folder",
        )
        file_menu.addSeparator()
        self._action(file_menu, tr("&Close window"), window.close, "Ctrl+W", name="close")
        self._action(file_menu, tr("&Quit Twoway"), window.quit, "Ctrl+Q", name="quit")

        edit_menu = bar.addMenu(tr("&Edit"))
        undo, redo = window._undo_actions()
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        # Inside a text field, Ctrl+Z undoes typing; the menu's Undo is for deletions.
        undo.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.actions["undo"] = undo
        self.actions["redo"] = redo
        edit_menu.addSeparator()
        self._action(
            edit_menu,
            tr("&Find contact"),
            window.find_contact,
            QKeySequence.StandardKey.Find,
            name="find",
        )

        go_menu = bar.addMenu(tr("&Go"))
        for number, key in enumerate(VIEWS, start=1):
            self._action(
                go_menu,
                window.views[key].title,
                lambda _=False, k=key: window.show_view(k),
                f"Ctrl+{number}",
                name=f"go-{key}",
            )

        meeting_menu = bar.addMenu(tr("&Meeting"))
        # Formats can change while the window is open: the list is made as it opens.
        self.quick_menu = meeting_menu.addMenu(tr("&Quick start"))
        self.quick_menu.aboutToShow.connect(self.fill_quick_menu)
        self.fill_quick_menu()
        self._action(
            meeting_menu,
            tr("Start the &next meeting"),
            self._start_next_meeting,
            "Ctrl+Return",
            name="start-next",
        )
        self._action(
            meeting_menu,
            tr("&Start this meeting"),
            self._start_open_meeting,
            "Ctrl+R",
            name="start-this",
        )
        self._action(meeting_menu, tr("&End the meeting"), window.end_meeting, "Ctrl+E", name="end")
        meeting_menu.addSeparator()
        self._action(
            meeting_menu,
            tr("&Debrief the last meeting"),
            window.open_last_debrief,
            "Ctrl+D",
            name="last-debrief",
        )
        self._action(
            meeting_menu,
            tr("Sa&ve the debrief"),
            window.save_debrief,
            QKeySequence.StandardKey.Save,
            name="save-debrief",
        )
        self._action(
            meeting_menu,
            tr("&Copy the request"),
            self._copy_request,
            "Ctrl+Shift+C",
            name="copy-request",
        )

        help_menu = bar.addMenu(tr("&Help"))
        self._action(help_menu, tr("&About Twoway"), self._about, name="about")

    def fill_quick_menu(self) -> None:
        self.quick_menu.clear()
        formats = sorted(self.window.hub.formats.formats.values(), key=lambda f: f.name.casefold())
        for fmt in formats:
            name = translated_format_text(fmt.name)
            action = self.quick_menu.addAction(
                filled(tr("%1 (%2 min)"), name, f"{fmt.slot_minutes:g}")
            )
            action.triggered.connect(lambda _=False, f=fmt.id: self.window.quick_start(f, ""))
        self.quick_menu.setEnabled(bool(formats) and not self.window.meeting_running())

    def update_enabled(self, *_args) -> None:
        """Every action is enabled only when it has something to act on."""
        running = self.window.meeting_running()
        meeting = self.window.hub.meeting(self.window.views["meeting"].meeting_id)
        meetings = self.window.hub.store.meetings.values()
        actions = self.actions
        actions["end"].setEnabled(running)
        actions["start-this"].setEnabled(meeting is not None and not running)
        actions["start-next"].setEnabled(
            not running and bool(self.window.views["today"].next_meeting_id())
        )
        actions["last-debrief"].setEnabled(any(m.run for m in meetings))
        actions["save-debrief"].setEnabled(
            meeting is not None and debrief_can_be_saved(meeting, self.window.hub.now())
        )
        actions["copy-request"].setEnabled(
            meeting is not None
            and bool(self.window.views["meeting"].request.preview.toPlainText().strip())
        )
        self.quick_menu.setEnabled(not running)

    # --- what only the menus do -----------------------------------------------------------

    def _start_next_meeting(self) -> None:
        meeting_id = self.window.views["today"].next_meeting_id()
        if meeting_id:
            self.window.start_meeting(meeting_id)
        else:
            self.window.status(tr("No meeting is planned. Plan one from a contact."))

    def _start_open_meeting(self) -> None:
        meeting_id = self.window.views["meeting"].meeting_id
        if meeting_id:
            self.window.start_meeting(meeting_id)

    def _copy_request(self) -> None:
        view = self.window.views["meeting"]
        if view.meeting_id:
            view.request.copy_message()

    def _about(self) -> None:
        QMessageBox.about(
            self.window,
            tr("About Twoway"),
            filled(
                tr(
                    "Twoway %1\n\nShort, structured one-to-one calls: decide, ask, prepare, keep "
                    "the time fair to both sides, and follow up."
                ),
                __version__,
            ),
        )
