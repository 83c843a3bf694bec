"""Start Twoway at login, minimized to the tray, the way each platform expects.

- Linux and other XDG desktops: a `.desktop` entry in `$XDG_CONFIG_HOME/autostart/`.
- macOS: a LaunchAgent property list in `~/Library/LaunchAgents/`, loaded at login.
- Windows: a value under the user's `...\\CurrentVersion\\Run` registry key.

The entry itself is the setting: whether it exists is what the menu shows, so a user who
removes it with their desktop's own tool sees that reflected in Twoway.
No Qt here; the tray and the settings page call these.
"""

from __future__ import annotations

import os
import plistlib
import re
import subprocess
import sys
from pathlib import Path
from typing import Protocol

from twoway import APP_ID, APP_NAME
from twoway.core.atomic import atomic_write_bytes, atomic_write_text
from twoway.paths import DataPaths, default_data_dir, resource

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


class Autostart(Protocol):
    def is_enabled(self) -> bool: ...
    def enable(self) -> None: ...
    def disable(self) -> None: ...


def launch_command(paths: DataPaths, *, platform: str = sys.platform) -> list[str]:
    """The command that starts this installation of Twoway, for this data folder."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        python = Path(sys.executable)
        if platform == "win32":
            # pythonw has no console window to flash up at login.
            windowless = python.with_name("pythonw.exe")
            command = [str(windowless if windowless.exists() else python), "-m", "twoway"]
        else:
            script = python.with_name("twoway")
            command = [str(script)] if script.is_file() else [str(python), "-m", "twoway"]
    if paths.root != default_data_dir():
        # The environment variable may not be set at login; say the folder outright.
        command += ["--data-dir", str(paths.root)]
    return [*command, "--minimized"]


# --- Linux and other XDG desktops --------------------------------------------------------

_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def desktop_exec(command: list[str]) -> str:
    """The Exec= value for a command, quoted as the Desktop Entry specification asks."""

    def quote(arg: str) -> str:
        arg = arg.replace("%", "%%")  # a lone % would start a field code
        if any(ch in _EXEC_RESERVED for ch in arg) or not arg:
            arg = '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'
        return arg

    # The general string escape applies on top of the quoting: each backslash doubles.
    return " ".join(quote(arg) for arg in command).replace("\\", "\\\\")


class XdgAutostart:
    def __init__(self, command: list[str], config_home: Path | None = None) -> None:
        self.command = command
        config = config_home or Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
        self.path = config / "autostart" / f"{APP_ID}.desktop"

    def is_enabled(self) -> bool:
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return False
        # Desktops switch an entry off with one of these rather than deleting it.
        switched_off = re.search(
            r"^(Hidden\s*=\s*true|X-GNOME-Autostart-enabled\s*=\s*false)\s*$",
            text,
            re.MULTILINE | re.IGNORECASE,
        )
        return switched_off is None

    def enable(self) -> None:
        try:
            icon = str(resource("icons/twoway.svg"))
        except FileNotFoundError:
            icon = APP_ID
        atomic_write_text(
            self.path,
            "[Desktop Entry]\n"
            "Type=Application\n"
            f"Name={APP_NAME}\n"
            "Comment=Keeps Twoway ready in the tray for your next call\n"
            f"Exec={desktop_exec(self.command)}\n"
            f"Icon={icon}\n"
            "Terminal=false\n"
            "Categories=Office;\n"
            "X-GNOME-Autostart-enabled=true\n",
        )

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


# --- macOS ------------------------------------------------------------------------------


class LaunchAgent:
    def __init__(self, command: list[str], home: Path | None = None) -> None:
        self.command = command
        self.path = (home or Path.home()) / "Library" / "LaunchAgents" / f"{APP_ID}.plist"

    def is_enabled(self) -> bool:
        try:
            with self.path.open("rb") as handle:
                data = plistlib.load(handle)
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return isinstance(data, dict) and not data.get("Disabled", False)

    def enable(self) -> None:
        # launchd loads every agent in this folder at the next login; nothing to register.
        agent = {
            "Label": APP_ID,
            "ProgramArguments": self.command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        atomic_write_bytes(self.path, plistlib.dumps(agent))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


# --- Windows ----------------------------------------------------------------------------


class WindowsRunKey:
    """The Run key value; `registry` is the winreg module (a stand-in in tests)."""

    def __init__(self, command: list[str], registry=None) -> None:
        self.command = command
        if registry is None:
            import winreg as registry  # only exists on Windows
        self.registry = registry

    def is_enabled(self) -> bool:
        reg = self.registry
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY) as key:
                reg.QueryValueEx(key, APP_NAME)
        except OSError:
            return False
        return True

    def enable(self) -> None:
        reg = self.registry
        with reg.CreateKey(reg.HKEY_CURRENT_USER, RUN_KEY) as key:
            reg.SetValueEx(key, APP_NAME, 0, reg.REG_SZ, subprocess.list2cmdline(self.command))

    def disable(self) -> None:
        reg = self.registry
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.DeleteValue(key, APP_NAME)
        except FileNotFoundError:
            pass  # already off


def for_paths(paths: DataPaths, *, platform: str = sys.platform) -> Autostart:
    command = launch_command(paths, platform=platform)
    if platform == "win32":
        return WindowsRunKey(command)
    if platform == "darwin":
        return LaunchAgent(command)
    return XdgAutostart(command)
