"""`twoway import` and `twoway export` as the command line calls them: output, exit codes,
and what ends up in the data folder."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import pytest

from twoway.core.clock import FakeClock
from twoway.core.interop import ImportFileError, read_contacts, restore_from_backup
from twoway.core.interop.commands import run_export, run_import
from twoway.core.records import Contact, FollowUp, Meeting
from twoway.core.store import Store
from twoway.paths import DataPaths

SAMPLES = Path(__file__).parent / "samples"


@pytest.fixture
def paths(data_dir: Path) -> DataPaths:
    return DataPaths(data_dir)


def run(function, *args, **kwargs) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = function(*args, out=out, err=err, **kwargs)
    return code, out.getvalue(), err.getvalue()


def names(paths: DataPaths) -> list[str]:
    return sorted(c.name for c in Store.open(paths).contacts.values())


def test_dry_run_says_what_would_happen_and_writes_nothing(paths: DataPaths):
    code, out, err = run(run_import, paths, SAMPLES / "Connections.csv", None, True)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == (
        "Dry run: the import would add 4 contacts, merge 0 and skip 0. Nothing was written."
    )
    assert "  add    Jane Doe (Acme Robotics)" in lines
    assert "  add    Wei Chen" in lines
    assert "Note: Line 9 has no name and was left out." in lines
    assert names(paths) == []


def test_import_then_import_again_merges_and_skips(paths: DataPaths):
    code, out, _ = run(run_import, paths, SAMPLES / "Connections.csv", "linkedin", False)
    assert code == 0
    assert out.splitlines()[0] == "Added 4 contacts, merged 0 and skipped 0."
    assert names(paths) == ["Amara Nwosu", "Jane Doe", "Tomás Ó Briain", "Wei Chen"]
    # Jane's vCard brings a phone number; the others are already known.
    vcard = paths.root.parent / "jane.vcf"
    vcard.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane Doe\r\nEMAIL:JANE.DOE@example.com\r\n"
        "TEL:+1 202 555 0143\r\nEND:VCARD\r\n"
    )
    code, out, _ = run(run_import, paths, vcard, None, True)
    assert code == 0
    assert out.splitlines()[1] == (
        "  merge  Jane Doe (Acme Robotics): adds phone (the same email address)"
    )
    code, out, _ = run(run_import, paths, vcard, None, False)
    assert out.splitlines()[0] == "Added 0 contacts, merged 1 and skipped 0."
    jane = next(c for c in Store.open(paths).contacts.values() if c.name == "Jane Doe")
    assert jane.phones == ["+1 202 555 0143"]
    assert len(names(paths)) == 4


def test_a_broken_file_is_one_line_on_stderr_and_changes_nothing(paths: DataPaths):
    run(run_import, paths, SAMPLES / "thunderbird.vcf", None, False)
    before = names(paths)
    broken = paths.root.parent / "export.csv"
    broken.write_bytes(b"Email,Phone\r\nx@example.com,1\r\n")
    code, out, err = run(run_import, paths, broken, "csv", False)
    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert err.startswith("twoway import: The file has no column for names")
    assert names(paths) == before


def test_import_of_a_missing_file_and_of_an_unknown_format(paths: DataPaths):
    code, _, err = run(run_import, paths, paths.root / "gone.vcf", None, False)
    assert (code, err) == (1, "twoway import: There is no file called “gone.vcf”.\n")
    code, _, err = run(run_import, paths, SAMPLES / "thunderbird.vcf", "xlsx", False)
    assert code == 2
    assert err == "twoway import: unknown format “xlsx”; use vcard, linkedin, csv.\n"


def seed_everything(paths: DataPaths) -> dict[str, str]:
    store = Store.open(paths, clock=FakeClock())
    ana = Contact(name="Ana Šimić", company="=Tvornica", emails=["ana@example.hr"])
    store.put_contact(ana)
    meeting = Meeting(
        contact_id=ana.id,
        format_id="minimastermind",
        scheduled=datetime(2026, 1, 20, 10, 0, tzinfo=UTC),
    )
    store.put_meeting(meeting)
    followup = FollowUp(text="Send the deck", due=date(2026, 1, 22), contact_id=ana.id)
    store.put_followup(followup)
    assert store.flush() == []
    return {"contact": ana.id, "meeting": meeting.id, "followup": followup.id}


def test_export_each_format(paths: DataPaths, tmp_path: Path):
    ids = seed_everything(paths)

    code, out, err = run(run_export, paths, "vcard", tmp_path / "all.vcf")
    assert (code, err) == (0, "")
    assert out == f"Exported 1 contact to {tmp_path / 'all.vcf'}.\n"
    (ana,) = read_contacts(tmp_path / "all.vcf").contacts
    assert (ana.id, ana.name, ana.company) == (ids["contact"], "Ana Šimić", "=Tvornica")

    code, out, _ = run(run_export, paths, "ics", tmp_path / "plan.ics")
    assert code == 0
    assert out == f"Exported 1 meeting and 1 follow-up to {tmp_path / 'plan.ics'}.\n"
    calendar = icalendar.Calendar.from_ical((tmp_path / "plan.ics").read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert str(event["UID"]) == f"{ids['meeting']}@twoway"
    assert str(event["SUMMARY"]) == "Minimastermind with Ana Šimić"
    (todo,) = calendar.walk("VTODO")
    assert todo.decoded("DUE") == date(2026, 1, 22)

    assert run(run_export, paths, "csv", tmp_path / "contacts.csv")[0] == 0
    text = (tmp_path / "contacts.csv").read_text("utf-8-sig")
    assert text.splitlines()[1].startswith("Ana Šimić,'=Tvornica,")

    code, out, _ = run(run_export, paths, "meetings-csv", tmp_path / "meetings.csv")
    assert code == 0 and out.startswith("Exported 1 meeting to ")
    assert "2026-01-20 10:00,Ana Šimić" in (tmp_path / "meetings.csv").read_text("utf-8-sig")


def test_backup_export_and_restore(paths: DataPaths, tmp_path: Path):
    ids = seed_everything(paths)
    archive = tmp_path / "twoway-backup.zip"
    code, out, _ = run(run_export, paths, "backup", archive)
    assert code == 0
    assert out == f"Exported a backup of the data folder to {archive}.\n"
    assert zipfile.is_zipfile(archive)

    store = Store.open(paths)
    store.delete_contact(ids["contact"])
    store.put_contact(Contact(name="Added after the backup"))
    store.flush()
    restore_from_backup(store, archive)
    assert names(paths) == ["Ana Šimić"]
    assert ids["meeting"] in Store.open(paths).meetings


@contextlib.contextmanager
def read_only(root: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The data folder unwritable: by its permissions, or as root (whom permissions do not
    stop) by failing the rename that completes every save in it."""
    if os.geteuid() == 0:
        real_replace = os.replace

        def refuse(source, target, *args, **kwargs):
            if Path(target).is_relative_to(root):
                raise PermissionError(errno.EACCES, "Permission denied", str(target))
            return real_replace(source, target, *args, **kwargs)

        with monkeypatch.context() as patch:
            patch.setattr(os, "replace", refuse)
            yield
        return
    folders = [root, *(p for p in root.rglob("*") if p.is_dir())]
    for folder in folders:
        folder.chmod(0o500)
    try:
        yield
    finally:
        for folder in folders:
            folder.chmod(0o700)


def test_backup_export_of_a_read_only_data_folder_goes_straight_to_the_file(
    paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    seed_everything(paths)
    snapshots = sorted(paths.backups_dir.glob("*.zip"))
    archive = tmp_path / "twoway-backup.zip"
    with read_only(paths.root, monkeypatch):
        code, out, err = run(run_export, paths, "backup", archive)

    assert (code, out, err) == (0, f"Exported a backup of the data folder to {archive}.\n", "")
    with zipfile.ZipFile(archive) as written:
        names_inside = written.namelist()
    assert any(name.startswith("contacts/") for name in names_inside)
    assert any(name.startswith("meetings/") for name in names_inside)
    assert sorted(paths.backups_dir.glob("*.zip")) == snapshots, "nothing written there"


def test_restore_refuses_a_zip_that_is_not_a_backup(paths: DataPaths, tmp_path: Path):
    seed_everything(paths)
    holiday = tmp_path / "photos.zip"
    with zipfile.ZipFile(holiday, "w") as archive:
        archive.writestr("beach.jpg", b"\xff\xd8\xff")
    store = Store.open(paths)
    with pytest.raises(ImportFileError) as caught:
        restore_from_backup(store, holiday)
    assert caught.value.message == (
        "“photos.zip” is not a Twoway backup: it holds files Twoway does not write. "
        "Nothing was changed."
    )
    assert names(paths) == ["Ana Šimić"]


def test_export_usage_and_file_problems(paths: DataPaths, tmp_path: Path):
    code, _, err = run(run_export, paths, "pdf", tmp_path / "x.pdf")
    assert code == 2
    assert err == (
        "twoway export: unknown format “pdf”; use vcard, ics, csv, meetings-csv, backup.\n"
    )
    code, _, err = run(run_export, paths, "vcard", tmp_path / "missing" / "x.vcf")
    assert code == 1
    assert err == f"twoway export: the folder “{tmp_path / 'missing'}” does not exist.\n"
    code, _, err = run(run_export, paths, "vcard", tmp_path)
    assert code == 1
    assert err == f"twoway export: “{tmp_path}” is a folder; give a file name.\n"


def test_export_then_import_round_trip_on_the_command_line(tmp_path: Path):
    first = DataPaths(tmp_path / "first")
    second = DataPaths(tmp_path / "second")
    run(run_import, first, SAMPLES / "macos-3.0.vcf", None, False)
    run(run_import, first, SAMPLES / "google-3.0.vcf", None, False)
    exported = tmp_path / "everyone.vcf"
    assert run(run_export, first, "vcard", exported)[0] == 0
    code, out, _ = run(run_import, second, exported, None, False)
    assert code == 0
    assert out.splitlines()[0] == "Added 5 contacts, merged 0 and skipped 0."

    def content(paths):
        return {
            cid: (c.name, c.company, c.emails, c.phones, c.linkedin, c.website, c.tags, c.notes)
            for cid, c in Store.open(paths).contacts.items()
        }

    assert content(second) == content(first)
