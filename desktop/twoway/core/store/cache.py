"""The load cache: every record file's parsed content, keyed by the file's identity.

Parsing thousands of TOML files takes seconds; reading one cache file takes a fraction
of that. An entry is used only while its file's size, times and inode are exactly as
recorded, so a file changed by hand or by a sync tool is always parsed again. The cache
lives outside the data folder (it is machine-local and must not be synced) and is safe
to delete at any time: it is rebuilt on the next start.

The file is one line of JSON (an index with each record's short fields) followed by
the records' long parts ("bodies"), one JSON array each, which the index points into.
Only the index is parsed at start-up; a body is parsed when its record is first used.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

from twoway.core.atomic import atomic_write_bytes
from twoway.core.store.codec import fingerprint, split_values
from twoway.core.store.layout import FOLDER_KINDS

# Raised when what a file reads as changes without a change of fields: cue keys such as
# "0" and "00" were once taken as one cue, and are now a file to look at (3).
_FORMAT = "twoway-store-cache-3"

Signature = tuple[int, int, int, int]  # mtime_ns, ctime_ns, size, inode

# An entry's payload: [values, None (once a search text), body] where body is None (the values
# are complete), [start, end] of the body's JSON in `LoadCache.blob`, or that JSON itself
# (bytes) for a file parsed since the cache was read.
_RACY_NS = 2_000_000_000
_BODY_KINDS = {kind.folder: kind for kind in FOLDER_KINDS if kind.body}


def signature(stat: os.stat_result) -> Signature:
    return stat.st_mtime_ns, stat.st_ctime_ns, stat.st_size, stat.st_ino


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


class LoadCache:
    """Entries by path relative to the data root: (signature, payload)."""

    def __init__(self, file: Path | None, root: Path) -> None:
        self.file = file
        self.root = str(root)
        self.entries: dict[str, tuple[Signature, list[Any]]] = {}
        self.blob = memoryview(b"")
        self.dirty = False
        self._trusted_before = 0  # entries for files modified later than this are not used

    def read(self) -> None:
        """Load the cache file; anything unexpected just means starting without it."""
        self.entries = {}
        self.blob = memoryview(b"")
        if self.file is None:
            return
        try:
            with open(self.file, "rb") as handle:
                written = os.fstat(handle.fileno()).st_mtime_ns
                raw = handle.read()
            newline = raw.index(b"\n")
            data = json.loads(raw[:newline])
        except (OSError, ValueError):
            return
        if (
            not isinstance(data, dict)
            or data.get("format") != _FORMAT
            or data.get("fingerprint") != fingerprint()
            or data.get("root") != self.root
            or not isinstance(data.get("entries"), dict)
        ):
            return
        with contextlib.suppress(TypeError, ValueError, IndexError):
            self.entries = {
                rel: (tuple(entry[0]), entry[1]) for rel, entry in data["entries"].items()
            }
            self.blob = memoryview(raw)[newline + 1 :]
            # A file changed within the same clock tick as its cache entry could look
            # unchanged; entries that close to the cache's own writing are not trusted.
            self._trusted_before = written - _RACY_NS

    def get(self, rel: str, sig: Signature) -> list[Any] | None:
        entry = self.entries.get(rel)
        if entry is not None and entry[0] == sig and sig[0] < self._trusted_before:
            return entry[1]
        return None

    def put(self, rel: str, sig: Signature, payload: list[Any]) -> None:
        entry = self.entries.get(rel)
        if entry is not None and entry[0] == sig:
            return  # already up to date: the file is the same
        self.entries[rel] = (sig, payload)
        self.dirty = True

    def drop(self, rel: str) -> None:
        if self.entries.pop(rel, None) is not None:
            self.dirty = True

    def write(self) -> None:
        """Save the cache. Failing is harmless: the next start parses the files instead."""
        if self.file is None or not self.dirty:
            return
        try:
            index, bodies = self._layout()
            header = _dumps(
                {
                    "format": _FORMAT,
                    "fingerprint": fingerprint(),
                    "root": self.root,
                    "entries": index,
                }
            )
            blob = b"".join(bodies)
            atomic_write_bytes(self.file, header.encode("utf-8") + b"\n" + blob)
        except (OSError, ValueError, TypeError, UnicodeEncodeError):
            return
        self.dirty = False
        self.blob = memoryview(blob)
        self.entries = {rel: (tuple(entry[0]), entry[1]) for rel, entry in index.items()}

    def _layout(self) -> tuple[dict[str, list[Any]], list[bytes]]:
        """The index to write, and the bodies it points into, in order."""
        index: dict[str, list[Any]] = {}
        bodies: list[bytes] = []
        position = 0
        for rel, (sig, payload) in self.entries.items():
            values, text, body = payload
            kind = _BODY_KINDS.get(rel.split("/", 1)[0])
            if kind is not None:
                if isinstance(body, bytes):  # parsed on this start, not yet written
                    chunk = body
                elif body is not None:
                    chunk = bytes(self.blob[body[0] : body[1]])
                else:
                    values, body_values = split_values(kind.cls, kind.body, values)
                    chunk = _dumps(body_values).encode("utf-8")
                bodies.append(chunk)
                payload = [values, text, [position, position + len(chunk)]]
                position += len(chunk)
            index[rel] = [list(sig), payload]
        return index, bodies
