"""The real app over a "call" window under Xvfb and openbox: clicking the card or its
buttons leaves the keyboard with the call, and ending shows only the small end card."""

from __future__ import annotations

import subprocess
import time

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def _wait(check, timeout_s: float, what: str):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    pytest.fail(f"timed out waiting for {what}")


def _active(desktop) -> str:
    return desktop.run("xdotool", "getactivewindow").stdout.strip()


def _geometry(desktop, window: str) -> dict[str, int]:
    out = desktop.run("xdotool", "getwindowgeometry", "--shell", window).stdout
    return {k: int(v) for k, v in (line.split("=") for line in out.split() if "=" in line)}


@pytest.fixture
def call_window(desktop):
    """A plain X11 window standing in for the video call, focused as the user left it."""
    call = subprocess.Popen(
        ["xmessage", "-geometry", "900x560+150+180", "-name", "videocall", "Video call"],
        env=desktop.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        window = _wait(
            lambda: desktop.run(
                "xdotool", "search", "--onlyvisible", "--classname", "videocall"
            ).stdout.split()[:1],
            15,
            "the call window",
        )[0]
        desktop.run("xdotool", "windowactivate", "--sync", window)
        _wait(lambda: _active(desktop) == str(int(window)), 10, "the call to have the focus")
        yield str(int(window))
    finally:
        call.terminate()
        call.wait(timeout=10)


def test_clicks_on_the_card_leave_the_keyboard_with_the_call(twoway, desktop, call_window):
    twoway.launch("start", "--contact", "Maya Okafor")
    overlay = _wait(lambda: desktop.windows_named("Twoway meeting timer"), 20, "the overlay")[0]
    assert _active(desktop) == call_window, "the overlay took the focus when it appeared"

    box = _geometry(desktop, overlay)
    # A click on the card itself (to drag it, say) ...
    desktop.run("xdotool", "mousemove", str(box["X"] + 60), str(box["Y"] + 70), "click", "1")
    time.sleep(0.5)
    assert _active(desktop) == call_window, "a click on the card took the keyboard"
    # ... and on "next phase" in the button row that the pointer brings up.
    desktop.run("xdotool", "mousemove", str(box["X"] + 200), str(box["Y"] + 60))
    grown = _wait(
        lambda: (g := _geometry(desktop, overlay))["HEIGHT"] > box["HEIGHT"] and g,
        10,
        "the button row",
    )
    # The row's buttons sit at its right end: pause, next, +1, end (next is third from the end).
    row_y = grown["Y"] + grown["HEIGHT"] - 16
    next_x = grown["X"] + grown["WIDTH"] - 103
    desktop.run("xdotool", "mousemove", str(next_x), str(row_y), "click", "1")
    _wait(lambda: twoway.status()["phase_index"] == 1, 10, "the next phase")
    assert _active(desktop) == call_window, "a button click took the keyboard"


def test_ending_shows_only_the_end_card_and_keeps_the_focus(twoway, desktop, call_window):
    twoway.launch("start", "--contact", "Maya Okafor")
    _wait(lambda: desktop.windows_named("Twoway meeting timer"), 20, "the overlay")
    time.sleep(1)
    assert twoway.cli("end").returncode == 0
    time.sleep(2)  # a window that opens by itself would have opened by now
    assert _active(desktop) == call_window, "ending the meeting took the focus"
    shown = set(desktop.windows_named("Twoway"))
    assert shown == set(desktop.windows_named("Twoway meeting timer")), (
        "only the overlay may show during the call"
    )
    # The user asks for the debrief: now the main window may come forward.
    assert twoway.cli("debrief").returncode == 0
    _wait(
        lambda: desktop.windows_named("Twoway") != desktop.windows_named("Twoway meeting timer"),
        20,
        "the main window with the debrief",
    )
