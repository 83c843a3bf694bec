"""The Store: every record in memory, each kept in its own readable file on disk.

Rules it keeps (the data page in the README describes them for users):
- Writes are atomic, and only `flush()` writes; the caller debounces and flushes on quit.
- A file that cannot be read is never overwritten; it is listed in `problems`.
- A file from a newer Twoway is loaded but never changed by this version.
- When a file changed on disk while this instance held unsaved edits to the same record,
  the version on disk stays in place and the edits are written beside it as a conflict
  copy (`<id>.twoway-conflict-<time>.toml`); both are kept and the user chooses.
- A deleted record's file is moved to `trash/`, so a delete can be undone.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import json
import os
import stat
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, cast

from twoway.core.atomic import (
    PRIVATE_DIR_MODE,
    atomic_write_bytes,
    atomic_write_many,
    ensure_private_dir,
    fsync_dir,
)
from twoway.core.clock import Clock, SystemClock
from twoway.core.marks import QT_TRANSLATE_NOOP, Message, message
from twoway.core.records import (
    Agenda,
    ChecklistTemplate,
    Contact,
    FollowUp,
    Meeting,
    MeetingStatus,
)
from twoway.core.store import backups, otherfiles, parallel
from twoway.core.store.cache import LoadCache, Signature, default_cache_file, signature
from twoway.core.store.codec import (
    body_unpacker,
    from_json,
    light_state,
    read_record,
    record_document,
    to_json,
)
from twoway.core.store.files import not_regular, read_regular, read_regular_file
from twoway.core.store.layout import (
    AGENDA,
    AGENDA_ID,
    ALL_KINDS,
    CONTACT,
    FOLDER_KINDS,
    FOLLOWUP,
    ID_RE,
    KINDS_BY_NAME,
    MAX_RECORD_BYTES,
    MEETING,
    MIGRATED_DIR,
    OUR_CONFLICT_MARK,
    RECORD_NAME_RE,
    SUFFIX,
    TEMPLATE,
    TRASH_DIR,
    Entry,
    Kind,
    classify,
    file_stamp,
    is_our_temp_file,
    stamp_in_name,
)
from twoway.core.store.lazy import Body, lazy_meeting
from twoway.core.store.migrations import schema_of, upgrade
from twoway.core.store.problems import (
    CONFLICT,
    DISK_FULL,
    EXTERNAL_CHANGE,
    NEWER_VERSION,
    NOT_BACKED_UP,
    NOT_SAVED,
    READ_ONLY,
    RETURNED,
    SAVE_FAILURES,
    UNREADABLE,
    Invalid,
    Problem,
)
from twoway.core.store.restore import RestoreResult, restore_archive
from twoway.core.store.restore_checks import Refused, read_entry
from twoway.core.store.search import ContactIndex, contact_text
from twoway.core.store.tomltext import (
    LineFinder,
    Unreadable,
    dump_text,
    parse_bytes,
    too_deep,
)
from twoway.paths import DataPaths

Key = tuple[str, str]  # (kind name, record id)

DEFAULT_KEEP_BACKUPS = 14
TRASH_KEEP_DAYS = 30
# Below this many freshly parsed files the cache is brought up to date on close() only.
_CACHE_REWRITE_AT = 200
_FREEZE_AT = 5000
_PROGRESS_EVERY_S = 0.1
# From this many changed records on, they are written together with one sync of the disk.
_BULK_AT = 50
_DEFAULT = object()


class StoreError(Exception):
    """An action on the store that could not be done; `problem` says why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


@dataclass
class ChangeSummary:
    """What `rescan()` found changed on disk; entries are (kind, id) pairs."""

    added: list[Key] = field(default_factory=list)
    changed: list[Key] = field(default_factory=list)
    removed: list[Key] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed or self.problems)

    def ids(self, kind: str) -> set[str]:
        """Ids of one kind that were added, changed or removed."""
        return {rid for k, rid in (*self.added, *self.changed, *self.removed) if k == kind}


@dataclass
class _Loaded:
    """The outcome of reading one record file."""

    record: object | None = None
    sig: Signature | None = None
    problem: Problem | None = None
    read_only: bool = False
    original: tuple[int, bytes] | None = None  # (schema, bytes) before an upgrade
    payload: list[Any] | None = None  # the cache entry, when the file may be cached


@dataclass
class _Listing:
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


def _save_problem(path: Path, exc: BaseException, key: Key | None = None) -> Problem:
    record_kind, record_id = key or ("", "")
    code = getattr(exc, "errno", None)
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        kind = READ_ONLY
        said = message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Twoway cannot write to its data folder (it is read-only or not yours). Your changes are kept while Twoway stays open and are saved as soon as the folder can be written again.",
            )
        )
    elif code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        kind = DISK_FULL
        said = message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The disk is full, so your changes could not be saved. They are kept while Twoway stays open and are saved as soon as there is space again.",
            )
        )
    elif isinstance(exc, OSError):
        kind = NOT_SAVED
        reason = exc.strerror or str(exc)
        said = message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Your changes could not be saved (%1). They are kept while Twoway stays open and are saved as soon as this is fixed.",
            ),
            reason,
        )
    else:
        kind = NOT_SAVED
        said = message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This record holds text that cannot be stored in a file (a broken character), so it was not saved. Edit the text and try again.",
            )
        )
    return Problem(path, None, said, kind, record_kind, record_id)


def _move(source: Path, target: Path, deferred: set[Path] | None = None) -> None:
    """Move a file within the data folder atomically, then make the move durable (or,
    with `deferred`, note the folders to sync once after many moves)."""
    ensure_private_dir(target.parent)
    os.replace(source, target)
    for folder in {source.parent, target.parent}:
        if deferred is None:
            fsync_dir(folder)
        else:
            deferred.add(folder)


class Store:
    """All of the user's records, loaded from and saved to one data folder.

    Not thread-safe: use it from one thread. `backup_now()` reads only files on disk.
    Records are plain objects: change one, then hand it back with `put_*` so the change
    is saved by the next `flush()`.
    """

    def __init__(self, paths: DataPaths, clock: Clock, cache_file: Path | None) -> None:
        self.paths = paths
        self.root = paths.root
        self._root_prefix = os.path.join(str(paths.root), "")
        self.clock = clock
        self.contacts: dict[str, Contact] = {}
        self.meetings: dict[str, Meeting] = {}
        self.followups: dict[str, FollowUp] = {}
        self.templates: dict[str, ChecklistTemplate] = {}
        self.agenda = Agenda(updated=self._now())
        self._sigs: dict[Key, Signature | None] = {}  # file identity as last read or written
        self._read_only: set[Key] = set()
        self._deleted_here: set[Key] = set()  # trashed by this app: see _note_returned
        self._pending: dict[Key, bool] = {}  # True: write it; False: delete it
        self._originals: dict[Key, tuple[int, bytes]] = {}  # owed migration backups
        self._unreadable: dict[Path, tuple[Key, Signature | None]] = {}
        self._problems: dict[tuple[Path, str], Problem] = {}
        self._index = ContactIndex()
        self._cache = LoadCache(cache_file, self.root)
        self._deferred_syncs: set[Path] | None = None  # folders to sync after many moves
        self.loaded_from_cache = 0  # how many records the last load took from the cache
        self.backup_skipped: list[Problem] = []  # files the last snapshot left out
        self._progress: Callable[[int, int], None] | None = None  # while opening only
        self._progress_at = 0.0
        self._helpers: parallel.Helpers | None = None  # while opening only
        self._files_total = self._files_done = 0

    # --- opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        paths: DataPaths,
        clock: Clock | None = None,
        *,
        cache_file: object = _DEFAULT,
        progress: Callable[[int, int], None] | None = None,
    ) -> Store:
        """Create the data folder if needed (private to the user) and load everything.

        `cache_file=None` disables the load cache; by default it lives in the user's
        cache folder, one file per data folder. `progress(done, total)` is called now and
        then while files are read (a long first start), and once more at the end.
        """
        if cache_file is _DEFAULT:
            cache_file = default_cache_file(paths.root)
        store = cls(paths, clock or SystemClock(), cast("Path | None", cache_file))
        store._progress = progress
        store._prepare_folder()
        store._load_everything()
        return store

    def _prepare_folder(self) -> None:
        try:
            ensure_private_dir(self.root)
            if os.name == "posix" and self.root.stat().st_uid == os.geteuid():
                os.chmod(self.root, PRIVATE_DIR_MODE)
        except OSError as exc:
            self._add(_save_problem(self.root, exc))
            return
        with contextlib.suppress(OSError):  # a read-only folder is reported above already
            otherfiles.write_sync_ignore(self.root)

    def _load_everything(self) -> None:
        seen: set[str] = set()
        fresh = 0
        # Hundreds of thousands of small objects are made here; the collector would
        # rescan them again and again while they are being built.
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._cache.read()
            before = len(self._cache.entries)
            listings = [(kind, self._list(kind, remove_temp_files=True)) for kind in ALL_KINDS]
            self._files_total = sum(len(listing.records) for _, listing in listings)
            self._files_done = 0
            self._report_progress(0)
            with parallel.Helpers() as self._helpers:
                for kind, listing in listings:
                    if listing.problem:
                        self._add(listing.problem)
                    fresh += self._load_listing(kind, listing, seen)
                    self._files_done += len(listing.records)
                    for path, what in listing.conflicts:
                        self._note_conflict(kind, path, what)
                    for path in listing.bad_names:
                        self._note_bad_name(kind, path)
            self._helpers = None
        finally:
            if collecting:
                if len(self._sigs) >= _FREEZE_AT:
                    # The records live as long as the app: keep the collector from
                    # walking them again (a full pass over 25,000 meetings takes most
                    # of a second). Small stores cost it nothing worth this.
                    gc.freeze()
                gc.enable()
        self._note_other_copies()
        self.loaded_from_cache = self._files_total - fresh
        for rel in [rel for rel in self._cache.entries if rel not in seen]:
            self._cache.drop(rel)
        if fresh >= _CACHE_REWRITE_AT or (before == 0 and self._cache.dirty):
            self._cache.write()
        self._report_progress(0, last=True)
        self._progress = None
        if self._pending:  # files upgraded from an older schema
            self.flush()

    def _report_progress(self, done_in_folder: int, *, last: bool = False) -> None:
        if self._progress is None:
            return
        now = time.monotonic()
        if not last and done_in_folder and now - self._progress_at < _PROGRESS_EVERY_S:
            return
        self._progress_at = now
        total = self._files_total
        self._progress(total if last else min(total, self._files_done + done_in_folder), total)

    def _rel(self, path: Path) -> str:
        # Called twice for every file at start-up; Path.relative_to is slow at that scale.
        text = str(path)
        prefix = self._root_prefix
        if text.startswith(prefix):
            return text[len(prefix) :].replace(os.sep, "/")
        return path.relative_to(self.root).as_posix()

    def _records(self, kind: Kind) -> dict[str, object]:
        return cast("dict[str, object]", getattr(self, kind.attr))

    def _list(self, kind: Kind, *, remove_temp_files: bool = False) -> _Listing:
        listing = _Listing()
        folder = self.root / kind.folder if kind.folder else self.root
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

    def _load_listing(self, kind: Kind, listing: _Listing, seen: set[str]) -> int:
        """Load one folder's records, from the cache wherever it holds the very same file.

        The hot path of a start-up; returns how many files had to be parsed.
        """
        records = self._records(kind) if kind.folder else None
        prefix = f"{kind.folder}/" if kind.folder else ""
        cached = self._cache.get
        sigs = self._sigs
        index = self._index if kind is CONTACT else None
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
                self.agenda = cast(Agenda, record)
            else:
                records[rid] = record
            sigs[(kind.name, rid)] = sig
            if index is not None:  # a contact, read from its cache entry
                index.set(cast(Contact, record), cast("list[Any]", payload)[1])
        if kind.folder and self._helpers is not None and self._helpers.wanted(len(fresh)):
            self._load_in_parallel(kind, fresh)
        else:
            for count, (rid, entry) in enumerate(fresh):
                path = Path(entry.path)
                self._accept(kind, rid, path, self._load_file(kind, rid, path, entry))
                if count % 100 == 0:
                    self._report_progress(len(listing.records) - len(fresh) + count)
        return len(fresh)

    def _load_in_parallel(self, kind: Kind, fresh: list[tuple[str, os.DirEntry[str]]]) -> None:
        """Many files without a cache entry: parsed on every core (see `parallel`)."""
        already = len(self._records(kind))
        files = [(rid, entry.path) for rid, entry in fresh]
        helpers = self._helpers
        assert helpers is not None  # only called while the helpers are there
        results = helpers.parse_files(
            kind, files, self._now(), lambda done: self._report_progress(already + done)
        )
        for (rid, entry), parsed in zip(fresh, results, strict=True):
            path = Path(entry.path)
            if parsed is None:  # anything but a plain, valid file: read it the usual way
                self._accept(kind, rid, path, self._load_file(kind, rid, path, entry))
                continue
            sig, values, text, body = parsed
            payload = [json.loads(values), text, body]
            loaded = _Loaded(self._from_payload(kind, payload), sig, payload=payload)
            self._accept(kind, rid, path, loaded)

    def _from_payload(self, kind: Kind, payload: list[Any]) -> object:
        values, _, body = payload
        if body is None:
            return from_json(kind.cls, values)
        state = light_state(kind.cls, kind.body)(values)
        unpack = body_unpacker(kind.cls, kind.body)
        if isinstance(body, bytes):  # parsed just now, not yet in the cache file
            return lazy_meeting(state, Body(memoryview(body), 0, len(body), unpack))
        return lazy_meeting(state, Body(self._cache.blob, body[0], body[1], unpack))

    def _load_file(
        self, kind: Kind, rid: str, path: Path, entry: os.DirEntry[str] | None = None
    ) -> _Loaded:
        try:
            st = entry.stat() if entry is not None else os.stat(path)
        except FileNotFoundError:
            return _Loaded()
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
        payload = self._cache.get(self._rel(path), sig)
        if payload is not None:
            try:
                return _Loaded(self._from_payload(kind, payload), sig, payload=payload)
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
            return _Loaded()
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
        loaded = self._parse(kind, rid, path, raw)
        loaded.sig = sig
        return loaded

    def _unreadable_result(
        self, kind: Kind, rid: str, path: Path, message: str, line: int | None = None
    ) -> _Loaded:
        return _Loaded(problem=Problem(path, line, _sentence(message), UNREADABLE, kind.name, rid))

    def _parse(self, kind: Kind, rid: str, path: Path, raw: bytes) -> _Loaded:
        """Turn a file's bytes into a record, upgrading older schemas; never raises."""
        text = ""
        try:
            data, text = parse_bytes(raw)
            schema = schema_of(data)
            if schema > kind.schema:
                record = read_record(kind, data, rid, self._now(), strict=False)
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
                return _Loaded(record, problem=problem, read_only=True)
            original = None
            if schema < kind.schema:
                data = upgrade(kind.name, data, kind.schema)
                original = (schema, raw)
            record = read_record(kind, data, rid, self._now())
        except Unreadable as exc:
            return self._unreadable_result(kind, rid, path, exc.message, exc.line)
        except Invalid as exc:
            line = LineFinder(text).line_of(exc.where) if exc.where else None
            return self._unreadable_result(kind, rid, path, exc.message, line)
        except RecursionError:  # a value nested too deeply for the steps after parsing
            return self._unreadable_result(kind, rid, path, too_deep())
        if original is not None:
            return _Loaded(record, original=original)
        return _Loaded(record, payload=self._payload(kind, record))

    def _payload(self, kind: Kind, record: object) -> list[Any]:
        return [
            to_json(record),
            contact_text(cast(Contact, record)) if kind is CONTACT else None,
            None,
        ]

    def _accept(self, kind: Kind, rid: str, path: Path, loaded: _Loaded) -> None:
        """Take a freshly read file into memory (or note why it could not be)."""
        key = (kind.name, rid)
        self._forget_problems(path, (UNREADABLE, NEWER_VERSION))
        if loaded.record is None:
            if loaded.problem is not None:
                self._unreadable[path] = (key, loaded.sig)
                self._add(loaded.problem)
            return
        self._unreadable.pop(path, None)
        record = loaded.record
        if kind is AGENDA:
            self.agenda = cast(Agenda, record)
        else:
            self._records(kind)[rid] = record
        self._sigs[key] = loaded.sig
        if loaded.read_only:
            self._read_only.add(key)
            self._add(cast(Problem, loaded.problem))  # read only: a newer version's file
        else:
            self._read_only.discard(key)
        if loaded.original is not None:
            self._originals[key] = loaded.original
            self._pending[key] = True
        elif loaded.payload is not None and loaded.sig is not None:
            self._cache.put(self._rel(path), loaded.sig, loaded.payload)
        if kind is CONTACT:
            text = loaded.payload[1] if loaded.payload else None
            self._index.set(cast(Contact, record), text)

    def _note_conflict(self, kind: Kind, path: Path, what: Entry) -> None:
        if (path, EXTERNAL_CHANGE) in self._problems:
            return  # already explained in this session's own words
        original = f"{what.record_id}{SUFFIX}"
        if what.tool:
            said = message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "%1 kept two versions of this file: this copy and %2. Compare them and keep the one you want.",
                ),
                what.tool,
                original,
            )
        else:
            said = message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "A sync tool kept two versions of this file: this copy and %1. Compare them and keep the one you want.",
                ),
                original,
            )
        self._add(
            Problem(
                path,
                None,
                said,
                CONFLICT,
                kind.name,
                what.record_id,
            )
        )

    def _note_other_copies(self) -> None:
        """Conflict copies of settings.toml and format files: listed like record copies."""
        copies = otherfiles.other_copies(self.root)
        current = {copy.path for copy in copies}
        for path, kind in list(self._problems):
            problem = self._problems[(path, kind)]
            if kind == CONFLICT and problem.record_kind == "file" and path not in current:
                del self._problems[(path, kind)]
        for copy in copies:
            said = otherfiles.describe(copy)
            self._add(Problem(copy.path, None, said, CONFLICT, "file", copy.original.name))

    def _note_bad_name(self, kind: Kind, path: Path) -> None:
        self._add(
            Problem(
                path,
                None,
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "This file name is not a Twoway record name, so the file was not loaded. Use only letters, digits, '-' and '_' before .toml.",
                    )
                ),
                UNREADABLE,
                kind.name,
            )
        )

    # --- problems ------------------------------------------------------------------------

    @property
    def problems(self) -> list[Problem]:
        return list(self._problems.values())

    def _add(self, problem: Problem) -> None:
        self._problems[(problem.path, problem.kind)] = problem

    def _forget_problems(self, path: Path, kinds: tuple[str, ...]) -> None:
        for kind in kinds:
            self._problems.pop((path, kind), None)

    def dismiss(self, problem: Problem) -> None:
        """Take a problem off the list once the user has seen it (it comes back if it recurs)."""
        self._problems.pop((problem.path, problem.kind), None)

    def is_read_only(self, kind: str, record_id: str) -> bool:
        """True for records from a newer Twoway: show them, but do not offer editing."""
        return (kind, record_id) in self._read_only

    # --- changing records ----------------------------------------------------------------

    def _now(self) -> datetime:
        return self.clock.wall().replace(microsecond=0)

    def _today(self) -> date:
        return self.clock.wall().astimezone().date()

    def _put(self, kind: Kind, record: Contact | Meeting | FollowUp | ChecklistTemplate) -> None:
        if not isinstance(record, kind.cls):
            raise TypeError(f"expected a {kind.cls.__name__}, got {type(record).__name__}")
        if not ID_RE.match(record.id):
            raise ValueError(f"{record.id!r} cannot be used as a record id")
        if hasattr(record, "updated"):
            record.updated = self._now()
        self._records(kind)[record.id] = record
        self._pending[(kind.name, record.id)] = True

    def _delete(self, kind: Kind, record_id: str) -> None:
        record = self._records(kind).pop(record_id, None)
        key = (kind.name, record_id)
        if key in self._sigs:
            self._pending[key] = False
        elif record is not None:
            self._pending.pop(key, None)  # never written: nothing on disk to remove

    def put_contact(self, contact: Contact) -> None:
        self._put(CONTACT, contact)
        self._index.set(contact)

    def delete_contact(self, contact_id: str) -> None:
        """Meetings and follow-ups of the contact are left as they are."""
        self._delete(CONTACT, contact_id)
        self._index.drop(contact_id)

    def put_meeting(self, meeting: Meeting) -> None:
        self._put(MEETING, meeting)
        # Only a meeting that took place is contact, on the day it was held: planning one,
        # or writing its debrief days later, does not make the contact recent.
        if meeting.status is MeetingStatus.DONE:
            self._note_interaction(meeting.contact_id, self._held_on(meeting))

    def _held_on(self, meeting: Meeting) -> date:
        started = (meeting.run or {}).get("started_at")
        if started:
            try:
                return min(self._today(), datetime.fromisoformat(started).astimezone().date())
            except (TypeError, ValueError):
                pass
        if meeting.scheduled is not None:
            return min(self._today(), meeting.scheduled.astimezone().date())
        return self._today()

    def delete_meeting(self, meeting_id: str) -> None:
        self._delete(MEETING, meeting_id)

    def put_followup(self, followup: FollowUp) -> None:
        if followup.done and followup.done_on is None:
            followup.done_on = self._today()
        self._put(FOLLOWUP, followup)
        if followup.done:
            self._note_interaction(followup.contact_id, followup.done_on)

    def delete_followup(self, followup_id: str) -> None:
        self._delete(FOLLOWUP, followup_id)

    def put_template(self, template: ChecklistTemplate) -> None:
        self._put(TEMPLATE, template)

    def delete_template(self, template_id: str) -> None:
        self._delete(TEMPLATE, template_id)

    def set_agenda(self, agenda: Agenda) -> None:
        if not isinstance(agenda, Agenda):
            raise TypeError(f"expected an Agenda, got {type(agenda).__name__}")
        agenda.updated = self._now()
        self.agenda = agenda
        self._pending[(AGENDA.name, AGENDA_ID)] = True

    def _note_interaction(self, contact_id: str, day: date | None) -> None:
        contact = self.contacts.get(contact_id)
        if contact is None or day is None:
            return
        if contact.last_interaction is None or day > contact.last_interaction:
            contact.last_interaction = day
            self._pending[(CONTACT.name, contact_id)] = True

    # --- saving --------------------------------------------------------------------------

    def pending(self) -> int:
        """How many records have changes not yet written."""
        return len(self._pending)

    def flush(self) -> list[Problem]:
        """Write every pending change. What cannot be written stays pending, and is reported."""
        problems = []
        keys = list(self._pending)
        if len(keys) >= _BULK_AT:
            keys = self._flush_bulk(keys)
            # Many removals (an import taken back): each folder is synced once at the end.
            self._deferred_syncs = set()
        try:
            for key in keys:
                problem = self._flush_one(key)
                if problem is not None:
                    problems.append(problem)
                    self._add(problem)
        finally:
            deferred, self._deferred_syncs = self._deferred_syncs, None
            for folder in deferred or ():
                with contextlib.suppress(OSError):
                    fsync_dir(folder)
        return problems

    def close(self) -> list[Problem]:
        """Save everything, then bring the load cache up to date for a quick next start."""
        problems = self.flush()
        self._cache.write()
        return problems

    def _flush_bulk(self, keys: list[Key]) -> list[Key]:
        """Write many new or changed records in one go (an import of thousands): one sync
        of the disk instead of one per file. Returns the keys left for the careful path
        one by one: removals, and anything needing a closer look or that failed here."""
        left: list[Key] = []
        items: list[tuple[Key, Path, object]] = []

        def files() -> Iterator[tuple[Path, bytes]]:
            for key in keys:
                kind = KINDS_BY_NAME[key[0]]
                path = kind.path(self.root, key[1])
                if not self._bulk_writable(kind, key, path):
                    left.append(key)
                    continue
                record = self._records(kind)[key[1]]
                try:
                    data = dump_text(record_document(kind, record)).encode("utf-8")
                except (ValueError, TypeError):
                    left.append(key)
                    continue
                items.append((key, path, record))
                yield path, data

        done, _error = atomic_write_many(files())
        for key, path, record in items[:done]:
            kind = KINDS_BY_NAME[key[0]]
            try:
                sig = signature(os.stat(path))
            except OSError:
                sig = None
            self._sigs[key] = sig
            self._pending.pop(key, None)
            if sig is not None:
                self._cache.put(self._rel(path), sig, self._payload(kind, record))
            self._forget_problems(path, SAVE_FAILURES)
        # What the quick path could not write is tried again one by one, which names
        # the problem of each record that still fails.
        return left + [key for key, _path, _record in items[done:]]

    def _bulk_writable(self, kind: Kind, key: Key, path: Path) -> bool:
        """A plain write of a record whose file is as we last saw it (or absent)."""
        if not self._pending[key] or kind is AGENDA or key in self._originals:
            return False
        if key in self._read_only or path in self._unreadable:
            return False
        try:
            st = os.stat(path)
        except FileNotFoundError:
            return True
        except OSError:
            return False
        return not stat.S_ISDIR(st.st_mode) and signature(st) == self._sigs.get(key)

    def _flush_one(self, key: Key) -> Problem | None:
        kind = KINDS_BY_NAME[key[0]]
        rid = key[1]
        path = kind.path(self.root, rid)
        try:
            if not self._pending[key]:
                return self._remove_file(kind, rid, path)
            return self._write_record(kind, rid, path)
        except OSError as exc:
            return _save_problem(path, exc, key)
        except (ValueError, TypeError) as exc:  # text that cannot be encoded, odd values
            return _save_problem(path, exc, key)

    def _write_record(self, kind: Kind, rid: str, path: Path) -> Problem | None:
        key = (kind.name, rid)
        record = self.agenda if kind is AGENDA else self._records(kind)[rid]
        if key in self._read_only or path in self._unreadable:
            return self._keep_both(kind, rid, path)
        try:
            st = os.stat(path)
        except FileNotFoundError:
            st = None
        if st is not None and stat.S_ISDIR(st.st_mode):
            return self._keep_both(kind, rid, path)
        if st is not None and signature(st) != self._sigs.get(key):
            return self._keep_both(kind, rid, path)  # changed on disk since we read it
        data = dump_text(record_document(kind, record)).encode("utf-8")
        if len(data) > MAX_RECORD_BYTES:
            return self._too_large_to_save(kind, record, path, len(data))
        if key in self._originals:
            self._back_up_original(kind, rid, *self._originals[key])
        atomic_write_bytes(path, data)
        sig = signature(os.stat(path))
        self._sigs[key] = sig
        self._pending.pop(key, None)
        self._originals.pop(key, None)
        self._cache.put(self._rel(path), sig, self._payload(kind, record))
        # Saved again: a "removed while you were editing" notice is settled too.
        self._forget_problems(path, (*SAVE_FAILURES, EXTERNAL_CHANGE))
        return None

    def _too_large_to_save(self, kind: Kind, record: object, path: Path, size: int) -> Problem:
        # Written, it could not be read back (the same limit guards reading), so it stays
        # in memory, listed, until it is made shorter.
        return Problem(
            path,
            None,
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "%1: this is too large to save (%2 MB; a record may hold at most %3 MB). Shorten its notes or other long text, and it is saved. Until then it is kept while Twoway stays open.",
                ),
                self._label(kind, record),
                f"{size / (1024 * 1024):.1f}",
                MAX_RECORD_BYTES // (1024 * 1024),
            ),
            NOT_SAVED,
            kind.name,
            getattr(record, "id", AGENDA_ID),
        )

    def _back_up_original(self, kind: Kind, rid: str, schema: int, raw: bytes) -> None:
        """Keep the file as it was before an upgrade rewrites it in the new shape."""
        folder = self.paths.backups_dir / MIGRATED_DIR / (kind.folder or ".")
        name = f"{rid}.schema{schema}.{file_stamp(self.clock.wall())}{SUFFIX}"
        atomic_write_bytes((folder / name).resolve(), raw)

    def _remove_file(self, kind: Kind, rid: str, path: Path) -> Problem | None:
        key = (kind.name, rid)
        if path.is_file():
            self._to_trash(kind, path)
            self._deleted_here.add(key)
        self._pending.pop(key, None)
        self._sigs.pop(key, None)
        self._read_only.discard(key)
        self._cache.drop(self._rel(path))
        self._forget_problems(path, (*SAVE_FAILURES, NEWER_VERSION, EXTERNAL_CHANGE, RETURNED))
        return None

    def _to_trash(self, kind: Kind, path: Path) -> Path:
        stamp = file_stamp(self.clock.wall())
        target = self.root / TRASH_DIR / (kind.folder or AGENDA_ID) / f"{path.stem}.{stamp}{SUFFIX}"
        number = 1
        while target.exists():
            number += 1
            target = target.with_name(f"{path.stem}.{stamp}-{number}{SUFFIX}")
        _move(path, target, self._deferred_syncs)
        return target

    def _label(self, kind: Kind, record: object) -> Message:
        """Which record a sentence is about, as a heading before it (no grammar to agree with)."""
        if kind is CONTACT:
            return message(
                QT_TRANSLATE_NOOP("Messages", "Contact “%1”"), cast(Contact, record).name
            )
        if kind is MEETING:
            contact = self.contacts.get(cast(Meeting, record).contact_id)
            if contact:
                return message(QT_TRANSLATE_NOOP("Messages", "Meeting with “%1”"), contact.name)
            return message(QT_TRANSLATE_NOOP("Messages", "A meeting"))
        if kind is FOLLOWUP:
            return message(
                QT_TRANSLATE_NOOP("Messages", "Follow-up “%1”"), cast(FollowUp, record).text
            )
        if kind is TEMPLATE:
            return message(
                QT_TRANSLATE_NOOP("Messages", "Checklist template “%1”"),
                cast(ChecklistTemplate, record).name,
            )
        return message(QT_TRANSLATE_NOOP("Messages", "Your agenda"))

    def _keep_both(self, kind: Kind, rid: str, path: Path) -> Problem:
        """The file on disk cannot take our version: write ours beside it and load theirs."""
        key = (kind.name, rid)
        record = self.agenda if kind is AGENDA else self._records(kind)[rid]
        label = self._label(kind, record)
        copy = path.with_name(f"{rid}{OUR_CONFLICT_MARK}{file_stamp(self.clock.wall())}{SUFFIX}")
        number = 1
        while copy.exists():
            number += 1
            copy = path.with_name(
                f"{rid}{OUR_CONFLICT_MARK}{file_stamp(self.clock.wall())}-{number}{SUFFIX}"
            )
        atomic_write_bytes(copy, dump_text(record_document(kind, record)).encode("utf-8"))
        if key in self._read_only:
            why = message(
                QT_TRANSLATE_NOOP(
                    "Messages", "the file on disk was written by a newer version of Twoway"
                )
            )
        elif path in self._unreadable:
            why = message(QT_TRANSLATE_NOOP("Messages", "the file on disk could not be read"))
        else:
            why = message(
                QT_TRANSLATE_NOOP(
                    "Messages", "the file was changed outside Twoway while you were editing it here"
                )
            )
        self._pending.pop(key, None)
        self._originals.pop(key, None)
        if kind is not AGENDA:
            self._records(kind).pop(rid, None)
        self._accept(kind, rid, path, self._load_file(kind, rid, path))
        if kind is CONTACT and rid not in self.contacts:
            self._index.drop(rid)
        problem = Problem(
            copy,
            None,
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "%1: your version was not saved over the file because %2. The file on disk is kept as it is, and your version is saved beside it as %3. Compare the two and keep the one you want.",
                ),
                label,
                why,
                copy.name,
            ),
            EXTERNAL_CHANGE,
            kind.name,
            rid,
        )
        self._add(problem)
        return problem

    # --- picking up changes made on disk -------------------------------------------------

    def rescan(self) -> ChangeSummary:
        """Look for files changed, added or removed on disk since they were read or written."""
        summary = ChangeSummary()
        for kind in ALL_KINDS:
            listing = self._list(kind)
            folder = self.root / kind.folder if kind.folder else self.root
            self._forget_problems(folder, (UNREADABLE,))
            if listing.problem:
                self._add(listing.problem)
            for rid, entry in listing.records.items():
                self._refresh(kind, rid, Path(entry.path), summary, entry)
            for key in [k for k in self._sigs if k[0] == kind.name]:
                if key[1] not in listing.records:
                    self._refresh(kind, key[1], kind.path(self.root, key[1]), summary)
            self._rescan_other_files(kind, folder, listing)
        for path in list(self._unreadable):
            if not path.exists():
                self._unreadable.pop(path)
                self._forget_problems(path, (UNREADABLE,))
        self._note_other_copies()
        self._note_returned(summary)
        return summary

    def _note_returned(self, summary: ChangeSummary) -> None:
        """A record deleted here that a sync tool brought back, because another device
        edited it meanwhile (their rule: an edit wins over a delete). Say so."""
        for key in summary.added:
            if key not in self._deleted_here:
                continue
            self._deleted_here.discard(key)
            kind = KINDS_BY_NAME[key[0]]
            record = self.agenda if kind is AGENDA else self._records(kind).get(key[1])
            if record is None:
                continue
            problem = Problem(
                kind.path(self.root, key[1]),
                None,
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "%1: you deleted this here, but it was changed on another device meanwhile, so the sync tool brought it back. Delete it again if you no longer want it.",
                    ),
                    self._label(kind, record),
                ),
                RETURNED,
                kind.name,
                key[1],
            )
            self._add(problem)
            summary.problems.append(problem)

    def _rescan_other_files(self, kind: Kind, folder: Path, listing: _Listing) -> None:
        """Conflict copies and misnamed files: note new ones, forget those now gone."""
        for path, problem_kind in list(self._problems):
            if path.parent != folder or path in self._unreadable or path.exists():
                continue
            is_copy = classify(path.name, set()).role == "conflict"
            if problem_kind in (CONFLICT, UNREADABLE) or is_copy:
                self._problems.pop((path, problem_kind))
        for path, what in listing.conflicts:
            self._note_conflict(kind, path, what)
        for path in listing.bad_names:
            self._note_bad_name(kind, path)

    def _current_sig(self, path: Path, entry: os.DirEntry[str] | None = None) -> Signature | None:
        try:
            return signature(entry.stat() if entry is not None else os.stat(path))
        except OSError:
            return None

    def _refresh(
        self,
        kind: Kind,
        rid: str,
        path: Path,
        summary: ChangeSummary,
        entry: os.DirEntry[str] | None = None,
        *,
        force: bool = False,
    ) -> None:
        key = (kind.name, rid)
        records = {AGENDA_ID: self.agenda} if kind is AGENDA else self._records(kind)
        sig = self._current_sig(path, entry)
        known = self._sigs.get(key)
        has_edits = self._pending.get(key) is True
        if path in self._unreadable:
            if sig is None:
                self._unreadable.pop(path)
                self._forget_problems(path, (UNREADABLE,))
            elif force or sig != self._unreadable[path][1]:
                self._reload(kind, rid, path, summary, existed=rid in records and key in self._sigs)
            return
        if sig == known:
            return
        if sig is None:  # removed on disk
            if known is None:
                return  # our own new record, not written yet
            self._sigs[key] = None
            if has_edits:
                record = records.get(rid)
                label = (
                    self._label(kind, record)
                    if record is not None
                    else message(QT_TRANSLATE_NOOP("Messages", "A record"))
                )
                self._add(
                    Problem(
                        path,
                        None,
                        message(
                            QT_TRANSLATE_NOOP(
                                "Messages",
                                "%1: this was removed outside Twoway while you were editing it here. Your version is kept and will be saved again.",
                            ),
                            label,
                        ),
                        EXTERNAL_CHANGE,
                        kind.name,
                        rid,
                    )
                )
                return
            self._pending.pop(key, None)
            self._sigs.pop(key, None)
            self._read_only.discard(key)
            self._cache.drop(self._rel(path))
            if kind is AGENDA:
                self.agenda = Agenda(updated=self._now())
            else:
                records.pop(rid, None)
            if kind is CONTACT:
                self._index.drop(rid)
            summary.removed.append(key)
            return
        if has_edits or key in self._pending:
            if self._pending[key] is False:
                self._sigs[key] = sig  # deleting anyway: the trash keeps the new version
                return
            summary.problems.append(self._keep_both(kind, rid, path))
            summary.changed.append(key)
            return
        self._reload(kind, rid, path, summary, existed=key in self._sigs)

    def _reload(
        self, kind: Kind, rid: str, path: Path, summary: ChangeSummary, *, existed: bool
    ) -> None:
        key = (kind.name, rid)
        loaded = self._load_file(kind, rid, path)
        if loaded.record is None:
            if existed:
                self._sigs.pop(key, None)
                if kind is AGENDA:
                    self.agenda = Agenda(updated=self._now())
                else:
                    self._records(kind).pop(rid, None)
                if kind is CONTACT:
                    self._index.drop(rid)
                summary.removed.append(key)
            if loaded.problem is not None:
                summary.problems.append(loaded.problem)
            self._accept(kind, rid, path, loaded)
            return
        self._accept(kind, rid, path, loaded)
        (summary.changed if existed else summary.added).append(key)

    def retry(self, path: Path) -> Problem | None:
        """Look at one file again after it was fixed by hand; returns what is still wrong."""
        path = Path(path)
        try:
            kind, rid = self._kind_of(path, "record")
        except StoreError:
            self.rescan()  # a misnamed file or a conflict copy: see whether it is still there
        else:
            self._refresh(kind, rid, path, ChangeSummary(), force=True)
        for problem_kind in (UNREADABLE, NEWER_VERSION, CONFLICT):
            if (path, problem_kind) in self._problems:
                return self._problems[(path, problem_kind)]
        return None

    def _kind_of(self, path: Path, role: str) -> tuple[Kind, str]:
        """Which record a file holds (role "record") or is a copy of (role "conflict")."""
        folder = path.parent
        names = {p.name for p in folder.iterdir()} if folder.is_dir() else set()
        what = classify(path.name, names)
        if what.role == role:
            if folder == self.root and what.record_id == AGENDA_ID:
                return AGENDA, what.record_id
            for kind in FOLDER_KINDS:
                if folder == self.root / kind.folder:
                    return kind, what.record_id
        if role == "record":
            said = message(
                QT_TRANSLATE_NOOP("Messages", "This file is not one of Twoway's record files.")
            )
        else:
            said = message(QT_TRANSLATE_NOOP("Messages", "This file is not a conflict copy."))
        raise StoreError(Problem(path, None, said, UNREADABLE))

    # --- conflict copies -----------------------------------------------------------------

    def read_conflict(self, path: Path) -> object:
        """The record a conflict copy holds, to show beside the current one."""
        path = Path(path)
        kind, rid = self._kind_of(path, "conflict")
        try:
            raw = read_regular_file(path, MAX_RECORD_BYTES)
        except OSError as exc:
            raise StoreError(
                Problem(
                    path,
                    None,
                    message(
                        QT_TRANSLATE_NOOP("Messages", "The copy could not be read (%1)."),
                        exc.strerror,
                    ),
                    UNREADABLE,
                )
            ) from None
        loaded = self._parse(kind, rid, path, raw)
        if loaded.record is None:
            raise StoreError(cast(Problem, loaded.problem))  # always said when none is read
        return loaded.record

    def resolve_conflict(self, path: Path, *, keep_copy: bool) -> Problem | None:
        """Settle a conflict copy: keep it (it replaces the record) or set it aside.

        Whatever is replaced or set aside goes to the trash, so this can be undone by hand.
        """
        path = Path(path)
        other = otherfiles.find_copy(self.root, path)
        if other is not None:
            return self._settle_other_copy(other, keep_copy)
        try:
            kind, rid = self._kind_of(path, "conflict")
        except StoreError as exc:
            return exc.problem
        key = (kind.name, rid)
        try:
            if keep_copy:
                record = self.read_conflict(path)
                if isinstance(record, Contact | Meeting | FollowUp | ChecklistTemplate):
                    record.id = rid
                main = kind.path(self.root, rid)
                if main.is_file():
                    self._to_trash(kind, main)
                self._unreadable.pop(main, None)
                self._forget_problems(main, (UNREADABLE, NEWER_VERSION))
                self._read_only.discard(key)
                self._sigs[key] = None
                if kind is AGENDA:
                    self.agenda = cast(Agenda, record)
                else:
                    self._records(kind)[rid] = record
                if kind is CONTACT:
                    self._index.set(cast(Contact, record))
                self._pending[key] = True
                problem = self._flush_one(key)
                if problem is not None:
                    self._add(problem)
                    return problem
            self._to_trash(kind, path)
        except StoreError as exc:
            return exc.problem
        except OSError as exc:
            return _save_problem(path, exc, key)
        self._forget_problems(path, (CONFLICT, EXTERNAL_CHANGE, UNREADABLE))
        return None

    def _settle_other_copy(self, copy: otherfiles.OtherCopy, keep_copy: bool) -> Problem | None:
        try:
            otherfiles.settle(self.root, copy, keep_copy=keep_copy, stamp=file_stamp(self._now()))
        except OSError as exc:
            return _save_problem(copy.path, exc)
        self._forget_problems(copy.path, (CONFLICT,))
        return None

    # --- the trash -----------------------------------------------------------------------

    def list_trash(self) -> list[Path]:
        """Deleted and set-aside files, newest first."""
        trash = self.root / TRASH_DIR
        if not trash.is_dir():
            return []
        found = [p for p in trash.rglob(f"*{SUFFIX}") if p.is_file()]
        return sorted(found, key=self._trashed_at, reverse=True)

    def _trashed_at(self, path: Path) -> datetime:
        # Moving keeps a file's modification time, so the time of deletion is in its name.
        stamp = stamp_in_name(path.name)
        if stamp is None:
            stamp = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        return stamp

    def restore_from_trash(self, path: Path) -> Problem | None:
        """Put a deleted record back (undo a delete)."""
        path = Path(path)
        rid = path.name.split(".")[0]
        folder = path.parent.name
        kind = next((k for k in FOLDER_KINDS if k.folder == folder), None)
        if kind is None or not ID_RE.match(rid):
            return Problem(
                path,
                None,
                message(
                    QT_TRANSLATE_NOOP("Messages", "This file cannot be put back automatically.")
                ),
                UNREADABLE,
            )
        target = kind.path(self.root, rid)
        if target.exists() or rid in self._records(kind):
            return Problem(
                path,
                None,
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "A record with the same name exists already; move this file back by hand.",
                    )
                ),
                CONFLICT,
                kind.name,
                rid,
            )
        try:
            _move(path, target)
        except OSError as exc:
            return _save_problem(target, exc, (kind.name, rid))
        self._refresh(kind, rid, target, ChangeSummary(), force=True)
        return self._problems.get((target, UNREADABLE))

    def _prune_trash(self) -> None:
        limit = self.clock.wall() - timedelta(days=TRASH_KEEP_DAYS)
        for path in self.list_trash():
            with contextlib.suppress(OSError):
                if self._trashed_at(path) < limit:
                    path.unlink()

    # --- queries -------------------------------------------------------------------------

    def search_contacts(self, text: str) -> list[Contact]:
        """Contacts with every word of `text` in any field; case and accents ignored."""
        return [self.contacts[cid] for cid in self._index.search(text)]

    def meetings_for(self, contact_id: str) -> list[Meeting]:
        """The contact's meetings, newest first."""
        found = [m for m in self.meetings.values() if m.contact_id == contact_id]
        return sorted(found, key=lambda m: m.scheduled or m.created, reverse=True)

    def followups_for(self, contact_id: str) -> list[FollowUp]:
        """The contact's follow-ups, open ones first, each group by due date."""
        found = [f for f in self.followups.values() if f.contact_id == contact_id]
        return sorted(found, key=lambda f: (f.done, f.due))

    def due_followups(self, today: date) -> list[FollowUp]:
        """Open follow-ups due today or earlier, oldest first."""
        found = [f for f in self.followups.values() if not f.done and f.due <= today]
        return sorted(found, key=lambda f: f.due)

    # --- backups -------------------------------------------------------------------------

    def list_backups(self) -> list[Path]:
        """Snapshots of the data folder, newest first."""
        return backups.list_snapshots(self.paths.backups_dir)

    def backup_now(self, keep: int | None = None) -> Path:
        """Zip the data folder (as saved on disk) into backups/.

        With `keep`, only the newest `keep` snapshots stay; without it (an export, the
        snapshot before a restore) none is removed. A file that cannot be read is left
        out and listed as a problem. Raises OSError when the snapshot cannot be written.
        """
        skipped: list[backups.Skipped] = []
        path = backups.snapshot(self.root, self.paths.backups_dir, self.clock.wall(), skipped)
        self.backup_skipped = [self._not_backed_up(item) for item in skipped]
        for key in [k for k in self._problems if k[1] == NOT_BACKED_UP]:
            del self._problems[key]
        for problem in self.backup_skipped:
            self._add(problem)
        if keep is not None:
            backups.prune(self.paths.backups_dir, keep, self.clock.wall())
        return path

    def _not_backed_up(self, skipped: backups.Skipped) -> Problem:
        return Problem(
            skipped.path,
            None,
            message(
                QT_TRANSLATE_NOOP("Messages", "It was left out of the backup (%1)."),
                skipped.reason,
            ),
            NOT_BACKED_UP,
        )

    def backup_if_due(self, keep: int = DEFAULT_KEEP_BACKUPS) -> Path | None:
        """Take the daily snapshot if the newest one is a day old or more.

        A snapshot dated in the future (from a machine with a wrong clock) does not count.
        """
        now = self.clock.wall()
        taken = backups.newest_taken(self.paths.backups_dir, now)
        if taken is not None and (now - taken).total_seconds() < backups.DAY_S:
            return None
        try:
            path = self.backup_now(keep)
        except OSError as exc:
            self._add(_save_problem(self.paths.backups_dir, exc))
            return None
        self._forget_problems(self.paths.backups_dir, SAVE_FAILURES)
        self._prune_trash()
        return path

    def restore_backup(self, archive: Path, *, dry_run: bool = False) -> RestoreResult:
        """Make the data folder what the backup `archive` holds (see restore.py).

        Pending edits are saved first and the current state is snapshotted, so the
        restore itself can be undone by restoring that newer snapshot. Any refusal or
        failure changes nothing and is listed in the result's problems.
        """
        archive = Path(archive)
        if not dry_run:
            problems = self.flush()
            if self._pending:
                return RestoreResult(archive, problems=problems)
        result = restore_archive(self.paths, archive, self.clock.wall(), dry_run=dry_run)
        if not dry_run and not result.problems:
            self._reset()
            self._load_everything()
        return result

    def restore_from_backup(self, path: Path) -> Problem | None:
        """Replace one file with its newest readable copy from the snapshots.

        The file being replaced goes to the trash.
        """
        path = Path(path)
        try:
            kind, rid = self._kind_of(path, "record")
        except StoreError as exc:
            return exc.problem
        rel = self._rel(path)
        for snapshot in self.list_backups():
            try:
                with zipfile.ZipFile(snapshot) as archive:
                    raw = read_entry(archive, archive.getinfo(rel), MAX_RECORD_BYTES)
            except (KeyError, OSError, zipfile.BadZipFile, RuntimeError, ValueError, Refused):
                continue
            if self._parse(kind, rid, path, raw).record is None:
                continue
            try:
                if path.is_file():
                    self._to_trash(kind, path)
                atomic_write_bytes(path, raw)
            except OSError as exc:
                return _save_problem(path, exc, (kind.name, rid))
            return self.retry(path)
        return Problem(
            path,
            None,
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "None of the backups holds a readable copy of this file."
                )
            ),
            UNREADABLE,
            kind.name,
            rid,
        )

    def _reset(self) -> None:
        fresh = Store(self.paths, self.clock, self._cache.file)
        self.__dict__.update(fresh.__dict__)
