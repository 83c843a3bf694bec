"""Reading the data folder: listing its files and turning each into a record.

The hot path of a start-up: records come from the load cache wherever it holds the very
same file, files without an entry are parsed (by helper processes when there are many).
A file that cannot be read is listed as a problem and never overwritten.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from twoway.core.atomic import PRIVATE_DIR_MODE, ensure_private_dir
from twoway.core.marks import QT_TRANSLATE_NOOP, Message, message
from twoway.core.records import Agenda
from twoway.core.store import otherfiles, parallel
from twoway.core.store.cache import Signature, signature
from twoway.core.store.codec import body_unpacker, light_state, read_record
from twoway.core.store.collector import collector_paused
from twoway.core.store.conflicts import note_bad_name, note_conflict, note_other_copies
from twoway.core.store.fields import from_json, to_json
from twoway.core.store.files import not_regular, read_regular
from twoway.core.store.layout import (
    AGENDA,
    AGENDA_ID,
    ALL_KINDS,
    MAX_RECORD_BYTES,
    RECORD_NAME_RE,
    Entry,
    Kind,
    classify,
    is_our_temp_file,
)
from twoway.core.store.lazy import Body, lazy_meeting
from twoway.core.store.migrations import schema_of, upgrade
from twoway.core.store.problems import (
    NEWER_VERSION,
    UNREADABLE,
    Invalid,
    Problem,
    save_problem,
)
from twoway.core.store.state import StoreState
from twoway.core.store.tomltext import LineFinder, Unreadable, parse_bytes, too_deep

# Below this many freshly parsed files the cache is brought up to date on close() only.
_CACHE_REWRITE_AT = 200
_PROGRESS_EVERY_S = 0.1


@dataclass
class Loaded:
    """The outcome of reading one record file."""

    record: object | None = None
    sig: Signature | None = None
    problem: Problem | None = None
    read_only: bool = False
    original: tuple[int, bytes] | None = None  # (schema, bytes) before an upgrade
    payload: list[Any] | None = None  # the cache entry, when the file may be cached


@dataclass
class Listing:
    """One folder's files, sorted by what they are."""

    records: dict[str, os.DirEntry[str]] = field(default_factory=dict)
    conflicts: list[tuple[Path, Entry]] = field(default_factory=list)
    bad_names: list[Path] = field(default_factory=list)
    problem: Problem | None = None


def _sentence(text: str) -> str:
    if isinstance(text, Message):
        return text  # written as a sentence where it was made; the UI translates it whole
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


def _not_read(reason: str | None) -> Message:
    return message(QT_TRANSLATE_NOOP("Messages", "It could not be read (%1)."), reason)


def _odd_value(exc: Exception) -> Message:
    return message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Twoway could not make sense of a value in this file (%1), so the file was not loaded and is left as it is. Correct the value by hand, then choose “Try again” in Settings.",
        ),
        str(exc) or type(exc).__name__,
    )


_FOLDER_IN_PLACE = message(
    QT_TRANSLATE_NOOP("Messages", "This is a folder where a file should be. Move it away.")
)


def _not_a_folder(kind: Kind) -> Message:
    # One whole sentence per folder, so each reads naturally once translated.
    if kind.folder == "contacts":
        return message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This should be the folder holding your contacts, but it is a file. Move the file away, then choose “Try again” in Settings.",
            )
        )
    if kind.folder == "meetings":
        return message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This should be the folder holding your meetings, but it is a file. Move the file away, then choose “Try again” in Settings.",
            )
        )
    if kind.folder == "followups":
        return message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This should be the folder holding your follow-ups, but it is a file. Move the file away, then choose “Try again” in Settings.",
            )
        )
    return message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This should be the folder holding your checklist templates, but it is a file. Move the file away, then choose “Try again” in Settings.",
        )
    )


def cache_payload(record: object) -> list[Any]:
    """A record as the load cache keeps it: [field values, (unused), body]."""
    # The middle place held each contact's search text in earlier versions.
    return [to_json(record), None, None]


class Reader:
    """Reads record files into the shared state; see the module's note."""

    def __init__(self, state: StoreState) -> None:
        self.s = state
        self._progress: Callable[[int, int], None] | None = None  # while loading only
        self._progress_at = 0.0
        self._helpers: parallel.Helpers | None = None  # while loading only
        self._files_total = self._files_done = 0

    def prepare_folder(self) -> None:
        """Create the data folder if needed, private to the user, with its .stignore."""
        try:
            ensure_private_dir(self.s.root)
            if os.name == "posix" and self.s.root.stat().st_uid == os.geteuid():
                os.chmod(self.s.root, PRIVATE_DIR_MODE)
        except OSError as exc:
            self.s.problems.add(save_problem(self.s.root, exc))
            return
        with contextlib.suppress(OSError):  # a read-only folder is reported above already
            otherfiles.write_sync_ignore(self.s.root)

    def load_everything(self, progress: Callable[[int, int], None] | None = None) -> None:
        """Read every record, from the load cache wherever it holds the very same file.

        `progress(done, total)` is called now and then while files are read.
        """
        self._progress = progress
        seen: set[str] = set()
        fresh = 0
        # Hundreds of thousands of small objects are made here; the collector would
        # rescan them again and again while they are being built.
        with collector_paused():
            self.s.cache.read()
            before = len(self.s.cache.entries)
            listings = [
                (kind, self.list_folder(kind, remove_temp_files=True)) for kind in ALL_KINDS
            ]
            self._files_total = sum(len(listing.records) for _, listing in listings)
            self._files_done = 0
            self._report_progress(0)
            with parallel.Helpers() as self._helpers:
                for kind, listing in listings:
                    if listing.problem:
                        self.s.problems.add(listing.problem)
                    fresh += self._load_listing(kind, listing, seen)
                    self._files_done += len(listing.records)
                    for path, what in listing.conflicts:
                        note_conflict(self.s, kind, path, what)
                    for path in listing.bad_names:
                        note_bad_name(self.s, kind, path)
            self._helpers = None
        note_other_copies(self.s)
        self.s.loaded_from_cache = self._files_total - fresh
        for rel in [rel for rel in self.s.cache.entries if rel not in seen]:
            self.s.cache.drop(rel)
        if fresh >= _CACHE_REWRITE_AT or (before == 0 and self.s.cache.dirty):
            self.s.cache.write()
        self._report_progress(0, last=True)
        self._progress = None

    def _report_progress(self, done_in_folder: int, *, last: bool = False) -> None:
        if self._progress is None:
            return
        now = time.monotonic()
        if not last and done_in_folder and now - self._progress_at < _PROGRESS_EVERY_S:
            return
        self._progress_at = now
        total = self._files_total
        self._progress(total if last else min(total, self._files_done + done_in_folder), total)

    def list_folder(self, kind: Kind, *, remove_temp_files: bool = False) -> Listing:
        listing = Listing()
        folder = self.s.root / kind.folder if kind.folder else self.s.root
        try:
            entries = list(os.scandir(folder))
        except FileNotFoundError:
            return listing
        except NotADirectoryError:
            listing.problem = Problem(
                folder,
                None,
                _not_a_folder(kind),
                UNREADABLE,
            )
            return listing
        except OSError as exc:
            listing.problem = Problem(
                folder,
                None,
                message(
                    QT_TRANSLATE_NOOP("Messages", "This folder could not be read (%1)."),
                    exc.strerror,
                ),
                UNREADABLE,
            )
            return listing
        names = {entry.name for entry in entries}
        for entry in entries:
            plain = RECORD_NAME_RE.match(entry.name)
            if plain and (kind.folder or plain[1] == AGENDA_ID):
                listing.records[plain[1]] = entry  # the usual case, decided at once
                continue
            if remove_temp_files and is_our_temp_file(entry.name):
                # Left by an interrupted write at start-up; the real file is intact.
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                continue
            what = classify(entry.name, names)
            if not kind.folder and what.record_id != AGENDA_ID:
                continue  # the data root holds other files besides the agenda
            if what.role == "record":
                listing.records[what.record_id] = entry
            elif what.role == "conflict":
                listing.conflicts.append((Path(entry.path), what))
            elif what.role == "bad-name":
                listing.bad_names.append(Path(entry.path))
        return listing

    # --- reading one file ----------------------------------------------------------------

    def _load_listing(self, kind: Kind, listing: Listing, seen: set[str]) -> int:
        """Load one folder's records, from the cache wherever it holds the very same file.

        The hot path of a start-up; returns how many files had to be parsed.
        """
        records = self.s.records(kind) if kind.folder else None
        prefix = f"{kind.folder}/" if kind.folder else ""
        cached = self.s.cache.get
        sigs = self.s.sigs
        fresh: list[tuple[str, os.DirEntry[str]]] = []
        for count, (rid, entry) in enumerate(listing.records.items()):
            rel = prefix + entry.name
            seen.add(rel)
            record = payload = None
            try:
                sig = signature(entry.stat())
                payload = cached(rel, sig)
                if payload is not None:
                    record = self._from_payload(kind, payload)
            except (OSError, TypeError, ValueError, IndexError, KeyError, AttributeError):
                record = None  # gone, or a damaged entry: the file itself is read below
            if record is None:
                fresh.append((rid, entry))
                continue
            if count % 500 == 0:
                self._report_progress(count)
            if records is None:
                self.s.agenda = cast(Agenda, record)
            else:
                records[rid] = record
            sigs[(kind.name, rid)] = sig
        if kind.folder and self._helpers is not None and self._helpers.wanted(len(fresh)):
            self._load_in_parallel(kind, fresh)
        else:
            for count, (rid, entry) in enumerate(fresh):
                path = Path(entry.path)
                self.accept(kind, rid, path, self.load_file(kind, rid, path, entry))
                if count % 100 == 0:
                    self._report_progress(len(listing.records) - len(fresh) + count)
        return len(fresh)

    def _load_in_parallel(self, kind: Kind, fresh: list[tuple[str, os.DirEntry[str]]]) -> None:
        """Many files without a cache entry: parsed on every core (see `parallel`)."""
        already = len(self.s.records(kind))
        files = [(rid, entry.path) for rid, entry in fresh]
        helpers = self._helpers
        assert helpers is not None  # only called while the helpers are there
        results = helpers.parse_files(
            kind, files, self.s.now(), lambda done: self._report_progress(already + done)
        )
        for (rid, entry), parsed in zip(fresh, results, strict=True):
            path = Path(entry.path)
            if parsed is None:  # anything but a plain, valid file: read it the usual way
                self.accept(kind, rid, path, self.load_file(kind, rid, path, entry))
                continue
            sig, values, body = parsed
            payload = [json.loads(values), None, body]
            loaded = Loaded(self._from_payload(kind, payload), sig, payload=payload)
            self.accept(kind, rid, path, loaded)

    def _from_payload(self, kind: Kind, payload: list[Any]) -> object:
        values, _, body = payload
        if body is None:
            return from_json(kind.cls, values)
        state = light_state(kind.cls, kind.body)(values)
        unpack = body_unpacker(kind.cls, kind.body)
        if isinstance(body, bytes):  # parsed just now, not yet in the cache file
            return lazy_meeting(state, Body(memoryview(body), 0, len(body), unpack))
        return lazy_meeting(state, Body(self.s.cache.blob, body[0], body[1], unpack))

    def load_file(
        self, kind: Kind, rid: str, path: Path, entry: os.DirEntry[str] | None = None
    ) -> Loaded:
        try:
            st = entry.stat() if entry is not None else os.stat(path)
        except FileNotFoundError:
            return Loaded()
        except OSError as exc:
            return self._unreadable_result(kind, rid, path, _not_read(exc.strerror))
        if stat.S_ISDIR(st.st_mode):
            return self._unreadable_result(
                kind,
                rid,
                path,
                _FOLDER_IN_PLACE,
            )
        sig = signature(st)
        payload = self.s.cache.get(self.s.rel(path), sig)
        if payload is not None:
            try:
                return Loaded(self._from_payload(kind, payload), sig, payload=payload)
            except (TypeError, ValueError, IndexError, KeyError, AttributeError):
                pass  # a damaged entry: read the file itself
        if not stat.S_ISREG(st.st_mode):
            loaded = self._unreadable_result(kind, rid, path, _not_read(not_regular()))
            loaded.sig = sig  # looked at again only when it changes
            return loaded
        try:
            # Opened without blocking and read up to the limit: a pipe or a huge file
            # put there by accident is named, never waited on.
            st, raw = read_regular(path, MAX_RECORD_BYTES)
            sig = signature(st)
        except FileNotFoundError:
            return Loaded()
        except IsADirectoryError:
            return self._unreadable_result(
                kind,
                rid,
                path,
                _FOLDER_IN_PLACE,
            )
        except OSError as exc:
            loaded = self._unreadable_result(kind, rid, path, _not_read(exc.strerror))
            loaded.sig = sig
            return loaded
        loaded = self.parse(kind, rid, path, raw)
        loaded.sig = sig
        return loaded

    def _unreadable_result(
        self, kind: Kind, rid: str, path: Path, message: str, line: int | None = None
    ) -> Loaded:
        return Loaded(problem=Problem(path, line, _sentence(message), UNREADABLE, kind.name, rid))

    def parse(self, kind: Kind, rid: str, path: Path, raw: bytes) -> Loaded:
        """Turn a file's bytes into a record, upgrading older schemas; never raises."""
        text = ""
        try:
            data, text = parse_bytes(raw)
            schema = schema_of(data)
            if schema > kind.schema:
                record = read_record(kind, data, rid, self.s.now(), strict=False)
                problem = Problem(
                    path,
                    LineFinder(text).line_of(("schema",)),
                    message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "This file was written by a newer version of Twoway (schema %1; this version knows %2). It is shown, but this version will not change it. Update Twoway to edit it.",
                        ),
                        str(schema),
                        str(kind.schema),
                    ),
                    NEWER_VERSION,
                    kind.name,
                    rid,
                )
                return Loaded(record, problem=problem, read_only=True)
            original = None
            if schema < kind.schema:
                data = upgrade(kind.name, data, kind.schema)
                original = (schema, raw)
            record = read_record(kind, data, rid, self.s.now())
        except Unreadable as exc:
            return self._unreadable_result(kind, rid, path, exc.message, exc.line)
        except Invalid as exc:
            line = LineFinder(text).line_of(exc.where) if exc.where else None
            return self._unreadable_result(kind, rid, path, exc.message, line)
        except RecursionError:  # a value nested too deeply for the steps after parsing
            return self._unreadable_result(kind, rid, path, too_deep())
        except (ValueError, TypeError, OverflowError) as exc:
            # A value the checks above let through but that still cannot become part of
            # a record: this one file is listed and left as it is; the rest still loads.
            return self._unreadable_result(kind, rid, path, _odd_value(exc))
        if original is not None:
            return Loaded(record, original=original)
        return Loaded(record, payload=cache_payload(record))

    def accept(self, kind: Kind, rid: str, path: Path, loaded: Loaded) -> None:
        """Take a freshly read file into memory (or note why it could not be)."""
        key = (kind.name, rid)
        self.s.problems.forget(path, (UNREADABLE, NEWER_VERSION))
        if loaded.record is None:
            if loaded.problem is not None:
                self.s.unreadable[path] = (key, loaded.sig)
                self.s.problems.add(loaded.problem)
            return
        self.s.unreadable.pop(path, None)
        record = loaded.record
        if kind is AGENDA:
            self.s.agenda = cast(Agenda, record)
        else:
            self.s.records(kind)[rid] = record
        self.s.sigs[key] = loaded.sig
        if loaded.read_only:
            self.s.read_only.add(key)
            self.s.problems.add(cast(Problem, loaded.problem))  # read only: a newer version's file
        else:
            self.s.read_only.discard(key)
        if loaded.original is not None:
            self.s.originals[key] = loaded.original
            self.s.pending[key] = True
        elif loaded.payload is not None and loaded.sig is not None:
            self.s.cache.put(self.s.rel(path), loaded.sig, loaded.payload)
