"""What went wrong with the data folder, said plainly enough for a person to act on."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

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
