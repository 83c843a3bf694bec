"""Everything in the data folder besides records, as a sync tool leaves it: conflict copies
of settings and format files listed and settled like record copies, a record deleted here
but edited on another device announced when it comes back, and the .stignore."""

from __future__ import annotations

import tomllib

from twoway.core.records import Contact
from twoway.core.store.layout import CONTACT
from twoway.core.store.problems import CONFLICT, EXTERNAL_CHANGE, RETURNED

SETTINGS_COPY = "settings.sync-conflict-20261207-101500-ABCDEFG.toml"
FORMAT_COPY = "pitch (Ann's conflicted copy 2026-12-07).toml"


def copies(store) -> dict:
    return {p.path.name: p for p in store.problems if p.kind == CONFLICT}


def test_conflict_copies_of_settings_and_formats_are_listed(open_store, paths):
    paths.settings_file.write_text('schema = 1\n[overlay]\nsize = "large"\n')
    (paths.root / SETTINGS_COPY).write_text('schema = 1\n[overlay]\nsize = "small"\n')
    paths.formats_dir.mkdir()
    (paths.formats_dir / "pitch.toml").write_text("# mine\n")
    (paths.formats_dir / FORMAT_COPY).write_text("# theirs\n")

    store = open_store()

    found = copies(store)
    assert set(found) == {SETTINGS_COPY, FORMAT_COPY}
    assert "Syncthing" in found[SETTINGS_COPY].message
    assert "settings" in found[SETTINGS_COPY].message
    assert "Dropbox" in found[FORMAT_COPY].message and "pitch.toml" in found[FORMAT_COPY].message


def test_a_settings_copy_arriving_later_is_found_by_a_rescan(open_store, paths):
    store = open_store()
    assert copies(store) == {}
    (paths.root / SETTINGS_COPY).write_text("schema = 1\n")

    store.rescan()
    assert SETTINGS_COPY in copies(store)

    (paths.root / SETTINGS_COPY).unlink()  # settled on the other device
    store.rescan()
    assert copies(store) == {}


def test_using_the_settings_copy_puts_it_in_place_and_trashes_the_old(open_store, paths):
    paths.settings_file.write_text('schema = 1\n[overlay]\nsize = "large"\n')
    copy = paths.root / SETTINGS_COPY
    copy.write_text('schema = 1\n[overlay]\nsize = "small"\n')
    store = open_store()

    assert store.resolve_conflict(copy, keep_copy=True) is None

    assert tomllib.loads(paths.settings_file.read_text())["overlay"]["size"] == "small"
    assert not copy.exists()
    trashed = sorted(p.read_text() for p in (paths.root / "trash" / "files").iterdir())
    assert any('"large"' in text for text in trashed), "the replaced settings are kept"
    assert any('"small"' in text for text in trashed)
    assert copies(store) == {}


def test_setting_a_format_copy_aside_leaves_the_format_alone(open_store, paths):
    paths.formats_dir.mkdir()
    (paths.formats_dir / "pitch.toml").write_text("# mine\n")
    copy = paths.formats_dir / FORMAT_COPY
    copy.write_text("# theirs\n")
    store = open_store()

    assert store.resolve_conflict(copy, keep_copy=False) is None

    assert (paths.formats_dir / "pitch.toml").read_text() == "# mine\n"
    assert not copy.exists()
    [aside] = (paths.root / "trash" / "files").iterdir()
    assert aside.read_text() == "# theirs\n"


def test_other_files_that_only_look_alike_are_not_listed(open_store, paths):
    (paths.root / "notes.sync-conflict-20261207-101500-ABCDEFG.txt").write_text("x")
    (paths.root / "settings.toml.bak").write_text("x")

    assert copies(open_store()) == {}


def test_a_record_deleted_here_and_brought_back_by_the_sync_tool_is_announced(open_store, paths):
    store = open_store()
    person = Contact(name="Ada Lovelace")
    store.put_contact(person)
    store.flush()
    path = CONTACT.path(paths.root, person.id)
    edited_elsewhere = path.read_bytes().replace(b"Ada Lovelace", b"Ada King")
    store.delete_contact(person.id)
    store.flush()
    assert not path.exists()

    path.write_bytes(edited_elsewhere)  # the other device's edit wins over our delete
    summary = store.rescan()

    [notice] = [p for p in summary.problems if p.kind == RETURNED]
    assert "Ada King" in notice.message and "another device" in notice.message
    assert notice in store.problems
    assert store.contacts[person.id].name == "Ada King"

    store.delete_contact(person.id)  # the user deletes it again
    store.flush()
    assert [p for p in store.problems if p.kind == RETURNED] == []


def test_a_record_added_on_another_device_is_not_announced_as_returned(open_store, paths):
    store = open_store()
    other = open_store()
    other.put_contact(Contact(name="Grace Hopper"))
    other.flush()

    summary = store.rescan()

    assert summary.added and summary.problems == []


def test_the_removed_while_editing_notice_goes_once_saved_again(open_store, paths):
    store = open_store()
    person = Contact(name="Ada Lovelace")
    store.put_contact(person)
    store.flush()
    CONTACT.path(paths.root, person.id).unlink()
    person.notes = "still typing"
    store.put_contact(person)
    store.rescan()
    assert [p.kind for p in store.problems] == [EXTERNAL_CHANGE]

    assert store.flush() == []

    assert store.problems == [], "resolved: the record is saved again"
    assert CONTACT.path(paths.root, person.id).exists()


def test_the_data_folder_tells_syncthing_what_not_to_sync(open_store, paths):
    open_store()

    lines = (paths.root / ".stignore").read_text().splitlines()
    assert "/.run" in lines and "/ui-state.json" in lines and "(?d).*.tmp" in lines


def test_a_stignore_of_the_users_own_keeps_its_lines(open_store, paths):
    (paths.root / ".stignore").write_text("// mine\n/backups\n")

    open_store()
    open_store()  # a second start adds nothing twice

    text = (paths.root / ".stignore").read_text()
    assert text.startswith("// mine\n/backups\n")
    assert text.count("/ui-state.json") == 1


def test_only_our_own_temporary_files_are_cleared_at_start(open_store, paths):
    contacts = paths.root / "contacts"
    contacts.mkdir()
    theirs = contacts / ".syncthing.c-0123456789ab.toml.tmp"  # a download in progress
    theirs.write_text("half a download")
    ours = contacts / ".twoway-c-0123456789ab.toml.k3j9x0qa.tmp"  # our interrupted save
    ours.write_text("half a save")

    open_store()

    assert theirs.read_text() == "half a download"
    assert not ours.exists()
