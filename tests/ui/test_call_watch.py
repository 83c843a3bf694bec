"""The running app and the call: the offer to start the planned meeting, one click to
start it, the offer to end it when the call is over, and the debrief after the call —
with a desktop that is only pretended (the real one is in tests/e2e/test_call_*)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from twoway.core.calls import MicUser, Observation, WindowSeen
from twoway.core.clock import FakeClock
from twoway.core.records import Contact, Meeting
from twoway.core.store import Store
from twoway.paths import DataPaths
from twoway.platform.xcb import Rect
from twoway.ui.calls import CallWatch
from twoway.ui.context import AppContext
from twoway.ui.docking import Docking, docked_position

START = datetime(2026, 3, 10, 8, 50, tzinfo=UTC)


class PretendDesktop:
    def __init__(self) -> None:
        self.mic: tuple = ()
        self.windows: tuple = ()
        self.closed = False

    def look(self) -> Observation:
        return Observation(self.mic, self.windows, False)

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(start=START)


@pytest.fixture
def context(qtbot, data_dir, clock):
    paths = DataPaths(data_dir)
    ctx = AppContext.build(QApplication.instance(), paths, clock)
    ctx.records.store = Store.open(paths, clock, cache_file=None)
    ctx.started = True  # as finish_startup leaves it
    yield ctx
    qtbot.wait(150)
    if ctx.meeting.active:
        ctx.meeting.end()
    ctx.overlay.close_end_card()
    ctx.overlay.close()
    if ctx.main_window is not None:
        ctx.main_window.hub.save_now()
        ctx.main_window.close()


@pytest.fixture
def desktop() -> PretendDesktop:
    return PretendDesktop()


@pytest.fixture
def watch(context, desktop, qtbot):
    calls = CallWatch(context, desktop, context.app)
    context.calls = calls
    yield calls
    calls.close()


def plan_with_maya(context, clock, minutes_from_now: float) -> Meeting:
    maya = Contact(name="Maya Okafor")
    meeting = Meeting(
        contact_id=maya.id,
        format_id="minimastermind",
        scheduled=clock.wall() + timedelta(minutes=minutes_from_now),
    )
    context.records.store.put_contact(maya)
    context.records.store.put_meeting(meeting)
    context.records.store.flush()
    return meeting


def call_begins(watch, desktop, clock, title="Zoom Meeting") -> None:
    desktop.windows = (WindowSeen(77, title),)
    clock.advance(2)
    watch.check()


def call_ends(watch, desktop, clock) -> None:
    desktop.windows = ()
    desktop.mic = ()
    for _ in range(4):
        clock.advance(2)
        watch.check()


def test_a_call_near_a_planned_meeting_is_offered_and_one_click_starts_it(
    watch, desktop, context, clock, qtbot
):
    planned = plan_with_maya(context, clock, 10)
    call_begins(watch, desktop, clock)
    card = watch.card
    assert card.isVisible()
    assert card.question.text() == "A call has started. Start Minimastermind with Maya?"
    assert card.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert card.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert not card.yes.focusPolicy() & Qt.FocusPolicy.ClickFocus
    assert context.calls.status()["app"] == "Zoom"

    qtbot.mouseClick(card.yes, Qt.MouseButton.LeftButton)
    assert context.meeting.active
    assert context.meeting.info.meeting_id == planned.id
    assert context.meeting.info.contact_name == "Maya Okafor"
    assert not card.isVisible()
    assert context.overlay.isVisible()
    assert not context.main_window.isVisible(), "nothing but the overlay during the call"


def test_no_offer_when_nothing_is_planned_soon_unless_asked_for_any_time(
    watch, desktop, context, clock
):
    plan_with_maya(context, clock, 120)
    call_begins(watch, desktop, clock)
    assert not watch.card.isVisible()
    call_ends(watch, desktop, clock)

    context.preferences.set("calls.offer_any_time", True)
    call_begins(watch, desktop, clock)
    assert watch.card.isVisible()
    assert "with Maya" in watch.card.question.text()


def test_start_by_itself_and_off(watch, desktop, context, clock):
    plan_with_maya(context, clock, -5)
    context.preferences.set("calls.offer", "off")
    call_begins(watch, desktop, clock)
    assert not watch.card.isVisible() and not context.meeting.active
    call_ends(watch, desktop, clock)

    context.preferences.set("calls.offer", "start")
    call_begins(watch, desktop, clock)
    assert context.meeting.active and not watch.card.isVisible()
    assert context.meeting.info.contact_name == "Maya Okafor"


def test_when_the_call_ends_during_the_meeting_ending_it_is_offered(
    watch, desktop, context, clock, qtbot
):
    desktop.mic = (MicUser("ZOOM VoiceEngine", "zoom"),)
    clock.advance(2)
    watch.check()
    context.meetings.start_by_name(None, "Maya Okafor")
    call_ends(watch, desktop, clock)
    assert watch.card.isVisible()
    assert watch.card.question.text() == "The call seems to be over. End the meeting?"
    assert context.meeting.active, "only offered"
    qtbot.mouseClick(watch.card.yes, Qt.MouseButton.LeftButton)
    assert not context.meeting.active
    assert context.overlay.ended_meeting_id, "the end card offers the debrief"


def test_after_the_meeting_the_debrief_opens_once_the_call_is_over(watch, desktop, context, clock):
    call_begins(watch, desktop, clock)
    context.meetings.start_by_name(None, "Maya Okafor")
    context.meeting.end()
    ended = context.overlay.ended_meeting_id
    assert ended
    assert context.main_window is None or not context.main_window.isVisible()
    call_ends(watch, desktop, clock)
    assert context.main_window.isVisible(), "now Twoway may take the screen"
    assert not context.overlay.ended_meeting_id


def test_the_debrief_waits_when_the_setting_says_so(watch, desktop, context, clock):
    context.preferences.set("calls.debrief_after_call", False)
    call_begins(watch, desktop, clock)
    context.meetings.start_by_name(None, "")
    context.meeting.end()
    call_ends(watch, desktop, clock)
    assert context.overlay.ended_meeting_id, "the end card still offers it"
    assert context.main_window is None or not context.main_window.isVisible()


CALL_WINDOW = (100, 50, 1000, 600)


class GeometryDesktop(PretendDesktop):
    def window_geometry(self, window_id):
        return Rect(*CALL_WINDOW) if window_id == 77 else None


def test_the_chosen_corner_is_remembered_for_the_app(context, watch, clock, qtbot):
    watch.probe = GeometryDesktop()
    watch.detector.look = watch.probe.look
    docking = Docking(context, watch)
    call_begins(watch, watch.probe, clock)
    context.meetings.start_by_name(None, "Maya Okafor")
    qtbot.waitUntil(lambda: docking.docked)
    overlay = context.overlay
    assert overlay.pos() == QPoint(*docked_position(CALL_WINDOW, (overlay.width(), overlay.height()),
                                                   "top-right", "bottom"))  # fmt: skip
    overlay.move(QPoint(120, 420))  # dropped in the bottom-left quarter of the call
    overlay.placement_changed.emit()
    assert context.local.state.other["call_docks"] == {"Zoom": "bottom-left"}
    assert overlay.pos() == QPoint(*docked_position(CALL_WINDOW, (overlay.width(), overlay.height()),
                                                   "bottom-left", "bottom"))  # fmt: skip
    overlay.move(QPoint(1300, 720))  # dropped outside the call: undocked
    overlay.placement_changed.emit()
    assert not docking.docked
    assert overlay.pos() == QPoint(1300, 720)


def test_twoway_start_from_a_shortcut_answers_the_offer(watch, desktop, context, clock):
    from twoway.ui.remote_control import RemoteControl

    planned = plan_with_maya(context, clock, 3)
    call_begins(watch, desktop, clock)
    assert watch.offering_start
    reply = RemoteControl(context).handle({"command": "start", "format": None, "contact": None})
    assert reply["ok"], reply
    assert context.meeting.info.meeting_id == planned.id
    assert reply["status"]["offer"] is None
    assert reply["status"]["call"]["app"] == "Zoom"


class SharingDesktop(PretendDesktop):
    def __init__(self) -> None:
        super().__init__()
        self.shared = False

    def look(self) -> Observation:
        return Observation(self.mic, self.windows, self.shared)


# The offscreen platform has no tray to connect to; the tray icon is still made.
@pytest.mark.qt_log_ignore("QObject::connect: No such signal QPlatformNativeInterface")
def test_while_the_screen_is_shared_the_overlay_steps_aside_and_the_tray_says_so(
    context, clock, qtbot, monkeypatch
):
    from PySide6.QtWidgets import QSystemTrayIcon

    from twoway.ui.screencast import ScreenShareGuard
    from twoway.ui.tray import create_tray

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    desktop = SharingDesktop()
    calls = CallWatch(context, desktop, context.app)
    context.calls = calls
    calls.screen_share = ScreenShareGuard(context, calls, calls)
    context.tray = create_tray(context)
    context.meetings.start_by_name(None, "Maya Okafor")
    assert context.overlay.isVisible()
    desktop.shared = True
    clock.advance(2)
    calls.check()
    assert not context.overlay.isVisible()
    assert "out of the shared screen" in context.tray.tooltip_text()
    assert context.meeting.active
    desktop.shared = False
    clock.advance(2)
    calls.check()
    assert context.overlay.isVisible()
    assert "shared screen" not in context.tray.tooltip_text()
    context.tray.hide()
    calls.close()


def test_where_windows_keeps_the_overlay_out_of_captures_it_stays_and_is_kept_out_again(
    context, clock, qtbot
):
    """Windows' capture exclusion through a stand-in (nothing here runs on Windows): asked
    for the overlay's native window, again for a new one, undone by the setting "off";
    where the system refuses (Windows before 10 2004) the overlay steps aside instead."""
    from PySide6.QtCore import QEvent

    from twoway.ui.screencast import ScreenShareGuard

    asked: list[tuple[int, bool]] = []
    agrees = [True]

    def exclude(handle: int, on: bool) -> bool:
        asked.append((handle, on))
        return agrees[0]

    desktop = SharingDesktop()
    calls = CallWatch(context, desktop, context.app)
    context.calls = calls
    calls.screen_share = ScreenShareGuard(context, calls, calls, exclude=exclude)
    overlay = context.overlay
    context.meetings.start_by_name(None, "Maya Okafor")
    assert asked and asked[-1] == (int(overlay.winId()), True)
    desktop.shared = True
    clock.advance(2)
    calls.check()
    assert overlay.isVisible(), "kept out of the capture, it stays for the user"

    asked.clear()
    QApplication.sendEvent(overlay, QEvent(QEvent.Type.WinIdChange))  # a new native window
    assert asked == [(int(overlay.winId()), True)]

    context.preferences.set("calls.screen_share", "off")
    clock.advance(2)
    calls.check()
    assert asked[-1] == (int(overlay.winId()), False), "the setting turns it off"
    assert overlay.isVisible()

    agrees[0] = False
    context.preferences.set("calls.screen_share", "hide")
    clock.advance(2)
    calls.check()
    assert asked[-1] == (int(overlay.winId()), True)
    assert not overlay.isVisible(), "refused by the system: it steps aside instead"
    calls.close()


def test_notices_wait_while_a_call_is_on_even_without_a_meeting(watch, desktop, context, clock):
    said = []

    class Desktop:
        def send(self, notice) -> bool:
            said.append(notice.text)
            return True

    context.notices.desktop = Desktop()
    call_begins(watch, desktop, clock)
    context.notices.say("Twoway", "2 follow-ups are due")
    assert said == []
    call_ends(watch, desktop, clock)
    assert said == ["2 follow-ups are due"]
