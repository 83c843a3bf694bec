"""What noticing the call costs: CPU of one look at the desktop, and of the running app
with call detection on against the same app with it off, side by side.

Run: .venv/bin/python tests/perf/bench_call_detection.py [--seconds 60] [--looks 2000]
Needs Xvfb, openbox and pulseaudio (packaging/setup-env --test); pipewire if present.
Prints `name: value` lines. Aim: detection costs at most 0.1 percentage points of a core
(one look every 2 s, plus the sound server and PipeWire watchers, which sleep until
something changes).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "desktop"))

from twoway.core.calls import CHECK_INTERVAL_S  # noqa: E402

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """CPU of a process and of its living children (the watchers it started)."""
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry.name) == pid or int(fields[1]) == pid:
            total += (int(fields[11]) + int(fields[12])) / TICKS
    return total


def start_desktop(folder: Path) -> tuple[dict, list[subprocess.Popen]]:
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        display = f":{pipe.readline().strip()}"
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", TWOWAY_FOREGROUND="1")
    env.pop("WAYLAND_DISPLAY", None)
    env["PYTHONPATH"] = str(REPO / "desktop")
    processes = [xvfb]
    processes.append(subprocess.Popen(["openbox", "--sm-disable"], env=env,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))  # fmt: skip
    pulse_run = folder / "pulse"
    pulse_run.mkdir()
    processes.append(subprocess.Popen(
        ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1",
         "-L", f"module-native-protocol-unix socket={pulse_run}/native",
         "-L", "module-null-sink sink_name=speaker", "-L", "module-null-source source_name=mic"],
        env=dict(env, XDG_RUNTIME_DIR=str(pulse_run), PULSE_RUNTIME_PATH=str(pulse_run)),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    ))  # fmt: skip
    env["PULSE_SERVER"] = f"unix:{pulse_run}/native"
    if shutil.which("pipewire"):
        pw_run = folder / "pw"
        pw_run.mkdir()
        processes.append(subprocess.Popen(["pipewire"], env=dict(env, XDG_RUNTIME_DIR=str(pw_run)),
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))  # fmt: skip
        env["PIPEWIRE_RUNTIME_DIR"] = str(pw_run)
    time.sleep(2)
    return env, processes


def per_look_ms(env: dict, looks: int) -> tuple[float, int]:
    """CPU milliseconds of one look at the desktop (the probes as the app uses them),
    with a few windows open, in a process of its own."""
    code = (
        "import time, sys\n"
        "from twoway.platform.desktop import DesktopProbe\n"
        "probe = DesktopProbe()\n"
        "probe.look(); time.sleep(0.5); probe.look()\n"
        "start = time.process_time()\n"
        f"for _ in range({looks}): probe.look()\n"
        "used = time.process_time() - start\n"
        "probe.close()\n"
        f"print(used / {looks} * 1000)\n"
    )
    helper = REPO / "tests" / "e2e" / "call_window.py"
    windows = [
        subprocess.Popen([sys.executable, str(helper), title, str(40 * i), str(40 * i), "600", "400"],
                         env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for i, title in enumerate(("Inbox - Mail", "Notes", "Zoom Meeting"))
    ]  # fmt: skip
    time.sleep(3)
    try:
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                             text=True, check=True, timeout=120)  # fmt: skip
    finally:
        for window in windows:
            window.terminate()
    return float(out.stdout.strip()), len(windows)


def app_cpu(env: dict, folder: Path, seconds: float) -> tuple[float, float]:
    """CPU (% of a core) of two idle-meeting apps: call detection off, and on."""
    apps = []
    for name, detect in (("off", "false"), ("on", "true")):
        data = folder / name
        data.mkdir()
        (data / "settings.toml").write_text(f"schema = 1\n\n[calls]\ndetect = {detect}\n")
        apps.append(subprocess.Popen([sys.executable, "-m", "twoway", "--data-dir", str(data),
                                      "start"], env=env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL))  # fmt: skip
    try:
        time.sleep(6)  # both settle: first paint, tray wait, store
        start = [cpu_seconds(app.pid) for app in apps]
        time.sleep(seconds)
        used = [cpu_seconds(app.pid) - before for app, before in zip(apps, start, strict=True)]
    finally:
        for app in apps:
            app.terminate()
        for app in apps:
            app.wait(timeout=20)
    return used[0] / seconds * 100, used[1] / seconds * 100


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--looks", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env, helpers = start_desktop(Path(folder))
        try:
            look_ms, windows = per_look_ms(env, args.looks)
            off, on = app_cpu(env, Path(folder), args.seconds)
        finally:
            for helper in reversed(helpers):
                helper.terminate()
                helper.wait(timeout=10)
    print(f"look_cpu_ms: {look_ms:.3f}")
    print(f"look_windows_open: {windows}")
    print(f"looks_per_s: {1 / CHECK_INTERVAL_S:g}")
    print(f"detection_from_looks_pct_points: {look_ms / 1000 / CHECK_INTERVAL_S * 100:.4f}")
    print(f"app_detection_off_cpu_pct: {off:.2f}")
    print(f"app_detection_on_cpu_pct: {on:.2f}")
    print(f"app_difference_pct_points: {on - off:.2f}")


if __name__ == "__main__":
    main()
