"""The Store: every record in memory, each kept in its own readable file on disk.

Rules it keeps (the data page in the README describes them for users):
- Writes are atomic, and only `flush()` writes; the caller debounces and flushes on quit.
- A file that cannot be read is never overwritten; it is listed in `problems`.
- A file from a newer Twoway is loaded but never changed by this version.
- When a file changed on disk while this instance held unsaved edits to the same record,
  the version on disk stays in place and the edits are written beside it as a conflict
  copy (`<id>.twoway-conflict-<time>.toml`); both are kept and the user chooses.
- A deleted record's file is moved to `trash/`, so a delete can be undone.

`Store` is a thin facade: each job is done by one part working on the shared
`StoreState` — reading (load), writing (put, delete, flush), changes (rescan),
conflicts, trash and backing_up; the problem log is `problems.ProblemLog`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import cast

from twoway.core.clock import Clock, SystemClock
from twoway.core.records import Agenda, ChecklistTemplate, Contact, FollowUp, Meeting
from twoway.core.store.backing_up import DEFAULT_KEEP_BACKUPS, Backups
from twoway.core.store.changes import Changes, ChangeSummary
from twoway.core.store.conflicts import Conflicts
from twoway.core.store.layout import CONTACT, FOLLOWUP, MEETING, TEMPLATE
from twoway.core.store.problems import UNREADABLE, Problem, StoreError
from twoway.core.store.reading import Reader
from twoway.core.store.restore import RestoreResult, restore_archive
from twoway.core.store.state import StoreState
from twoway.core.store.trash import Trash
from twoway.core.store.writing import Writer
from twoway.paths import DataPaths

__all__ = ["DEFAULT_KEEP_BACKUPS", "ChangeSummary", "Store", "StoreError"]

_DEFAULT = object()


class Store:
    """All of the user's records, loaded from and saved to one data folder.

    Not thread-safe: use it from one thread. `backup_now()` reads only files on disk.
    Records are plain objects: change one, then hand it back with `put_*` so the change
    is saved by the next `flush()`.
    """

    def __init__(self, paths: DataPaths, clock: Clock, cache_file: Path | None) -> None:
        self._build(paths, clock, cache_file)

    def _build(self, paths: DataPaths, clock: Clock, cache_file: Path | None) -> None:
        self._state = state = StoreState(paths, clock, cache_file)
        self.paths = paths
        self.root = paths.root
        self.clock = clock
        # The same dictionaries the parts change: read them, change records through put_*.
        self.contacts = state.contacts
        self.meetings = state.meetings
        self.followups = state.followups
        self.templates = state.templates
        self._reader = Reader(state)
        self._trash = Trash(state)
        self._conflicts = Conflicts(state, self._reader, self._trash)
        self._writer = Writer(state, self._conflicts, self._trash)
        self._changes = Changes(state, self._reader, self._conflicts)
        # Snapshots: files(), take_now(), take_if_due(), restore_file() and what the last
        # one left out (`skipped`).
        self.backups = Backups(state, self._reader, self._trash, self._changes)

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

        `cache_file=None` disables the load cache; by default it is `paths.load_cache_file`
        (the user's cache folder, one file per data folder). `progress(done, total)` is
        called now and then while files are read (a long first start), and once more at
        the end.
        """
        if cache_file is _DEFAULT:
            cache_file = paths.load_cache_file
        store = cls(paths, clock or SystemClock(), cast("Path | None", cache_file))
        store._reader.prepare_folder()
        store._load(progress)
        return store

    def _load(self, progress: Callable[[int, int], None] | None = None) -> None:
        self._reader.load_everything(progress)
        if self._state.pending:  # files upgraded from an older schema
            self.flush()

    @property
    def agenda(self) -> Agenda:
        return self._state.agenda

    @property
    def loaded_from_cache(self) -> int:
        """How many records the last load took from the cache."""
        return self._state.loaded_from_cache

    # --- problems ------------------------------------------------------------------------

    @property
    def problems(self) -> list[Problem]:
        return self._state.problems.all()

    def dismiss(self, problem: Problem) -> None:
        """Take a problem off the list once the user has seen it (it comes back if it recurs)."""
        self._state.problems.forget(problem.path, (problem.kind,))

    def is_read_only(self, kind: str, record_id: str) -> bool:
        """True for records from a newer Twoway: show them, but do not offer editing."""
        return (kind, record_id) in self._state.read_only

    # --- changing and saving records (see writing.py) ------------------------------------

    def put_contact(self, contact: Contact) -> None:
        self._writer.put(CONTACT, contact)

    def delete_contact(self, contact_id: str) -> None:
        """Meetings and follow-ups of the contact are left as they are."""
        self._writer.delete(CONTACT, contact_id)

    def put_meeting(self, meeting: Meeting) -> None:
        self._writer.put_meeting(meeting)

    def delete_meeting(self, meeting_id: str) -> None:
        self._writer.delete(MEETING, meeting_id)

    def put_followup(self, followup: FollowUp) -> None:
        self._writer.put_followup(followup)

    def delete_followup(self, followup_id: str) -> None:
        self._writer.delete(FOLLOWUP, followup_id)

    def put_template(self, template: ChecklistTemplate) -> None:
        self._writer.put(TEMPLATE, template)

    def delete_template(self, template_id: str) -> None:
        self._writer.delete(TEMPLATE, template_id)

    def set_agenda(self, agenda: Agenda) -> None:
        self._writer.set_agenda(agenda)

    def pending(self) -> int:
        """How many records have changes not yet written."""
        return len(self._state.pending)

    def flush(self) -> list[Problem]:
        """Write every pending change. What cannot be written stays pending, and is reported."""
        return self._writer.flush()

    def close(self, unsaved_dir: Path | None = None) -> list[Problem]:
        """Save everything, then bring the load cache up to date for a quick next start.

        What cannot be saved (a read-only or full data folder) is copied into `unsaved_dir`,
        when given, as the files it would have been: the app is about to forget it.
        """
        problems = self.flush()
        if problems and unsaved_dir is not None and self._state.pending:
            # If that folder cannot be written either, the problems still say what is lost.
            with contextlib.suppress(OSError):
                self._writer.keep_unsaved(unsaved_dir)
        self._state.cache.write()
        return problems

    # --- changes made on disk, conflict copies (see changes.py, conflicts.py) -------------

    def rescan(self) -> ChangeSummary:
        """Look for files changed, added or removed on disk since they were read or written."""
        return self._changes.rescan()

    def retry(self, path: Path) -> Problem | None:
        """Look at one file again after it was fixed by hand; returns what is still wrong."""
        return self._changes.retry(path)

    def read_conflict(self, path: Path) -> object:
        """The record a conflict copy holds, to show beside the current one."""
        return self._conflicts.read_conflict(path)

    def resolve_conflict(self, path: Path, *, keep_copy: bool) -> Problem | None:
        """Settle a conflict copy: keep it (it replaces the record) or set it aside.

        Whatever is replaced or set aside goes to the trash, so this can be undone by hand.
        """
        return self._conflicts.resolve(path, self._writer.write_now, keep_copy=keep_copy)

    # --- the trash (see trash.py) --------------------------------------------------------

    def list_trash(self) -> list[Path]:
        """Deleted and set-aside files, newest first."""
        return self._trash.files()

    def restore_from_trash(self, path: Path) -> Problem | None:
        """Put a deleted record back (undo a delete)."""
        put_back = self._trash.put_back(Path(path))
        if isinstance(put_back, Problem):
            return put_back
        kind, rid, target = put_back
        self._changes.refresh(kind, rid, target, ChangeSummary(), force=True)
        return self._state.problems.get(target, UNREADABLE)

    # --- queries -------------------------------------------------------------------------

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

    # --- restoring a whole backup (snapshots: `store.backups`, see backing_up.py) -------

    def restore_backup(self, archive: Path, *, dry_run: bool = False) -> RestoreResult:
        """Make the data folder what the backup `archive` holds (see restore.py).

        Pending edits are saved first and the current state is snapshotted, so the
        restore itself can be undone by restoring that newer snapshot. Any refusal or
        failure changes nothing and is listed in the result's problems.
        """
        archive = Path(archive)
        if not dry_run:
            problems = self.flush()
            if self._state.pending:
                return RestoreResult(archive, problems=problems)
        result = restore_archive(self.paths, archive, self.clock.wall(), dry_run=dry_run)
        if not dry_run and not result.problems:
            # Everything read again from scratch, into a fresh state.
            self._build(self.paths, self.clock, self._state.cache.file)
            self._load()
        return result
