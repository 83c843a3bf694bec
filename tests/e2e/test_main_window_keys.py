"""The main window's keys with real key events (xdotool through the X server), where the
desktop's own text-field bindings apply."""

from __future__ import annotations

import pytest
from calls_fixtures import wait_until

pytestmark = pytest.mark.e2e


def test_ctrl_e_ends_the_meeting_even_while_typing_in_a_field(twoway):
    app = twoway.launch()  # the main window, on Today
    assert wait_until(lambda: twoway.desktop.windows_named("^Twoway$"), 10)
    [window] = twoway.desktop.windows_named("^Twoway$")
    assert twoway.cli("start", "--contact", "Maya Okafor").returncode == 0
    assert wait_until(lambda: twoway.status()["state"] == "running", 10)
    desktop = twoway.desktop
    desktop.run("xdotool", "windowactivate", "--sync", window)
    assert wait_until(lambda: desktop.run("xdotool", "getactivewindow").stdout.strip() == window)
    desktop.run("xdotool", "key", "--clearmodifiers", "ctrl+f", check=True)  # Find contact
    desktop.run("xdotool", "type", "--delay", "20", "maya", check=True)
    desktop.run("xdotool", "key", "--clearmodifiers", "Home", "ctrl+e", check=True)
    assert wait_until(lambda: twoway.status()["state"] != "running", 5), (
        "Ctrl+E stayed in the search field instead of ending the meeting"
    )
    twoway.cli("quit")
    app.wait(timeout=20)
