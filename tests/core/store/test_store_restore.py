"""Restoring a backup cannot hurt: every entry is checked first, and a refused or failed
restore leaves every file of the data folder exactly as it was."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

import pytest
import store_samples as samples

from twoway.core.records import Contact
from twoway.core.store import restore, restore_checks
from twoway.core.store.layout import MAX_RECORD_BYTES

HAS_LINKS = hasattr(os, "symlink")


def filled(store):
    person = samples.contact(name="Ada Current")
    store.put_contact(person)
    store.set_agenda(samples.agenda())
    assert store.flush() == []
    return person


def everything(root: Path) -> dict[str, bytes]:
    """Every file under the data folder but the backups, with its bytes."""
    found = {}
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d != "backups"]
        for name in files:
            path = Path(folder) / name
            found[path.relative_to(root).as_posix()] = path.read_bytes()
    return found


def make_zip(path: Path, entries: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


GOOD = 'schema = 2\nname = "From the backup"\n'


@pytest.fixture
def current(open_store, paths):
    store = open_store()
    filled(store)
    return store


def refused(store, paths, archive: Path) -> str:
    """Restore `archive`; the restore must be refused with one message and change nothing."""
    before = everything(paths.root)
    names = [c.name for c in store.contacts.values()]
    result = store.restore_backup(archive)
    [problem] = result.problems
    assert everything(paths.root) == before
    assert [c.name for c in store.contacts.values()] == names
    assert (result.added, result.replaced, result.removed) == ([], [], [])
    assert not [p for p in paths.root.iterdir() if p.name.startswith(".twoway-restore-")]
    return problem.message


def entry_refused(archive: Path, entry: str, reason: str) -> str:
    return (
        f"“{archive.name}” cannot be restored, so nothing was changed. "
        f"Its entry “{entry}”: {reason}."
    )


OUTSIDE = "its name could lead out of the data folder"
DRIVE = f"{OUTSIDE} (an absolute path, a drive letter or a network path)"
ODD = (
    'its name cannot be stored on every system (a character such as \\ : * ? " < > |, '
    "a hidden or a reserved name)"
)


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        ("C:/Users/x.toml", DRIVE),
        ("C:x.toml", DRIVE),
        ("c:\\contacts\\x.toml", DRIVE),
        ("\\\\server\\share\\x.toml", DRIVE),
        ("//server/share/x.toml", DRIVE),
        ("/tmp/absolute.toml", DRIVE),
        ("../outside.toml", f"{OUTSIDE} (“..” or an empty part)"),
        ("contacts/../../outside.toml", f"{OUTSIDE} (“..” or an empty part)"),
        ("contacts//x.toml", f"{OUTSIDE} (“..” or an empty part)"),
        ("contacts\\x.toml", ODD),
        ("contacts/x.toml:stream", ODD),
        ("contacts/.hidden.toml", ODD),
        ("contacts/CON.toml", ODD),
        ("contacts/x.toml.", ODD),
        (
            "trash/contacts/x.toml",
            "it belongs to the backups or the trash, which a backup never holds",
        ),
    ],
)
def test_a_dangerous_name_refuses_the_whole_restore(current, paths, tmp_path, entry, reason):
    archive = make_zip(tmp_path / "crafted.zip", {"contacts/c-fine.toml": GOOD, entry: GOOD})

    said = refused(current, paths, archive)

    assert said == entry_refused(archive, entry, reason)
    assert not (tmp_path / "outside.toml").exists()


def test_a_link_inside_the_zip_is_refused(current, paths, tmp_path):
    archive = tmp_path / "linked.zip"
    with zipfile.ZipFile(archive, "w") as opened:
        opened.writestr("contacts/c-fine.toml", GOOD)
        link = zipfile.ZipInfo("contacts/c-link.toml")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        opened.writestr(link, "/etc/passwd")

    said = refused(current, paths, archive)

    assert said == entry_refused(
        archive, "contacts/c-link.toml", "it is a link, which a backup never holds"
    )


def test_a_zip_bomb_is_stopped_before_anything_is_written(current, paths, tmp_path):
    archive = make_zip(
        tmp_path / "bomb.zip", {"contacts/c-big.toml": b"#" * (MAX_RECORD_BYTES + 1)}
    )
    assert archive.stat().st_size < 20_000  # tiny, yet it expands past the limit

    said = refused(current, paths, archive)

    assert said == entry_refused(archive, "contacts/c-big.toml", "it expands to more than 2 MB")


def test_a_zip_that_lies_about_its_sizes_is_stopped_by_what_it_really_holds(
    current, paths, tmp_path
):
    archive = make_zip(
        tmp_path / "liar.zip", {"contacts/c-big.toml": b"#" * (8 * MAX_RECORD_BYTES)}
    )
    raw = bytearray(archive.read_bytes())
    # Claim 100 bytes where the entry holds 16 MB: in the local header and the directory.
    local = raw.index(b"PK\x03\x04")
    raw[local + 22 : local + 26] = (100).to_bytes(4, "little")
    central = raw.index(b"PK\x01\x02")
    raw[central + 24 : central + 28] = (100).to_bytes(4, "little")
    archive.write_bytes(bytes(raw))

    said = refused(current, paths, archive)

    # Unpacking stops at the size it claims, and the check of its content then fails.
    assert said.startswith("This backup could not be read (")
    assert said.endswith("); nothing was changed.")


def test_the_total_expanded_size_is_capped(current, paths, tmp_path, monkeypatch):
    monkeypatch.setattr(restore_checks, "MAX_TOTAL_BYTES", 3 * 1024 * 1024)
    entries = {f"contacts/c-{n}.toml": b"#" * (MAX_RECORD_BYTES - 10) for n in range(3)}
    archive = make_zip(tmp_path / "many.zip", entries)

    said = refused(current, paths, archive)

    assert (
        said
        == "“many.zip” cannot be restored: it expands to more than 3 MB in all. Nothing was changed."
    )


def test_a_file_and_a_folder_of_the_same_name_are_refused(current, paths, tmp_path):
    archive = make_zip(
        tmp_path / "clash.zip",
        {"contacts/c-1.toml": GOOD, "contacts/c-1.toml/inner.toml": GOOD},
    )

    said = refused(current, paths, archive)

    assert said == entry_refused(
        archive, "contacts/c-1.toml", "the backup holds both a file and a folder of this name"
    )


def test_names_that_differ_only_in_case_are_refused(current, paths, tmp_path):
    archive = make_zip(
        tmp_path / "case.zip", {"contacts/c-1.toml": GOOD, "Contacts/C-1.toml": GOOD}
    )

    said = refused(current, paths, archive)

    assert "it appears twice" in said


def test_a_file_where_the_data_folder_has_a_folder_is_refused(current, paths, tmp_path):
    (paths.root / "formats" / "walk.toml").mkdir(parents=True)
    archive = make_zip(
        tmp_path / "clash.zip", {"contacts/c-1.toml": GOOD, "formats/walk.toml": GOOD}
    )

    said = refused(current, paths, archive)

    assert said == entry_refused(
        archive, "formats/walk.toml", "the data folder holds a folder where this file would go"
    )


@pytest.mark.skipif(not HAS_LINKS, reason="needs symbolic links")
def test_nothing_is_written_through_a_linked_subfolder(open_store, paths, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    paths.root.mkdir(exist_ok=True)
    os.symlink(outside, paths.root / "meetings")
    store = open_store()
    filled(store)
    archive = make_zip(
        tmp_path / "backup.zip", {"contacts/c-1.toml": GOOD, "meetings/m-1.toml": "schema = 1\n"}
    )

    said = refused(store, paths, archive)

    assert said == entry_refused(
        archive,
        "meetings/m-1.toml",
        "it would go into “meetings”, which in the data folder is a link or a file, not a folder",
    )
    assert list(outside.iterdir()) == []


def test_a_stranger_zip_is_refused(current, paths, tmp_path):
    archive = make_zip(tmp_path / "photos.zip", {"beach.jpg": b"\xff\xd8\xff"})

    said = refused(current, paths, archive)

    assert (
        said
        == "“photos.zip” is not a Twoway backup: it holds files Twoway does not write. Nothing was changed."
    )


def test_a_missing_or_odd_file_is_refused(current, paths, tmp_path):
    assert (
        refused(current, paths, tmp_path / "nowhere.zip")
        == "There is no file called “nowhere.zip”."
    )
    (tmp_path / "folder.zip").mkdir()
    assert refused(current, paths, tmp_path / "folder.zip") == (
        "“folder.zip” is not a Twoway backup (not a zip file); nothing was changed."
    )
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.zip")
        assert "not a zip file" in refused(current, paths, tmp_path / "pipe.zip")


def test_a_dry_run_says_what_would_change_and_writes_nothing(current, paths, tmp_path):
    [person] = current.contacts.values()
    agenda = (paths.root / "agenda.toml").read_bytes()
    archive = make_zip(
        tmp_path / "backup.zip",
        {"agenda.toml": agenda, "contacts/c-new.toml": GOOD, "settings.toml": "schema = 1\n"},
    )
    before = everything(paths.root)

    result = current.restore_backup(archive, dry_run=True)

    assert result.problems == []
    assert result.added == ["contacts/c-new.toml", "settings.toml"]
    assert result.replaced == []
    assert result.removed == [f"contacts/{person.id}.toml"]
    assert result.unchanged == 1 and result.before is None
    assert everything(paths.root) == before
    assert current.backups.files() == []


def test_a_restore_swaps_file_by_file_and_keeps_other_files(current, paths, tmp_path, clock):
    [person] = current.contacts.values()
    notes = paths.root / "contacts" / "README.txt"
    notes.write_text("my own notes")
    archive = make_zip(tmp_path / "backup.zip", {"contacts/c-new.toml": GOOD})

    result = current.restore_backup(archive)

    assert result.problems == []
    assert result.added == ["contacts/c-new.toml"]
    assert sorted(result.removed) == ["agenda.toml", f"contacts/{person.id}.toml"]
    assert [c.name for c in current.contacts.values()] == ["From the backup"]
    assert notes.read_text() == "my own notes"  # not Twoway's: never touched
    assert result.before is not None and result.before.exists()
    assert not [p for p in paths.root.iterdir() if p.name.startswith(".twoway-")]
    clock.advance(60)
    assert current.restore_backup(result.before).problems == []  # and it can be undone
    assert [c.name for c in current.contacts.values()] == ["Ada Current"]


def test_a_failure_while_swapping_puts_every_file_back(current, paths, tmp_path, monkeypatch):
    current.put_contact(Contact(name="Second"))
    assert current.flush() == []
    archive = make_zip(
        tmp_path / "backup.zip",
        {"contacts/c-a.toml": GOOD, "contacts/c-b.toml": GOOD, "contacts/c-c.toml": GOOD},
    )
    before = everything(paths.root)
    real_replace = os.replace
    calls = []

    def failing(source, target):
        calls.append(target)
        if len(calls) == 4:  # the two old files are aside, one new file is in
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(restore.os, "replace", failing)

    [problem] = current.restore_backup(archive).problems

    monkeypatch.undo()
    assert problem.message == (
        "The restore could not be finished (No space left on device); every file was put "
        "back as it was."
    )
    assert everything(paths.root) == before
    assert sorted(c.name for c in current.contacts.values()) == ["Ada Current", "Second"]
    assert not [p for p in paths.root.iterdir() if p.name.startswith(".twoway-restore-")]


NOT_BACKED_UP_FIRST = (
    "Nothing was restored: some of the files you have now could not be backed up first, "
    "and the restore would replace or remove them. So that nothing is lost, move them out "
    "of the data folder (or fix what keeps them from being read), then try again: "
)


def test_a_file_too_large_to_back_up_is_never_removed_by_a_restore(current, paths, tmp_path):
    big = paths.root / "contacts" / "c-big.toml"
    big.write_text('schema = 2\nname = "Bob"\nnotes = """' + "x" * MAX_RECORD_BYTES + '"""\n')
    archive = make_zip(tmp_path / "backup.zip", {"contacts/c-new.toml": GOOD})

    said = refused(current, paths, archive)  # and every file is as it was

    assert said == (
        f"{NOT_BACKED_UP_FIRST}contacts/c-big.toml (it is larger than 2 MB, the most Twoway reads)."
    )
    # Moved out of the data folder as asked, the restore goes ahead.
    big.rename(tmp_path / "c-big.toml")
    assert current.restore_backup(archive).problems == []
    assert [c.name for c in current.contacts.values()] == ["From the backup"]


def test_a_file_that_cannot_be_read_is_never_replaced_by_a_restore(
    current, paths, tmp_path, monkeypatch
):
    [person] = current.contacts.values()
    locked = paths.root / "contacts" / f"{person.id}.toml"
    samples.snapshots_cannot_read(monkeypatch, locked)
    archive = make_zip(tmp_path / "backup.zip", {f"contacts/{person.id}.toml": GOOD})

    said = refused(current, paths, archive)

    assert said == f"{NOT_BACKED_UP_FIRST}contacts/{person.id}.toml (Permission denied)."


def test_an_entry_is_stopped_by_the_bytes_it_really_expands_to(tmp_path):
    archive = make_zip(tmp_path / "big.zip", {"contacts/c-big.toml": b"#" * 5000})
    with zipfile.ZipFile(archive) as opened:
        info = opened.getinfo("contacts/c-big.toml")
        with pytest.raises(restore_checks.Refused) as caught:
            restore_checks.read_entry(opened, info, limit=4096)

    assert caught.value.said == entry_refused(
        archive, "contacts/c-big.toml", "it expands to more than 0 MB"
    )
