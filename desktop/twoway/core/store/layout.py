"""Which file holds which record, and how other files in the data folder are recognised."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from twoway.core.atomic import TEMP_PREFIX, TEMP_SUFFIX
from twoway.core.marks import QT_TRANSLATE_NOOP, message
from twoway.core.records import Agenda, ChecklistTemplate, Contact, FollowUp, Meeting
from twoway.core.store.problems import UNREADABLE, Problem, StoreError

SUFFIX = ".toml"
TRASH_DIR = "trash"
MIGRATED_DIR = "migrated"  # inside the backups folder
OUR_CONFLICT_MARK = ".twoway-conflict-"
AGENDA_ID = "agenda"
# The largest record file Twoway reads or writes. Far beyond any real record (a contact
# with pages of notes is a few kilobytes); it keeps a stray huge file from filling memory,
# and imports refuse anything that would make a record this large.
MAX_RECORD_BYTES = 2 * 1024 * 1024

# Ids become file names, so they are limited to characters every file system accepts.
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$")
RECORD_NAME_RE = re.compile(r"^([A-Za-z0-9][A-Za-z0-9_-]{0,99})\.toml$")
_SYNCTHING_MARK = ".sync-conflict-"
_DROPBOX_RE = re.compile(r"\(.*conflicted copy.*\)", re.IGNORECASE)
# iCloud and some other tools keep both sides as "name 2.toml" or "name (1).toml".
_NUMBERED_COPY_RE = re.compile(r"^(?P<base>[A-Za-z0-9][A-Za-z0-9_-]*)(?: \d+| \(\d+\))$")


@dataclass(frozen=True)
class Kind:
    name: str  # "contact", used in problems and change summaries
    folder: str  # folder under the data root; "" for the one-file agenda
    attr: str  # the Store attribute holding these records
    cls: type
    schema: int  # the schema version this Twoway writes
    # Long fields the load cache keeps apart, read when first used (see lazy.py).
    body: tuple[str, ...] = ()

    def path(self, root: Path, record_id: str) -> Path:
        if not self.folder:
            return root / f"{AGENDA_ID}{SUFFIX}"
        return root / self.folder / f"{record_id}{SUFFIX}"


CONTACT = Kind("contact", "contacts", "contacts", Contact, 3)
MEETING = Kind("meeting", "meetings", "meetings", Meeting, 2, ("request", "prep", "run", "debrief"))
FOLLOWUP = Kind("followup", "followups", "followups", FollowUp, 1)
TEMPLATE = Kind("template", "templates", "templates", ChecklistTemplate, 1)
AGENDA = Kind("agenda", "", "agenda", Agenda, 1)

FOLDER_KINDS = (CONTACT, MEETING, FOLLOWUP, TEMPLATE)
ALL_KINDS = (*FOLDER_KINDS, AGENDA)
KINDS_BY_NAME = {kind.name: kind for kind in ALL_KINDS}


@dataclass(frozen=True)
class Entry:
    """What a file name in a record folder means."""

    role: str  # "record", "conflict", "bad-name" or "ignore"
    record_id: str = ""  # the record it holds or is a conflict copy of
    tool: str = ""  # for conflicts: who made the copy


def classify(name: str, names_in_folder: set[str]) -> Entry:
    """Sort a file name into a record, a conflict copy, a misnamed file or something to skip.

    Hidden files (our temporary files, sync tools' own files) and anything that is not
    a .toml file are skipped.
    """
    if name.startswith(".") or not name.endswith(SUFFIX):
        return Entry("ignore")
    stem = name[: -len(SUFFIX)]
    if ID_RE.match(stem):
        return Entry("record", stem)
    if OUR_CONFLICT_MARK in stem:
        return Entry("conflict", stem.split(OUR_CONFLICT_MARK)[0], "Twoway")
    if _SYNCTHING_MARK in stem:
        return Entry("conflict", stem.split(_SYNCTHING_MARK)[0], "Syncthing")
    if _DROPBOX_RE.search(stem):
        return Entry("conflict", stem.split(" (")[0].strip(), "Dropbox")
    numbered = _NUMBERED_COPY_RE.match(stem)
    if numbered and f"{numbered['base']}{SUFFIX}" in names_in_folder:
        return Entry("conflict", numbered["base"])  # made by some sync tool; which is unknown
    return Entry("bad-name")


# What atomic_write_bytes leaves when interrupted: ".<file name>.<8 random>.tmp".
# Syncthing's downloads in progress (".syncthing.<file name>.tmp") are its own.


def is_our_temp_file(name: str) -> bool:
    """Temporary files left by an interrupted atomic write: never the only copy of anything.

    Only names with our own prefix: Syncthing, Dropbox and others keep their own hidden
    temporary files in the folder, and those are theirs to remove.
    """
    return name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX)


_STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
_TRAILING_STAMP_RE = re.compile(r"\.(\d{8}T\d{6}Z)(?:-\d+)?\.toml$")


def file_stamp(when: datetime) -> str:
    """A file-name-safe UTC time stamp, sortable as text."""
    return when.astimezone(UTC).strftime(_STAMP_FORMAT)


def stamp_in_name(name: str) -> datetime | None:
    """The time stamp a file name ends with ("c-1.20260105T090000Z.toml"), if any."""
    match = _TRAILING_STAMP_RE.search(name)
    if not match:
        return None
    return datetime.strptime(match.group(1), _STAMP_FORMAT).replace(tzinfo=UTC)


def kind_of(root: Path, path: Path, role: str) -> tuple[Kind, str]:
    """Which record a file holds (role "record") or is a copy of (role "conflict")."""
    folder = path.parent
    names = {p.name for p in folder.iterdir()} if folder.is_dir() else set()
    what = classify(path.name, names)
    if what.role == role:
        if folder == root and what.record_id == AGENDA_ID:
            return AGENDA, what.record_id
        for kind in FOLDER_KINDS:
            if folder == root / kind.folder:
                return kind, what.record_id
    if role == "record":
        said = message(
            QT_TRANSLATE_NOOP("Messages", "This file is not one of Twoway's record files.")
        )
    else:
        said = message(QT_TRANSLATE_NOOP("Messages", "This file is not a conflict copy."))
    raise StoreError(Problem(path, None, said, UNREADABLE))
