"""A real, headless GNOME Shell on Wayland (with XWayland) for end-to-end tests.

    session = GnomeSession.start(Path(tempfile.mkdtemp()))
    call = session.open_call_window()          # maximized, focused, native Wayland
    ... start a program with session.env ...
    stack = session.stack()                     # mutter's windows, bottom to top
    session.click(*stack.named("Video call").centre)
    session.screenshot(path)
    session.stop()

Everything runs privately: its own system and session D-Bus, HOME and XDG folders in the
given folder, so nothing reaches the user's desktop. A test-only shell extension turns on
the shell's unsafe mode, which lets the tests read mutter's window list through
org.gnome.Shell.Eval and take screenshots; it exists only in the throwaway HOME. Every
process started here is stopped by its id (and those it started, found through /proc).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

PACKAGES_HINT = "run packaging/setup-env --test to install GNOME Shell, XWayland and foot"
TOOLS = ("gnome-shell", "Xwayland", "foot", "dbus-daemon", "dbus-send", "gsettings")
SIZE = "1280x800"
CALL_TITLE = "Video call"
_EXTENSION_UUID = "twoway-e2e-probe@twoway.test"
_EXTENSION_JS = """\
// Test only, in a throwaway HOME: unsafe mode opens org.gnome.Shell.Eval and the
// screenshot interface to the end-to-end tests. Never install it in a real session.
function init() {}
function enable() { global.context.unsafe_mode = true; }
function disable() { global.context.unsafe_mode = false; }
"""
_SYSTEM_BUS_CONFIG = """\
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<!-- An empty stand-in for the system bus: the shell asks it for logind and the like,
     finds nobody, and carries on. The address on the command line replaces this one. -->
<busconfig>
  <type>system</type>
  <auth>EXTERNAL</auth>
  <listen>unix:tmpdir=/tmp</listen>
  <policy context="default">
    <allow send_destination="*"/>
    <allow receive_sender="*"/>
    <allow own="*"/>
    <allow user="*"/>
  </policy>
</busconfig>
"""
# Mutter's windows, bottom to top, as plain data (the shell returns it JSON-encoded).
_STACK_JS = """\
(() => {
    const Meta = imports.gi.Meta;
    const layerName = layer =>
        (Object.keys(Meta.StackLayer).find(key => Meta.StackLayer[key] === layer) || '?')
            .toLowerCase();
    return global.get_window_actors().map(actor => {
        const w = actor.meta_window;
        const frame = w.get_frame_rect();
        let pid = -1;
        try { pid = w.get_pid(); } catch (e) {}
        const onScreen = frame.x < global.screen_width && frame.y < global.screen_height &&
            frame.x + frame.width > 0 && frame.y + frame.height > 0;
        return {
            title: w.get_title() || '', wm_class: w.get_wm_class() || '', pid,
            client: w.get_client_type() === Meta.WindowClientType.WAYLAND ? 'wayland' : 'x11',
            layer: layerName(w.get_layer()), above: w.is_above(), focused: w.has_focus(),
            shown: actor.visible && w.showing_on_its_workspace() && !w.minimized && onScreen,
            x: frame.x, y: frame.y, width: frame.width, height: frame.height,
        };
    });
})()
"""
# A person's mouse and keyboard: virtual input devices of the shell, made once and kept.
_INPUT_JS = """\
(() => {
    const Clutter = imports.gi.Clutter;
    const seat = Clutter.get_default_backend().get_default_seat();
    if (!global._twowayPointer) {
        global._twowayPointer = seat.create_virtual_device(Clutter.InputDeviceType.POINTER_DEVICE);
        global._twowayKeyboard = seat.create_virtual_device(Clutter.InputDeviceType.KEYBOARD_DEVICE);
    }
    const [pointer, keyboard] = [global._twowayPointer, global._twowayKeyboard];
    const now = imports.gi.GLib.get_monotonic_time();
    const state = down => down ? Clutter.ButtonState.PRESSED : Clutter.ButtonState.RELEASED;
    const keyState = down => down ? Clutter.KeyState.PRESSED : Clutter.KeyState.RELEASED;
    %s;
    return true;
})()
"""
# Mouse buttons as Clutter numbers them.
LEFT, RIGHT = 1, 3


class GnomeUnavailable(RuntimeError):
    """GNOME Shell could not be started here; the message says why."""


@dataclass(frozen=True)
class Window:
    title: str
    wm_class: str
    pid: int
    client: str  # "wayland" (native) or "x11" (through XWayland)
    layer: str  # mutter's stacking layer: "normal", "top" (kept above), "override_redirect"
    above: bool  # mutter keeps it above other windows
    focused: bool
    shown: bool  # mapped, not minimized, on screen (another window may still cover it)
    x: int
    y: int
    width: int
    height: int

    @property
    def centre(self) -> tuple[int, int]:
        return self.x + self.width // 2, self.y + self.height // 2

    def row(self) -> str:
        flags = [self.client, self.layer] + [
            word for word, on in (("above", self.above), ("FOCUSED", self.focused),
                                  ("shown", self.shown)) if on
        ]  # fmt: skip
        where = f"{self.x},{self.y} {self.width}x{self.height}"
        return f"{self.title!r:40} {self.wm_class:18} pid {self.pid:<7} {' '.join(flags)} {where}"


@dataclass(frozen=True)
class Stack:
    """Mutter's windows, bottom to top, at one moment."""

    windows: list[Window]

    def named(self, part: str) -> Window | None:
        found = [w for w in self.windows if part in w.title]
        return found[-1] if found else None

    def position(self, window: Window) -> int:
        return self.windows.index(window)

    def focused(self) -> Window | None:
        return next((w for w in self.windows if w.focused), None)

    def of_process(self, pid: int) -> list[Window]:
        return [w for w in self.windows if w.pid == pid]

    def __str__(self) -> str:
        return "\n".join(["windows, bottom to top:", *(f"  {w.row()}" for w in self.windows)])


def _process_table() -> dict[int, tuple[int, int]]:
    """pid -> (parent pid, session id) for every process now running."""
    table = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name is in parentheses and may itself hold spaces or parentheses.
        fields = stat[stat.rindex(")") + 2 :].split()
        table[int(entry.name)] = (int(fields[1]), int(fields[3]))
    return table


def family_of(roots: list[int]) -> set[int]:
    """The given processes, all in the sessions they lead, and all their descendants."""
    table = _process_table()
    mine = {pid for pid, (_, sid) in table.items() if pid in roots or sid in roots}
    grew = True
    while grew:
        more = {pid for pid, (parent, _) in table.items() if parent in mine} - mine
        mine |= more
        grew = bool(more)
    return mine


def stop_pids(pids: set[int], timeout_s: float) -> None:
    """TERM, a while to finish, then KILL what is left; only the ids given."""
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    give_up_at = time.monotonic() + timeout_s
    while time.monotonic() < give_up_at and any(is_running(pid) for pid in pids):
        time.sleep(0.1)
    for pid in pids:
        if is_running(pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def is_running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return state[state.rindex(")") + 2] != "Z"  # a zombie has already ended


@dataclass
class GnomeSession:
    root: Path
    env: dict  # what a program in this session gets: its displays, buses and folders
    processes: list[subprocess.Popen] = field(default_factory=list)

    # --- start and stop ------------------------------------------------------------------

    @classmethod
    def start(cls, root: Path, timeout_s: float = 120) -> GnomeSession:
        """A running session, or GnomeUnavailable saying what is missing or went wrong."""
        missing = [tool for tool in TOOLS if not shutil.which(tool)]
        if missing:
            raise GnomeUnavailable(f"{', '.join(missing)} not found: {PACKAGES_HINT}")
        session = cls(root, cls._private_env(root))
        try:
            session._start_buses()
            session._install_probe_extension()
            session._start_shell(timeout_s)
        except BaseException:
            session.stop()
            raise
        return session

    @staticmethod
    def _private_env(root: Path) -> dict:
        home = root / "home"
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in {"DISPLAY", "WAYLAND_DISPLAY", "XAUTHORITY", "QT_QPA_PLATFORM",
                           "DBUS_SESSION_BUS_ADDRESS", "SESSION_MANAGER", "TWOWAY_DATA_DIR"}
        }  # fmt: skip
        env.update(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local/share"),
            XDG_CACHE_HOME=str(home / ".cache"),
            XDG_STATE_HOME=str(home / ".local/state"),
            XDG_RUNTIME_DIR=str(root / "run"),
            XDG_SESSION_TYPE="wayland",
            XDG_CURRENT_DESKTOP="GNOME",
            XDG_SESSION_DESKTOP="gnome",
            DESKTOP_SESSION="gnome",
            DBUS_SYSTEM_BUS_ADDRESS=f"unix:path={root / 'system-bus'}",
            DBUS_SESSION_BUS_ADDRESS=f"unix:path={root / 'session-bus'}",
        )
        for key in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            Path(env[key]).mkdir(parents=True, exist_ok=True)
        (root / "run").mkdir(mode=0o700, exist_ok=True)
        return env

    def spawn(self, name: str, *command: str, env: dict | None = None) -> subprocess.Popen:
        """Start a program in this session, in a process session of its own (so whatever
        it starts can be found again), its output in NAME.log."""
        with (self.root / f"{name}.log").open("ab") as log:
            process = subprocess.Popen(
                command,
                env=env or self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.processes.append(process)
        return process

    def log(self, name: str, last_lines: int = 15) -> str:
        try:
            lines = (self.root / f"{name}.log").read_text(errors="replace").splitlines()
        except OSError:
            return f"({name}.log is empty)"
        return "\n".join(lines[-last_lines:])

    def _start_buses(self) -> None:
        config = self.root / "system-bus.conf"
        config.write_text(_SYSTEM_BUS_CONFIG)
        for name, kind in (("system-bus", f"--config-file={config}"), ("session-bus", "--session")):
            address = f"unix:path={self.root / name}"
            self.spawn(name, "dbus-daemon", kind, f"--address={address}", "--nofork",
                       "--nopidfile")  # fmt: skip
            self._wait(lambda name=name: (self.root / name).is_socket(), 30, f"the {name}")

    def _install_probe_extension(self) -> None:
        folder = Path(self.env["XDG_DATA_HOME"]) / "gnome-shell/extensions" / _EXTENSION_UUID
        folder.mkdir(parents=True)
        (folder / "extension.js").write_text(_EXTENSION_JS)
        metadata = {
            "uuid": _EXTENSION_UUID,
            "name": "Twoway end-to-end probe",
            "description": "Test only: turns on unsafe mode in a throwaway session.",
            "shell-version": ["43", "44", "45"],
        }
        (folder / "metadata.json").write_text(json.dumps(metadata))
        for schema, key, value in (
            ("org.gnome.shell", "enabled-extensions", f"['{_EXTENSION_UUID}']"),
            ("org.gnome.shell", "disable-user-extensions", "false"),
            ("org.gnome.shell", "disable-extension-version-validation", "true"),
            ("org.gnome.shell", "welcome-dialog-last-shown-version", "'999'"),
            ("org.gnome.desktop.interface", "enable-animations", "false"),
            ("org.gnome.desktop.session", "idle-delay", "uint32 0"),
        ):
            result = subprocess.run(["gsettings", "set", schema, key, value], env=self.env,
                                    capture_output=True, text=True, timeout=30)  # fmt: skip
            if result.returncode != 0:
                raise GnomeUnavailable(f"gsettings set {schema} {key} failed: {result.stderr}")

    def _start_shell(self, timeout_s: float) -> None:
        shell = self.spawn("gnome-shell", "gnome-shell", "--headless", "--wayland",
                           "--virtual-monitor", SIZE)  # fmt: skip

        def answers() -> bool:
            if shell.poll() is not None:
                raise GnomeUnavailable(
                    f"gnome-shell exited with {shell.returncode}:\n{self.log('gnome-shell')}"
                )
            return self._eval_raw("global.context.unsafe_mode", timeout_s=5) == (True, "true")

        self._wait(answers, timeout_s, "GNOME Shell to answer on D-Bus")
        text = (self.root / "gnome-shell.log").read_text(errors="replace")
        wayland = re.search(r"Using Wayland display name '([^']+)'", text)
        self.env["WAYLAND_DISPLAY"] = wayland.group(1) if wayland else "wayland-0"
        run = Path(self.env["XDG_RUNTIME_DIR"])
        if not (run / self.env["WAYLAND_DISPLAY"]).is_socket():
            raise GnomeUnavailable(f"no Wayland socket:\n{self.log('gnome-shell')}")

        def xwayland() -> bool:
            text = (self.root / "gnome-shell.log").read_text(errors="replace")
            display = re.search(r"Using public X11 display (:\d+)", text)
            auth = sorted(run.glob(".mutter-Xwaylandauth.*"))
            if display and auth:
                self.env.update(DISPLAY=display.group(1), XAUTHORITY=str(auth[0]))
            return bool(display and auth)

        self._wait(xwayland, 30, "mutter to offer XWayland")
        self.eval("Main.overview.hide()")
        # A seat with a keyboard, as on a real desktop: without one no window is ever told
        # it has the keyboard focus, whatever mutter thinks.
        self.eval(_INPUT_JS % "0")

    def stop(self) -> None:
        """Stop, by id, everything started here: programs first, then the shell (which
        takes XWayland with it), then the buses, then anything they left behind."""
        everything = family_of([p.pid for p in self.processes])
        by_role = [p for p in self.processes if p.poll() is None]
        buses = [p for p in by_role if p.args[0] == "dbus-daemon"]
        shell = [p for p in by_role if p.args[0] == "gnome-shell"]
        others = [p for p in by_role if p not in buses and p not in shell]
        for group, wait_s in ((others, 5), (shell, 8), (buses, 3)):
            stop_pids({p.pid for p in group}, wait_s)
        stop_pids({pid for pid in everything | family_of([p.pid for p in self.processes])
                   if is_running(pid)}, 2)  # fmt: skip
        for process in self.processes:
            process.poll()  # reap
        self.processes.clear()

    def stop_programs_since(self, count: int) -> None:
        """Stop the programs started after the first `count` (a test's call window), so
        the next test finds the session as it was."""
        later, self.processes[count:] = self.processes[count:], []
        stop_pids(family_of([p.pid for p in later]), 5)
        for process in later:
            process.poll()

    # --- looking and acting ---------------------------------------------------------------

    def _eval_raw(self, js: str, timeout_s: float = 20) -> tuple[bool, str] | None:
        try:
            result = subprocess.run(
                ["dbus-send", "--session", "--print-reply=literal",
                 f"--reply-timeout={int(timeout_s * 1000)}", "--dest=org.gnome.Shell",
                 "/org/gnome/Shell", "org.gnome.Shell.Eval", f"string:{js}"],
                env=self.env, capture_output=True, text=True, timeout=timeout_s + 5,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            return None
        if result.returncode != 0:
            return None
        # "   boolean true" then the returned text, which the shell JSON-encoded.
        first, _, rest = result.stdout.partition("\n")
        return first.split()[-1:] == ["true"], rest.strip()

    def eval(self, js: str):
        """Run JavaScript inside the shell; its value, decoded."""
        answer = self._eval_raw(js)
        if answer is None:
            raise AssertionError(f"GNOME Shell did not answer Eval:\n{self.log('gnome-shell')}")
        ok, text = answer
        if not ok:
            raise AssertionError(f"Eval failed: {text}")
        return json.loads(text) if text else None

    def stack(self) -> Stack:
        return Stack([Window(**fields) for fields in self.eval(_STACK_JS)])

    def move_pointer(self, x: int, y: int) -> None:
        self.eval(_INPUT_JS % f"pointer.notify_absolute_motion(now, {x}, {y})")
        # The shell finds the window under the pointer on its next frame: a press sent at
        # once would go to the window that was there before.
        time.sleep(0.3)

    def button(self, button: int, *, down: bool) -> None:
        self.eval(_INPUT_JS % f"pointer.notify_button(now, {button}, state({str(down).lower()}))")
        time.sleep(0.1)

    def key(self, name: str, *, down: bool) -> None:
        """A key by its Clutter name ("Super_L"), pressed or let go."""
        js = f"keyboard.notify_keyval(now, Clutter.KEY_{name}, keyState({str(down).lower()}))"
        self.eval(_INPUT_JS % js)
        time.sleep(0.1)

    def click(self, x: int, y: int, button: int = LEFT) -> None:
        """A click at a point of the screen, as a person's mouse would make."""
        self.move_pointer(x, y)
        self.button(button, down=True)
        self.button(button, down=False)

    def drag(self, start: tuple[int, int], end: tuple[int, int], steps: int = 10) -> None:
        self.move_pointer(*start)
        self.button(LEFT, down=True)
        for step in range(1, steps + 1):
            x = start[0] + (end[0] - start[0]) * step // steps
            y = start[1] + (end[1] - start[1]) * step // steps
            self.eval(_INPUT_JS % f"pointer.notify_absolute_motion(now, {x}, {y})")
            time.sleep(0.05)
        self.button(LEFT, down=False)

    def screenshot(self, path: Path) -> Path:
        path.unlink(missing_ok=True)
        subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--reply-timeout=20000",
             "--dest=org.gnome.Shell.Screenshot", "/org/gnome/Shell/Screenshot",
             "org.gnome.Shell.Screenshot.Screenshot", "boolean:false", "boolean:false",
             f"string:{path}"],
            env=self.env, capture_output=True, timeout=30, check=False,
        )  # fmt: skip
        assert path.is_file(), f"GNOME Shell wrote no screenshot to {path}"
        return path

    def open_call_window(self) -> subprocess.Popen:
        """A maximized native Wayland window titled "Video call", with the keyboard focus:
        the call the overlay must stay above and leave alone."""
        call = self.spawn(
            "call", "foot", "--maximized", "--title", CALL_TITLE,
            "sh", "-c", "echo 'Video call (a native Wayland window)'; exec sleep 100000",
        )  # fmt: skip

        def focused() -> bool:
            if call.poll() is not None:
                raise AssertionError(f"foot exited:\n{self.log('call')}")
            window = self.stack().named(CALL_TITLE)
            if window is not None and not window.focused:
                self.click(*window.centre)
            return window is not None and window.focused

        self._wait(focused, 30, "the call window to have the focus")
        return call

    @staticmethod
    def _wait(check, timeout_s: float, what: str) -> None:
        give_up_at = time.monotonic() + timeout_s
        while not check():
            if time.monotonic() > give_up_at:
                raise GnomeUnavailable(f"timed out after {timeout_s:g} s waiting for {what}")
            time.sleep(0.25)
