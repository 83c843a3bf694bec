"""Broken files: never overwritten, each reported with its path, line and reason."""

from __future__ import annotations

from pathlib import Path

import pytest
import store_samples as samples

from twoway.core.records import Contact
from twoway.core.store import reading
from twoway.core.store.problems import CONFLICT, EXTERNAL_CHANGE, UNREADABLE
from twoway.core.workflow.search import search_contacts

GOOD_CONTACT = b'schema = 2\nname = "Ada Lovelace"\ncompany = "Engines"\n'
GOOD_MEETING_HEAD = b'schema = 1\ncontact_id = "c-good"\nformat_id = "minimastermind"\n'

# (folder, file name, content, expected line, words the reason must contain)
CORPUS = [
    ("contacts", "c-truncated.toml", b'schema = 2\nname = "Ada Lov', 2, "not valid TOML"),
    ("contacts", "c-utf8.toml", b'schema = 2\nname = "Ad\xff\xfea"\n', 2, "not UTF-8"),
    ("contacts", "c-nul.toml", b'schema = 2\nname = "Ada"\nnotes = "a\x00b"\n', 3, "NUL"),
    ("contacts", "c-type.toml", b'schema = 2\nname = "Ada"\ncompany = 42\n', 3, "text in quotes"),
    ("contacts", "c-list.toml", b'schema = 2\nname = "Ada"\nemails = "a@b.c"\n', 3, "list"),
    (
        "contacts",
        "c-date.toml",
        b'schema = 2\nname = "Ada"\nlast_interaction = "last week"\n',
        3,
        "date",
    ),
    ("contacts", "c-unknown.toml", b'schema = 2\nname = "Ada"\nemial = "a@b.c"\n', 3, "emial"),
    ("contacts", "c-dup.toml", b'schema = 2\nname = "Ada"\nname = "Bob"\n', 3, "not valid TOML"),
    ("contacts", "c-empty.toml", b"", None, "empty"),
    ("contacts", "c-noschema.toml", b'name = "Ada"\n', None, "schema line is missing"),
    ("contacts", "c-badschema.toml", b'schema = "two"\nname = "Ada"\n', 1, "whole number"),
    (
        "meetings",
        "m-status.toml",
        GOOD_MEETING_HEAD + b'status = "finished"\n',
        4,
        '"planned", "done"',
    ),
    (
        "meetings",
        "m-item.toml",
        GOOD_MEETING_HEAD
        + b'\n[[prep.items]]\ntext = "a"\n\n[[prep.items]]\ntext = "b"\ndone = "yes"\n',
        10,
        "item 2 of prep.items",
    ),
    (
        "meetings",
        "m-fit.toml",
        GOOD_MEETING_HEAD + b'\n[debrief]\nvalue_for_me = "x"\nfit = "friendship"\n',
        7,
        "debrief.fit",
    ),
    (
        "meetings",
        "m-cue-digit.toml",
        GOOD_MEETING_HEAD + '\n[prep.cues]\n"²" = "Ask about her offer"\n'.encode(),
        6,
        "phase numbers",
    ),
    (
        "meetings",
        "m-cue-twice.toml",
        GOOD_MEETING_HEAD + b'\n[prep.cues]\n0 = "Ask about her offer"\n00 = "Thank her"\n',
        7,
        'two cues for the same phase ("0" and "00")',
    ),
    ("followups", "f-nodue.toml", b'schema = 1\ntext = "Call back"\n', None, "due"),
    ("templates", "t-items.toml", b'schema = 1\nname = "T"\nitems = "x"\n', 3, "list"),
]


def write(root: Path, folder: str, name: str, content: bytes) -> Path:
    path = root / folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


@pytest.fixture
def good(paths) -> None:
    write(paths.root, "contacts", "c-good.toml", GOOD_CONTACT)


@pytest.mark.parametrize(
    ("folder", "name", "content", "line", "reason"), CORPUS, ids=[c[1] for c in CORPUS]
)
def test_a_broken_file_is_reported_and_the_rest_loads(
    open_store, paths, good, folder, name, content, line, reason
):
    path = write(paths.root, folder, name, content)

    store = open_store()

    assert store.contacts["c-good"].name == "Ada Lovelace"
    [problem] = store.problems
    assert problem.path == path
    assert problem.kind == UNREADABLE
    assert problem.line == line
    assert reason in problem.message
    assert problem.record_id == name.removesuffix(".toml")


@pytest.mark.parametrize(
    ("folder", "name", "content", "line", "reason"), CORPUS, ids=[c[1] for c in CORPUS]
)
def test_a_broken_file_is_never_overwritten(
    open_store, paths, good, folder, name, content, line, reason
):
    path = write(paths.root, folder, name, content)
    store = open_store()
    rid = name.removesuffix(".toml")
    # The app creates a record that happens to have the broken file's id, and saves.
    if folder == "contacts":
        store.put_contact(Contact(name="New", id=rid))
    elif folder == "meetings":
        store.put_meeting(samples.meeting("c-good", id=rid))
    elif folder == "followups":
        store.put_followup(samples.followup(id=rid))
    else:
        store.put_template(samples.template(id=rid))

    problems = store.flush()
    store.close()
    open_store().close()

    assert path.read_bytes() == content
    [saved_beside] = problems
    assert saved_beside.kind == EXTERNAL_CHANGE
    assert "could not be read" in saved_beside.message
    assert saved_beside.path.parent == path.parent and saved_beside.path.is_file()
    assert store.pending() == 0  # nothing typed is lost: it is in the copy


@pytest.mark.parametrize("error", [ValueError, TypeError, OverflowError])
def test_a_value_no_check_foresaw_is_reported_and_the_rest_loads(
    open_store, paths, good, monkeypatch, error
):
    content = GOOD_MEETING_HEAD + b'\n[prep.cues]\n0 = "Ask about her offer"\n'
    path = write(paths.root, "meetings", "m-odd.toml", content)
    real_read_record = reading.read_record

    def read_record(kind, data, rid, now, **options):
        # A value that gets past every check and still fails while the record is made.
        if rid == "m-odd":
            raise error("an odd value")
        return real_read_record(kind, data, rid, now, **options)

    monkeypatch.setattr(reading, "read_record", read_record)

    store = open_store()

    assert store.contacts["c-good"].name == "Ada Lovelace"
    assert "m-odd" not in store.meetings
    [problem] = store.problems
    assert (problem.path, problem.kind, problem.record_id) == (path, UNREADABLE, "m-odd")
    assert problem.message == (
        "Twoway could not make sense of a value in this file (an odd value), so the file was "
        "not loaded and is left as it is. Correct the value by hand, then choose “Try again” "
        "in Settings."
    )
    store.close()
    assert path.read_bytes() == content


def test_a_folder_where_a_file_should_be_is_reported(open_store, paths, good):
    folder = paths.root / "contacts" / "c-folder.toml"
    folder.mkdir()
    (paths.root / "agenda.toml").mkdir()

    store = open_store()
    store.set_agenda(samples.agenda())
    store.put_contact(Contact(name="New", id="c-folder"))
    store.flush()

    assert {p.path for p in store.problems if p.kind == UNREADABLE} == {
        folder,
        paths.root / "agenda.toml",
    }
    assert all("folder" in p.message for p in store.problems if p.kind == UNREADABLE)
    assert folder.is_dir() and (paths.root / "agenda.toml").is_dir()
    assert store.contacts["c-good"].name == "Ada Lovelace"


def test_a_file_where_a_folder_should_be_is_reported(open_store, paths, good):
    (paths.root / "meetings").write_text("not a folder")

    store = open_store()

    [problem] = store.problems
    assert problem.path == paths.root / "meetings"
    assert "is a file" in problem.message
    assert store.contacts


def test_a_file_with_an_unusable_name_is_reported_not_loaded(open_store, paths, good):
    path = write(paths.root, "contacts", "Ada Lovelace.toml", GOOD_CONTACT)

    store = open_store()

    assert list(store.contacts) == ["c-good"]
    [problem] = store.problems
    assert problem.path == path and problem.kind == UNREADABLE
    assert "name" in problem.message


def test_hidden_and_other_files_are_left_alone(open_store, paths, good):
    notes = write(paths.root, "contacts", "README.txt", b"my notes")
    backup = write(paths.root, "contacts", "c-good.toml~", b"editor backup")

    store = open_store()
    store.flush()

    assert store.problems == []
    assert notes.read_bytes() == b"my notes" and backup.read_bytes() == b"editor backup"


def test_a_byte_order_mark_is_fine(open_store, paths):
    write(paths.root, "contacts", "c-bom.toml", b"\xef\xbb\xbf" + GOOD_CONTACT)

    store = open_store()

    assert store.problems == []
    assert store.contacts["c-bom"].name == "Ada Lovelace"


def test_retry_after_fixing_the_file_by_hand(open_store, paths, good):
    path = write(paths.root, "contacts", "c-typo.toml", b'schema = 2\nname = "Bo"\nemial = "x"\n')
    store = open_store()
    problem = store.retry(path)
    assert problem is not None and problem.line == 3

    path.write_bytes(b'schema = 2\nname = "Bo"\nemails = ["x@example.org"]\n')
    assert store.retry(path) is None

    assert store.contacts["c-typo"].emails == ["x@example.org"]
    assert store.problems == []
    assert [c.name for c in search_contacts(store.contacts, "x@example")] == ["Bo"]


def test_restore_one_broken_file_from_the_newest_backup_that_reads(open_store, paths, clock):
    path = write(paths.root, "contacts", "c-lost.toml", b'schema = 2\nname = "First"\n')
    store = open_store()
    store.backups.take_now()
    clock.advance(60)
    path.write_bytes(b'schema = 2\nname = "Second"\n')
    store.backups.take_now()
    clock.advance(60)
    path.write_bytes(b'schema = 2\nname = "Sec')  # damaged
    store.rescan()
    assert store.problems and "c-lost" not in store.contacts

    assert store.backups.restore_file(path) is None

    assert store.contacts["c-lost"].name == "Second"
    assert store.problems == []
    trashed = [p for p in store.list_trash() if p.name.startswith("c-lost.")]
    assert [p.read_bytes() for p in trashed] == [b'schema = 2\nname = "Sec']


def test_restore_one_file_when_no_backup_has_it(open_store, paths):
    path = write(paths.root, "contacts", "c-new.toml", b"broken = ")
    store = open_store()

    problem = store.backups.restore_file(path)

    assert problem is not None and "None of the backups" in problem.message
    assert path.read_bytes() == b"broken = "


def test_sync_conflict_files_are_conflicts_not_duplicates(open_store, paths, good):
    names = [
        "c-good.sync-conflict-20260105-101010-ABCDEFG.toml",
        "c-good (Sam's conflicted copy 2026-01-05).toml",
        "c-good 2.toml",
    ]
    for name in names:
        write(paths.root, "contacts", name, GOOD_CONTACT.replace(b"Ada", b"Ava"))

    store = open_store()

    assert list(store.contacts) == ["c-good"]
    assert sorted(p.path.name for p in store.problems) == sorted(names)
    assert {p.kind for p in store.problems} == {CONFLICT}
    assert {p.record_id for p in store.problems} == {"c-good"}
    tools = " ".join(p.message for p in store.problems)
    assert "Syncthing" in tools and "Dropbox" in tools
