"""Daily zip snapshots of the data folder, the newest few kept, and restoring from one."""

from __future__ import annotations

import copy
import os
import stat
import zipfile

import store_samples as samples

from twoway.core.records import Contact
from twoway.core.store import backups
from twoway.core.store.problems import UNREADABLE

DAY = 24 * 3600


def filled(store):
    person = samples.contact()
    store.put_contact(person)
    meeting = samples.meeting(person.id)
    store.put_meeting(meeting)
    store.set_agenda(samples.agenda())
    assert store.flush() == []
    return person, meeting


def names_in(snapshot) -> set[str]:
    with zipfile.ZipFile(snapshot) as archive:
        return set(archive.namelist())


def test_a_snapshot_holds_the_data_and_nothing_else(open_store, paths):
    store = open_store()
    person, meeting = filled(store)
    paths.settings_file.write_text("schema = 1\n")
    (paths.formats_dir).mkdir()
    (paths.formats_dir / "walk.toml").write_text('schema = 1\nname = "Walk"\n')
    (paths.root / ".run").mkdir()  # where older versions kept the lock
    (paths.root / ".run" / "lock").write_text("1234")
    (paths.root / "contacts" / ".twoway-c-x.toml.abc.tmp").write_text("half")
    store.delete_meeting(meeting.id)  # goes to the trash
    store.flush()
    first = store.backups.take_now()

    second = store.backups.take_now()

    assert names_in(second) == {
        f"contacts/{person.id}.toml",
        "agenda.toml",
        "settings.toml",
        "formats/walk.toml",
    }
    assert first.exists()  # an earlier snapshot is not inside the later one
    assert second.name.startswith("snapshot-") and second.suffix == ".zip"
    if os.name == "posix":
        assert stat.S_IMODE(second.stat().st_mode) == 0o600


def test_the_newest_fourteen_are_kept(open_store, clock):
    store = open_store()
    filled(store)
    made = []
    for _ in range(16):
        made.append(store.backups.take_now(keep=14))
        clock.advance(DAY)

    kept = store.backups.files()

    assert kept == list(reversed(made))[:14]
    assert not made[0].exists() and not made[1].exists()


def test_a_backup_is_taken_once_a_day(open_store, clock):
    store = open_store()
    filled(store)

    first = store.backups.take_if_due()
    clock.advance(DAY - 60)
    assert store.backups.take_if_due() is None
    clock.advance(60)
    second = store.backups.take_if_due()

    assert first is not None and second is not None and first != second
    assert store.backups.files() == [second, first]
    assert backups.snapshot_time(second) == clock.wall().replace(microsecond=0)


def test_the_number_kept_is_a_setting(open_store, clock):
    store = open_store()
    filled(store)
    for _ in range(5):
        store.backups.take_if_due(keep=3)
        clock.advance(DAY)

    assert len(store.backups.files()) == 3


def test_restoring_brings_back_the_old_state_and_can_be_undone(open_store, paths, clock):
    store = open_store()
    person, meeting = filled(store)
    saved = copy.deepcopy(person)
    saved_agenda = copy.deepcopy(store.agenda)
    snapshot = store.backups.take_now()
    clock.advance(60)
    person.company = "Changed after the backup"
    store.put_contact(person)
    newcomer = Contact(name="Added after the backup")
    store.put_contact(newcomer)
    store.delete_meeting(meeting.id)
    store.flush()
    store.set_agenda(samples.agenda(goal="Pending when restoring"))  # not yet flushed

    assert store.restore_backup(snapshot).problems == []

    assert store.contacts == {person.id: saved}
    assert store.meetings == {meeting.id: meeting}
    assert store.agenda == saved_agenda
    assert open_store(cache=False).contacts.keys() == {person.id}
    before_restore = store.backups.files()[0]
    assert before_restore != snapshot
    clock.advance(60)
    assert store.restore_backup(before_restore).problems == []
    assert store.contacts[person.id].company == "Changed after the backup"
    assert newcomer.id in store.contacts and meeting.id not in store.meetings
    assert store.agenda.goal == "Pending when restoring"


def test_a_damaged_backup_changes_nothing(open_store, paths):
    store = open_store()
    person, _ = filled(store)
    paths.backups_dir.mkdir()
    damaged = paths.backups_dir / "snapshot-20260101T000000Z.zip"
    damaged.write_bytes(b"PK\x03\x04 not really a zip")
    files_before = {p: p.read_bytes() for p in paths.root.rglob("*.toml")}

    [problem] = store.restore_backup(damaged).problems

    assert problem.kind == UNREADABLE and "nothing was changed" in problem.message
    assert {p: p.read_bytes() for p in paths.root.rglob("*.toml")} == files_before
    assert person.id in store.contacts


def test_a_backup_cannot_write_outside_the_data_folder(open_store, paths, tmp_path):
    store = open_store()
    filled(store)
    paths.backups_dir.mkdir()
    crafted = paths.backups_dir / "snapshot-20260101T000000Z.zip"
    with zipfile.ZipFile(crafted, "w") as archive:
        archive.writestr("../outside.toml", "schema = 2\n")
        archive.writestr("/tmp/absolute.toml", "schema = 2\n")
        archive.writestr("contacts/c-safe.toml", 'schema = 2\nname = "Safe"\n')

    files_before = {p: p.read_bytes() for p in paths.root.rglob("*.toml")}

    [problem] = store.restore_backup(crafted).problems

    assert problem.message == (
        "“snapshot-20260101T000000Z.zip” cannot be restored, so nothing was changed. "
        "Its entry “../outside.toml”: its name could lead out of the data folder "
        "(“..” or an empty part)."
    )
    assert not (paths.root.parent / "outside.toml").exists()
    assert {p: p.read_bytes() for p in paths.root.rglob("*.toml")} == files_before


def test_old_trash_is_emptied_with_the_daily_backup(open_store, clock):
    store = open_store()
    person, meeting = filled(store)
    store.delete_meeting(meeting.id)
    store.flush()
    [trashed] = store.list_trash()
    old = clock.wall().timestamp() - 400 * DAY  # moving keeps the file's old time
    os.utime(trashed, (old, old))
    clock.advance(29 * DAY)
    store.backups.take_if_due()
    assert store.list_trash() == [trashed]  # deleted 29 days ago: kept

    clock.advance(2 * DAY)
    store.backups.take_if_due()

    assert store.list_trash() == []
    assert person.id in store.contacts
