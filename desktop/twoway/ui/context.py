"""AppContext: the parts of the running app and the few actions that span them.

It is built once in `app.py` and handed to the parts that need it. It owns no meeting
logic (that is the engine's) and no drawing (that is the widgets').
"""

from __future__ import annotations

import gc
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QRect, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from twoway import APP_ID, APP_NAME
from twoway.core.clock import Clock
from twoway.core.formats import Format, FormatLibrary, load_formats
from twoway.core.settings import SettingsFile, UiState
from twoway.core.store.problems import RETURNED
from twoway.paths import DataPaths, resource
from twoway.ui import placement, x11
from twoway.ui.i18n import LanguageSwitcher, translated
from twoway.ui.meeting import MeetingController, MeetingInfo
from twoway.ui.notices import FreedesktopNotifier, Notices
from twoway.ui.overlay import OverlayWindow
from twoway.ui.overlay_view import Options
from twoway.ui.sound import Chime, QtSoundOutput

if TYPE_CHECKING:
    from twoway.core.store import Store
    from twoway.ui.main import MainWindow

# From this many records on, they are kept out of the collector's rounds once loaded.
_FREEZE_AT = 5000
log = logging.getLogger(__name__)


@dataclass
class AppContext:
    app: QApplication
    paths: DataPaths
    clock: Clock
    formats: FormatLibrary
    meeting: MeetingController
    overlay: OverlayWindow
    chime: Chime
    notices: Notices
    ui_state: UiState = field(default_factory=UiState)
    tray: object | None = None  # ui.tray.Tray; None where the desktop has no tray
    main_window: QWidget | None = None  # set once the main window exists
    store: Store | None = None  # the user's records, opened after the first paint
    quitting: bool = False
    started: bool = False  # finish_startup has run: the tray and the home window are settled
    settings: SettingsFile | None = None
    language: LanguageSwitcher | None = None
    store_watcher: QObject | None = None
    notice_box: QMessageBox | None = None
    calls: object | None = None  # ui.calls.CallWatch while calls are noticed
    hotkeys: object | None = None  # ui.hotkeys.Hotkeys: keys for the whole desktop
    sync: QObject | None = None  # ui.sync_service.SyncService, made at start-up
    store_loading: bool = False  # True while open_store reads the records
    _after_store_loaded: list = field(default_factory=list)  # what came in meanwhile

    @classmethod
    def build(cls, app: QApplication, paths: DataPaths, clock: Clock) -> AppContext:
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
        context = cls(app, paths, clock, formats, meeting, overlay, chime, notices)
        context.settings = settings
        context.language = language
        context.apply_settings()
        overlay.settings_changed.connect(context.change_setting)
        context.ui_state = context._load_ui_state()
        context.watch_data_folder()
        overlay.placement_changed.connect(context.save_overlay_placement)
        overlay.hide_requested.connect(context.hide_overlay)
        overlay.debrief_requested.connect(context.open_debrief)
        overlay.end_card_closed.connect(context.call_is_over)
        if not x11.always_on_top_supported():
            context._no_on_top_notice()
        # Offscreen (tests, benchmarks) there is no desktop to look at.
        if settings.values.calls.detect and app.platformName() != "offscreen":
            from twoway.ui.calls import CallWatch

            context.calls = CallWatch.install(context)
        if app.platformName() != "offscreen":
            from twoway.ui.hotkeys import Hotkeys

            context.hotkeys = Hotkeys.install(context)
        return context

    # --- preferences ----------------------------------------------------------------

    def apply_settings(self) -> None:
        """Hand the saved preferences to the parts that use them."""
        values = self.settings.values
        self.overlay.apply_size(values.overlay.size)
        self.overlay.apply_opacity(values.overlay.opacity)
        self.overlay.set_click_through(values.overlay.click_through)
        self.overlay.set_locked(values.overlay.locked)
        self.overlay.options = Options(
            show_closing_line=values.overlay.show_closing_line,
            closing_line_lead_s=values.overlay.closing_line_lead_s,
        )
        self.overlay.end_card_s = values.overlay.end_card_s
        self.chime.enabled = values.sound.chime
        self.chime.volume = values.sound.volume
        self.chime.phase_tones = values.sound.phase_tones
        self.meeting.keep_slot = values.meeting.keep_slot

    def set_language(self, code: str) -> str:
        """Switch language now ("" follows the system); every window retranslates."""
        language = self.language.apply(code or None)
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

    def change_setting(self, key: str, value: object) -> None:
        """A preference changed from a menu: keep it, and say so if it cannot be saved."""
        try:
            problem = self.settings.set(key, value)
        except ValueError as exc:
            log.warning("Setting %s refused: %s", key, exc)
            return
        if key.startswith("hotkeys.") and self.hotkeys is not None:
            self.hotkeys.reload()
        if problem is not None:
            self.notices.say(APP_NAME, translated(problem.message))
        if self.settings.changed_outside:
            self.settings_changed_outside(self.settings.changed_outside)

    def reload_settings(self) -> None:
        """settings.toml changed outside Twoway (another device, a hand edit): use it."""
        if self.settings is None:
            return
        changed = self.settings.reload()
        if changed:
            self.settings_changed_outside(changed)
        for problem in self.settings.problems:
            log.warning("%s", problem)

    def settings_changed_outside(self, keys: list[str]) -> None:
        log.info("Settings changed outside Twoway: %s", ", ".join(keys))
        self.apply_settings()
        if "general.language" in keys:
            self.set_language(self.settings.values.general.language)  # rebuilds the window
        elif self.main_window is not None:
            self.main_window.views["settings"].show_current_values()

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
            self.later(
                1000, lambda: self.finish_startup(minimized=True, tray_wait_ms=tray_wait_ms - 1000)
            )
            return
        if self.tray is None:
            self._no_tray_notice()
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

    def _no_on_top_notice(self) -> None:
        # Only on native Wayland (an opt-in): the compositor alone keeps windows on top.
        self._notice_once(
            "told_no_on_top",
            QCoreApplication.translate(
                "AppContext",
                "Twoway runs natively on Wayland here, where the desktop alone decides which "
                "windows stay on top, so the timer may slip behind your call. To pin it: on GNOME, "
                "hold the Super key, right-click the timer and choose “Always on Top”; on "
                "KDE Plasma, add a window rule for the window class “%1” that forces “Keep "
                'above other windows”; on sway, add “for_window [app_id="%1"] floating '
                "enable, sticky enable” to your configuration. Or turn off the setting "
                "overlay.native_wayland to run Twoway through XWayland, which keeps the "
                "timer on top by itself.",
            ).replace("%1", APP_ID),
        )

    def _no_tray_notice(self) -> None:
        self._notice_once(
            "told_no_tray",
            QCoreApplication.translate(
                "AppContext",
                "Your desktop has no system tray, so Twoway cannot put an icon there. Its "
                "window is its home instead, and closing the main window quits Twoway. To "
                "bring a hidden Twoway back, open it again from your applications or run "
                "`twoway show`.",
            ),
        )

    def _notice_once(self, told: str, text: str) -> None:
        """A note about this desktop, given the first time only (the desktop stays)."""
        if getattr(self.ui_state, told):
            return
        setattr(self.ui_state, told, True)
        self._save_ui_state()
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

    def flush(self) -> None:
        """Write everything that waits to be saved. Safe to call at any time."""
        self.save_overlay_placement()
        self.save_main_window_geometry()
        if self.store is not None:
            for problem in self.store.flush():
                log.warning("Not saved: %s", problem)

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
        self.flush()
        if self.tray is not None:
            self.tray.hide()

    # --- the store and the main window ---------------------------------------------------

    def __post_init__(self) -> None:
        # However a meeting was started (tray, command line, main window), its run is kept
        # with its meeting and the end card offers the debrief.
        self.meeting.ended.connect(self._meeting_ended)
        self.notices.must_wait = self.notices_must_wait

    def open_store(self) -> Store:
        """The user's records, loaded on first use (after the overlay is on screen)."""
        if self.store is None:
            from twoway.core.store import Store
            from twoway.ui.load_progress import LoadProgress

            if self.store_loading:
                # Only the events below run while loading, and those that need the
                # records check `store_loading` first.
                raise RuntimeError("the records are still loading")
            # A long load (no cache yet) keeps the overlay painting and says how far it got.
            progress = LoadProgress(quiet=self.call_on())
            self.store_loading = True
            try:
                self.store = Store.open(self.paths, self.clock, progress=progress)
            finally:
                self.store_loading = False
                progress.close()
            if len(self.store.contacts) + len(self.store.meetings) >= _FREEZE_AT:
                # The records live as long as the app: keep the collector from walking
                # them again (a full pass over 25,000 meetings takes most of a second).
                # Small stores cost it nothing worth this.
                gc.freeze()
            for waiting in self._after_store_loaded:
                QTimer.singleShot(0, waiting)
            self._after_store_loaded.clear()
            for problem in self.store.problems:
                log.warning("%s", problem)
            self.app.aboutToQuit.connect(self._close_store)
            self.watch_data_folder()
            self.backup_if_due()
            daily_check = QTimer(self.app)
            daily_check.timeout.connect(self.backup_if_due)
            daily_check.start(60 * 60 * 1000)  # hourly: a laptop left open for days
        return self.store

    def watch_data_folder(self) -> None:
        """From now on, changes made outside Twoway (settings, records) are taken in."""
        if self.store_watcher is None:
            from twoway.ui.store_watch import StoreWatcher

            self.store_watcher = StoreWatcher(self.paths, self.files_changed, self.app)

    def backup_if_due(self) -> None:
        """The daily snapshot, when the user keeps it on."""
        backups = self.settings.values.backups if self.settings else None
        if self.store is None or (backups is not None and not backups.daily):
            return
        self.store.backup_if_due(keep=backups.keep if backups else 14)

    def files_changed(self) -> None:
        """Something in the data folder changed: read again what changed outside Twoway.

        Our own saves show up here too; they change nothing on rescan, so the views are
        refreshed only when another program really changed a record.
        """
        self.reload_settings()
        self._reload_formats()
        if self.store is None:
            return
        summary = self.store.rescan()
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

    def _close_store(self) -> None:
        if self.store is not None:
            for problem in self.store.close():
                log.warning("Not saved: %s", problem)

    def ensure_main_window(self) -> MainWindow:
        if self.main_window is None:
            from twoway.ui.main import MainWindow

            self.open_store()
            self.main_window = MainWindow(self)
            saved = self.ui_state.main_window_geometry
            if saved:
                # restoreGeometry keeps the window on a screen that still exists.
                self.main_window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii")))
        return self.main_window

    def save_main_window_geometry(self) -> None:
        if self.main_window is None or not self.main_window.isVisible():
            return
        geometry = bytes(self.main_window.saveGeometry().toBase64()).decode("ascii")
        if self.ui_state.main_window_geometry != geometry:
            self.ui_state.main_window_geometry = geometry
            self._save_ui_state()

    def _meeting_ended(self, record, info: MeetingInfo) -> None:
        """Keep the run with its meeting at once; offer the debrief without taking the
        screen: people end the timer while still saying goodbye."""
        from twoway.core.workflow.meetings import record_run

        if self.store_loading:  # kept as soon as the records are there
            self._after_store_loaded.append(lambda: self._meeting_ended(record, info))
            return
        store = self.open_store()
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
        elif self.overlay.isVisible():
            name = info.contact_name or self.contact_name(meeting.contact_id)
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

    # --- the user's records, for the tray ------------------------------------------------

    def planned_meetings(self) -> list:
        from twoway.core.workflow.today import upcoming

        if self.store_loading:
            return []  # asked again once loaded (the tray rebuilds its menu as it opens)
        return upcoming(self.open_store().meetings.values(), self.clock.wall())

    def next_planned_meeting(self):
        """(meeting, contact name) of the next planned meeting, or None."""
        planned = self.planned_meetings()
        return (planned[0], self.contact_name(planned[0].contact_id)) if planned else None

    def start_planned_meeting(self, meeting) -> bool:
        return self.ensure_main_window().start_meeting(meeting.id)

    def followups_due(self) -> list:
        today = self.clock.wall().astimezone().date()
        if self.store_loading:
            if self.tray is not None:  # the reminders look again once loaded
                self._after_store_loaded.append(self.tray.check_reminders)
            return []
        return self.open_store().due_followups(today)

    def contact_name(self, contact_id: str) -> str:
        if self.store_loading:
            return ""
        contact = self.open_store().contacts.get(contact_id)
        return contact.name if contact else ""

    # --- meetings ----------------------------------------------------------------------

    def start_meeting(
        self, fmt: Format, info: MeetingInfo | None = None, cues: dict[int, str] | None = None
    ) -> bool:
        started = self.meeting.start(fmt, info, cues)
        if started:
            self.show_overlay()
        return started

    def start_meeting_by_name(self, format_name: str | None, contact_name: str | None) -> str:
        """Start from the CLI or tray: returns "" or a sentence saying why it did not start."""
        fmt = self.formats.find(format_name) if format_name else self.default_format()
        if fmt is None:
            names = ", ".join(sorted(f.name for f in self.formats.formats.values()))
            return (
                QCoreApplication.translate(
                    "AppContext", "There is no format called “%1”. Known: %2."
                )
                .replace("%1", format_name or "")
                .replace("%2", names)
            )
        info = MeetingInfo(contact_name=contact_name or "")
        if not self.start_meeting(fmt, info):
            return QCoreApplication.translate(
                "AppContext", "A meeting is already running. End it first."
            )
        return ""

    def default_format(self) -> Format:
        return self.formats.find("minimastermind") or next(iter(self.formats.formats.values()))

    def start_demo(self) -> None:
        """Run the fast demo meeting, moving on by itself a few seconds into each overrun."""
        from twoway.core.session import EventKind
        from twoway.demo import DEMO_CONTACT, DEMO_OVERRUN_S, demo_format

        def move_on(event) -> None:
            # Only the demo's own meeting moves on by itself, never a later real one.
            if (
                event.kind is not EventKind.PHASE_OVERRUN
                or self.meeting.session is not demo_session
            ):
                return
            index = event.phase_index
            session = self.meeting.session

            def step() -> None:
                if self.meeting.session is not session or session.index != index:
                    return  # the user already moved on
                if session.is_last_phase:
                    self.meeting.end()
                else:
                    self.meeting.next_phase()

            QTimer.singleShot(DEMO_OVERRUN_S * 1000, step)

        self.start_meeting(demo_format(), MeetingInfo(contact_name=DEMO_CONTACT))
        demo_session = self.meeting.session
        self.meeting.event.connect(move_on)

    # --- the overlay ---------------------------------------------------------------------

    def _screens(self) -> tuple[dict[str, QRect], str]:
        screens = {s.name(): s.availableGeometry() for s in QGuiApplication.screens()}
        primary = QGuiApplication.primaryScreen()
        return screens, primary.name() if primary else next(iter(screens), "")

    def show_overlay(self) -> None:
        screens, primary = self._screens()
        key = placement.layout_key(screens)
        saved = self.ui_state.overlay_positions.get(key)
        self.overlay.move(placement.restore(saved, screens, primary, self.overlay.size()))
        self.overlay.show()
        self.overlay.raise_()

    def hide_overlay(self) -> None:
        self.save_overlay_placement()
        self.overlay.hide()

    def save_overlay_placement(self) -> None:
        if not self.overlay.isVisible():
            return
        screens, _ = self._screens()
        screen = self.overlay.screen()
        if screen is None:
            return
        saved = placement.to_saved(
            self.overlay.frameGeometry(), screen.name(), screen.availableGeometry()
        )
        positions = self.ui_state.overlay_positions
        positions[placement.layout_key(screens)] = saved
        self._save_ui_state()

    # --- UI state: machine-local geometry, apart from preferences -------------------------

    def _load_ui_state(self) -> UiState:
        # Older versions kept it in the data folder, where a sync tool carried it along.
        state, problem = UiState.load(self.paths.ui_state_file, self.paths.old_ui_state_file)
        if problem is not None:
            log.warning("%s", problem.message)
            self.notices.say(APP_NAME, translated(problem.message))
        return state

    def _save_ui_state(self) -> None:
        try:
            self.ui_state.save(self.paths.ui_state_file)
        except OSError as exc:
            log.warning("Window positions could not be saved: %s", exc)

    def later(self, ms: int, callback) -> None:
        QTimer.singleShot(ms, callback)
