"""Is the screen being shared, on Linux: a screen cast's video stream in PipeWire.

Every way of sharing the screen on a Wayland desktop (and in current browsers on X11)
goes through the screen-cast portal, which makes the compositor offer a PipeWire node
of media class "Video/Source" that no device stands behind (a webcam's node names its
device). One `pw-dump --monitor` stays running and reports nodes as they come and go; a
look only reads what it said since the last one. Without PipeWire the answer is None
("cannot tell"), and a call app's own sharing indicator window is recognised by title
instead (see `sharing_window`).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import subprocess

from twoway.core.calls import WindowSeen

log = logging.getLogger(__name__)

# Windows call apps show while the screen is shared (Zoom's floating control bar, the
# browsers' "is sharing your screen" bar).
_SHARING_TITLES = re.compile(
    r"^(as_toolbar|zoom_linux_float_video_window|Zoom - Share)\b"
    r"|is sharing (your screen|a window)|sharing your screen",
    re.IGNORECASE,
)


def is_screencast_node(info: dict) -> bool:
    """A PipeWire node object (as pw-dump prints it) that is a screen cast."""
    props = (info.get("info") or {}).get("props") or {}
    if props.get("media.class") != "Video/Source":
        return False
    # Cameras are devices; a cast is a stream the compositor makes.
    return not any(key in props for key in ("device.id", "device.api", "api.v4l2.path"))


def sharing_window(windows: tuple[WindowSeen, ...] | None) -> bool | None:
    if windows is None:
        return None
    return any(_SHARING_TITLES.search(window.title) for window in windows)


class PipeWireScreencast:
    def __init__(self, pw_dump: str | None = None) -> None:
        self.pw_dump = pw_dump or shutil.which("pw-dump")
        self._watch: subprocess.Popen | None = None
        self._buffer = ""
        self._casts: set[int] = set()
        self._failed = False

    def active(self) -> bool | None:
        if self.pw_dump is None or self._failed:
            return None
        if self._watch is None:
            self._start()
            if self._watch is None:
                return None
        self._drain()
        if self._watch is not None and self._watch.poll() is not None:
            self._failed = True  # no PipeWire daemon: cannot tell
            return None
        return bool(self._casts)

    def _start(self) -> None:
        try:
            self._watch = subprocess.Popen(
                [self.pw_dump, "--monitor", "--no-colors"],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                stdin=subprocess.DEVNULL,
            )
        except OSError as exc:
            log.info("pw-dump could not start: %s", exc)
            self._failed = True
            return
        os.set_blocking(self._watch.stdout.fileno(), False)

    def _drain(self) -> None:
        chunks = []
        while True:
            try:
                chunk = os.read(self._watch.stdout.fileno(), 1 << 16)
            except BlockingIOError:
                break
            if not chunk:
                break
            chunks.append(chunk.decode("utf-8", errors="replace"))
        if not chunks:
            return
        self._buffer += "".join(chunks)
        decoder = json.JSONDecoder()
        while True:
            text = self._buffer.lstrip()
            if not text:
                self._buffer = ""
                return
            try:
                batch, end = decoder.raw_decode(text)
            except ValueError:
                self._buffer = text  # the rest of this batch is still on its way
                return
            self._buffer = text[end:]
            self._apply(batch)

    def _apply(self, batch: object) -> None:
        for change in batch if isinstance(batch, list) else ():
            if not isinstance(change, dict) or "id" not in change:
                continue
            if change.get("info") is None:  # the object is gone
                self._casts.discard(change["id"])
            elif change.get("type", "").endswith(":Node"):
                if is_screencast_node(change):
                    self._casts.add(change["id"])
                elif (change.get("info") or {}).get("props"):
                    self._casts.discard(change["id"])

    def close(self) -> None:
        if self._watch is not None:
            if self._watch.poll() is None:
                self._watch.terminate()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    self._watch.wait(timeout=2)
            self._watch.stdout.close()
            self._watch = None
