"""AppContext: the composition root of the running app.

`AppContext.build` (called once from `app.py`) makes each part and service and hands each
what it needs: preferences (`ui/preferences.py`), this machine's window places
(`ui/local_state.py`), the records (`ui/records.py`), starting meetings
(`ui/meeting_service.py`), notices, the overlay, the tray. What stays here are the few
actions that span them: start-up and shut-down, the main window, and what happens when a
meeting ends. It owns no meeting logic (the engine's) and no drawing (the widgets').
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from twoway import APP_ID, APP_NAME
from twoway.core.clock import Clock
from twoway.core.format_files import load_formats
from twoway.core.formats import FormatLibrary
from twoway.core.settings import SettingsFile
from twoway.core.store.problems import RETURNED
from twoway.paths import DataPaths, resource
from twoway.ui import x11
from twoway.ui.i18n import LanguageSwitcher, translated
from twoway.ui.local_state import LocalState, OverlayPlacement
from twoway.ui.meeting import MeetingController, MeetingInfo
from twoway.ui.meeting_service import MeetingService
from twoway.ui.notices import (
    FreedesktopNotifier,
    Notices,
    no_on_top_text,
    no_tray_text,
    unsaved_copies_text,
)
from twoway.ui.overlay import OverlayWindow
from twoway.ui.overlay_view import Options
from twoway.ui.preferences import Preferences
from twoway.ui.records import Records
from twoway.ui.sound import Chime, QtSoundOutput

if TYPE_CHECKING:
    from twoway.ui.main import MainWindow

log = logging.getLogger(__name__)


@dataclass(repr=False, eq=False)
class AppContext:
    app: QApplication
    paths: DataPaths
    clock: Clock
    formats: FormatLibrary
    meeting: MeetingController
    overlay: OverlayWindow
    chime: Chime
    notices: Notices
    settings: SettingsFile  # read through `preferences`, changed only through it
    preferences: Preferences
    language: LanguageSwitcher
    local: LocalState  # this machine's window places, outside the synced folder
    placement: OverlayPlacement
    records: Records  # the user's records, opened after the first paint
    meetings: MeetingService
    tray: object | None = None  # ui.tray.Tray; None where the desktop has no tray
    main_window: QWidget | None = None  # set once the main window exists
    quitting: bool = False
    started: bool = False  # finish_startup has run: the tray and the home window are settled
    store_watcher: QObject | None = None
    notice_box: QMessageBox | None = None
    calls: object | None = None  # ui.calls.CallWatch while calls are noticed
    hotkeys: object | None = None  # ui.hotkeys.Hotkeys: keys for the whole desktop
    sync: QObject | None = None  # ui.sync_service.SyncService, made at start-up
    language_code: str = ""  # as chosen in the settings ("" follows the system)

    @classmethod
    def build(
        cls,
        app: QApplication,
        paths: DataPaths,
        clock: Clock,
        settings: SettingsFile | None = None,
    ) -> AppContext:
        """The composition root: every part made once, here, and handed what it needs
        (`settings` when already read, as start-up does to choose the Qt platform)."""
        if settings is None:
            settings = SettingsFile.load(paths.settings_file, paths.backups_dir, clock)
        # The language comes first: every window is built speaking it.
        language = LanguageSwitcher(app)
        language.apply(settings.values.general.language or None)
        formats = load_formats(paths.formats_dir)
        meeting = MeetingController(clock)
        overlay = OverlayWindow(meeting, compositing=x11.is_compositing())
        chime = Chime(QtSoundOutput(resource("chime.wav")), clock)
        meeting.event.connect(chime.on_event)
        # During a call nothing but the overlay shows: notices wait (see notices_must_wait,
        # wired in __post_init__, once the context exists).
        notices = Notices(FreedesktopNotifier(APP_NAME, APP_ID), lambda: True, parent=app)

        def say(said) -> None:
            notices.say(APP_NAME, translated(said))

        preferences = Preferences(settings, say, parent=app)
        local = LocalState(paths, say)
        records = Records(paths, clock, preferences, lambda: context.call_on(), app)
        placement = OverlayPlacement(overlay, local)
        meetings = MeetingService(meeting, formats, records, clock, placement.show)
        context = cls(
            app, paths, clock, formats, meeting, overlay, chime, notices, settings,
            preferences, language, local, placement, records, meetings,
        )  # fmt: skip
        context.language_code = settings.values.general.language
        context.take_preferences()
        preferences.changed.connect(context.preference_changed)
        overlay.settings_changed.connect(preferences.change)
        records.opened.append(context.records_opened)
        context.watch_data_folder()
        overlay.placement_changed.connect(placement.save)
        overlay.hide_requested.connect(placement.hide)
        overlay.debrief_requested.connect(context.open_debrief)
        overlay.end_card_closed.connect(context.call_is_over)
        if not x11.always_on_top_supported():
            # Only on native Wayland (an opt-in): the compositor alone keeps windows on top.
            context._notice_once("told_no_on_top", no_on_top_text())
        return context

    def watch_the_desktop(self) -> None:
        """Notice calls and take the meeting keys: once the overlay has painted (on X11
        this takes longer than everything before the first paint)."""
        if self.app.platformName() == "offscreen":
            return  # tests and benchmarks: there is no desktop to look at
        if self.preferences.values.calls.detect:
            from twoway.ui.calls import CallWatch

            self.calls = CallWatch.install(self)
        from twoway.ui.hotkeys import Hotkeys

        self.hotkeys = Hotkeys.install(self)
        self.hotkeys.update()  # for a meeting started before: `twoway start`

    # --- preferences: each change reaches the parts through `preference_changed` --------

    def take_preferences(self) -> None:
        """Hand every saved preference to the running parts (at start-up)."""
        for section in ("overlay", "sound", "meeting"):
            self.preference_changed(section)

    def preference_changed(self, key: str) -> None:
        """One setting changed (here, in the overlay's menu, or on another device); a bare
        section name ("overlay") hands over the whole section."""
        values = self.preferences.values
        section = key.partition(".")[0]
        if section == "overlay":
            overlay = values.overlay
            self.overlay.apply_size(overlay.size)
            self.overlay.apply_opacity(overlay.opacity)
            self.overlay.set_click_through(overlay.click_through)
            self.overlay.set_locked(overlay.locked)
            self.overlay.options = Options(
                show_closing_line=overlay.show_closing_line,
                closing_line_lead_s=overlay.closing_line_lead_s,
            )
            self.overlay.end_card_s = overlay.end_card_s
        elif section == "sound":
            self.chime.enabled = values.sound.chime
            self.chime.volume = values.sound.volume
            self.chime.phase_tones = values.sound.phase_tones
        elif section == "meeting":
            self.meeting.keep_slot = values.meeting.keep_slot
        elif section == "hotkeys" and self.hotkeys is not None:
            self.hotkeys.reload()
        elif key == "general.language" and values.general.language != self.language_code:
            self.set_language(values.general.language)

    def set_language(self, code: str) -> str:
        """Switch language now ("" follows the system); every window retranslates."""
        language = self.language.apply(code or None)
        self.language_code = code
        if self.main_window is not None:
            self._rebuild_main_window()
        return language

    def _rebuild_main_window(self) -> None:
        """The overlay and tray retranslate in place; the main window is built anew in the
        new language, on the same records, view, size and place (nothing typed is lost:
        everything is saved first)."""
        from twoway.ui.main import MainWindow

        old = self.main_window
        view, visible, geometry = old.current_view(), old.isVisible(), old.saveGeometry()
        old.save_all()
        hub = old.hub
        hub.setParent(None)  # the records outlive the old window
        old.hide()
        self.main_window = MainWindow(self, hub=hub)
        hub.setParent(self.main_window)
        self.main_window.restoreGeometry(geometry)
        self.main_window.show_view(view)
        if visible:
            self.main_window.show()
        old.deleteLater()  # not close(): closing the home window may mean quitting

    # --- start-up and shut-down ---------------------------------------------------------

    def finish_startup(self, *, minimized: bool, tray_wait_ms: int = 15_000) -> None:
        """Everything that need not be on screen before the overlay.

        Started at login (minimized), the tray host may come up a little after Twoway,
        so wait for it a while before deciding there is none.
        """
        from twoway.ui.tray import create_tray

        self.tray = create_tray(self)
        self.sync_service().start()
        if self.tray is None and minimized and tray_wait_ms > 0:
            QTimer.singleShot(
                1000, lambda: self.finish_startup(minimized=True, tray_wait_ms=tray_wait_ms - 1000)
            )
            return
        if self.tray is None:
            self._notice_once("told_no_tray", no_tray_text())
        # Without a tray the window is Twoway's home, but never over a call: a meeting
        # started from a shortcut keeps the screen to the overlay.
        self.started = True
        self.notices.release()  # what start-up had to say, unless a meeting runs already
        if not minimized or (self.tray is None and not self.call_on()):
            self.show_main_window()
        log.debug("start-up finished; minimized=%s tray=%s", minimized, self.tray is not None)

    def call_on(self) -> bool:
        """A meeting runs, its end card is up, or Twoway noticed a call: the screen is the
        call's, and nothing but the overlay may show."""
        return (
            self.meeting.active
            or bool(self.overlay.ended_meeting_id)
            or getattr(self.calls, "call", None) is not None
        )

    def notices_must_wait(self) -> bool:
        """During start-up and while a call is on, notices wait."""
        return not self.started or self.call_on()

    def sync_service(self):
        """Calendar and address-book sync (made on first use; started at start-up)."""
        if self.sync is None:
            from twoway.ui.sync_service import SyncService

            self.sync = SyncService(self, self.app)
        return self.sync

    def _notice_once(self, told: str, text: str) -> None:
        """A note about this desktop, given the first time only (the desktop stays)."""
        if self.local.first_time(told):
            self.notices.say(APP_NAME, text)

    def _show_window_notices(self) -> None:
        """What nobody else could say, in a small box beside the window the user opened."""
        waiting = self.notices.take_for_window()
        if not waiting:
            return
        # Kept on the context: a box with no parent would vanish with this function.
        self.notice_box = QMessageBox(
            QMessageBox.Icon.Information,
            APP_NAME,
            "\n\n".join(notice.text for notice in waiting),
            parent=self.main_window,
        )
        self.notice_box.setModal(False)
        self.notice_box.show()

    def call_is_over(self) -> None:
        """The meeting and its end card are gone: what waited may be said now."""
        self.notices.release()
        if self.tray is not None:
            self.tray.check_reminders()
        self._ask_what_waited()

    def _ask_what_waited(self) -> None:
        """A question the window held back during a call (an interrupted import), asked
        once the window shows and no call is on; after this event, so it never holds up
        the caller."""
        if self.main_window is not None:
            QTimer.singleShot(
                0, self.main_window.transfer, self.main_window.transfer.offer_interrupted_import
            )

    def flush(self) -> None:
        """Write everything that waits to be saved. Safe to call at any time."""
        self.placement.save()
        self.save_main_window_geometry()
        self.records.flush()

    def request_quit(self) -> None:
        """Quit without asking (CLI, signals); asking is the caller's business (tray)."""
        # Save first: Qt closes every window as it quits, and a closed overlay has no place.
        self.shutdown()
        self.app.quit()

    def shutdown(self) -> None:
        """Last words before the process ends: runs once, however the app was asked to quit."""
        if self.quitting:
            return
        self.quitting = True
        log.debug("shutting down; overlay visible=%s", self.overlay.isVisible())
        if self.meeting.active:
            self.meeting.end()  # its run record is kept, so the debrief can be written later
        if self.calls is not None:
            self.calls.close()
        if self.hotkeys is not None:
            self.hotkeys.close()
        if self.store_watcher is not None:
            self.store_watcher.close()
        self.flush()
        if self.tray is not None:
            self.tray.hide()

    # --- the store and the main window ---------------------------------------------------

    def __post_init__(self) -> None:
        # However a meeting was started (tray, command line, main window), its run is kept
        # with its meeting and the end card offers the debrief.
        self.meeting.ended.connect(self._meeting_ended)
        self.notices.must_wait = self.notices_must_wait

    def records_opened(self) -> None:
        self.app.aboutToQuit.connect(self.records.close)
        self.watch_data_folder()
        for folder in self.records.unsaved_copies():
            self.notices.say(APP_NAME, unsaved_copies_text(folder))

    def watch_data_folder(self) -> None:
        """From now on, changes made outside Twoway (settings, records) are taken in."""
        if self.store_watcher is None:
            from twoway.ui.store_watch import StoreWatcher

            self.store_watcher = StoreWatcher(self.paths, self.files_changed, self.app)

    def files_changed(self) -> None:
        """Something in the data folder changed: read again what changed outside Twoway.

        Our own saves show up here too; they change nothing on rescan, so the views are
        refreshed only when another program really changed a record.
        """
        self.preferences.reload()
        self._reload_formats()
        store = self.records.store
        if store is None:
            return
        summary = store.rescan()
        returned = [p for p in summary.problems if p.kind == RETURNED]
        if returned:
            for problem in returned:
                self.notices.say(APP_NAME, translated(problem.message))
        if summary and self.main_window is not None:
            self.main_window.hub.reset.emit()

    def _reload_formats(self) -> None:
        """A format file added, changed or removed outside Twoway (another device)."""
        fresh = load_formats(self.paths.formats_dir)
        if fresh == self.formats:
            return  # our own save, already taken in, or nothing about formats
        if self.main_window is not None:
            self.main_window.hub.reload_formats()  # the views follow its signal
        else:
            # The library object is shared with the tray and the window: change it in place.
            self.formats.formats.clear()
            self.formats.formats.update(fresh.formats)
            self.formats.problems[:] = fresh.problems

    def ensure_main_window(self) -> MainWindow:
        if self.main_window is None:
            from twoway.ui.main import MainWindow

            self.records.open()
            self.main_window = MainWindow(self)
            saved = self.local.state.main_window_geometry
            if saved:
                # restoreGeometry keeps the window on a screen that still exists.
                self.main_window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii")))
        return self.main_window

    def save_main_window_geometry(self) -> None:
        if self.main_window is None or not self.main_window.isVisible():
            return
        geometry = bytes(self.main_window.saveGeometry().toBase64()).decode("ascii")
        if self.local.state.main_window_geometry != geometry:
            self.local.state.main_window_geometry = geometry
            self.local.save()

    def _meeting_ended(self, record, info: MeetingInfo) -> None:
        """Keep the run with its meeting at once; offer the debrief without taking the
        screen: people end the timer while still saying goodbye."""
        from twoway.core.workflow.meetings import record_run

        if self.records.loading:  # kept as soon as the records are there
            self.records.when_loaded(lambda: self._meeting_ended(record, info))
            return
        store = self.records.open()
        meeting = record_run(
            store,
            record,
            meeting_id=info.meeting_id,
            contact_id=info.contact_id,
            contact_name=info.contact_name,
            now=self.clock.wall(),
        )
        for problem in store.flush():
            log.warning("Not saved: %s", problem)
        if self.main_window is not None:
            self.main_window.run_recorded(meeting.id)
        if self.quitting:
            return  # the debrief waits in Today for the next start
        window = self.main_window
        if window is not None and window.isVisible() and window.isActiveWindow():
            # Ended from Twoway's own window, which has the user's attention already.
            window.open_debrief(meeting.id)
            self.call_is_over()
        elif self.overlay.isVisible() or getattr(self.calls, "screen_share_hiding", False):
            # Out of a shared screen, the card shows once sharing stops.
            name = info.contact_name or self.meetings.contact_name(meeting.contact_id)
            self.overlay.show_ended(meeting.id, name)
        else:
            self.call_is_over()

    def open_debrief(self, meeting_id: str = "") -> None:
        """The debrief of a meeting (the last one run when none is named), asked for by
        the user: now the main window may come forward and take the keyboard."""
        self.show_main_window()
        self.main_window.open_debrief(meeting_id)

    def show_main_window(self) -> None:
        """The one place that brings Twoway's home forward."""
        window = self.ensure_main_window()
        window.showNormal()
        window.raise_()
        window.activateWindow()
        self._show_window_notices()
        self._ask_what_waited()

    def toggle_main_window(self) -> None:
        """Left-click on the tray icon."""
        if self.main_window is not None and self.main_window.isVisible():
            self.main_window.hide()
        else:
            self.show_main_window()

    def main_window_closed(self) -> None:
        """Without a tray the main window is the way back in, so closing it quits."""
        self.save_main_window_geometry()
        if self.tray is None:
            self.request_quit()

    def show_settings(self) -> None:
        self.show_main_window()
        self.main_window.show_view("settings")

    def show_followups(self) -> None:
        self.show_main_window()
        self.main_window.show_view("followups")

    def start_planned_meeting(self, meeting) -> bool:
        """Start a planned meeting with its prep cues (the meeting page knows them)."""
        return self.ensure_main_window().start_meeting(meeting.id)
