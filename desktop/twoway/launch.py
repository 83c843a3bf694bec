"""`twoway start` from a shortcut: start Twoway in the background if need be, return once
the meeting runs. And the demo's signpost, so `twoway status` can find a running demo.

Qt-free, like `remote`: a desktop shortcut or a stream-deck button runs this and must
get its answer (and its exit code) in seconds, never hang on the app's event loop.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TextIO

from twoway import FOREGROUND_ENV, remote
from twoway.core.atomic import atomic_write_text
from twoway.paths import DataPaths, data_folder_problem

# How long a background start may take before the shortcut gives up and says so.
LAUNCH_TIMEOUT_S = 45.0
_LOG_NAME = "background.log"


def own_command() -> list[str]:
    """How to run this same Twoway again: the bundle itself, or this Python with -m."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "twoway"]


def start_meeting(
    paths: DataPaths, format_name: str | None, contact: str | None, out: TextIO, err: TextIO
) -> int:
    """Start a meeting in the running Twoway, launching it in the background first when it
    is not running. Returns once the meeting runs (0) or with a one-line reason (1)."""
    message = {"command": "start", "format": format_name, "contact": contact}
    try:
        reply = remote.request(paths, message)
    except remote.NoAnswer as exc:
        err.write(f"twoway: Twoway is running but did not answer ({exc}).\n")
        return remote.EXIT_FAILED
    except remote.Refused as exc:
        err.write(f"twoway: {exc}\n")
        return remote.EXIT_FAILED
    except remote.NotRunning:
        problem = data_folder_problem(paths)
        if problem:
            err.write(f"twoway: {problem}\n")  # what the app would say, and stop on
            return remote.EXIT_FAILED
        app = _launch_quietly(paths)
        reply = _start_when_listening(paths, app, message, err)
        if reply is None:
            return remote.EXIT_FAILED
    return remote.print_reply(message, reply, out, err)


def _launch_quietly(paths: DataPaths) -> subprocess.Popen:
    """Twoway in its own session, detached from this terminal or shortcut, in the tray
    (a meeting started from a shortcut never puts the main window over the call)."""
    paths.runtime_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    env = dict(os.environ, **{FOREGROUND_ENV: "1"})
    options: dict = {}
    if sys.platform == "win32":
        options["creationflags"] = (
            subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP  # type: ignore[attr-defined]
        )
    else:
        options["start_new_session"] = True
    with (paths.runtime_dir / _LOG_NAME).open("ab") as log:  # the child keeps its own handle
        return subprocess.Popen(
            [*own_command(), "--data-dir", str(paths.root), "--minimized"],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            env=env,
            close_fds=True,
            **options,
        )


def _start_when_listening(
    paths: DataPaths, app: subprocess.Popen, message: dict, err: TextIO
) -> dict | None:
    give_up_at = time.monotonic() + LAUNCH_TIMEOUT_S
    while time.monotonic() < give_up_at:
        try:
            return remote.request(paths, message)
        except remote.NotRunning:
            if app.poll() is not None and not _someone_listens(paths):
                err.write(
                    f"twoway: Twoway stopped while starting (exit code {app.returncode}); "
                    f"see {paths.runtime_dir / _LOG_NAME}.\n"
                )
                return None
            time.sleep(0.1)
        except remote.NoAnswer as exc:
            err.write(f"twoway: Twoway started but did not answer ({exc}).\n")
            return None
        except remote.Refused as exc:
            err.write(f"twoway: {exc}\n")
            return None
    err.write(f"twoway: Twoway did not start within {LAUNCH_TIMEOUT_S:g} s.\n")
    return None


def _someone_listens(paths: DataPaths) -> bool:
    # The launched app may have handed over to one started at the same moment.
    try:
        remote.request(paths, {"command": "status"})
    except (remote.NotRunning, remote.NoAnswer, remote.Refused):
        return False
    return True


# --- the demo's signpost ----------------------------------------------------------------


def demo_signpost() -> Path:
    """Where a running demo notes its throwaway folder: the user's private runtime folder."""
    folder = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    return Path(folder) / "twoway-demo.json"


def post_demo_folder(paths: DataPaths) -> None:
    with contextlib.suppress(OSError):  # only a convenience for `twoway status`
        atomic_write_text(
            demo_signpost(), json.dumps({"data_dir": str(paths.root), "pid": os.getpid()})
        )


def remove_demo_signpost(paths: DataPaths) -> None:
    if running_demo_folder() == paths.root:
        demo_signpost().unlink(missing_ok=True)


def running_demo_folder() -> Path | None:
    """The folder of the demo that runs now, or None."""
    try:
        noted = json.loads(demo_signpost().read_text(encoding="utf-8"))
        folder, pid = Path(noted["data_dir"]), int(noted["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not folder.is_dir() or not _process_exists(pid):
        return None
    return folder


def _process_exists(pid: int) -> bool:
    if sys.platform == "win32":
        return True  # the folder is removed when the demo ends; good enough there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def not_running_hint(paths: DataPaths) -> str:
    """For "Twoway is not running": how to reach a demo that is running instead."""
    folder = running_demo_folder()
    if folder is None or folder == paths.root:
        return ""
    return f"The Twoway demo is running; reach it with `twoway --data-dir {folder} <command>`."
