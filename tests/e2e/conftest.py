"""End-to-end fixtures: a virtual X desktop with a window manager and a tray host, and
the real Twoway app running on it in its own process.

    def test_something(twoway):
        app = twoway.launch()                  # waits until the app answers
        twoway.cli("start", "--format", "minimastermind")
        assert twoway.status()["state"] == "running"
        assert twoway.desktop.tray_icons() == 1

Every process started here is stopped (by its id) when the test ends.
The X tools come from `packaging/setup-env --test`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from gnome_wayland import CALL_TITLE, GnomeSession, GnomeUnavailable, Stack, Window

REPO = Path(__file__).resolve().parents[2]
X_TOOLS = ("Xvfb", "openbox", "trayer", "xprop", "xwininfo", "xdotool", "wmctrl")
SCREEN = "1280x800x24"


def _wait_for(check, timeout_s: float, what: str, interval_s: float = 0.1):
    give_up_at = time.monotonic() + timeout_s
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > give_up_at:
            pytest.fail(f"timed out after {timeout_s:g} s waiting for {what}")
        time.sleep(interval_s)


def _stop(process: subprocess.Popen, timeout_s: float = 5) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=timeout_s)


@dataclass
class Desktop:
    """One Xvfb screen with openbox and trayer, and ways to look at it."""

    display: str
    env: dict
    processes: list[subprocess.Popen] = field(default_factory=list)

    def run(self, *command: str, check: bool = False) -> subprocess.CompletedProcess:
        return subprocess.run(
            command, env=self.env, capture_output=True, text=True, timeout=30, check=check
        )

    def tray_panel(self) -> str | None:
        """trayer's window: the icons it docks are its child windows."""
        for line in self.run("wmctrl", "-l").stdout.splitlines():
            if line.split()[-1:] == ["panel"]:
                return line.split()[0]
        return None

    def tray_icons(self) -> int:
        """How many program icons are docked in the tray right now."""
        panel = self.tray_panel()
        if panel is None:
            return 0
        tree = self.run("xwininfo", "-id", panel, "-tree").stdout
        return sum(1 for line in tree.splitlines() if '": ("' in line)

    def windows_named(self, name: str, *, visible_only: bool = True) -> list[str]:
        args = ["xdotool", "search"]
        if visible_only:
            args.append("--onlyvisible")
        found = self.run(*args, "--name", name).stdout.split()
        return found

    def net_wm_state(self, window: str) -> set[str]:
        out = self.run("xprop", "-id", window, "_NET_WM_STATE").stdout
        _, _, atoms = out.partition("=")
        return {atom.strip() for atom in atoms.split(",") if atom.strip()}

    def stack(self) -> Stack:
        """The window manager's windows, bottom to top, described as GNOME's are, so one
        check reads both: "above" is _NET_WM_STATE_ABOVE, "focused" the active window."""
        root = self.run("xprop", "-root", "_NET_CLIENT_LIST_STACKING", "_NET_ACTIVE_WINDOW")
        lists = dict(line.split("#", 1) for line in root.stdout.splitlines() if "#" in line)
        ids = lambda key: [int(w, 16) for w in re.findall(r"0x[0-9a-f]+", lists.get(key, ""))]  # noqa: E731
        active = ids("_NET_ACTIVE_WINDOW(WINDOW): window id ")
        windows = []
        for window in ids("_NET_CLIENT_LIST_STACKING(WINDOW): window id "):
            props = self.run("xprop", "-id", hex(window), "_NET_WM_NAME", "_NET_WM_PID",
                             "_NET_WM_STATE", "WM_CLASS").stdout  # fmt: skip
            info = self.run("xwininfo", "-id", hex(window)).stdout
            title = re.search(r'_NET_WM_NAME\(UTF8_STRING\) = "(.*)"', props)
            pid = re.search(r"_NET_WM_PID\(CARDINAL\) = (\d+)", props)
            wm_class = re.findall(r'"([^"]*)"', props.partition("WM_CLASS(STRING) =")[2])
            above = "_NET_WM_STATE_ABOVE" in props
            where = [int(re.search(rf"{key}:\s+(-?\d+)", info).group(1)) if key in info else 0
                     for key in ("Absolute upper-left X", "Absolute upper-left Y", "Width",
                                 "Height")]  # fmt: skip
            windows.append(
                Window(
                    title=title.group(1) if title else "",
                    wm_class=wm_class[-1] if wm_class else "",
                    pid=int(pid.group(1)) if pid else -1,
                    client="x11",
                    layer="top" if above else "normal",
                    above=above,
                    focused=window in active,
                    shown="IsViewable" in info and "_NET_WM_STATE_HIDDEN" not in props,
                    x=where[0],
                    y=where[1],
                    width=where[2],
                    height=where[3],
                )
            )
        return Stack(windows)

    def click(self, x: int, y: int) -> None:
        """A left click at a point of the screen, as a person's mouse would make."""
        self.run("xdotool", "mousemove", str(x), str(y), "click", "1", check=True)

    def open_call_window(self) -> subprocess.Popen:
        """A maximized X11 window titled "Video call", with the focus: the call."""
        call = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("call_window.py"))],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.processes.append(call)

        def focused() -> bool:
            window = self.stack().named(CALL_TITLE)
            if window is not None and not window.focused:
                self.click(*window.centre)
            return window is not None and window.focused and window.width > 1000

        _wait_for(focused, 30, "the call window to open maximized with the focus")
        return call

    def screenshot(self, path: Path) -> Path:
        """A PNG of the whole screen, taken with ImageMagick's `import`."""
        assert shutil.which("import"), "install imagemagick to take screenshots"
        self.run("import", "-window", "root", str(path), check=True)
        return path


def _start_helper(
    desktop: Desktop, command: list[str], ready, what: str, log: Path, attempts: int = 3
) -> None:
    """Start a desktop helper and wait until it is ready; a helper that dies or hangs while
    starting (it happens now and then on a busy machine) gets another try."""
    for _ in range(attempts):
        with log.open("a") as output:
            process = subprocess.Popen(
                command, env=desktop.env, stdout=output, stderr=subprocess.STDOUT
            )
        desktop.processes.append(process)
        give_up_at = time.monotonic() + 5
        while process.poll() is None and time.monotonic() < give_up_at:
            if ready():
                return
            time.sleep(0.1)
        _stop(process)
    pytest.fail(f"{what} did not start on {desktop.display}:\n{log.read_text()}")


@pytest.fixture
def desktop(request, tmp_path) -> Iterator[Desktop]:
    """Xvfb with openbox and a tray host; `parametrize("desktop", [False], indirect=True)`
    leaves the tray host out, as on a desktop without a tray."""
    with_tray = getattr(request, "param", True)
    missing = [tool for tool in X_TOOLS if not shutil.which(tool)]
    assert not missing, f"run packaging/setup-env --test (missing: {', '.join(missing)})"
    # Xvfb picks a free display itself and tells us its number through a pipe.
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    env = dict(os.environ, DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    env["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(REPO / "desktop"), os.environ.get("PYTHONPATH")])
    )
    screen = Desktop(f":{number}", env, [xvfb])
    logs = tmp_path / "desktop-logs"
    logs.mkdir()
    try:
        _start_helper(
            screen,
            ["openbox", "--sm-disable"],
            lambda: screen.run("wmctrl", "-m").returncode == 0,
            "the window manager",
            logs / "openbox.log",
        )
        if with_tray:
            _start_helper(
                screen,
                # As in the project's screenshot tool: a small panel at the top right.
                ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
                 "--height", "24", "--SetDockType", "true", "--SetPartialStrut", "true",
                 "--tint", "0x303030", "--transparent", "true", "--alpha", "0"],
                screen.tray_panel,
                "the tray host",
                logs / "trayer.log",
            )  # fmt: skip
        yield screen
    finally:
        for process in reversed(screen.processes):
            _stop(process)


@dataclass
class TwowayRunner:
    """Starts the real app on the desktop and talks to it with the real CLI."""

    desktop: Desktop
    data_dir: Path
    apps: list[subprocess.Popen] = field(default_factory=list)

    def command(self, *args: str, data_dir: Path | None = None) -> list[str]:
        return [sys.executable, "-m", "twoway", "--data-dir", str(data_dir or self.data_dir), *args]

    def cli(
        self, *args: str, data_dir: Path | None = None, timeout_s: float = 30
    ) -> subprocess.CompletedProcess:
        """Run one `twoway` command to its end, as a shortcut or a stream deck would."""
        return subprocess.run(
            self.command(*args, data_dir=data_dir),
            env=self.desktop.env,
            capture_output=True,
            text=True,
            timeout=timeout_s,
            check=False,
        )

    def status(self, data_dir: Path | None = None) -> dict:
        result = self.cli("status", data_dir=data_dir)
        assert result.returncode == 0, result.stderr
        lines = result.stdout.splitlines()
        assert len(lines) == 1, f"status printed {result.stdout!r}"
        return json.loads(lines[0])

    def launch(self, *args: str, data_dir: Path | None = None) -> subprocess.Popen:
        """Start the app and wait until it answers on its socket."""
        log = (data_dir or self.data_dir).parent / f"app-{len(self.apps)}.log"
        with log.open("w") as output:  # the child keeps its own copy of the handle
            app = subprocess.Popen(
                self.command(*args, data_dir=data_dir),
                env=self.desktop.env,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        self.apps.append(app)

        def answers() -> bool:
            if app.poll() is not None:
                pytest.fail(f"Twoway exited with {app.returncode}:\n{log.read_text()}")
            return self.cli("status", data_dir=data_dir).returncode == 0

        _wait_for(answers, 30, "Twoway to answer", interval_s=0.2)
        return app

    def processes_for(self, data_dir: Path | None = None) -> list[int]:
        """Ids of running Twoway processes whose command line names this data folder."""
        wanted = str(data_dir or self.data_dir)
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                argv = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            words = [part.decode(errors="replace") for part in argv]
            if "twoway" in words and wanted in words:
                found.append(int(entry.name))
        return found


@pytest.fixture
def twoway(desktop, data_dir) -> Iterator[TwowayRunner]:
    runner = TwowayRunner(desktop, data_dir)
    try:
        yield runner
    finally:
        for app in runner.apps:
            _stop(app, timeout_s=10)


# --- GNOME Shell on Wayland ---------------------------------------------------------------


@pytest.fixture(scope="module")
def gnome() -> Iterator[GnomeSession]:
    """A headless GNOME Shell Wayland session with XWayland, shared by a module's tests.
    A machine that cannot run it fails these tests (it does not skip them)."""
    # Short and outside pytest's folders: a Wayland socket path must fit in 108 bytes.
    root = Path(tempfile.mkdtemp(prefix="twoway-gnome-"))
    try:
        session = GnomeSession.start(root)
    except GnomeUnavailable as exc:
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"GNOME Shell on Wayland could not start: {exc}", pytrace=False)
    session.env["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(REPO / "desktop"), os.environ.get("PYTHONPATH")])
    )
    try:
        yield session
    finally:
        session.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def gnome_twoway(gnome, data_dir) -> Iterator[TwowayRunner]:
    """The real app in the GNOME session; every window it left is gone afterwards."""
    runner = TwowayRunner(gnome, data_dir)
    started_before = len(gnome.processes)
    try:
        yield runner
    finally:
        for app in runner.apps:
            _stop(app, timeout_s=10)
        gnome.stop_programs_since(started_before)
