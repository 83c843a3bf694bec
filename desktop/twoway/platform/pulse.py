"""Who records from a microphone, on Linux: the sound server's source outputs.

Works with PulseAudio and with PipeWire's PulseAudio service, through `pactl`. Asking the
sound server every two seconds would cost a process start each time, so one `pactl
subscribe` stays running and tells us when a recording stream comes or goes; only then
is the list read again (`pactl -f json list source-outputs`). At rest this costs nothing
but a non-blocking read of an empty pipe.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import subprocess
import time

from twoway.core.calls import MicUser

log = logging.getLogger(__name__)

_STREAM_EVENT = re.compile(rb"Event '(new|remove)' on source-output")
_LIST_TIMEOUT_S = 3.0
_RETRY_S = 30.0


class PulseMicrophones:
    """`users()` -> the programs recording from a real source (not a sink's monitor), or
    None when no sound server can be asked."""

    def __init__(self, pactl: str | None = None, own_pid: int | None = None) -> None:
        self.pactl = pactl or shutil.which("pactl")
        self.own_pid = own_pid if own_pid is not None else os.getpid()
        self._watch: subprocess.Popen | None = None
        self._known: tuple[MicUser, ...] | None = None
        self._started_at: float | None = None
        self.reads = 0  # how often the list was read: the benchmark and tests look

    def users(self) -> tuple[MicUser, ...] | None:
        if self.pactl is None:
            return None
        if self._watch is None or self._watch.poll() is not None:
            # No sound server (yet): ask again now and then, not on every look.
            now = time.monotonic()
            if self._started_at is not None and now - self._started_at < _RETRY_S:
                return None
            self._started_at = now
            self._start_watching()
            self._known = self._read()
        elif self._streams_changed():
            self._known = self._read()
        return self._known

    def close(self) -> None:
        if self._watch is not None and self._watch.poll() is None:
            self._watch.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._watch.wait(timeout=2)
        if self._watch is not None:
            self._watch.stdout.close()
        self._watch = None

    def _start_watching(self) -> None:
        self.close()
        try:
            self._watch = subprocess.Popen(
                [self.pactl, "subscribe"],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                stdin=subprocess.DEVNULL,
                env=dict(os.environ, LC_ALL="C"),  # the event lines are parsed
            )
        except OSError as exc:
            log.info("pactl subscribe could not start: %s", exc)
            self._watch = None
            return
        os.set_blocking(self._watch.stdout.fileno(), False)

    def _streams_changed(self) -> bool:
        changed = False
        while True:
            try:
                chunk = os.read(self._watch.stdout.fileno(), 65536)
            except BlockingIOError:
                return changed
            if not chunk:  # the sound server went away; start again next time
                self.close()
                return True
            if _STREAM_EVENT.search(chunk):
                changed = True

    def _read(self) -> tuple[MicUser, ...] | None:
        self.reads += 1
        outputs = self._json("source-outputs")
        sources = self._json("sources")
        if outputs is None or sources is None:
            return None
        monitors = {s.get("index") for s in sources if str(s.get("name", "")).endswith(".monitor")}
        return users_from_outputs(outputs, monitors, self.own_pid)

    def _json(self, what: str) -> list | None:
        try:
            done = subprocess.run(
                [self.pactl, "-f", "json", "list", what],
                capture_output=True,
                timeout=_LIST_TIMEOUT_S,
                env=dict(os.environ, LC_ALL="C"),
            )
            listed = json.loads(done.stdout or b"null")
        except (OSError, subprocess.TimeoutExpired, ValueError) as exc:
            log.info("pactl list %s failed: %s", what, exc)
            return None
        return listed if done.returncode == 0 and isinstance(listed, list) else None


def users_from_outputs(outputs: list, monitors: set, own_pid: int) -> tuple[MicUser, ...]:
    """The recording programs in `pactl -f json list source-outputs`, leaving out
    recordings of a speaker's monitor (screen recorders, our own tests) and Twoway itself."""
    found = []
    for output in outputs:
        if not isinstance(output, dict) or output.get("source") in monitors:
            continue
        props = output.get("properties") or {}
        try:
            pid = int(props.get("application.process.id", ""))
        except ValueError:
            pid = None
        if pid == own_pid:
            continue
        found.append(
            MicUser(
                name=str(props.get("application.name", "")),
                binary=str(props.get("application.process.binary", "")),
                pid=pid,
            )
        )
    return tuple(found)
