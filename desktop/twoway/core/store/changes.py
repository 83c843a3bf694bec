"""Picking up changes made on disk: by a sync tool, another device, or by hand.

`rescan()` compares every file with what was last read or written. A file changed
while this instance holds unsaved edits to the same record keeps its content; ours goes
beside it as a conflict copy (see `conflicts`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from twoway.core.marks import QT_TRANSLATE_NOOP, message
from twoway.core.records import Agenda
from twoway.core.store.cache import Signature, signature
from twoway.core.store.conflicts import (
    Conflicts,
    note_bad_name,
    note_conflict,
    note_other_copies,
)
from twoway.core.store.layout import (
    AGENDA,
    AGENDA_ID,
    ALL_KINDS,
    KINDS_BY_NAME,
    Kind,
    classify,
    kind_of,
)
from twoway.core.store.problems import (
    CONFLICT,
    EXTERNAL_CHANGE,
    NEWER_VERSION,
    RETURNED,
    UNREADABLE,
    Problem,
    StoreError,
    save_problem,
)
from twoway.core.store.reading import Listing, Reader
from twoway.core.store.state import Key, StoreState


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


class Changes:
    """Brings the records in memory up to date with the files on disk."""

    def __init__(self, state: StoreState, reader: Reader, conflicts: Conflicts) -> None:
        self.s = state
        self.reader = reader
        self.conflicts = conflicts

    def rescan(self) -> ChangeSummary:
        """Look for files changed, added or removed on disk since they were read or written."""
        summary = ChangeSummary()
        for kind in ALL_KINDS:
            listing = self.reader.list_folder(kind)
            folder = self.s.root / kind.folder if kind.folder else self.s.root
            self.s.problems.forget(folder, (UNREADABLE,))
            if listing.problem:
                self.s.problems.add(listing.problem)
            for rid, entry in listing.records.items():
                self.refresh(kind, rid, Path(entry.path), summary, entry)
            for key in [k for k in self.s.sigs if k[0] == kind.name]:
                if key[1] not in listing.records:
                    self.refresh(kind, key[1], kind.path(self.s.root, key[1]), summary)
            self._rescan_other_files(kind, folder, listing)
        for path in list(self.s.unreadable):
            if not path.exists():
                self.s.unreadable.pop(path)
                self.s.problems.forget(path, (UNREADABLE,))
        note_other_copies(self.s)
        self._note_returned(summary)
        return summary

    def _note_returned(self, summary: ChangeSummary) -> None:
        """A record deleted here that a sync tool brought back, because another device
        edited it meanwhile (their rule: an edit wins over a delete). Say so."""
        for key in summary.added:
            if key not in self.s.deleted_here:
                continue
            self.s.deleted_here.discard(key)
            kind = KINDS_BY_NAME[key[0]]
            record = self.s.agenda if kind is AGENDA else self.s.records(kind).get(key[1])
            if record is None:
                continue
            problem = Problem(
                kind.path(self.s.root, key[1]),
                None,
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "%1: you deleted this here, but it was changed on another device meanwhile, so the sync tool brought it back. Delete it again if you no longer want it.",
                    ),
                    self.s.label(kind, record),
                ),
                RETURNED,
                kind.name,
                key[1],
            )
            self.s.problems.add(problem)
            summary.problems.append(problem)

    def _rescan_other_files(self, kind: Kind, folder: Path, listing: Listing) -> None:
        """Conflict copies and misnamed files: note new ones, forget those now gone."""
        for path, problem_kind in self.s.problems.keys_copy():
            if path.parent != folder or path in self.s.unreadable or path.exists():
                continue
            is_copy = classify(path.name, set()).role == "conflict"
            if problem_kind in (CONFLICT, UNREADABLE) or is_copy:
                self.s.problems.forget(path, (problem_kind,))
        for path, what in listing.conflicts:
            note_conflict(self.s, kind, path, what)
        for path in listing.bad_names:
            note_bad_name(self.s, kind, path)

    def _current_sig(self, path: Path, entry: os.DirEntry[str] | None = None) -> Signature | None:
        try:
            return signature(entry.stat() if entry is not None else os.stat(path))
        except OSError:
            return None

    def refresh(
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
        records = {AGENDA_ID: self.s.agenda} if kind is AGENDA else self.s.records(kind)
        sig = self._current_sig(path, entry)
        known = self.s.sigs.get(key)
        has_edits = self.s.pending.get(key) is True
        if path in self.s.unreadable:
            if sig is None:
                self.s.unreadable.pop(path)
                self.s.problems.forget(path, (UNREADABLE,))
            elif force or sig != self.s.unreadable[path][1]:
                self._reload(
                    kind, rid, path, summary, existed=rid in records and key in self.s.sigs
                )
            return
        if sig == known:
            return
        if sig is None:  # removed on disk
            if known is None:
                return  # our own new record, not written yet
            self.s.sigs[key] = None
            if has_edits:
                record = records.get(rid)
                label = (
                    self.s.label(kind, record)
                    if record is not None
                    else message(QT_TRANSLATE_NOOP("Messages", "A record"))
                )
                self.s.problems.add(
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
            self.s.pending.pop(key, None)
            self.s.sigs.pop(key, None)
            self.s.read_only.discard(key)
            self.s.cache.drop(self.s.rel(path))
            if kind is AGENDA:
                self.s.agenda = Agenda(updated=self.s.now())
            else:
                records.pop(rid, None)
            summary.removed.append(key)
            return
        if has_edits or key in self.s.pending:
            if self.s.pending[key] is False:
                self.s.sigs[key] = sig  # deleting anyway: the trash keeps the new version
                return
            try:
                problem = self.conflicts.keep_both(kind, rid, path)
            except (OSError, ValueError, TypeError) as exc:
                # Our version could not be written beside the file (a full disk, a
                # read-only folder): the edits stay pending, the file on disk stays as it
                # is, and the next save tries again. The other changes are still read.
                problem = save_problem(path, exc, key)
                self.s.problems.add(problem)
                summary.problems.append(problem)
                return
            summary.problems.append(problem)
            summary.changed.append(key)
            return
        self._reload(kind, rid, path, summary, existed=key in self.s.sigs)

    def _reload(
        self, kind: Kind, rid: str, path: Path, summary: ChangeSummary, *, existed: bool
    ) -> None:
        key = (kind.name, rid)
        loaded = self.reader.load_file(kind, rid, path)
        if loaded.record is None:
            if existed:
                self.s.sigs.pop(key, None)
                if kind is AGENDA:
                    self.s.agenda = Agenda(updated=self.s.now())
                else:
                    self.s.records(kind).pop(rid, None)
                summary.removed.append(key)
            if loaded.problem is not None:
                summary.problems.append(loaded.problem)
            self.reader.accept(kind, rid, path, loaded)
            return
        self.reader.accept(kind, rid, path, loaded)
        (summary.changed if existed else summary.added).append(key)

    def retry(self, path: Path) -> Problem | None:
        """Look at one file again after it was fixed by hand; returns what is still wrong."""
        path = Path(path)
        try:
            kind, rid = kind_of(self.s.root, path, "record")
        except StoreError:
            self.rescan()  # a misnamed file or a conflict copy: see whether it is still there
        else:
            self.refresh(kind, rid, path, ChangeSummary(), force=True)
        for problem_kind in (UNREADABLE, NEWER_VERSION, CONFLICT):
            problem = self.s.problems.get(path, problem_kind)
            if problem is not None:
                return problem
        return None
