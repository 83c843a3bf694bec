"""The client side of remote control: `twoway pause`, `twoway status`, … talk to the
running app over a local socket and print its reply.

Kept free of Qt so a command answers in the time Python takes to start. The running app
listens with a QLocalServer (see `twoway.ui.remote_control`); the two sides agree on where
through `server_names()`.

Protocol: one JSON object per connection, one line each way. The request is
`{"command": ..., ...}`; the reply is `{"ok": true, "status": {...}}` or
`{"ok": false, "error": "one sentence"}`.

Platforms: on Linux and macOS QLocalServer listens on a Unix socket at the full path we
give it, so a plain AF_UNIX socket reaches it. The client talks only to a socket owned
by this user in a folder only this user can open: another local user who made one first
gets neither our commands nor a hearing for made-up answers. On Windows QLocalServer
listens on a named pipe, `\\\\.\\pipe\\<name>`, which Python opens like a file; no Qt
needed either.
"""

from __future__ import annotations

import json
import os
import re
import socket
import stat
import sys
import time
from pathlib import Path
from typing import TextIO

from twoway.paths import DataPaths

EXIT_OK = 0
EXIT_FAILED = 1  # not running, or the app could not do it; a one-line reason on stderr
REPLY_TIMEOUT_S = 10.0
MAX_MESSAGE_BYTES = 64 * 1024
# sockaddr_un holds 108 bytes on Linux and 104 on macOS; stay well inside both.
_MAX_SOCKET_PATH_BYTES = 100


class NotRunning(Exception):
    """Nothing listens for this data folder: Twoway is not running."""


class NoAnswer(Exception):
    """Something listens but gave no usable answer in time."""


class Refused(Exception):
    """The socket, or the folder holding it, is not this user's alone: we do not use it.

    Its one argument is a plain sentence for the user.
    """


def server_names(paths: DataPaths) -> list[str]:
    """Where the app listens for this data folder; the client tries the same name.

    A socket in the user's private runtime folder (see `paths.user_runtime_base`), never
    in the data folder: a sync tool would carry it to other machines. Should that folder's
    path be too long for a socket, a shorter name in the same private base folder.
    """
    digest = paths.instance_digest
    if sys.platform == "win32":
        # A pipe name, not a path; the user name keeps two accounts apart.
        user = re.sub(r"[^A-Za-z0-9_-]", "_", os.environ.get("USERNAME", ""))[:40]
        return [f"twoway-{user}-{digest}"]
    in_runtime_dir = paths.runtime_dir / "twoway.sock"
    if len(os.fsencode(in_runtime_dir)) <= _MAX_SOCKET_PATH_BYTES:
        return [str(in_runtime_dir)]
    return [str(paths.runtime_dir.parent / f"twoway-{digest}.sock")]


# The one place that asks the system who owns a file; tests stand in another user here.
lstat = os.lstat


def _not_private(path: Path, st: os.stat_result) -> str:
    """Why a folder or socket may not be trusted, or "" when it is this user's alone."""
    if st.st_uid != os.geteuid():
        return f"{path} belongs to another user (user id {st.st_uid})"
    if stat.S_ISDIR(st.st_mode) and st.st_mode & 0o077:
        return f"{path} can be opened by other users (permissions {stat.S_IMODE(st.st_mode):o})"
    return ""


def prepare_runtime_dir(paths: DataPaths) -> Path:
    """Make the private folder for the lock and socket, or say why it cannot be trusted.

    A folder that is ours but too open is closed (0700); a folder, or anything else under
    that name, that belongs to another user raises Refused.
    """
    folder = paths.runtime_dir
    if sys.platform == "win32":
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    for each in (folder.parent, folder):
        each.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = lstat(each)
        if not stat.S_ISDIR(st.st_mode):
            raise Refused(_refusal(f"{each} is not a folder"))
        if st.st_uid == os.geteuid() and st.st_mode & 0o077 and each == folder:
            os.chmod(each, 0o700)  # our own folder, made with a looser umask: close it
            st = lstat(each)
        why = _not_private(each, st)
        if why:
            raise Refused(_refusal(why))
    return folder


def _refusal(why: str) -> str:
    return (
        f"Twoway will not use its control socket: {why}. Remove it, or set XDG_RUNTIME_DIR "
        "to a folder only you can open."
    )


def check_socket(path: str) -> None:
    """Before talking: the socket and its folder must be this user's alone.

    Raises NotRunning when there is no socket, Refused when someone else owns it.
    """
    socket_path = Path(path)
    try:
        folder = lstat(socket_path.parent)
    except FileNotFoundError as exc:
        raise NotRunning from exc
    try:
        st = lstat(socket_path)
    except FileNotFoundError as exc:
        raise NotRunning from exc
    except PermissionError as exc:  # a folder we may not look into is not ours alone
        why = _not_private(socket_path.parent, folder) or f"{socket_path.parent} is not open to you"
        raise Refused(_refusal(why)) from exc
    why = _not_private(socket_path.parent, folder) or _not_private(socket_path, st)
    if not why and not stat.S_ISSOCK(st.st_mode):
        why = f"{socket_path} is not a socket"
    if why:
        raise Refused(_refusal(why))


def request(
    paths: DataPaths, message: dict, *, wait_s: float = 0.0, timeout_s: float = REPLY_TIMEOUT_S
) -> dict:
    """Send one request to the running app and return its reply.

    With `wait_s`, keep trying that long while nothing listens yet (an app that is just
    starting). Raises NotRunning when nothing listens, NoAnswer when no reply comes,
    Refused when the socket is not this user's alone.
    """
    data = (json.dumps(message) + "\n").encode()
    exchange = _exchange_pipe if sys.platform == "win32" else _exchange_unix
    give_up_at = time.monotonic() + wait_s
    while True:
        raw = _first_answer(exchange, server_names(paths), data, timeout_s)
        if raw is not None:
            break
        if time.monotonic() >= give_up_at:
            raise NotRunning
        time.sleep(0.1)
    try:
        reply = json.loads(raw)
    except ValueError as exc:
        raise NoAnswer("the reply was not readable") from exc
    if not isinstance(reply, dict):
        raise NoAnswer("the reply was not readable")
    return reply


def _first_answer(exchange, names: list[str], data: bytes, timeout_s: float) -> bytes | None:
    for name in names:
        try:
            return exchange(name, data, timeout_s)
        except NotRunning:
            continue
    return None


def _exchange_unix(path: str, data: bytes, timeout_s: float) -> bytes:
    check_socket(path)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout_s)
        try:
            sock.connect(path)
        except (FileNotFoundError, ConnectionRefusedError) as exc:
            # No socket, or one left behind by a crash with nobody listening.
            raise NotRunning from exc
        except OSError as exc:
            raise NoAnswer(str(exc)) from exc
        try:
            sock.sendall(data)
            return _read_line(sock.recv)
        except (TimeoutError, OSError) as exc:
            raise NoAnswer(str(exc)) from exc


def _exchange_pipe(name: str, data: bytes, timeout_s: float) -> bytes:
    # Not exercised on this project's Linux test machines; kept small and obvious.
    path = rf"\\.\pipe\{name}"
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            pipe = open(path, "r+b", buffering=0)  # noqa: SIM115 (closed below)
            break
        except FileNotFoundError as exc:
            raise NotRunning from exc
        except OSError as exc:  # the pipe is busy with another client: wait a little
            if time.monotonic() > deadline:
                raise NoAnswer(str(exc)) from exc
            time.sleep(0.05)
    with pipe:
        try:
            pipe.write(data)
            return _read_line(pipe.read)
        except OSError as exc:
            raise NoAnswer(str(exc)) from exc


def _read_line(read) -> bytes:
    received = b""
    while b"\n" not in received:
        chunk = read(4096)
        if not chunk:
            break
        received += chunk
        if len(received) > MAX_MESSAGE_BYTES:
            raise NoAnswer("the reply was too long")
    if not received:
        raise NoAnswer("the app closed the connection without answering")
    return received.split(b"\n", 1)[0]


def send_command(paths: DataPaths, message: dict, out: TextIO, err: TextIO) -> int:
    """Run one remote command for the CLI: print the outcome, return the exit code."""
    try:
        reply = request(paths, message)
    except NotRunning:
        from twoway.launch import not_running_hint  # only on this path

        hint = not_running_hint(paths)
        if hint:
            err.write(f"twoway: Twoway is not running for {paths.root}. {hint}\n")
        else:
            err.write("twoway: Twoway is not running. Start it with `twoway` or `twoway start`.\n")
        return EXIT_FAILED
    except NoAnswer as exc:
        err.write(f"twoway: Twoway is running but did not answer ({exc}).\n")
        return EXIT_FAILED
    except Refused as exc:
        err.write(f"twoway: {exc}\n")
        return EXIT_FAILED
    return print_reply(message, reply, out, err)


def print_reply(message: dict, reply: dict, out: TextIO, err: TextIO) -> int:
    """`status` prints its JSON object; other commands print nothing unless they fail."""
    if not reply.get("ok"):
        err.write(f"twoway: {reply.get('error') or 'That did not work.'}\n")
        return EXIT_FAILED
    if message.get("command") == "status":
        out.write(json.dumps(reply.get("status", {}), ensure_ascii=False) + "\n")
    return EXIT_OK
