"""The tray: its icon and tooltip follow the meeting, its menu steers it, its reminders
come at the right fake-clock moments, and a desktop without a tray still has a home."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from twoway.core.clock import FakeClock
from twoway.core.formats import OWNER_COLORS, Owner
from twoway.core.records import FollowUp, Meeting, MeetingStatus
from twoway.paths import DataPaths
from twoway.ui import tray as tray_module
from twoway.ui import x11
from twoway.ui.context import AppContext
from twoway.ui.tray import PROGRESS_STEPS, TrayLook, create_tray, paint_icon

# The offscreen platform has no tray of its own; Qt says so once when an icon is shown.
pytestmark = pytest.mark.qt_log_ignore("QObject::connect: No such signal QPlatformNativeInterface")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def build_context(qtbot, data_dir, clock) -> AppContext:
    ctx = AppContext.build(QApplication.instance(), DataPaths(data_dir), clock)
    ctx.chime.enabled = False  # these tests are about the tray; the chime has its own
    return ctx


def close_context(ctx: AppContext) -> None:
    if ctx.tray is not None:
        ctx.tray.hide()
    if ctx.notice_box is not None:
        ctx.notice_box.close()
    for window in (ctx.main_window, ctx.overlay):
        if window is not None:
            window.close()
            window.deleteLater()


@pytest.fixture
def context(qtbot, data_dir, clock):
    ctx = build_context(qtbot, data_dir, clock)
    yield ctx
    close_context(ctx)


@pytest.fixture
def with_tray(monkeypatch):
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))


@pytest.fixture
def tray(context, with_tray):
    context.tray = create_tray(context)
    assert context.tray is not None
    context.started = True  # as finish_startup leaves it
    return context.tray


@pytest.fixture
def messages(tray, monkeypatch) -> list[tuple]:
    shown: list[tuple] = []
    monkeypatch.setattr(tray.icon, "showMessage", lambda *args: shown.append(args[:2]))
    return shown


def home(context) -> object:
    """Twoway's home window: the main window once there is one, else the overlay."""
    return context.main_window or context.overlay


def choose(tray, key: str) -> None:
    """Open the menu as the user does, then pick an entry."""
    tray.menu.aboutToShow.emit()
    action = tray.actions[key]
    assert action.isEnabled(), f"{key} is greyed out"
    action.trigger()


def advance(context, clock: FakeClock, seconds: float, step: float = 1.0) -> None:
    for _ in range(round(seconds / step)):
        clock.advance(step)
        context.meeting.tick()


# --- the menu ------------------------------------------------------------------------


def test_quick_start_offers_every_format_and_starts_one_without_a_contact(tray, context):
    tray.menu.aboutToShow.emit()
    offered = {key.split(":", 1)[1] for key in tray.actions if key.startswith("quick:")}
    assert offered == set(context.formats.formats)
    assert not tray.actions["pause"].isEnabled(), "nothing to pause before a meeting"

    choose(tray, "quick:twenty-minute")
    status = context.meeting.status()
    assert (status["state"], status["format"], status["contact"]) == (
        "running",
        context.formats.get("twenty-minute").name,
        None,
    )
    assert context.overlay.isVisible()
    tray.menu.aboutToShow.emit()
    assert not tray.actions["quick:minimastermind"].isEnabled(), "one meeting at a time"


def test_menu_actions_drive_the_meeting(tray, context, clock):
    choose(tray, "quick:minimastermind")
    choose(tray, "pause")
    assert context.meeting.status()["state"] == "paused"
    tray.menu.aboutToShow.emit()
    assert tray.actions["pause"].text() == "Resume"
    choose(tray, "pause")
    assert context.meeting.status()["state"] == "running"

    advance(context, clock, 30)
    before = context.meeting.status()["phase_remaining_s"]
    choose(tray, "extend")
    assert context.meeting.status()["phase_remaining_s"] == pytest.approx(before + 60)

    choose(tray, "next")
    assert context.meeting.status()["phase_index"] == 1
    choose(tray, "end")
    assert context.meeting.status()["state"] == "ended"
    tray.menu.aboutToShow.emit()
    assert not tray.actions["end"].isEnabled()


def test_overlay_and_click_through_entries(tray, context):
    choose(tray, "overlay")
    assert context.overlay.isVisible()
    context.overlay.set_click_through(True)
    tray.menu.aboutToShow.emit()
    assert tray.actions["click-through"].isChecked()
    choose(tray, "click-through")  # the way back when the overlay no longer takes clicks
    assert context.overlay.click_through is False
    tray.menu.aboutToShow.emit()
    assert tray.actions["overlay"].text() == "Hide overlay"
    choose(tray, "overlay")
    assert not context.overlay.isVisible()


def test_open_twoway_is_the_first_entry_and_opens_the_window(tray, context):
    tray.menu.aboutToShow.emit()
    assert tray.menu.actions()[0] is tray.actions["open"]
    assert tray.actions["open"].text() == "Open Twoway"
    choose(tray, "open")
    assert context.main_window is not None and context.main_window.isVisible()
    context.main_window.close()


def test_left_click_shows_and_hides_twoways_window(tray, context):
    tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert home(context).isVisible()
    tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert not home(context).isVisible()


def test_start_at_login_entry_writes_and_removes_the_autostart_entry(
    tray, context, tmp_path, monkeypatch
):
    from twoway.ui import autostart

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))

    entry = autostart.for_paths(context.paths, platform="linux")
    tray.menu.aboutToShow.emit()
    assert not tray.actions["autostart"].isChecked()
    choose(tray, "autostart")
    assert entry.is_enabled()
    tray.menu.aboutToShow.emit()
    assert tray.actions["autostart"].isChecked()
    choose(tray, "autostart")
    assert not entry.is_enabled()


# --- quitting ----------------------------------------------------------------------------


@pytest.fixture
def quits(context, monkeypatch) -> list[int]:
    calls: list[int] = []
    monkeypatch.setattr(context.app, "quit", lambda: calls.append(1))
    return calls


def test_quitting_mid_meeting_asks_and_can_be_called_off(tray, context, quits, monkeypatch):
    asked: list[str] = []

    def keep_going(contact: str) -> bool:
        asked.append(contact)
        return False

    monkeypatch.setattr(tray_module, "ask_to_end_meeting", keep_going)
    context.meetings.start_by_name("minimastermind", "Maya Okafor")
    choose(tray, "quit")
    assert asked == ["Maya Okafor"]
    assert quits == []
    assert context.meeting.status()["state"] == "running"


def test_quitting_mid_meeting_ends_it_and_keeps_its_record(tray, context, quits, monkeypatch):
    monkeypatch.setattr(tray_module, "ask_to_end_meeting", lambda contact: True)
    ended: list = []
    context.meeting.ended.connect(lambda record, info: ended.append((record, info)))
    context.meetings.start_by_name("minimastermind", "Maya Okafor")
    choose(tray, "quit")
    assert quits == [1]
    assert context.meeting.status()["state"] == "ended"
    record, info = ended[0]
    assert info.contact_name == "Maya Okafor"
    assert record is not None


def test_quitting_with_no_meeting_does_not_ask(tray, context, quits, monkeypatch):
    def must_not_ask(contact: str) -> bool:
        raise AssertionError("asked with no meeting running")

    monkeypatch.setattr(tray_module, "ask_to_end_meeting", must_not_ask)
    context.placement.show()
    choose(tray, "quit")
    assert quits == [1]
    assert context.paths.ui_state_file.exists(), "the overlay's place was saved first"


# --- the icon and tooltip ------------------------------------------------------------------


def test_icon_and_tooltip_follow_the_meeting(tray, context, clock):
    assert tray.look == TrayLook()
    assert tray.icon.toolTip() == "Twoway: no meeting running"

    context.meetings.start_by_name("minimastermind", "")
    advance(context, clock, 150)  # half of the five-minute first phase
    assert tray.look == TrayLook("running", OWNER_COLORS[Owner.THEM], PROGRESS_STEPS // 2)
    assert tray.icon.toolTip() == "Twoway: Their offer and challenge (their turn): 2:30 left"

    context.meeting.pause()
    assert tray.look.state == "paused"
    assert tray.icon.toolTip().startswith("Twoway, paused: ")

    context.meeting.resume()
    advance(context, clock, 170)
    assert tray.look.state == "overrun"
    assert tray.icon.toolTip() == "Twoway: Their offer and challenge (their turn): 0:20 over"

    context.meeting.end()
    assert tray.look == TrayLook()


def test_the_progress_arc_is_drawn_clockwise_from_the_top(qapp):
    image = paint_icon(TrayLook("running", "#56B4E9", PROGRESS_STEPS // 2), 64).toImage()
    ring_radius = 32 - (64 * 0.17 / 2 + 64 * 0.06)
    right = image.pixelColor(round(32 + ring_radius), 32)
    left = image.pixelColor(round(32 - ring_radius), 32)
    assert right.name() == QColor("#56B4E9").name(), "done half: the owner's color"
    assert left.name() != QColor("#56B4E9").name(), "the half still to come is plain track"


def test_overrun_and_paused_icons_differ_by_shape_not_only_color(qapp):
    def centre(look: TrayLook) -> QColor:
        return paint_icon(look, 64).toImage().pixelColor(32, 32)

    running = centre(TrayLook("running", "#56B4E9", 8))
    paused = centre(TrayLook("paused", "#56B4E9", 8))
    overrun = centre(TrayLook("overrun", "#56B4E9", 8))
    assert running.name() == QColor("#56B4E9").name()  # a dot
    assert paused.name() == QColor(24, 25, 28).name()  # between the two bars
    assert overrun.lightness() > 200  # the plus


# --- reminders -------------------------------------------------------------------------------


def test_a_planned_meeting_is_announced_once_five_minutes_ahead(
    tray, context, clock, messages, monkeypatch
):
    start = clock.wall() + timedelta(minutes=12)
    meeting = Meeting(contact_id="c-maya", format_id="minimastermind", scheduled=start)
    monkeypatch.setattr(context.meetings, "planned", lambda: [meeting])
    monkeypatch.setattr(
        context.meetings, "contact_name", lambda cid: "Maya Okafor" * (cid == "c-maya")
    )

    tray.check_reminders()
    clock.advance(6 * 60)  # 6 minutes to go
    tray.check_reminders()
    assert messages == []

    clock.advance(60 + 20)  # 4:40 to go: the first check inside the five minutes
    tray.check_reminders()
    assert messages == [("Meeting soon", "Your meeting with Maya Okafor starts in 5 min.")]
    clock.advance(30)
    tray.check_reminders()
    assert len(messages) == 1, "said once"


def test_follow_ups_due_are_announced_once_each(tray, context, clock, messages, monkeypatch):
    today = clock.wall().astimezone().date()
    due = [FollowUp("Send Maya the intro to Lena", today)]
    monkeypatch.setattr(context.meetings, "followups_due", lambda _later=None: due)
    tray.check_reminders()
    assert messages == [("A follow-up is due", "• Send Maya the intro to Lena")]
    tray.check_reminders()
    assert len(messages) == 1

    due.append(FollowUp("Thank Ravi", today - timedelta(days=1)))
    tray.check_reminders()
    assert messages[-1] == ("2 follow-ups are due", "• Thank Ravi")


def test_reminders_are_checked_on_a_timer(tray, context, qtbot, messages, monkeypatch):
    monkeypatch.setattr(
        context.meetings, "followups_due", lambda _later=None: [FollowUp("Call back", date.min)]
    )
    tray._reminder_timer.setInterval(20)
    qtbot.waitUntil(lambda: len(messages) == 1, timeout=2000)


def test_a_cancelled_meeting_is_not_announced(tray, context, clock, messages, monkeypatch):
    soon = Meeting(
        contact_id="",
        format_id="minimastermind",
        scheduled=clock.wall() + timedelta(minutes=3),
        status=MeetingStatus.CANCELLED,
    )
    monkeypatch.setattr(context.meetings, "planned", lambda: [soon])
    tray.check_reminders()
    assert messages == []


# --- no tray -------------------------------------------------------------------------------


def visible_notices() -> list[str]:
    return [
        w.text()
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible()
    ]


@pytest.fixture
def no_tray(monkeypatch):
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))


def test_without_a_tray_the_window_is_home_and_the_user_is_told_once(
    no_tray, qtbot, data_dir, clock
):
    first = build_context(qtbot, data_dir, clock)
    first.finish_startup(minimized=True, tray_wait_ms=0)
    assert first.tray is None
    assert home(first).isVisible(), "even when started minimized, something must show"
    notices = visible_notices()
    assert len(notices) == 1 and "no system tray" in notices[0]
    close_context(first)

    again = build_context(qtbot, data_dir, clock)
    again.finish_startup(minimized=False, tray_wait_ms=0)
    assert visible_notices() == [], "told once, not at every start"
    close_context(again)


def test_a_desktop_that_may_not_keep_the_overlay_on_top_is_explained_once(
    no_tray, qtbot, data_dir, clock, monkeypatch
):
    monkeypatch.setattr(x11, "always_on_top_supported", lambda: False)
    first = build_context(qtbot, data_dir, clock)
    first.finish_startup(minimized=False, tray_wait_ms=0)
    notices = visible_notices()
    assert len(notices) == 1 and "stay on top" in notices[0]
    close_context(first)

    again = build_context(qtbot, data_dir, clock)
    again.finish_startup(minimized=False, tray_wait_ms=0)
    assert visible_notices() == [], "told once, not at every start"
    close_context(again)


def test_a_tray_that_comes_up_late_at_login_is_waited_for(qtbot, data_dir, clock, monkeypatch):
    available = [False]
    monkeypatch.setattr(
        QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: available[0])
    )
    context = build_context(qtbot, data_dir, clock)
    context.finish_startup(minimized=True, tray_wait_ms=5000)
    assert context.tray is None
    available[0] = True
    qtbot.waitUntil(lambda: context.tray is not None, timeout=3000)
    assert not home(context).isVisible(), "started at login: it stays in the tray"
    assert visible_notices() == []
    close_context(context)


def test_reminders_wait_while_a_call_is_on_and_come_after_it(
    tray, context, clock, messages, monkeypatch
):
    today = clock.wall().astimezone().date()
    monkeypatch.setattr(
        context.meetings, "followups_due", lambda _later=None: [FollowUp("Thank Ravi", today)]
    )
    context.meetings.start_by_name("minimastermind", "Ana")
    tray.check_reminders()
    assert messages == [], "no bubble over the card during the call"
    advance(context, clock, 30)
    context.meeting.end()
    assert context.overlay.ended_meeting_id, "the end card is up: still the call's moment"
    tray.check_reminders()
    assert messages == []
    context.overlay.close_end_card()
    assert messages == [("A follow-up is due", "• Thank Ravi")]


def test_a_note_from_start_up_waits_while_a_meeting_started_from_a_shortcut_runs(
    context, with_tray, monkeypatch
):
    balloons = []
    context.notices.desktop = None
    context.meetings.start_by_name("minimastermind", "Ana")  # `twoway start`
    context._notice_once("told_no_tray", "Your desktop has no system tray.")
    context.finish_startup(minimized=True)
    monkeypatch.setattr(context.tray.icon, "showMessage", lambda *args: balloons.append(args[1]))
    assert balloons == [] and context.notices.held, "nothing is said over the call"
    context.meeting.end()
    context.overlay.close_end_card()
    assert balloons == ["Your desktop has no system tray."]


def test_the_tray_lists_who_is_due_to_reconnect(tray, context):
    from datetime import timedelta

    from twoway.core.records import Contact

    store = context.records.open()
    today = context.clock.wall().astimezone().date()
    tray.menu.aboutToShow.emit()
    assert "reconnect" not in tray.actions
    store.put_contact(
        Contact(name="Maya", keep_in_touch_days=14, last_interaction=today - timedelta(days=20))
    )
    tray.menu.aboutToShow.emit()
    assert tray.actions["reconnect"].text() == "Due to reconnect: 1"
    choose(tray, "reconnect")
    assert context.main_window.isVisible() and context.main_window.current_view() == "today"
    context.main_window.close()
