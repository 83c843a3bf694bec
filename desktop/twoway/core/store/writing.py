"""Changing records and writing them: every write atomic, only on `flush()`.

A put or delete marks the record; `flush()` writes what is marked. Fifty or more
records at once (an import) are written together with one sync of the disk. A file that
changed on disk since it was read is never written over: ours goes beside it (see
`conflicts`). The last-contact rule lives here: only a meeting that took place, or a
follow-up done, makes a contact recent, on the day it happened.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from twoway.core.atomic import atomic_write_bytes, atomic_write_many, fsync_dir
from twoway.core.marks import QT_TRANSLATE_NOOP, message
from twoway.core.records import (
    Agenda,
    ChecklistTemplate,
    Contact,
    FollowUp,
    Meeting,
    MeetingStatus,
)
from twoway.core.store.cache import signature
from twoway.core.store.codec import record_file
from twoway.core.store.conflicts import Conflicts
from twoway.core.store.layout import (
    AGENDA,
    AGENDA_ID,
    CONTACT,
    FOLLOWUP,
    ID_RE,
    KINDS_BY_NAME,
    MAX_RECORD_BYTES,
    MEETING,
    MIGRATED_DIR,
    SUFFIX,
    Kind,
    file_stamp,
)
from twoway.core.store.problems import (
    EXTERNAL_CHANGE,
    NEWER_VERSION,
    NOT_SAVED,
    RETURNED,
    SAVE_FAILURES,
    Problem,
    save_problem,
)
from twoway.core.store.reading import cache_payload
from twoway.core.store.state import Key, StoreState
from twoway.core.store.trash import Trash

# From this many changed records on, they are written together with one sync of the disk.
_BULK_AT = 50


class Writer:
    """Marks changes and writes them; see the module's note."""

    def __init__(self, state: StoreState, conflicts: Conflicts, trash: Trash) -> None:
        self.s = state
        self.conflicts = conflicts
        self.trash = trash

    def put(self, kind: Kind, record: Contact | Meeting | FollowUp | ChecklistTemplate) -> None:
        if not isinstance(record, kind.cls):
            raise TypeError(f"expected a {kind.cls.__name__}, got {type(record).__name__}")
        if not ID_RE.match(record.id):
            raise ValueError(f"{record.id!r} cannot be used as a record id")
        if hasattr(record, "updated"):
            record.updated = self.s.now()
        self.s.records(kind)[record.id] = record
        self.s.pending[(kind.name, record.id)] = True

    def delete(self, kind: Kind, record_id: str) -> None:
        record = self.s.records(kind).pop(record_id, None)
        key = (kind.name, record_id)
        if key in self.s.sigs:
            self.s.pending[key] = False
        elif record is not None:
            self.s.pending.pop(key, None)  # never written: nothing on disk to remove

    def put_meeting(self, meeting: Meeting) -> None:
        self.put(MEETING, meeting)
        # Only a meeting that took place is contact, on the day it was held: planning one,
        # or writing its debrief days later, does not make the contact recent.
        if meeting.status is MeetingStatus.DONE:
            self._note_interaction(meeting.contact_id, self._held_on(meeting))

    def _held_on(self, meeting: Meeting) -> date:
        started = (meeting.run or {}).get("started_at")
        if started:
            try:
                return min(self.s.today(), datetime.fromisoformat(started).astimezone().date())
            except (TypeError, ValueError):
                pass
        if meeting.scheduled is not None:
            return min(self.s.today(), meeting.scheduled.astimezone().date())
        return self.s.today()

    def put_followup(self, followup: FollowUp) -> None:
        if followup.done and followup.done_on is None:
            followup.done_on = self.s.today()
        self.put(FOLLOWUP, followup)
        if followup.done:
            self._note_interaction(followup.contact_id, followup.done_on)

    def set_agenda(self, agenda: Agenda) -> None:
        if not isinstance(agenda, Agenda):
            raise TypeError(f"expected an Agenda, got {type(agenda).__name__}")
        agenda.updated = self.s.now()
        self.s.agenda = agenda
        self.s.pending[(AGENDA.name, AGENDA_ID)] = True

    def _note_interaction(self, contact_id: str, day: date | None) -> None:
        contact = self.s.contacts.get(contact_id)
        if contact is None or day is None:
            return
        if contact.last_interaction is None or day > contact.last_interaction:
            contact.last_interaction = day
            self.s.pending[(CONTACT.name, contact_id)] = True

    def flush(self) -> list[Problem]:
        """Write every pending change. What cannot be written stays pending, and is reported."""
        problems = []
        keys = list(self.s.pending)
        if len(keys) >= _BULK_AT:
            keys = self._flush_bulk(keys)
            # Many removals (an import taken back): each folder is synced once at the end.
            self.s.deferred_syncs = set()
        try:
            for key in keys:
                problem = self.write_now(key)
                if problem is not None:
                    problems.append(problem)
                    self.s.problems.add(problem)
        finally:
            deferred, self.s.deferred_syncs = self.s.deferred_syncs, None
            for folder in deferred or ():
                with contextlib.suppress(OSError):
                    fsync_dir(folder)
        return problems

    def keep_unsaved(self, folder: Path) -> list[Path]:
        """Write the records whose changes could not be saved into `folder` (outside the
        data folder), each where it would go in the data folder, so quitting loses no typing
        when the data folder cannot be written. Deletions are not copied: the record is still
        on disk. Returns the copies made; the changes stay pending."""
        kept = []
        for key, wanted in list(self.s.pending.items()):
            if not wanted:
                continue
            kind = KINDS_BY_NAME[key[0]]
            try:
                record = self.s.record(kind, key[1])
            except KeyError:
                continue
            target = folder / self.s.rel(kind.path(self.s.root, key[1]))
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(target, record_file(kind, record))
            kept.append(target)
        return kept

    def _flush_bulk(self, keys: list[Key]) -> list[Key]:
        """Write many new or changed records in one go (an import of thousands): one sync
        of the disk instead of one per file. Returns the keys left for the careful path
        one by one: removals, and anything needing a closer look or that failed here."""
        left: list[Key] = []
        items: list[tuple[Key, Path, object]] = []
        # Each folder's names, read once: most records of an import are new, and one
        # listing costs less than thousands of looks for files that are not there.
        listed: dict[str, tuple[Path, set[str] | None]] = {}  # by kind: (folder, names)

        def files() -> Iterator[tuple[Path, bytes]]:
            for key in keys:
                kind = KINDS_BY_NAME[key[0]]
                if kind is AGENDA:
                    left.append(key)  # one file of its own: the careful path
                    continue
                if kind.name not in listed:
                    folder = self.s.root / kind.folder
                    listed[kind.name] = (folder, _names_in(folder))
                folder, names = listed[kind.name]
                path = folder / f"{key[1]}{SUFFIX}"
                if not self._bulk_writable(kind, key, path, names):
                    left.append(key)
                    continue
                record = self.s.records(kind)[key[1]]
                try:
                    data = record_file(kind, record)
                except (ValueError, TypeError):
                    left.append(key)
                    continue
                if len(data) > MAX_RECORD_BYTES:
                    left.append(key)  # the careful path says so, and keeps it in memory
                    continue
                items.append((key, path, record))
                yield path, data

        done, _error = atomic_write_many(files())
        for key, path, record in items[:done]:
            try:
                sig = signature(os.stat(path))
            except OSError:
                sig = None
            self.s.sigs[key] = sig
            self.s.pending.pop(key, None)
            if sig is not None:
                self.s.cache.put(self.s.rel(path), sig, cache_payload(record))
            self.s.problems.forget(path, SAVE_FAILURES)
        # What the quick path could not write is tried again one by one, which names
        # the problem of each record that still fails.
        return left + [key for key, _path, _record in items[done:]]

    def _bulk_writable(self, kind: Kind, key: Key, path: Path, names: set[str] | None) -> bool:
        """A plain write of a record whose file is as we last saw it (or absent).

        `names` are the files in its folder, when they could be listed."""
        if not self.s.pending[key] or kind is AGENDA or key in self.s.originals:
            return False
        if key in self.s.read_only or (self.s.unreadable and path in self.s.unreadable):
            return False
        if names is not None and path.name not in names:
            return True
        try:
            st = os.stat(path)
        except FileNotFoundError:
            return True
        except OSError:
            return False
        return not stat.S_ISDIR(st.st_mode) and signature(st) == self.s.sigs.get(key)

    def write_now(self, key: Key) -> Problem | None:
        kind = KINDS_BY_NAME[key[0]]
        rid = key[1]
        path = kind.path(self.s.root, rid)
        try:
            if not self.s.pending[key]:
                return self._remove_file(kind, rid, path)
            return self._write_record(kind, rid, path)
        except OSError as exc:
            return save_problem(path, exc, key)
        except (ValueError, TypeError) as exc:  # text that cannot be encoded, odd values
            return save_problem(path, exc, key)

    def _write_record(self, kind: Kind, rid: str, path: Path) -> Problem | None:
        key = (kind.name, rid)
        record = self.s.record(kind, rid)
        if key in self.s.read_only or path in self.s.unreadable:
            return self.conflicts.keep_both(kind, rid, path)
        try:
            st = os.stat(path)
        except FileNotFoundError:
            st = None
        if st is not None and stat.S_ISDIR(st.st_mode):
            return self.conflicts.keep_both(kind, rid, path)
        if st is not None and signature(st) != self.s.sigs.get(key):
            return self.conflicts.keep_both(kind, rid, path)  # changed on disk since we read it
        data = record_file(kind, record)
        if len(data) > MAX_RECORD_BYTES:
            return self._too_large_to_save(kind, record, path, len(data))
        if key in self.s.originals:
            self._back_up_original(kind, rid, *self.s.originals[key])
        atomic_write_bytes(path, data)
        sig = signature(os.stat(path))
        self.s.sigs[key] = sig
        self.s.pending.pop(key, None)
        self.s.originals.pop(key, None)
        self.s.cache.put(self.s.rel(path), sig, cache_payload(record))
        # Saved again: a "removed while you were editing" notice is settled too.
        self.s.problems.forget(path, (*SAVE_FAILURES, EXTERNAL_CHANGE))
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
                self.s.label(kind, record),
                f"{size / (1024 * 1024):.1f}",
                MAX_RECORD_BYTES // (1024 * 1024),
            ),
            NOT_SAVED,
            kind.name,
            getattr(record, "id", AGENDA_ID),
        )

    def _back_up_original(self, kind: Kind, rid: str, schema: int, raw: bytes) -> None:
        """Keep the file as it was before an upgrade rewrites it in the new shape."""
        folder = self.s.paths.backups_dir / MIGRATED_DIR / (kind.folder or ".")
        name = f"{rid}.schema{schema}.{file_stamp(self.s.clock.wall())}{SUFFIX}"
        atomic_write_bytes((folder / name).resolve(), raw)

    def _remove_file(self, kind: Kind, rid: str, path: Path) -> Problem | None:
        key = (kind.name, rid)
        if path.is_file():
            self.trash.to_trash(kind, path)
            self.s.deleted_here.add(key)
        self.s.pending.pop(key, None)
        self.s.sigs.pop(key, None)
        self.s.read_only.discard(key)
        self.s.cache.drop(self.s.rel(path))
        self.s.problems.forget(path, (*SAVE_FAILURES, NEWER_VERSION, EXTERNAL_CHANGE, RETURNED))
        return None


def _names_in(folder: Path) -> set[str] | None:
    """The names in a folder (none when it is not there yet), or None if it cannot be read."""
    try:
        return set(os.listdir(folder))
    except FileNotFoundError:
        return set()
    except OSError:
        return None
