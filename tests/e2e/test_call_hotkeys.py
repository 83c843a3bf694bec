"""Hotkeys with the keyboard on the call: a Zoom meeting window has the focus, keys are
typed with xdotool (real key events through the X server), and Twoway answers them."""

from __future__ import annotations

import pytest
from calls_fixtures import open_call_window, plan_with_maya, wait_until

from twoway.platform.xcb import Connection

pytestmark = pytest.mark.e2e


def focus(desktop, window: str) -> None:
    desktop.run("xdotool", "windowactivate", "--sync", window)
    assert wait_until(lambda: desktop.run("xdotool", "getactivewindow").stdout.strip() == window)


def press(twoway, window: str, keys: str) -> None:
    """Type a key while the call window has the keyboard (and check it still has it)."""
    focus(twoway.desktop, window)
    twoway.desktop.run("xdotool", "key", "--clearmodifiers", keys, check=True)


def test_the_offer_appears_for_a_planned_meeting_and_the_start_key_starts_it(twoway):
    plan_with_maya(twoway.data_dir, 5)
    twoway.launch("--minimized")  # in the tray since login, as during a working day
    _, call = open_call_window(twoway.desktop, "Zoom Meeting")
    assert wait_until(lambda: twoway.status()["offer"] == "start", 10, 0.2)
    offers = twoway.desktop.windows_named("Twoway call offer")
    assert len(offers) == 1
    assert twoway.desktop.run("xdotool", "getactivewindow").stdout.strip() == call, (
        "the offer took no focus from the call"
    )
    assert twoway.status()["state"] == "idle"

    press(twoway, call, "ctrl+alt+shift+m")
    assert wait_until(lambda: twoway.status()["state"] == "running", 5)
    status = twoway.status()
    assert status["contact"] == "Maya Okafor"
    assert status["offer"] is None
    assert twoway.desktop.windows_named("Twoway call offer") == []

    press(twoway, call, "ctrl+alt+shift+n")
    assert wait_until(lambda: twoway.status()["phase_index"] == 1, 5)
    press(twoway, call, "ctrl+alt+shift+p")
    assert wait_until(lambda: twoway.status()["state"] == "paused", 5)
    press(twoway, call, "ctrl+alt+shift+p")
    assert wait_until(lambda: twoway.status()["state"] == "running", 5)
    before = twoway.status()["phase_remaining_s"]
    press(twoway, call, "ctrl+alt+shift+x")
    assert wait_until(lambda: twoway.status()["phase_remaining_s"] > before + 50, 5)
    press(twoway, call, "ctrl+alt+shift+e")
    assert wait_until(lambda: twoway.status()["state"] == "ended", 5)
    assert twoway.status()["hotkeys"]["active"] is False, "the keys are given back"
    assert twoway.desktop.run("xdotool", "getactivewindow").stdout.strip() == call


def test_the_keys_are_free_when_no_meeting_runs_or_is_offered(twoway):
    twoway.launch("--minimized")  # in the tray since login, as during a working day
    other = Connection.open(twoway.desktop.display)
    try:
        # Another program can take Twoway's keys while Twoway does not need them.
        keycode = other.keycode(ord("n"))
        assert other.grab_key(keycode, 1 | 4 | 8) == 0
        other.ungrab_key(keycode, 1 | 4 | 8)
        other.flush()
    finally:
        other.close()
    assert twoway.status()["hotkeys"] == {"active": False, "problems": {}, "via": "x11"}


def test_a_key_another_program_holds_is_reported_by_name(twoway):
    other = Connection.open(twoway.desktop.display)
    try:
        keycode = other.keycode(ord("n"))
        for extra in (0, 2, 16, 18):  # as a grabbing program does, with Caps and Num Lock
            assert other.grab_key(keycode, 1 | 4 | 8 | extra) == 0
        other.flush()
        app = twoway.launch("--minimized")
        assert twoway.cli("start", "--contact", "Maya Okafor").returncode == 0
        hotkeys = wait_until(
            lambda: twoway.status()["hotkeys"]["active"] and twoway.status()["hotkeys"], 5
        )
        assert hotkeys["problems"] == {"next": "taken"}
        assert twoway.cli("next").returncode == 0, "the command line still works"
    finally:
        other.close()
    twoway.cli("quit")
    app.wait(timeout=20)
    log = (twoway.data_dir.parent / "app-0.log").read_text()
    assert "Ctrl+Alt+Shift+N (next phase) is already taken by another program" in log


def test_a_meeting_started_with_the_app_has_its_keys_at_once(twoway):
    # The meeting runs from the app's first moment (a service manager's `twoway start`),
    # before the keys are installed: they wait for the overlay's first paint.
    _, call = open_call_window(twoway.desktop, "Zoom Meeting")
    app = twoway.launch("start", "--contact", "Maya Okafor")
    assert wait_until(lambda: twoway.status()["hotkeys"]["active"], 10, 0.2)
    press(twoway, call, "ctrl+alt+shift+n")
    assert wait_until(lambda: twoway.status()["phase_index"] == 1, 5)
    twoway.cli("quit")
    app.wait(timeout=20)
