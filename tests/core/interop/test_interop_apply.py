"""Applying an import to the store as one step, and undoing it as one step."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from twoway.core.clock import FakeClock
from twoway.core.interop import (
    ImportFileError,
    apply_import,
    plan_import,
    read_contacts,
    undo_import,
)
from twoway.core.interop.plan import contact_content
from twoway.core.records import Contact
from twoway.core.store import Problem, Store
from twoway.paths import DataPaths

SAMPLES = Path(__file__).parent / "samples"


@pytest.fixture
def paths(data_dir: Path) -> DataPaths:
    return DataPaths(data_dir)


def saved_contacts(paths: DataPaths) -> dict[str, dict]:
    """The contacts as a fresh start of the app would see them."""
    return {cid: contact_content(c) for cid, c in Store.open(paths).contacts.items()}


def seed(paths: DataPaths, *contacts: Contact) -> Store:
    store = Store.open(paths, clock=FakeClock())
    for contact in contacts:
        store.put_contact(contact)
    store.flush()
    return store


def jane() -> Contact:
    return Contact(
        name="Jane Doe",
        company="Acme",
        emails=["jane.doe@example.com"],
        notes="My own note about Jane.",
    )


def test_apply_adds_and_merges_and_saves(paths: DataPaths):
    store = seed(paths, jane())
    parsed = read_contacts(SAMPLES / "Connections.csv")
    plan = plan_import(store.contacts.values(), parsed.contacts)
    assert (len(plan.added), len(plan.merged)) == (3, 1)
    receipt = apply_import(store, plan, clock=FakeClock())
    assert len(receipt.added_ids) == 3 and len(receipt.merged_ids) == 1
    saved = saved_contacts(paths)
    assert len(saved) == 4
    merged = saved[receipt.merged_ids[0]]
    assert merged["name"] == "Jane Doe"
    assert merged["company"] == "Acme"  # the user's company is kept
    assert merged["notes"] == "My own note about Jane."
    assert merged["role"] == "VP Engineering"  # filled in from the file
    assert merged["linkedin"] == "https://www.linkedin.com/in/jane-doe-4a1b2c"


def test_importing_the_same_file_twice_adds_no_one_twice(paths: DataPaths):
    store = seed(paths)
    parsed = read_contacts(SAMPLES / "google-3.0.vcf")
    apply_import(store, plan_import(store.contacts.values(), parsed.contacts))
    again = plan_import(store.contacts.values(), read_contacts(SAMPLES / "google-3.0.vcf").contacts)
    assert again.added == [] and again.merged == []
    assert len(saved_contacts(paths)) == 3


def test_applying_one_plan_twice_adds_no_one_twice(paths: DataPaths):
    store = seed(paths)
    plan = plan_import([], read_contacts(SAMPLES / "thunderbird.vcf").contacts)
    apply_import(store, plan)
    second = apply_import(store, plan)
    assert second.added_ids == []
    assert len(saved_contacts(paths)) == 2


def test_an_edit_between_preview_and_apply_is_kept(paths: DataPaths):
    original = jane()
    store = seed(paths, original)
    incoming = Contact(name="Jane Doe", emails=["jane.doe@example.com"], role="VP Engineering")
    plan = plan_import(store.contacts.values(), [incoming])
    edited = copy.deepcopy(store.contacts[original.id])
    edited.company = "Acme Robotics"
    store.put_contact(edited)
    store.flush()
    apply_import(store, plan)
    saved = saved_contacts(paths)[original.id]
    assert (saved["company"], saved["role"]) == ("Acme Robotics", "VP Engineering")


def test_undo_removes_added_and_restores_merged_contacts(paths: DataPaths):
    store = seed(paths, jane(), Contact(name="Untouched", emails=["u@example.com"]))
    before = saved_contacts(paths)
    plan = plan_import(store.contacts.values(), read_contacts(SAMPLES / "Connections.csv").contacts)
    receipt = apply_import(store, plan)
    assert saved_contacts(paths) != before
    result = undo_import(store, receipt)
    assert (result.removed, result.restored, result.kept) == (3, 1, [])
    assert saved_contacts(paths) == before


def test_undo_keeps_a_contact_the_user_changed_after_the_import(paths: DataPaths):
    store = seed(paths)
    plan = plan_import([], read_contacts(SAMPLES / "thunderbird.vcf").contacts)
    receipt = apply_import(store, plan)
    kenji_id = next(cid for cid, c in store.contacts.items() if c.name == "Kenji Watanabe")
    kenji = copy.deepcopy(store.contacts[kenji_id])
    kenji.notes = "Met him again at the print fair."
    store.put_contact(kenji)
    store.flush()
    result = undo_import(store, receipt)
    assert result.removed == 1
    assert [c.name for c in result.kept] == ["Kenji Watanabe"]
    assert list(saved_contacts(paths)) == [kenji_id]


def test_undo_keeps_a_contact_who_now_has_a_meeting_from_the_command_line_too(paths: DataPaths):
    """The window and `twoway import --undo-last` share the rule: removing a contact
    would strand the meeting planned with them."""
    from twoway.core.records import Meeting

    store = seed(paths)
    plan = plan_import([], read_contacts(SAMPLES / "thunderbird.vcf").contacts)
    receipt = apply_import(store, plan)
    kenji_id = next(cid for cid, c in store.contacts.items() if c.name == "Kenji Watanabe")
    store.put_meeting(Meeting(contact_id=kenji_id, format_id="minimastermind"))
    store.flush()
    result = undo_import(store, receipt)
    assert [c.name for c in result.kept] == ["Kenji Watanabe"]
    assert list(saved_contacts(paths)) == [kenji_id]


class FailingStore:
    """Wraps a store and fails on the n-th put, as a full disk or a crash would."""

    def __init__(self, store: Store, fail_on_put: int) -> None:
        self._store = store
        self._puts = 0
        self._fail_on = fail_on_put

    def __getattr__(self, name):
        return getattr(self._store, name)

    def put_contact(self, contact: Contact) -> None:
        self._puts += 1
        if self._puts == self._fail_on:
            raise OSError(28, "No space left on device")
        self._store.put_contact(contact)


def test_a_failure_part_way_leaves_nothing_half_imported(paths: DataPaths):
    store = seed(paths, jane())
    before = saved_contacts(paths)
    plan = plan_import(store.contacts.values(), read_contacts(SAMPLES / "Connections.csv").contacts)
    failing = FailingStore(store, fail_on_put=4)
    with pytest.raises(OSError):
        apply_import(failing, plan)
    assert {cid: contact_content(c) for cid, c in store.contacts.items()} == before
    store.flush()
    assert saved_contacts(paths) == before


class DiskFillsWhileSaving:
    """Wraps a store whose first save writes the files, then reports a full disk."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self.flushes = 0

    def __getattr__(self, name):
        return getattr(self._store, name)

    def flush(self) -> list[Problem]:
        self.flushes += 1
        problems = self._store.flush()
        if self.flushes == 1:
            problems.append(Problem(self._store.root, None, "disk full", "disk-full"))
        return problems


def test_a_save_that_fails_takes_back_what_was_written(paths: DataPaths):
    store = seed(paths, jane())
    before = saved_contacts(paths)
    plan = plan_import(store.contacts.values(), read_contacts(SAMPLES / "Connections.csv").contacts)
    with pytest.raises(ImportFileError) as caught:
        apply_import(DiskFillsWhileSaving(store), plan)
    assert caught.value.message == (
        "The disk is full, so the import could not be saved; nothing was imported."
    )
    assert saved_contacts(paths) == before


def test_the_collector_runs_again_after_an_import_even_a_failed_one(paths: DataPaths):
    import gc

    store = seed(paths)
    plan = plan_import([], [Contact(name="Ada"), Contact(name="Grace")])
    apply_import(store, plan, clock=FakeClock())
    assert gc.isenabled()

    broken = plan_import([], [Contact(name="Edsger", id="not a valid id")])
    with pytest.raises(ValueError):
        apply_import(store, broken, clock=FakeClock())
    assert gc.isenabled()
