"""The client side of remote control: `twoway pause`, `twoway status`, … talk to the
running app over a local socket and print its reply.

Kept free of Qt so a command answers in the time Python takes to start. The running app
listens with a QLocalServer (see `twoway.ui.instance`); the two sides agree on where
through `server_names()`.

Protocol: one JSON object per connection, one line each way. The request is
`{"command": ..., ...}`; the reply is `{"ok": true, "status": {...}}` or
`{"ok": false, "error": "one sentence"}`.

Platforms: on Linux and macOS QLocalServer listens on a Unix socket at the full path we
give it, so a plain AF_UNIX socket reaches it. On Windows QLocalServer listens on a
named pipe, `\\\\.\\pipe\\<name>`, which Python opens like a file; no Qt needed either.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import sys
import tempfile
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


def server_names(paths: DataPaths) -> list[str]:
    """Where the app may listen for this data folder, in the order it tries them; the
    client tries the same list.

    First a socket in the data folder, with the data it guards (sync tools skip sockets,
    so each machine keeps its own). Then a short name in the user's private runtime
    folder: for a data folder too deep for a socket path, or on a file system that
    cannot hold sockets (some cloud-drive folders).
    """
    digest = hashlib.sha256(str(paths.root).encode()).hexdigest()[:16]
    if sys.platform == "win32":
        # A pipe name, not a path; the user name keeps two accounts apart.
        user = re.sub(r"[^A-Za-z0-9_-]", "_", os.environ.get("USERNAME", ""))[:40]
        return [f"twoway-{user}-{digest}"]
    names = []
    in_folder = paths.runtime_dir / "twoway.sock"
    if len(os.fsencode(in_folder)) <= _MAX_SOCKET_PATH_BYTES:
        names.append(str(in_folder))
    short_dir = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    names.append(str(Path(short_dir) / f"twoway-{digest}.sock"))
    return names


def request(
    paths: DataPaths, message: dict, *, wait_s: float = 0.0, timeout_s: float = REPLY_TIMEOUT_S
) -> dict:
    """Send one request to the running app and return its reply.

    With `wait_s`, keep trying that long while nothing listens yet (an app that is just
    starting). Raises NotRunning when nothing listens, NoAnswer when no reply comes.
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
    return print_reply(message, reply, out, err)


def print_reply(message: dict, reply: dict, out: TextIO, err: TextIO) -> int:
    """`status` prints its JSON object; other commands print nothing unless they fail."""
    if not reply.get("ok"):
        err.write(f"twoway: {reply.get('error') or 'That did not work.'}\n")
        return EXIT_FAILED
    if message.get("command") == "status":
        out.write(json.dumps(reply.get("status", {}), ensure_ascii=False) + "\n")
    return EXIT_OK
