"""Writing an import plan to the store as one step, and taking it back as one step."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from twoway.core.clock import Clock, SystemClock
from twoway.core.interop.errors import ImportFileError
from twoway.core.interop.plan import ImportPlan, absorb, contact_content, copy_contact
from twoway.core.interop.transaction import ImportJournal, JournalEntry, JournalState
from twoway.core.marks import QT_TRANSLATE_NOOP, Message, message
from twoway.core.records import Contact
from twoway.core.store.collector import collector_paused
from twoway.core.store.problems import DISK_FULL, READ_ONLY

if TYPE_CHECKING:
    from twoway.core.store import Problem, Store


@dataclass
class ImportReceipt:
    """What an applied import did, enough to undo it."""

    applied_at: datetime
    added_ids: list[str] = field(default_factory=list)
    previous: dict[str, Contact] = field(default_factory=dict)  # merged, as they were
    written: dict[str, Contact] = field(default_factory=dict)  # as the import left them

    @property
    def merged_ids(self) -> list[str]:
        return list(self.previous)

    def join(self, part: ImportReceipt) -> None:
        """Add a later part of the same import (one batch in the window): a contact two
        batches touched keeps its state from before the first."""
        self.added_ids.extend(part.added_ids)
        for contact_id, before in part.previous.items():
            self.previous.setdefault(contact_id, before)
        self.written.update(part.written)


@dataclass
class UndoResult:
    removed: int = 0
    restored: int = 0
    # Contacts the user changed after the import: left as they are, never thrown away.
    kept: list[Contact] = field(default_factory=list)
    # Saving problems reported by the store; the undone state is saved once they clear.
    problems: list[Problem] = field(default_factory=list)


def _now(store: Store, clock: Clock | None) -> datetime:
    clock = clock or getattr(store, "clock", None) or SystemClock()
    return clock.wall().replace(microsecond=0)


def _merge_into_current(current: Contact, incoming: list[Contact], now: datetime) -> Contact:
    result = copy_contact(current)
    for contact in incoming:
        absorb(result, contact)
    result.updated = now
    return result


def apply_import(
    store: Store,
    plan: ImportPlan,
    clock: Clock | None = None,
    journal: ImportJournal | None = None,
) -> ImportReceipt:
    """Add and merge what the plan says, then save once; on any failure, nothing changes.

    Merges are made again against each contact as it is now, so an edit made between the
    preview and this call is kept. Applying the same plan twice adds no one twice. With a
    `journal`, every change is written there (and synced) before any record.
    """
    with collector_paused():  # thousands of records made at once (see collector.py)
        return _apply(store, plan, clock, journal)


def _apply(
    store: Store, plan: ImportPlan, clock: Clock | None, journal: ImportJournal | None
) -> ImportReceipt:
    now = _now(store, clock)
    receipt = ImportReceipt(applied_at=now)
    entries: list[JournalEntry] = []
    for planned in plan.added:
        current = store.contacts.get(planned.id)
        if current is not None:
            # Already there (the plan was applied before): the same person, so merge.
            _merge(entries, current, [planned], now)
            continue
        contact = copy_contact(planned)
        contact.created = contact.updated = now
        entries.append(JournalEntry(contact.id, None, contact))
    for merge in plan.merged:
        current = store.contacts.get(merge.existing.id)
        if current is None:
            continue  # deleted since the preview: the user's choice stands
        _merge(entries, current, merge.incoming, now)
    if journal is not None:
        journal.record(entries)
    try:
        for entry in entries:
            if entry.before is None:
                receipt.added_ids.append(entry.contact_id)
            else:
                receipt.previous.setdefault(entry.contact_id, entry.before)
            store.put_contact(copy_contact(entry.after))  # the receipt keeps `after` as written
        problems = store.flush()
        if problems:
            raise ImportFileError(_not_saved(problems[0]))
    except BaseException:
        _roll_back(store, receipt)
        raise
    for entry in entries:
        receipt.written[entry.contact_id] = entry.after
    return receipt


def _merge(
    entries: list[JournalEntry], current: Contact, incoming: list[Contact], now: datetime
) -> None:
    result = _merge_into_current(current, incoming, now)
    if contact_content(result) != contact_content(current):
        entries.append(JournalEntry(current.id, copy_contact(current), result))


def _not_saved(problem: Problem) -> Message:
    if problem.kind == DISK_FULL:
        return message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The disk is full, so the import could not be saved; nothing was imported.",
            )
        )
    if problem.kind == READ_ONLY:
        return message(
            QT_TRANSLATE_NOOP(
                "Messages", "Twoway cannot write to its data folder, so nothing was imported."
            )
        )
    return message(
        QT_TRANSLATE_NOOP("Messages", "The import could not be saved, so nothing was imported.")
    )


def _roll_back(store: Store, receipt: ImportReceipt) -> None:
    """Put the store back as it was; what was already written is taken back by a flush."""
    for contact_id in receipt.added_ids:
        if contact_id in store.contacts:
            store.delete_contact(contact_id)
    for contact in receipt.previous.values():
        store.put_contact(copy_contact(contact))
    receipt.added_ids.clear()
    receipt.previous.clear()
    store.flush()


def contacts_in_use(store: Store) -> set[str]:
    """Contacts with a meeting or a follow-up: removing them would strand those."""
    in_use = {m.contact_id for m in store.meetings.values()}
    return in_use | {f.contact_id for f in store.followups.values()}


def undo_import(
    store: Store,
    receipt: ImportReceipt,
    clock: Clock | None = None,
    in_use: set[str] | None = None,
) -> UndoResult:
    """Remove the contacts the import added and put merged ones back as they were, then
    save once. A contact changed since the import, or one with a meeting or follow-up
    now (`in_use`, worked out here when not given), is kept as it is and reported."""
    now = _now(store, clock)
    result = UndoResult()
    if in_use is None:
        in_use = contacts_in_use(store)
    for contact_id in receipt.added_ids:
        current = store.contacts.get(contact_id)
        if current is None:
            continue
        changed = contact_content(current) != contact_content(receipt.written[contact_id])
        if changed or contact_id in in_use:
            result.kept.append(copy.deepcopy(current))
            continue
        store.delete_contact(contact_id)
        result.removed += 1
    for contact_id, before in receipt.previous.items():
        current = store.contacts.get(contact_id)
        if current is None:
            continue
        if contact_content(current) != contact_content(receipt.written[contact_id]):
            result.kept.append(copy.deepcopy(current))
            continue
        restored = copy.deepcopy(before)
        restored.updated = now  # a newer time, so syncing copies take the restored version
        store.put_contact(restored)
        result.restored += 1
    result.problems = store.flush()
    return result


def undo_journal(store: Store, state: JournalState, clock: Clock | None = None) -> UndoResult:
    """Take back what a journal says an import wrote, complete or stopped part-way.

    A contact the import never got to write is left alone; one changed since is kept as
    it is and reported; the rest are removed or put back as they were, saved once.
    """
    entries = {entry.contact_id: entry for entry in state.entries}
    receipt = ImportReceipt(applied_at=state.started)
    for contact_id, entry in entries.items():
        receipt.written[contact_id] = entry.after
        if entry.before is None:
            receipt.added_ids.append(contact_id)
            continue
        current = store.contacts.get(contact_id)
        if current is not None and contact_content(current) == contact_content(entry.before):
            continue  # the merge was never written: nothing to put back
        receipt.previous[contact_id] = entry.before
    return undo_import(store, receipt, clock)
