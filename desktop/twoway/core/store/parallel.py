"""Reading thousands of record files on every core, for a start-up without the load cache.

A second device's first start after a sync (or a cleared cache) has to parse every file;
on one core that takes many seconds for a large folder. Here helper processes, one per
core, read the files in chunks while the calling thread reports progress. Each file comes back in the load cache's own
form (short fields as JSON, long parts as JSON bytes), so the store builds its records
exactly as it does from the cache, and meetings keep their long parts unread until used.

Only the plain case is handled here: a file that is readable, valid and of the current
schema. Anything else (a problem to name, an upgrade, a newer schema) comes back as None
and the store reads that file itself the usual way, so every message stays the same.
"""

from __future__ import annotations

import concurrent.futures as futures
import contextlib
import json
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from twoway.core.store.cache import signature
from twoway.core.store.codec import read_record, split_values
from twoway.core.store.fields import to_json
from twoway.core.store.files import FileRefused, read_regular
from twoway.core.store.layout import KINDS_BY_NAME, MAX_RECORD_BYTES, Kind
from twoway.core.store.migrations import schema_of
from twoway.core.store.problems import Invalid
from twoway.core.store.tomltext import Unreadable, parse_bytes

# Below this many files the helpers' start (a fresh interpreter each) costs more than
# it saves.
PARALLEL_AT = 1500
_CHUNK = 250
# One result: (signature, short fields as JSON bytes, body or None).
Parsed = tuple[tuple[int, int, int, int], bytes, bytes | None]


def _dumps(value: object) -> bytes:
    # The same encoding as the load cache's, so values read back exactly as from there.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str).encode()


def parse_one(kind: Kind, rid: str, path: str, now: datetime) -> Parsed | None:
    """One file in the cache's form, or None when the store must read it itself."""
    try:
        st, raw = read_regular(Path(path), MAX_RECORD_BYTES)
        data, _ = parse_bytes(raw)
        if schema_of(data) != kind.schema:
            return None
        record = read_record(kind, data, rid, now)
    except (OSError, FileRefused, Unreadable, Invalid, RecursionError, ValueError, TypeError):
        return None
    values = to_json(record)
    body = None
    if kind.body:
        values, body_values = split_values(kind.cls, kind.body, values)
        body = _dumps(body_values)
    return signature(st), _dumps(values), body


def parse_chunk(kind_name: str, files: list[tuple[str, str]], now: datetime) -> list[Parsed | None]:
    kind = KINDS_BY_NAME[kind_name]
    return [parse_one(kind, rid, path, now) for rid, path in files]


@contextlib.contextmanager
def _main_not_rerun() -> Iterator[None]:
    """Start helpers without running the program's main script again in each of them.

    A helper needs only this module. Left alone, a fresh interpreter imports the script
    that started the program; a script without a `__main__` guard would then open the
    store again in every helper.
    """
    main = sys.modules.get("__main__")
    if main is None:
        yield
        return
    saved: dict[str, Any] = {
        name: main.__dict__[name] for name in ("__file__", "__spec__") if name in main.__dict__
    }
    main.__dict__.pop("__file__", None)
    main.__spec__ = None
    try:
        yield
    finally:
        main.__dict__.pop("__spec__", None)
        main.__dict__.update(saved)


def usable_workers() -> int:
    """How many helper processes to start (0: read in this thread)."""
    if getattr(sys, "frozen", False):
        return 0  # a frozen bundle cannot start a plain interpreter as a helper
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(0, min(cores, 8)) if cores > 1 else 0


class Helpers:
    """Helper processes, one per core, started on first use and kept for one load."""

    def __init__(self) -> None:
        self._pool: futures.ProcessPoolExecutor | None = None
        self._broken = False

    def __enter__(self) -> Helpers:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def wanted(self, count: int) -> bool:
        return count >= PARALLEL_AT and not self._broken and usable_workers() > 0

    def parse_files(
        self,
        kind: Kind,
        files: list[tuple[str, str]],
        now: datetime,
        progress: Callable[[int], None] | None = None,
    ) -> list[Parsed | None]:
        """Every (record id, path) in `files`, in order. The helpers read them in chunks
        while this thread only takes in their results and reports progress."""
        chunks = [files[i : i + _CHUNK] for i in range(0, len(files), _CHUNK)]
        results: list[list[Parsed | None] | None] = [None] * len(chunks)
        pending: dict[futures.Future[list[Parsed | None]], int] = {}
        if self.wanted(len(files)):
            try:
                with _main_not_rerun():  # the helpers start as the first chunks go out
                    if self._pool is None:
                        context = multiprocessing.get_context("spawn")
                        self._pool = futures.ProcessPoolExecutor(usable_workers(), context)
                    for number, chunk in enumerate(chunks):
                        pending[self._pool.submit(parse_chunk, kind.name, chunk, now)] = number
            except (OSError, RuntimeError, ValueError):
                self._broken = True
        done = 0
        while pending:
            done = _collect(pending, results, chunks, done, progress)
        # Without helpers, or where one failed (killed, out of memory), this thread reads.
        for number, chunk in enumerate(chunks):
            if results[number] is None:
                results[number] = parse_chunk(kind.name, chunk, now)
                done += len(chunk)
                if progress is not None:
                    progress(done)
        return [item for chunk in results for item in (chunk or [])]


def _collect(
    pending: dict[futures.Future[list[Parsed | None]], int],
    results: list[list[Parsed | None] | None],
    chunks: list[list[tuple[str, str]]],
    done: int,
    progress: Callable[[int], None] | None,
) -> int:
    """Take in the helpers' finished chunks; report progress; returns files done."""
    if pending:
        finished, _ = futures.wait(list(pending), timeout=0.1, return_when=futures.FIRST_COMPLETED)
        for future in finished:
            number = pending.pop(future)
            try:
                results[number] = future.result()
                done += len(chunks[number])
            except Exception:  # a broken helper: this thread reads its chunk below
                results[number] = None
    if progress is not None:
        progress(done)
    return done
