"""Start at login: the entry each platform reads, written and removed."""

from __future__ import annotations

import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from twoway import APP_ID
from twoway.paths import DataPaths, default_data_dir
from twoway.ui import autostart
from twoway.ui.autostart import LaunchAgent, WindowsRunKey, XdgAutostart, desktop_exec


def unquote_exec(value: str) -> list[str]:
    """Read an Exec= value back as the Desktop Entry specification says a launcher does."""
    value = value.replace("\\\\", "\\")  # the general string escape comes off first
    args, current, quoted, in_arg, i = [], "", False, False, 0
    while i < len(value):
        ch = value[i]
        if quoted and ch == "\\":
            current += value[i + 1]
            i += 2
            continue
        if ch == '"':
            quoted, in_arg = not quoted, True
        elif ch == " " and not quoted:
            if in_arg:
                args.append(current)
            current, in_arg = "", False
        else:
            current += ch
            in_arg = True
        i += 1
    if in_arg:
        args.append(current)
    return [arg.replace("%%", "%") for arg in args]


def test_the_launch_command_starts_minimized_with_this_data_folder(tmp_path):
    command = autostart.launch_command(DataPaths(tmp_path / "my data"), platform="linux")
    assert command[-3:] == ["--data-dir", str(tmp_path / "my data"), "--minimized"]
    result = subprocess.run([*command[:-3], "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("Twoway"), "it really runs"


def test_the_usual_data_folder_is_left_implicit():
    command = autostart.launch_command(DataPaths(default_data_dir()), platform="linux")
    assert "--data-dir" not in command and command[-1] == "--minimized"


@pytest.mark.parametrize(
    "command",
    [
        ["/usr/bin/twoway", "--minimized"],
        ["/home/ana/My Apps/venv/bin/twoway", "--data-dir", "/home/ana/Sync/Twoway 100%"],
        ['/opt/odd\\path/$HOME/`x`/"q"', "--data-dir", ""],
    ],
)
def test_exec_lines_read_back_as_the_same_command(command):
    assert unquote_exec(desktop_exec(command)) == command


def test_linux_entry_is_valid_and_can_be_switched_off_and_on(tmp_path):
    command = ["/home/ana/My Apps/twoway", "--data-dir", "/home/ana/Twoway 100%", "--minimized"]
    entry = XdgAutostart(command, config_home=tmp_path)
    assert entry.path == tmp_path / "autostart" / f"{APP_ID}.desktop"
    assert not entry.is_enabled()
    entry.enable()
    assert entry.is_enabled()
    text = entry.path.read_text(encoding="utf-8")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert unquote_exec(exec_line.removeprefix("Exec=")) == command
    validator = shutil.which("desktop-file-validate")
    assert validator, "install desktop-file-utils (packaging/setup-env --test)"
    check = subprocess.run([validator, str(entry.path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr

    entry.disable()
    assert not entry.path.exists() and not entry.is_enabled()
    entry.disable()  # already off: nothing to do, no error


def test_an_entry_switched_off_by_the_desktop_reads_as_off(tmp_path):
    entry = XdgAutostart(["twoway"], config_home=tmp_path)
    entry.enable()
    entry.path.write_text(entry.path.read_text() + "Hidden=true\n")
    assert not entry.is_enabled()


def test_for_paths_uses_the_xdg_config_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    entry = autostart.for_paths(DataPaths(tmp_path / "data"), platform="linux")
    entry.enable()
    assert (tmp_path / "autostart" / f"{APP_ID}.desktop").is_file()


def test_macos_launch_agent_runs_the_command_at_login(tmp_path):
    command = ["/Applications/Twoway.app/Contents/MacOS/Twoway", "--minimized"]
    agent = LaunchAgent(command, home=tmp_path)
    assert not agent.is_enabled()
    agent.enable()
    assert agent.path == tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    with agent.path.open("rb") as handle:
        plist = plistlib.load(handle)
    assert plist["Label"] == APP_ID
    assert plist["ProgramArguments"] == command
    assert plist["RunAtLoad"] is True
    assert agent.is_enabled()
    agent.disable()
    assert not agent.is_enabled()


class FakeRegistry:
    """Just enough of winreg: one hive of keys holding named values."""

    HKEY_CURRENT_USER = "HKCU"
    REG_SZ = 1
    KEY_SET_VALUE = 2

    def __init__(self) -> None:
        self.keys: dict[tuple[str, str], dict[str, tuple[int, str]]] = {}

    class _Key:
        def __init__(self, values):
            self.values = values

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    def CreateKey(self, hive, path):
        return self._Key(self.keys.setdefault((hive, path), {}))

    def OpenKey(self, hive, path, reserved=0, access=0):
        if (hive, path) not in self.keys:
            raise FileNotFoundError(path)
        return self._Key(self.keys[(hive, path)])

    def QueryValueEx(self, key, name):
        if name not in key.values:
            raise FileNotFoundError(name)
        kind, value = key.values[name]
        return value, kind

    def SetValueEx(self, key, name, reserved, kind, value):
        key.values[name] = (kind, value)

    def DeleteValue(self, key, name):
        if name not in key.values:
            raise FileNotFoundError(name)
        del key.values[name]


def test_windows_run_key_holds_one_quoted_command_line():
    registry = FakeRegistry()
    command = [r"C:\Program Files\Twoway\Twoway.exe", "--minimized"]
    run_key = WindowsRunKey(command, registry=registry)
    assert not run_key.is_enabled()
    run_key.enable()
    assert run_key.is_enabled()
    values = registry.keys[("HKCU", autostart.RUN_KEY)]
    assert values["Twoway"] == (
        registry.REG_SZ,
        r'"C:\Program Files\Twoway\Twoway.exe" --minimized',
    )
    run_key.disable()
    assert not run_key.is_enabled()
    run_key.disable()


@pytest.mark.skipif(sys.platform != "win32", reason="the real registry exists only on Windows")
def test_windows_run_key_in_the_real_registry(tmp_path):
    entry = WindowsRunKey([str(Path(sys.executable)), "-m", "twoway", "--minimized"])
    was_enabled = entry.is_enabled()
    try:
        entry.enable()
        assert entry.is_enabled()
        entry.disable()
        assert not entry.is_enabled()
    finally:
        if was_enabled:
            entry.enable()
