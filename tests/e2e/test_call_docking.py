"""The overlay docks to a Zoom meeting window on a real X desktop, follows it when it
moves, and stays where the user drags it."""

from __future__ import annotations

import time

import pytest
from calls_fixtures import open_call_window, wait_until, window_geometry

from twoway.ui.docking import MARGIN_PX, TOOLBAR_PX

pytestmark = pytest.mark.e2e


def overlay_geometry(twoway):
    found = twoway.desktop.windows_named("Twoway meeting timer")
    assert len(found) == 1
    return window_geometry(twoway.desktop, found[0])


def docked_top_right(call, overlay) -> bool:
    cx, cy, cw, _ = call
    ox, oy, ow, _ = overlay
    return ox + ow == cx + cw - MARGIN_PX and oy == cy + MARGIN_PX


def test_the_overlay_docks_to_the_call_window_and_follows_it(twoway):
    twoway.launch()
    _, call = open_call_window(twoway.desktop, "Zoom Meeting", 60, 80, 900, 560)
    assert wait_until(lambda: twoway.status()["call"], 10, 0.2)
    assert twoway.cli("start", "--contact", "Maya Okafor").returncode == 0
    assert wait_until(
        lambda: docked_top_right(window_geometry(twoway.desktop, call), overlay_geometry(twoway)), 5
    ), (window_geometry(twoway.desktop, call), overlay_geometry(twoway))
    # Zoom's toolbar is at the bottom of its window: the overlay stays clear of it.
    cx, cy, _, ch = window_geometry(twoway.desktop, call)
    _, oy, _, oh = overlay_geometry(twoway)
    assert oy + oh <= cy + ch - TOOLBAR_PX

    twoway.desktop.run("xdotool", "windowmove", "--sync", call, "300", "200", check=True)
    moved = window_geometry(twoway.desktop, call)
    assert moved[:2] != (cx, cy)
    assert wait_until(lambda: docked_top_right(moved, overlay_geometry(twoway)), 5), (
        moved,
        overlay_geometry(twoway),
    )


def test_dragging_the_overlay_away_undocks_it(twoway):
    twoway.launch()
    _, call = open_call_window(twoway.desktop, "Zoom Meeting", 60, 80, 700, 450)
    assert wait_until(lambda: twoway.status()["call"], 10, 0.2)
    assert twoway.cli("start").returncode == 0
    assert wait_until(
        lambda: docked_top_right(window_geometry(twoway.desktop, call), overlay_geometry(twoway)), 5
    )
    ox, oy, ow, _ = overlay_geometry(twoway)
    # Drag the card by its middle to the far bottom-right of the screen.
    desktop = twoway.desktop
    desktop.run("xdotool", "mousemove", "--sync", str(ox + ow // 2), str(oy + 12), check=True)
    desktop.run("xdotool", "mousedown", "1", check=True)
    for step in range(1, 11):
        desktop.run("xdotool", "mousemove", "--sync", str(ox + ow // 2 + step * 20),
                    str(oy + 12 + step * 40), check=True)  # fmt: skip
    desktop.run("xdotool", "mouseup", "1", check=True)
    dropped = overlay_geometry(twoway)
    assert dropped[:2] != (ox, oy)
    desktop.run("xdotool", "windowmove", "--sync", call, "200", "100", check=True)
    time.sleep(1.5)
    assert overlay_geometry(twoway) == dropped, "undocked: it no longer follows the call"
