"""What the store's parts share: the records in memory and what is known of their files.

Each part of the store (reading, writing, conflicts, trash, backups, picking up changes)
works on one `StoreState`; the `Store` facade builds them around it.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path
from typing import cast

from twoway.core.clock import Clock
from twoway.core.marks import QT_TRANSLATE_NOOP, Message, message
from twoway.core.records import Agenda, ChecklistTemplate, Contact, FollowUp, Meeting
from twoway.core.store.cache import LoadCache, Signature
from twoway.core.store.layout import AGENDA, CONTACT, FOLLOWUP, MEETING, TEMPLATE, Kind
from twoway.core.store.problems import ProblemLog
from twoway.paths import DataPaths

Key = tuple[str, str]  # (kind name, record id)


class StoreState:
    """The records of one data folder and the bookkeeping that keeps their files safe."""

    def __init__(self, paths: DataPaths, clock: Clock, cache_file: Path | None) -> None:
        self.paths = paths
        self.root = paths.root
        self._root_prefix = os.path.join(str(paths.root), "")
        self.clock = clock
        self.contacts: dict[str, Contact] = {}
        self.meetings: dict[str, Meeting] = {}
        self.followups: dict[str, FollowUp] = {}
        self.templates: dict[str, ChecklistTemplate] = {}
        self.agenda = Agenda(updated=self.now())
        self.sigs: dict[Key, Signature | None] = {}  # file identity as last read or written
        self.read_only: set[Key] = set()
        self.deleted_here: set[Key] = set()  # trashed by this app: see Changes.note_returned
        self.pending: dict[Key, bool] = {}  # True: write it; False: delete it
        self.originals: dict[Key, tuple[int, bytes]] = {}  # owed migration backups
        self.unreadable: dict[Path, tuple[Key, Signature | None]] = {}
        self.problems = ProblemLog()
        self.cache = LoadCache(cache_file, self.root)
        self.deferred_syncs: set[Path] | None = None  # folders to sync after many moves
        self.loaded_from_cache = 0  # how many records the last load took from the cache

    def now(self) -> datetime:
        return self.clock.wall().replace(microsecond=0)

    def today(self) -> date:
        return self.clock.wall().astimezone().date()

    def rel(self, path: Path) -> str:
        """A file's name relative to the data folder, as the load cache keys it."""
        # Called twice for every file at start-up; Path.relative_to is slow at that scale.
        text = str(path)
        prefix = self._root_prefix
        if text.startswith(prefix):
            return text[len(prefix) :].replace(os.sep, "/")
        return path.relative_to(self.root).as_posix()

    def records(self, kind: Kind) -> dict[str, object]:
        """The records of one folder kind, by id (not the agenda)."""
        return cast("dict[str, object]", getattr(self, kind.attr))

    def record(self, kind: Kind, rid: str) -> object:
        return self.agenda if kind is AGENDA else self.records(kind)[rid]

    def label(self, kind: Kind, record: object) -> Message:
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
