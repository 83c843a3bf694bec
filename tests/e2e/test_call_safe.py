"""The call comes first: during a meeting the overlay is kept above the focused call
window, the call keeps the keyboard focus through `twoway start`, `next` and `end`, and no
other Twoway window shows. Checked under a real GNOME Shell on Wayland (Twoway through
XWayland, the call a native Wayland window) and under Xvfb with openbox, with and without
a tray host. Each check looks at the screen every half second for a while, so a window
that shows up late (such as one opened when no tray host turns up) is caught.
"""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import pytest
from gnome_wayland import CALL_TITLE, RIGHT, Stack

from twoway import APP_ID
from twoway.paths import folder_digest

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

OVERLAY_TITLE = "Twoway meeting timer"
# Started from a shortcut, Twoway waits up to 15 s for a tray host before deciding there
# is none; watching a little longer catches whatever it does then.
AFTER_START_S = 17


def overlay_of(stack: Stack, app_pid: int):
    found = [w for w in stack.of_process(app_pid) if OVERLAY_TITLE in w.title]
    return found[-1] if found else None


def call_safe_problems(stack: Stack, app_pid: int, *, overlay_shown: bool) -> list[str]:
    """What a person in a call would notice going wrong, in words; empty when all is well."""
    problems = []
    call = stack.named(CALL_TITLE)
    overlay = overlay_of(stack, app_pid)
    if call is None:
        problems.append("the call window is gone")
    elif not call.focused:
        taker = stack.focused()
        problems.append(f"the call lost the keyboard focus to {taker.title if taker else None!r}")
    if overlay_shown:
        if overlay is None or not overlay.shown:
            problems.append("the overlay is not shown")
        else:
            if not (overlay.above and overlay.layer == "top"):
                problems.append("the overlay is not kept above other windows")
            if call is not None and stack.position(overlay) < stack.position(call):
                problems.append("the overlay is below the call")
    others = [w.title for w in stack.of_process(app_pid) if w.shown and w != overlay]
    if others:
        problems.append(f"other Twoway windows are shown: {others}")
    return problems


def watch(screen, app_pid: int, seconds: float, when: str, *, overlay_shown=True) -> Stack:
    """Look every half second for `seconds`; every look must be call-safe."""
    started = time.monotonic()
    while True:
        stack = screen.stack()
        problems = call_safe_problems(stack, app_pid, overlay_shown=overlay_shown)
        elapsed = time.monotonic() - started
        assert not problems, f"{when}, {elapsed:.1f} s on: {'; '.join(problems)}\n{stack}"
        if elapsed >= seconds:
            return stack
        time.sleep(0.5)


def wait_for_overlay(screen, twoway, app, timeout_s: float = 30):
    give_up_at = time.monotonic() + timeout_s
    while time.monotonic() < give_up_at:
        stack = screen.stack()
        overlay = overlay_of(stack, app.pid)
        if overlay is not None and overlay.shown:
            return overlay
        time.sleep(0.25)
    # The runner keeps each app's output beside its data folder.
    log = twoway.data_dir.parent / f"app-{twoway.apps.index(app)}.log"
    pytest.fail(
        f"the overlay did not show within {timeout_s:g} s\n{screen.stack()}\n"
        f"Twoway's output:\n{log.read_text(errors='replace')[-3000:]}"
    )


def a_meeting_beside_a_call(screen, twoway, shots: Path) -> None:
    """Start, click the call, move on, end: the same steps a person takes in a call."""
    screen.open_call_window()
    app = twoway.launch("start", "--format", "minimastermind")
    overlay = wait_for_overlay(screen, twoway, app)
    assert twoway.status()["state"] == "running"
    watch(screen, app.pid, AFTER_START_S, "after `twoway start`")
    screen.screenshot(shots / "1-started.png")

    # A click into the call, far from the overlay: the moment a Wayland compositor
    # would raise the call over an ordinary window.
    call = screen.stack().named(CALL_TITLE)
    screen.click(call.x + 150, call.y + call.height - 150)
    stack = watch(screen, app.pid, 2, "after a click on the call")
    screen.screenshot(shots / "2-call-clicked.png")
    moved = overlay_of(stack, app.pid)
    assert (moved.x, moved.y) == (overlay.x, overlay.y), "the overlay moved by itself"

    result = twoway.cli("next")
    assert result.returncode == 0, result.stderr
    watch(screen, app.pid, 3, "after `twoway next`")
    assert twoway.status()["phase_index"] == 1

    result = twoway.cli("end")
    assert result.returncode == 0, result.stderr
    watch(screen, app.pid, 5, "after `twoway end`", overlay_shown=False)
    screen.screenshot(shots / "3-ended.png")
    assert twoway.status()["state"] == "ended"


# Where the shell shows a menu item with this text: the centre of its box, or null.
MENU_ITEM_JS = """(() => {
    const wanted = %s;
    const find = actor => {
        if (actor.visible && actor.label && actor.label.text === wanted) return actor;
        for (const child of actor.get_children()) {
            const found = child.visible ? find(child) : null;
            if (found) return found;
        }
        return null;
    };
    const item = find(global.stage);
    if (!item) return null;
    const [x, y] = item.get_transformed_position();
    const [width, height] = item.get_transformed_size();
    return [Math.round(x + width / 2), Math.round(y + height / 2)];
})()"""


# --- GNOME Shell on Wayland --------------------------------------------------------------


def test_under_gnome_wayland_the_overlay_stays_over_the_call_and_leaves_it_the_focus(
    gnome, gnome_twoway, tmp_path
):
    a_meeting_beside_a_call(gnome, gnome_twoway, tmp_path)
    overlay = overlay_of(gnome.stack(), gnome_twoway.apps[0].pid)
    # Through XWayland: the one way GNOME keeps an application's window above.
    assert overlay is None or overlay.client == "x11"


def test_under_gnome_wayland_twoway_runs_through_xwayland_unless_asked_otherwise(
    gnome, gnome_twoway
):
    gnome.open_call_window()
    app = gnome_twoway.launch("start")
    overlay = wait_for_overlay(gnome, gnome_twoway, app)
    assert overlay.client == "x11"
    assert (overlay.layer, overlay.above) == ("top", True)


def test_without_a_usable_x11_display_twoway_falls_back_to_native_wayland(gnome, gnome_twoway):
    # Nobody listens there: neither a socket file nor an abstract one.
    listening = Path("/proc/net/unix").read_text()
    unused = next(
        n
        for n in range(90, 200)
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and f"/tmp/.X11-unix/X{n}\n" not in listening
    )
    gnome_twoway.desktop = replace(gnome, env={**gnome.env, "DISPLAY": f":{unused}"})
    app = gnome_twoway.launch("start")
    assert wait_for_overlay(gnome, gnome_twoway, app).client == "wayland"


def test_native_wayland_when_asked_moves_through_the_compositor_and_tells_how_to_pin(
    gnome, gnome_twoway, data_dir
):
    gnome.open_call_window()
    gnome_twoway.desktop = replace(gnome, env={**gnome.env, "TWOWAY_NATIVE_WAYLAND": "1"})
    app = gnome_twoway.launch("start")
    overlay = wait_for_overlay(gnome, gnome_twoway, app)
    assert overlay.client == "wayland"
    # The class the pinning note names is the one the desktop really sees.
    assert overlay.wm_class == APP_ID
    # Machine-local state lives in the session's state folder, one per data folder.
    digest = folder_digest(data_dir)
    [state_file] = Path(gnome.env["XDG_STATE_HOME"]).rglob(f"{digest}/ui-state.json")
    state = json.loads(state_file.read_text())
    assert state["told_no_on_top"] is True

    # Dragged by the card (below its hover controls): the compositor moves it.
    grip = (overlay.x + 60, overlay.y + overlay.height - 20)
    gnome.drag(grip, (grip[0] + 300, grip[1] + 200))
    moved = overlay_of(gnome.stack(), app.pid)
    assert (moved.x - overlay.x, moved.y - overlay.y) == (300, 200)

    # The note's way to pin it on GNOME: Super + right-click, "Always on Top".
    gnome.move_pointer(moved.x + 60, moved.y + moved.height - 20)
    gnome.key("Super_L", down=True)
    gnome.click(moved.x + 60, moved.y + moved.height - 20, RIGHT)
    gnome.key("Super_L", down=False)
    item = gnome.eval(MENU_ITEM_JS % json.dumps("Always on Top"))
    assert item, "GNOME's window menu shows no “Always on Top”"
    gnome.click(*item)
    time.sleep(0.5)
    call = gnome.stack().named(CALL_TITLE)
    gnome.click(call.x + 150, call.y + call.height - 150)
    time.sleep(1)
    stack = gnome.stack()
    pinned_overlay = overlay_of(stack, app.pid)
    assert pinned_overlay.above, f"not pinned above\n{stack}"
    assert stack.position(pinned_overlay) > stack.position(stack.named(CALL_TITLE)), stack


# --- Xvfb with openbox --------------------------------------------------------------------


@pytest.mark.parametrize("desktop", [True, False], ids=["tray", "no-tray"], indirect=True)
def test_under_openbox_the_overlay_stays_over_the_call_and_leaves_it_the_focus(
    desktop, twoway, tmp_path
):
    a_meeting_beside_a_call(desktop, twoway, tmp_path)
