"""Who uses the microphone, on Windows: the privacy settings' consent store.

Windows notes, for every app that may use the microphone, when it last started and
stopped doing so (`LastUsedTimeStart`, `LastUsedTimeStop` under
HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\
microphone; desktop programs under its `NonPackaged` key, named by their path with `#`
for `\\`). An app whose stop time is 0 records right now. The registry is reached
through a small seam, so the rules are tested on any system.
"""

from __future__ import annotations

import contextlib
import sys
from typing import Protocol

from twoway.core.calls import MicUser

CONSENT_STORE = (
    r"Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore\microphone"
)


class Registry(Protocol):
    def subkeys(self, path: str) -> list[str]: ...

    def value(self, path: str, name: str) -> int | None: ...


class WinRegistry:
    """The current user's registry, read with winreg (Windows only)."""

    def __init__(self) -> None:
        import winreg  # Windows only

        self._winreg = winreg

    def subkeys(self, path: str) -> list[str]:
        winreg = self._winreg
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path) as key:
                count = winreg.QueryInfoKey(key)[0]
                return [winreg.EnumKey(key, i) for i in range(count)]
        except OSError:
            return []

    def value(self, path: str, name: str) -> int | None:
        winreg = self._winreg
        with contextlib.suppress(OSError), winreg.OpenKey(winreg.HKEY_CURRENT_USER, path) as key:
            found, _kind = winreg.QueryValueEx(key, name)
            return int(found)
        return None


def microphone_users(registry: Registry, own_program: str = "") -> tuple[MicUser, ...]:
    """The apps recording from a microphone now, by the consent store."""
    found = []
    places = [
        (CONSENT_STORE, key) for key in registry.subkeys(CONSENT_STORE) if key != "NonPackaged"
    ]
    nonpackaged = CONSENT_STORE + r"\NonPackaged"
    places += [(nonpackaged, key) for key in registry.subkeys(nonpackaged)]
    for parent, key in places:
        path = parent + "\\" + key
        started = registry.value(path, "LastUsedTimeStart") or 0
        stopped = registry.value(path, "LastUsedTimeStop")
        if not started or stopped != 0:
            continue
        binary = key.replace("#", "\\").rsplit("\\", 1)[-1]
        if own_program and binary.lower() == own_program.lower():
            continue
        found.append(MicUser(name=_readable(binary), binary=binary))
    return tuple(found)


def _readable(binary: str) -> str:
    # "Zoom.exe" -> "Zoom"; a packaged app "MicrosoftTeams_8wekyb3d8bbwe" -> "MicrosoftTeams"
    stem = binary[:-4] if binary.lower().endswith(".exe") else binary
    return stem.split("_", 1)[0]


def default_probe():
    """users() for this Windows machine; None elsewhere."""
    if sys.platform != "win32":
        return None
    registry = WinRegistry()
    own = sys.executable.rsplit("\\", 1)[-1]
    return lambda: microphone_users(registry, own)
