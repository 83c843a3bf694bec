"""GNOME custom keyboard shortcuts that run `twoway next` etc.: the way to steer Twoway
by key under a GNOME Wayland session, where no program may grab keys for itself.

Added only when the user asks (Settings → During calls), through `gsettings`, as
entries of GNOME's own "Custom Shortcuts" list named "Twoway: …", where the user can
see, change and remove them. Removing takes out only Twoway's entries. Unlike Twoway's
own hotkeys these are active all day; each runs a command that does nothing when no
meeting runs.
"""

from __future__ import annotations

import ast
import os
import shlex
import shutil
import subprocess
from collections.abc import Callable

SCHEMA = "org.gnome.settings-daemon.plugins.media-keys"
BASE = "/org/gnome/settings-daemon/plugins/media-keys/custom-keybindings/"
COMMANDS = {"start": "start", "toggle": "toggle", "next": "next", "extend": "extend",
            "end": "end"}  # fmt: skip
_MODIFIERS = {"Ctrl": "<Control>", "Alt": "<Alt>", "Shift": "<Shift>", "Meta": "<Super>"}
_KEYS = {"PgUp": "Page_Up", "PgDown": "Page_Down", "Ins": "Insert", "Del": "Delete",
         "Space": "space"}  # fmt: skip

Runner = Callable[[list[str]], subprocess.CompletedProcess]


def available() -> bool:
    desktop = os.environ.get("XDG_CURRENT_DESKTOP", "")
    return "GNOME" in desktop.split(":") and shutil.which("gsettings") is not None


def gnome_accelerator(portable: str) -> str:
    """Qt's "Ctrl+Alt+Shift+N" as GNOME writes it: "<Control><Alt><Shift>n"."""
    *mods, key = portable.split("+")
    key = _KEYS.get(key, key.lower() if len(key) == 1 else key)
    return "".join(_MODIFIERS[mod] for mod in mods) + key


def _run(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, timeout=10, check=False)


def _paths(run: Runner) -> list[str]:
    done = run(["gsettings", "get", SCHEMA, "custom-keybindings"])
    if done.returncode != 0:
        raise OSError(done.stderr.strip() or "gsettings failed")
    text = done.stdout.strip().removeprefix("@as").strip()
    listed = ast.literal_eval(text) if text else []
    return [str(path) for path in listed]


def _set_paths(paths: list[str], run: Runner) -> None:
    value = "[" + ", ".join(f"'{path}'" for path in paths) + "]"
    done = run(["gsettings", "set", SCHEMA, "custom-keybindings", value])
    if done.returncode != 0:
        raise OSError(done.stderr.strip() or "gsettings failed")


def ours(path: str) -> bool:
    return path.startswith(BASE + "twoway-")


def install(
    keys: dict[str, str], twoway_command: list[str], names: dict[str, str], run: Runner = _run
) -> list[str]:
    """Add (or update) one GNOME shortcut per key. Returns the paths written.
    Raises OSError when gsettings refuses."""
    kept = [path for path in _paths(run) if not ours(path)]
    written = []
    for action, portable in keys.items():
        if not portable or action not in COMMANDS:
            continue
        path = f"{BASE}twoway-{action}/"
        where = f"{SCHEMA}.custom-keybinding:{path}"
        command = shlex.join([*twoway_command, COMMANDS[action]])
        for field, value in (("name", f"Twoway: {names.get(action, action)}"),
                             ("command", command),
                             ("binding", gnome_accelerator(portable))):  # fmt: skip
            done = run(["gsettings", "set", where, field, value])
            if done.returncode != 0:
                raise OSError(done.stderr.strip() or "gsettings failed")
        written.append(path)
    _set_paths(kept + written, run)
    return written


def remove(run: Runner = _run) -> int:
    """Take Twoway's shortcuts out of GNOME's list; the user's own stay. Returns how many."""
    listed = _paths(run)
    kept = [path for path in listed if not ours(path)]
    for path in listed:
        if ours(path):
            run(["gsettings", "reset-recursively", f"{SCHEMA}.custom-keybinding:{path}"])
    _set_paths(kept, run)
    return len(listed) - len(kept)


def installed(run: Runner = _run) -> list[str]:
    return [path for path in _paths(run) if ours(path)]
