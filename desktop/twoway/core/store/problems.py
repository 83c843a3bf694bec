"""What went wrong with the data folder, said plainly enough for a person to act on."""

from __future__ import annotations

import errno
from dataclasses import dataclass
from pathlib import Path

from twoway.core.marks import QT_TRANSLATE_NOOP, message

# Problem kinds. The user interface groups and words its actions by these.
UNREADABLE = "unreadable"  # a file that could not be read; left untouched
CONFLICT = "conflict"  # a conflict copy (ours or a sync tool's) waiting to be resolved
NEWER_VERSION = "newer-version"  # written by a newer Twoway: loaded, never rewritten
READ_ONLY = "read-only"  # a save failed because the folder cannot be written
DISK_FULL = "disk-full"  # a save failed for lack of space
NOT_SAVED = "not-saved"  # a save failed for another reason
EXTERNAL_CHANGE = "external-change"  # edited here and on disk at once; both kept
RETURNED = "returned"  # deleted here, brought back by a sync tool (edited on another device)
NOT_BACKED_UP = "not-backed-up"  # left out of the last backup (a link, unreadable)

SAVE_FAILURES = (READ_ONLY, DISK_FULL, NOT_SAVED)


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int | None
    message: str
    kind: str
    record_kind: str = ""  # "contact", "meeting", ... when the problem concerns a record
    record_id: str = ""

    def __str__(self) -> str:
        where = f"{self.path.name}, line {self.line}" if self.line else self.path.name
        return f"{where}: {self.message}"


class Invalid(Exception):
    """A value in a document that does not fit its field; `where` is the key path."""

    def __init__(self, message: str, where: tuple[str | int, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.where = where


class StoreError(Exception):
    """An action on the store that could not be done; `problem` says why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


ProblemKey = tuple[Path, str]  # (file, problem kind): one problem of each kind per file


class ProblemLog:
    """What is wrong in the data folder now, one entry per file and kind of problem."""

    def __init__(self) -> None:
        self._items: dict[ProblemKey, Problem] = {}

    def all(self) -> list[Problem]:
        return list(self._items.values())

    def keys_copy(self) -> list[ProblemKey]:
        """A copy, so entries can be dropped while going through it."""
        return list(self._items)

    def __contains__(self, key: ProblemKey) -> bool:
        return key in self._items

    def get(self, path: Path, kind: str) -> Problem | None:
        return self._items.get((path, kind))

    def add(self, problem: Problem) -> None:
        self._items[(problem.path, problem.kind)] = problem

    def forget(self, path: Path, kinds: tuple[str, ...]) -> None:
        if not self._items:
            return  # the usual case, thousands of times in an import
        for kind in kinds:
            self._items.pop((path, kind), None)

    def forget_kind(self, kind: str) -> None:
        """Every problem of one kind (a fresh backup names its own skipped files)."""
        for key in [k for k in self._items if k[1] == kind]:
            del self._items[key]


def save_problem(path: Path, exc: BaseException, key: tuple[str, str] | None = None) -> Problem:
    """Why a file could not be written, said so that the user knows what to do."""
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
