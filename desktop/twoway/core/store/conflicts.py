"""Conflict copies: noting them, showing one beside its record, and settling them.

When a file changed on disk while this instance held unsaved edits to the same record,
the version on disk stays in place and the edits are written beside it as a conflict
copy (`<id>.twoway-conflict-<time>.toml`); both are kept and the user chooses. Copies a
sync tool made are listed the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from twoway.core.atomic import atomic_write_bytes
from twoway.core.marks import QT_TRANSLATE_NOOP, message
from twoway.core.records import Agenda, ChecklistTemplate, Contact, FollowUp, Meeting
from twoway.core.store import otherfiles
from twoway.core.store.codec import record_file
from twoway.core.store.files import read_regular_file
from twoway.core.store.layout import (
    AGENDA,
    MAX_RECORD_BYTES,
    OUR_CONFLICT_MARK,
    SUFFIX,
    Entry,
    Kind,
    file_stamp,
    kind_of,
)
from twoway.core.store.problems import (
    CONFLICT,
    EXTERNAL_CHANGE,
    NEWER_VERSION,
    SAVE_FAILURES,
    UNREADABLE,
    Problem,
    StoreError,
    save_problem,
)
from twoway.core.store.state import Key, StoreState

if TYPE_CHECKING:
    from twoway.core.store.reading import Reader
    from twoway.core.store.trash import Trash


def note_conflict(state: StoreState, kind: Kind, path: Path, what: Entry) -> None:
    if (path, EXTERNAL_CHANGE) in state.problems:
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
    state.problems.add(
        Problem(
            path,
            None,
            said,
            CONFLICT,
            kind.name,
            what.record_id,
        )
    )


def note_other_copies(state: StoreState) -> None:
    """Conflict copies of settings.toml and format files: listed like record copies."""
    copies = otherfiles.other_copies(state.root)
    current = {copy.path for copy in copies}
    for path, kind in state.problems.keys_copy():
        problem = state.problems.get(path, kind)
        if kind == CONFLICT and problem and problem.record_kind == "file" and path not in current:
            state.problems.forget(path, (kind,))
    for copy in copies:
        said = otherfiles.describe(copy)
        state.problems.add(Problem(copy.path, None, said, CONFLICT, "file", copy.original.name))


def note_bad_name(state: StoreState, kind: Kind, path: Path) -> None:
    state.problems.add(
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


class Conflicts:
    """Writes our version beside a file that cannot take it, and settles copies."""

    def __init__(self, state: StoreState, reader: Reader, trash: Trash) -> None:
        self.s = state
        self.reader = reader
        self.trash = trash

    def keep_both(self, kind: Kind, rid: str, path: Path) -> Problem:
        """The file on disk cannot take our version: write ours beside it and load theirs."""
        key = (kind.name, rid)
        record = self.s.record(kind, rid)
        label = self.s.label(kind, record)
        copy = path.with_name(f"{rid}{OUR_CONFLICT_MARK}{file_stamp(self.s.clock.wall())}{SUFFIX}")
        number = 1
        while copy.exists():
            number += 1
            copy = path.with_name(
                f"{rid}{OUR_CONFLICT_MARK}{file_stamp(self.s.clock.wall())}-{number}{SUFFIX}"
            )
        atomic_write_bytes(copy, record_file(kind, record))
        if key in self.s.read_only:
            why = message(
                QT_TRANSLATE_NOOP(
                    "Messages", "the file on disk was written by a newer version of Twoway"
                )
            )
        elif path in self.s.unreadable:
            why = message(QT_TRANSLATE_NOOP("Messages", "the file on disk could not be read"))
        else:
            why = message(
                QT_TRANSLATE_NOOP(
                    "Messages", "the file was changed outside Twoway while you were editing it here"
                )
            )
        self.s.pending.pop(key, None)
        self.s.originals.pop(key, None)
        self.s.problems.forget(path, SAVE_FAILURES)  # saved now, beside the file
        if kind is not AGENDA:
            self.s.records(kind).pop(rid, None)
        self.reader.accept(kind, rid, path, self.reader.load_file(kind, rid, path))
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
        self.s.problems.add(problem)
        return problem

    # --- conflict copies -----------------------------------------------------------------

    def read_conflict(self, path: Path) -> object:
        """The record a conflict copy holds, to show beside the current one."""
        path = Path(path)
        kind, rid = kind_of(self.s.root, path, "conflict")
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
        loaded = self.reader.parse(kind, rid, path, raw)
        if loaded.record is None:
            raise StoreError(cast(Problem, loaded.problem))  # always said when none is read
        return loaded.record

    def resolve(
        self, path: Path, write: Callable[[Key], Problem | None], *, keep_copy: bool
    ) -> Problem | None:
        """Settle a conflict copy: keep it (it replaces the record) or set it aside.

        Whatever is replaced or set aside goes to the trash, so this can be undone by hand.
        """
        path = Path(path)
        other = otherfiles.find_copy(self.s.root, path)
        if other is not None:
            return self._settle_other_copy(other, keep_copy)
        try:
            kind, rid = kind_of(self.s.root, path, "conflict")
        except StoreError as exc:
            return exc.problem
        key = (kind.name, rid)
        try:
            if keep_copy:
                record = self.read_conflict(path)
                if isinstance(record, Contact | Meeting | FollowUp | ChecklistTemplate):
                    record.id = rid
                main = kind.path(self.s.root, rid)
                if main.is_file():
                    self.trash.to_trash(kind, main)
                self.s.unreadable.pop(main, None)
                self.s.problems.forget(main, (UNREADABLE, NEWER_VERSION))
                self.s.read_only.discard(key)
                self.s.sigs[key] = None
                if kind is AGENDA:
                    self.s.agenda = cast(Agenda, record)
                else:
                    self.s.records(kind)[rid] = record
                self.s.pending[key] = True
                problem = write(key)
                if problem is not None:
                    self.s.problems.add(problem)
                    return problem
            self.trash.to_trash(kind, path)
        except StoreError as exc:
            return exc.problem
        except OSError as exc:
            return save_problem(path, exc, key)
        self.s.problems.forget(path, (CONFLICT, EXTERNAL_CHANGE, UNREADABLE))
        return None

    def _settle_other_copy(self, copy: otherfiles.OtherCopy, keep_copy: bool) -> Problem | None:
        try:
            otherfiles.settle(
                self.s.root, copy, keep_copy=keep_copy, stamp=file_stamp(self.s.now())
            )
        except OSError as exc:
            return save_problem(copy.path, exc)
        self.s.problems.forget(copy.path, (CONFLICT,))
        return None
