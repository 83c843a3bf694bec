"""Files changed on disk while Twoway runs: picked up, and never silently overwritten."""

from __future__ import annotations

import errno
import os
import tomllib
from pathlib import Path

import store_samples as samples
from store_samples import settle

from twoway.core.records import Contact
from twoway.core.store import conflicts
from twoway.core.store.layout import CONTACT, MEETING
from twoway.core.store.problems import CONFLICT, DISK_FULL, EXTERNAL_CHANGE
from twoway.core.workflow.search import search_contacts


def saved_contact(store, **changes) -> Contact:
    person = Contact(name="Ada Lovelace", company="Engines", **changes)
    store.put_contact(person)
    assert store.flush() == []
    return person


def hand_edit(path: Path, old: str, new: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def edited_on_both_sides(store, paths) -> tuple[Contact, Path, bytes]:
    """Ada's company changed on disk, her notes typed in Twoway and not saved yet: the
    contact, its file and the file's bytes as the other side left them."""
    person = saved_contact(store)
    path = CONTACT.path(paths.root, person.id)
    hand_edit(path, "Engines", "Engines on disk")
    on_disk = path.read_bytes()
    person.notes = "typed in Twoway"
    store.put_contact(person)
    return person, path, on_disk


def test_our_own_saves_are_not_seen_as_changes(open_store):
    store = open_store()
    saved_contact(store)
    store.set_agenda(samples.agenda())
    store.flush()

    assert not store.rescan()


def test_a_hand_edit_is_picked_up(open_store, paths):
    store = open_store()
    person = saved_contact(store)
    hand_edit(CONTACT.path(paths.root, person.id), "Engines", "Analytical Engines")

    summary = store.rescan()

    assert summary.changed == [("contact", person.id)]
    assert store.contacts[person.id].company == "Analytical Engines"
    assert search_contacts(store.contacts, "analytical") == [store.contacts[person.id]]


def test_files_added_and_removed_by_a_sync_are_picked_up(open_store, paths):
    store = open_store()
    person = saved_contact(store)
    other = open_store()  # a second machine, in effect
    newcomer = Contact(name="Grace Hopper")
    other.put_contact(newcomer)
    other.delete_contact(person.id)
    other.flush()

    summary = store.rescan()

    assert summary.added == [("contact", newcomer.id)]
    assert summary.removed == [("contact", person.id)]
    assert list(store.contacts) == [newcomer.id]
    assert search_contacts(store.contacts, "ada") == []


def test_unsaved_edits_and_a_change_on_disk_are_both_kept(open_store, paths):
    store = open_store()
    person, path, on_disk = edited_on_both_sides(store, paths)

    summary = store.rescan()

    [problem] = summary.problems
    assert problem.kind == EXTERNAL_CHANGE and problem.record_id == person.id
    assert "Ada Lovelace" in problem.message and problem.path.name in problem.message
    assert path.read_bytes() == on_disk  # the file on disk stays as it is
    assert store.contacts[person.id].company == "Engines on disk"
    mine = tomllib.loads(problem.path.read_text(encoding="utf-8"))
    assert mine["notes"] == "typed in Twoway" and mine["company"] == "Engines"
    assert store.pending() == 0 and store.flush() == []
    assert path.read_bytes() == on_disk
    assert problem in store.problems


def test_a_change_on_disk_found_while_saving_keeps_both(open_store, paths):
    store = open_store()
    person, path, on_disk = edited_on_both_sides(store, paths)

    [problem] = store.flush()  # no rescan in between

    assert problem.kind == EXTERNAL_CHANGE
    assert path.read_bytes() == on_disk
    assert "typed in Twoway" in problem.path.read_text(encoding="utf-8")
    assert store.contacts[person.id].company == "Engines on disk"


def test_a_full_disk_while_keeping_both_stops_no_other_change(open_store, paths, monkeypatch):
    store = open_store()
    person, path, on_disk = edited_on_both_sides(store, paths)
    other = open_store()  # another device adds a follow-up at the same time
    newcomer = samples.followup(text="Send the deck")
    other.put_followup(newcomer)
    assert other.flush() == []

    def disk_full(path, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(conflicts, "atomic_write_bytes", disk_full)

    summary = store.rescan()

    assert ("followup", newcomer.id) in summary.added
    assert store.followups[newcomer.id].text == "Send the deck"
    [problem] = summary.problems
    assert problem.kind == DISK_FULL and problem.record_id == person.id
    assert problem in store.problems  # what the data page lists
    assert path.read_bytes() == on_disk  # the file on disk stays as it is
    assert store.contacts[person.id].notes == "typed in Twoway"  # and the typing is kept
    assert store.pending() == 1
    # Once there is space again, the next save keeps both, and the notice goes.
    monkeypatch.undo()
    [kept] = store.flush()
    assert kept.kind == EXTERNAL_CHANGE
    assert "typed in Twoway" in kept.path.read_text(encoding="utf-8")
    assert path.read_bytes() == on_disk
    assert [p.kind for p in store.problems] == [EXTERNAL_CHANGE]
    assert store.pending() == 0


def test_the_kept_copy_is_a_conflict_to_resolve_after_a_restart(open_store, paths):
    store = open_store()
    person = saved_contact(store)
    hand_edit(CONTACT.path(paths.root, person.id), "Engines", "Disk")
    person.notes = "mine"
    store.put_contact(person)
    [problem] = store.flush()

    later = open_store()

    assert [(p.path, p.kind, p.record_id) for p in later.problems] == [
        (problem.path, CONFLICT, person.id)
    ]
    assert list(later.contacts) == [person.id]  # the copy is not loaded as a second contact
    assert later.read_conflict(problem.path).notes == "mine"


def test_resolving_a_conflict_by_keeping_the_copy(open_store, paths):
    store = open_store()
    person = saved_contact(store)
    path = CONTACT.path(paths.root, person.id)
    hand_edit(path, "Engines", "Disk")
    person.notes = "mine"
    store.put_contact(person)
    [problem] = store.flush()

    assert store.resolve_conflict(problem.path, keep_copy=True) is None

    assert store.contacts[person.id].notes == "mine"
    assert tomllib.loads(path.read_text(encoding="utf-8"))["notes"] == "mine"
    assert not problem.path.exists() and store.problems == []
    trashed = sorted(p.read_text(encoding="utf-8") for p in store.list_trash())
    assert any("Disk" in text for text in trashed)  # the replaced version is in the trash
    assert any("mine" in text for text in trashed)
    assert not open_store(cache=False).problems


def test_resolving_a_conflict_by_setting_the_copy_aside(open_store, paths):
    store = open_store()
    person = saved_contact(store)
    hand_edit(CONTACT.path(paths.root, person.id), "Engines", "Disk")
    person.notes = "mine"
    store.put_contact(person)
    [problem] = store.flush()

    assert store.resolve_conflict(problem.path, keep_copy=False) is None

    assert store.contacts[person.id].company == "Disk"
    assert not problem.path.exists() and store.problems == []
    assert any("mine" in p.read_text(encoding="utf-8") for p in store.list_trash())


def test_a_file_removed_on_disk_while_edited_is_written_again(open_store, paths):
    store = open_store()
    person = saved_contact(store)
    path = CONTACT.path(paths.root, person.id)
    path.unlink()
    person.notes = "still typing"
    store.put_contact(person)

    store.rescan()
    assert [p.kind for p in store.problems] == [EXTERNAL_CHANGE]
    assert store.flush() == []

    assert tomllib.loads(path.read_text(encoding="utf-8"))["notes"] == "still typing"


def test_a_delete_after_a_change_on_disk_keeps_the_new_version_in_the_trash(open_store, paths):
    store = open_store()
    person = saved_contact(store)
    path = CONTACT.path(paths.root, person.id)
    hand_edit(path, "Engines", "Changed elsewhere")
    store.delete_contact(person.id)

    assert store.flush() == []

    assert not path.exists()
    [trashed] = store.list_trash()
    assert "Changed elsewhere" in trashed.read_text(encoding="utf-8")


def test_a_file_broken_on_disk_is_dropped_from_memory_and_left_alone(open_store, paths):
    store = open_store()
    person = saved_contact(store)
    path = CONTACT.path(paths.root, person.id)
    path.write_bytes(b'schema = 2\nname = "Ada')

    summary = store.rescan()

    assert summary.removed == [("contact", person.id)]
    assert [p.line for p in summary.problems] == [2]
    path.write_bytes(b'schema = 2\nname = "Ada Byron"\n')
    assert store.rescan().added == [("contact", person.id)]
    assert store.contacts[person.id].name == "Ada Byron" and store.problems == []


def test_sync_conflict_copies_come_and_go_with_rescans(open_store, paths):
    store = open_store()
    person = saved_contact(store)
    path = CONTACT.path(paths.root, person.id)
    copy = path.with_name(f"{person.id}.sync-conflict-20260105-091500-7QWERTY.toml")
    copy.write_bytes(path.read_bytes().replace(b"Engines", b"Other"))

    store.rescan()
    [problem] = store.problems
    assert problem.kind == CONFLICT and problem.path == copy
    assert "Syncthing" in problem.message
    assert list(store.contacts) == [person.id]

    copy.unlink()
    store.rescan()
    assert store.problems == []


def test_the_agenda_has_conflict_copies_too(open_store, paths):
    store = open_store()
    store.set_agenda(samples.agenda())
    store.flush()
    copy = paths.root / "agenda (Sam's conflicted copy 2026-01-05).toml"
    copy.write_bytes((paths.root / "agenda.toml").read_bytes())

    store.rescan()

    [problem] = store.problems
    assert problem.path == copy and problem.record_kind == "agenda"
    assert store.resolve_conflict(copy, keep_copy=False) is None
    assert store.problems == []


def test_a_stale_cache_is_never_believed(open_store, paths, cache_file):
    store = open_store()
    person = saved_contact(store)
    store.close()
    settle(paths.root)
    open_store().close()
    path = CONTACT.path(paths.root, person.id)
    # A sync tool rewrites the file in place with the same size and restores its time.
    before = path.stat()
    hand_edit(path, "Ada Lovelace", "Ada Lovelacf")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size

    assert open_store().contacts[person.id].name == "Ada Lovelacf"


def test_the_cache_is_safe_to_delete_or_damage(open_store, paths, cache_file):
    store = open_store()
    person = saved_contact(store)
    meeting = samples.meeting(person.id)
    store.put_meeting(meeting)
    store.flush()
    store.close()
    settle(paths.root)
    open_store().close()
    assert open_store().loaded_from_cache == 2

    cache_file.write_bytes(cache_file.read_bytes()[:200])
    damaged = open_store()
    assert damaged.loaded_from_cache == 0 and damaged.meetings[meeting.id] == meeting
    damaged.close()

    cache_file.unlink()
    again = open_store()
    assert again.loaded_from_cache == 0 and again.contacts[person.id] == person


def test_a_meeting_edited_by_hand_after_caching_is_read_again(open_store, paths):
    store = open_store()
    person = saved_contact(store)
    meeting = samples.meeting(person.id)
    store.put_meeting(meeting)
    store.flush()
    store.close()
    settle(paths.root)
    open_store().close()
    hand_edit(MEETING.path(paths.root, meeting.id), "Send the intro", "Send two intros")

    assert open_store().meetings[meeting.id].debrief.next_step == "Send two intros"


def test_retrying_a_conflict_copy_never_loads_it_as_the_record(open_store, paths):
    store = open_store()
    person = saved_contact(store)
    path = CONTACT.path(paths.root, person.id)
    copy = path.with_name(f"{person.id}.sync-conflict-20260105-091500-7QWERTY.toml")
    copy.write_bytes(path.read_bytes().replace(b"Engines", b"Other"))
    store.rescan()

    problem = store.retry(copy)

    assert problem is not None and problem.kind == CONFLICT
    assert store.contacts[person.id].company == "Engines"
    assert store.resolve_conflict(path, keep_copy=True) is not None  # not a copy: refused
    assert store.contacts[person.id].company == "Engines"
    copy.unlink()
    assert store.retry(copy) is None and store.problems == []


def test_retrying_a_misnamed_file_after_renaming_it(open_store, paths):
    store = open_store()
    misnamed = paths.root / "contacts" / "Ada Lovelace.toml"
    misnamed.parent.mkdir()
    misnamed.write_text('schema = 2\nname = "Ada Lovelace"\n')
    store.rescan()
    assert store.retry(misnamed) is not None

    misnamed.rename(misnamed.with_name("c-ada.toml"))

    assert store.retry(misnamed) is None
    assert store.contacts["c-ada"].name == "Ada Lovelace" and store.problems == []
