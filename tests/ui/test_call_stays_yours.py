"""The call stays the user's through what happens around it: offers that go, the
meeting's end, a shared screen, a question the main window has. The desktop is only
pretended, as in test_call_watch.py (the real one: tests/e2e)."""

from __future__ import annotations

import pytest
import test_call_watch
from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon
from test_call_watch import SharingDesktop, call_begins, call_ends, plan_with_maya

from twoway.core.calls import MicUser
from twoway.core.interop.transaction import ImportJournal
from twoway.platform.xcb import Rect
from twoway.ui import call_offer
from twoway.ui.calls import CallWatch
from twoway.ui.docking import Docking, docked_position
from twoway.ui.hotkeys import Hotkeys
from twoway.ui.remote_control import RemoteControl
from twoway.ui.screencast import ScreenShareGuard
from twoway.ui.tray import create_tray

# The offscreen platform has no tray of its own; Qt says so once when an icon is shown.
pytestmark = pytest.mark.qt_log_ignore("QObject::connect: No such signal QPlatformNativeInterface")

# The pretended desktop, the fake clock and the app of test_call_watch.py.
clock = test_call_watch.clock
context = test_call_watch.context
desktop = test_call_watch.desktop
watch = test_call_watch.watch


class PretendKeys(QObject):
    """The desktop's keyboard, as the hotkeys see it: which keys Twoway holds now."""

    pressed = Signal(str)
    kind = "x11"

    def __init__(self) -> None:
        super().__init__()
        self.held: dict[str, str] = {}

    def grab(self, keys: dict[str, str]) -> dict[str, str]:
        self.held = dict(keys)
        return {}

    def release(self) -> None:
        self.held = {}

    def close(self) -> None:
        self.held = {}


@pytest.fixture
def keys(context, watch):
    backend = PretendKeys()
    context.hotkeys = Hotkeys(context, backend, watch)
    yield backend
    context.hotkeys.close()


def test_the_keys_are_given_back_when_the_offer_goes_by_itself(
    watch, desktop, context, clock, keys, qtbot, monkeypatch
):
    monkeypatch.setattr(call_offer, "OFFER_SHOWN_S", 1)
    plan_with_maya(context, clock, 10)
    call_begins(watch, desktop, clock)
    assert watch.card.isVisible()
    assert keys.held["start"] == "Ctrl+Alt+Shift+M", "the start key answers the offer"
    qtbot.waitUntil(lambda: not watch.card.isVisible(), timeout=3000)  # unanswered, it goes
    assert keys.held == {}, "no key is kept from the rest of the day"
    assert context.hotkeys.status()["hotkeys"]["active"] is False


@pytest.mark.parametrize("ended_by", ["the end key", "twoway end"])
def test_the_end_offer_goes_when_the_meeting_is_ended_another_way(
    watch, desktop, context, clock, keys, ended_by
):
    desktop.mic = (MicUser("ZOOM VoiceEngine", "zoom"),)
    clock.advance(2)
    watch.check()
    context.meetings.start_by_name(None, "Maya Okafor")
    call_ends(watch, desktop, clock)
    assert watch.card.question.text() == "The call seems to be over. End the meeting?"
    if ended_by == "the end key":
        keys.pressed.emit("end")
    else:
        assert RemoteControl(context).handle({"command": "end"})["ok"]
    assert not context.meeting.active
    assert not watch.card.isVisible(), "no question about a meeting that has ended"
    assert RemoteControl(context).handle({"command": "status"})["status"]["offer"] is None
    assert context.overlay.ended_meeting_id, "the end card offers the debrief"
    assert keys.held == {}, "the keys go with the meeting"


class MovingCallDesktop(SharingDesktop):
    """A call window that moves and resizes (Zoom shrinks its window while sharing)."""

    def __init__(self) -> None:
        super().__init__()
        self.rect = (100, 50, 1000, 600)

    def window_geometry(self, window_id):
        return Rect(*self.rect) if window_id == 77 else None


@pytest.fixture
def docked(context, clock, qtbot, monkeypatch):
    """A meeting running with the overlay docked to the call window; a tray beside it."""
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    desktop = MovingCallDesktop()
    calls = CallWatch(context, desktop, context.app)
    context.calls = calls
    calls.docking = Docking(context, calls, calls)  # made first, as CallWatch.install does
    calls.screen_share = ScreenShareGuard(context, calls, calls)
    context.tray = create_tray(context)
    call_begins(calls, desktop, clock)
    context.meetings.start_by_name(None, "Maya Okafor")
    qtbot.waitUntil(lambda: calls.docking.docked)
    yield calls, desktop
    context.tray.hide()
    calls.close()


def docked_at(overlay, window) -> QPoint:
    size = (overlay.width(), overlay.height())
    return QPoint(*docked_position(window, size, "top-right", "bottom"))


def test_a_call_window_moving_during_a_shared_screen_does_not_bring_the_overlay_back(
    docked, context, clock, qtbot
):
    calls, desktop = docked
    overlay = context.overlay
    desktop.shared = True
    clock.advance(2)
    calls.check()
    assert not overlay.isVisible()
    desktop.rect = (0, 0, 700, 420)  # the call app shrinks its window while sharing
    qtbot.wait(600)  # the docking looks at the call window every 250 ms
    clock.advance(2)
    calls.check()
    assert not overlay.isVisible(), "the overlay stays out of the shared screen"
    assert "out of the shared screen" in context.tray.tooltip_text()
    desktop.shared = False
    clock.advance(2)
    calls.check()
    assert overlay.isVisible()
    assert overlay.pos() == docked_at(overlay, desktop.rect), "back at the moved call window"


def test_an_overlay_the_user_hid_stays_hidden_when_the_call_window_moves(docked, context, qtbot):
    _calls, desktop = docked
    overlay = context.overlay
    remote = RemoteControl(context)
    assert remote.handle({"command": "hide"})["ok"]
    desktop.rect = (150, 60, 1000, 600)  # the user nudges the call window
    qtbot.wait(600)
    assert not overlay.isVisible(), "hidden until the user shows it"
    assert remote.handle({"command": "show"})["ok"]
    qtbot.waitUntil(lambda: overlay.pos() == docked_at(overlay, desktop.rect))
    assert overlay.isVisible()


def test_a_meeting_ended_while_the_screen_is_shared_keeps_its_end_card_and_debrief(
    context, clock, qtbot
):
    desktop = SharingDesktop()
    calls = CallWatch(context, desktop, context.app)
    context.calls = calls
    calls.screen_share = ScreenShareGuard(context, calls, calls)
    meeting = plan_with_maya(context, clock, 5)
    call_begins(calls, desktop, clock)
    calls.start_offered()
    overlay = context.overlay
    desktop.shared = True
    clock.advance(2)
    calls.check()
    assert not overlay.isVisible()

    context.meeting.end()  # the end key, the tray or `twoway end`, while still sharing
    assert not overlay.isVisible(), "nothing shows in the shared screen"
    assert context.main_window is None or not context.main_window.isVisible()
    desktop.shared = False
    clock.advance(2)
    calls.check()
    assert overlay.isVisible(), "the end card shows once sharing stops"
    assert overlay.view.title == "Meeting with Maya ended"

    call_ends(calls, desktop, clock)
    window = context.main_window
    assert window.isVisible(), "the call is over: now the debrief opens"
    assert window.current_view() == "meeting"
    page = window.views["meeting"]
    assert page.meeting_id == meeting.id and page.current_step() == "debrief"
    calls.close()


class Questions:
    """Looks for Twoway's question boxes as a person would see them, and answers each
    with "Decide later"."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self.look)
        self.timer.start(50)

    def look(self) -> None:
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QMessageBox) and box.isVisible():
                self.seen.append(box.windowTitle())
                later = [b for b in box.buttons() if b.text() == "Decide &later"]
                if later:
                    later[0].click()
                else:
                    box.close()


@pytest.fixture
def questions():
    looking = Questions()
    yield looking
    looking.timer.stop()


def interrupted_import(context, clock) -> None:
    """An import stopped part-way (the app was killed), waiting to be undone or kept."""
    ImportJournal.begin(context.records.store.root, "people.vcf", clock.wall())


def test_an_interrupted_import_is_not_asked_over_the_call_but_once_it_is_over(
    watch, desktop, context, clock, qtbot, questions
):
    plan_with_maya(context, clock, 10)
    interrupted_import(context, clock)
    call_begins(watch, desktop, clock)
    qtbot.mouseClick(watch.card.yes, Qt.MouseButton.LeftButton)  # builds the main window
    assert context.meeting.active and context.main_window is not None
    qtbot.wait(300)
    assert questions.seen == [], "no question over the call"
    assert not context.main_window.isVisible()

    context.meeting.end()
    qtbot.wait(300)
    assert questions.seen == [], "the call is still on"
    call_ends(watch, desktop, clock)  # the debrief opens
    qtbot.waitUntil(lambda: "Interrupted import" in questions.seen)
    qtbot.wait(300)
    assert questions.seen == ["Interrupted import"], "asked once"


def test_an_interrupted_import_is_asked_when_the_window_is_next_opened(
    watch, desktop, context, clock, qtbot, questions
):
    context.preferences.set("calls.debrief_after_call", False)
    plan_with_maya(context, clock, 10)
    interrupted_import(context, clock)
    call_begins(watch, desktop, clock)
    watch.start_offered()
    context.show_main_window()  # opened during the meeting: no question over the call
    qtbot.wait(300)
    assert questions.seen == []
    context.main_window.hide()
    context.meeting.end()
    context.overlay.close_end_card()
    call_ends(watch, desktop, clock)
    qtbot.wait(300)
    assert questions.seen == [], "no window open: nothing pops up by itself"
    context.show_main_window()  # the tray's Open Twoway
    qtbot.waitUntil(lambda: "Interrupted import" in questions.seen)
