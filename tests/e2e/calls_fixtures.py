"""Shared by the call-aware end-to-end tests: a private PulseAudio server with a
microphone, and stand-in call windows."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from twoway.core.clock import SystemClock
from twoway.core.records import Contact, Meeting
from twoway.core.store import Store
from twoway.paths import DataPaths

HERE = Path(__file__).resolve().parent


def wait_until(check, timeout_s: float = 10.0, interval_s: float = 0.1):
    give_up_at = time.monotonic() + timeout_s
    while time.monotonic() < give_up_at:
        result = check()
        if result:
            return result
        time.sleep(interval_s)
    return check()


def start_pulse(tmp_path: Path, env: dict) -> subprocess.Popen:
    """A private PulseAudio server with a speaker (null sink) and a microphone (null
    source); sets PULSE_SERVER in `env` so every program started with it uses it."""
    missing = [tool for tool in ("pulseaudio", "pactl", "parecord") if not shutil.which(tool)]
    assert not missing, f"install pulseaudio and pulseaudio-utils (missing: {missing})"
    run = tmp_path / "pulse-run"
    (run / "pulse").mkdir(parents=True)
    server_env = dict(
        env,
        XDG_RUNTIME_DIR=str(run),
        PULSE_RUNTIME_PATH=str(run / "pulse"),
        PULSE_STATE_PATH=str(run / "state"),
    )
    server = subprocess.Popen(
        ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--system=false",
         "-L", f"module-native-protocol-unix socket={run}/pulse/native",
         "-L", "module-null-sink sink_name=speaker",
         "-L", "module-null-source source_name=microphone"],
        env=server_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    env["PULSE_SERVER"] = f"unix:{run}/pulse/native"
    ready = wait_until(
        lambda: subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode == 0
    )
    if not ready:
        server.terminate()
        pytest.fail("the private PulseAudio server did not start")
    return server


def open_call_window(desktop, title: str, x=100, y=120, width=900, height=560):
    """A window titled like a call app's; returns (process, X window id)."""
    process = subprocess.Popen(
        [sys.executable, str(HERE / "call_window.py"), title, str(x), str(y), str(width),
         str(height)], env=desktop.env,
    )  # fmt: skip
    desktop.processes.append(process)
    found = wait_until(lambda: desktop.windows_named(f"^{title}$"), 20)
    assert found, f"the window “{title}” did not appear"
    return process, found[0]


def window_geometry(desktop, window: str) -> tuple[int, int, int, int]:
    """Where the window's content is on the screen (xwininfo's absolute position; xdotool
    adds the window manager's frame offset once more)."""
    out = desktop.run("xwininfo", "-id", window).stdout
    values = {}
    for line in out.splitlines():
        name, _, value = line.strip().partition(":")
        values[name] = value.strip()
    return (int(values["Absolute upper-left X"]), int(values["Absolute upper-left Y"]),
            int(values["Width"]), int(values["Height"]))  # fmt: skip


def plan_with_maya(data_dir, minutes_from_now: float) -> None:
    """A meeting with Maya Okafor planned that many minutes from now, saved to disk."""
    clock = SystemClock()
    store = Store.open(DataPaths(data_dir), clock, cache_file=None)
    maya = Contact(name="Maya Okafor")
    store.put_contact(maya)
    store.put_meeting(
        Meeting(contact_id=maya.id, format_id="minimastermind",
                scheduled=clock.wall() + timedelta(minutes=minutes_from_now))
    )  # fmt: skip
    assert store.flush() == []
    store.close()
