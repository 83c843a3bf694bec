"""Older files are upgraded (with a backup of each); newer ones are read, never rewritten."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest
import store_samples as samples
from store_samples import settle

from twoway.core.store.layout import CONTACT, MEETING
from twoway.core.store.migrations import contact_1_to_2, upgrade
from twoway.core.store.problems import EXTERNAL_CHANGE, NEWER_VERSION, UNREADABLE, Invalid

SAMPLE = Path(__file__).parent / "data" / "contact-schema1.toml"


def place(root: Path, kind, record_id: str, content: bytes) -> Path:
    path = kind.path(root, record_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def migrated_copies(paths) -> list[Path]:
    return sorted((paths.backups_dir / "migrated").rglob("*.toml"))


def test_a_schema_1_contact_is_upgraded_to_schema_2(open_store, paths):
    original = SAMPLE.read_bytes()
    path = place(paths.root, CONTACT, "c-margaret", original)

    store = open_store()

    assert store.problems == []
    margaret = store.contacts["c-margaret"]
    assert margaret.emails == ["margaret@example.org"]
    assert margaret.phones == ["+1 617 555 0100"]
    assert margaret.needs == "People who test flight software\nand like hard problems"
    assert margaret.last_interaction == date(2024, 3, 15)
    rewritten = tomllib.loads(path.read_text(encoding="utf-8"))
    assert rewritten["schema"] == CONTACT.schema  # on through every later step
    assert rewritten["emails"] == ["margaret@example.org"]
    assert "email" not in rewritten and "phone" not in rewritten
    [backup] = migrated_copies(paths)
    assert backup.read_bytes() == original
    assert backup.name.startswith("c-margaret.schema1.")
    assert store.pending() == 0


def test_an_upgraded_file_is_not_upgraded_again(open_store, paths):
    place(paths.root, CONTACT, "c-margaret", SAMPLE.read_bytes())
    first = open_store().contacts["c-margaret"]

    again = open_store(cache=False)

    assert again.contacts["c-margaret"] == first
    assert len(migrated_copies(paths)) == 1


def test_an_empty_email_becomes_no_email(open_store, paths):
    place(paths.root, CONTACT, "c-blank", b'schema = 1\nname = "Blank"\nemail = ""\n')

    store = open_store()

    assert store.contacts["c-blank"].emails == []
    assert "emails" not in tomllib.loads(CONTACT.path(paths.root, "c-blank").read_text())


def test_an_old_file_with_a_mistake_is_reported_not_upgraded(open_store, paths):
    content = b'schema = 1\nname = "Typo"\nemail = "t@example.org"\nnotez = "x"\n'
    path = place(paths.root, CONTACT, "c-typo", content)

    store = open_store()

    [problem] = store.problems
    assert problem.kind == UNREADABLE and problem.line == 4 and "notez" in problem.message
    assert path.read_bytes() == content
    assert migrated_copies(paths) == []


def test_the_upgrade_step_refuses_an_email_that_is_not_text():
    with pytest.raises(Invalid) as caught:
        contact_1_to_2({"schema": 1, "name": "X", "email": 42})
    assert caught.value.where == ("email",)


def test_upgrading_keeps_an_address_already_in_the_list():
    data = upgrade("contact", {"schema": 1, "email": "a@x.org", "emails": ["a@x.org"]}, 2)
    assert data == {"schema": 2, "emails": ["a@x.org"]}


NEWER_CONTACT = b"""schema = 9
name = "From the future"
company = "Tomorrow Inc."
pronouns = "they/them"
emails = ["future@example.org"]
"""


def test_a_file_from_a_newer_version_is_shown_but_never_rewritten(open_store, paths):
    path = place(paths.root, CONTACT, "c-future", NEWER_CONTACT)

    store = open_store()

    future = store.contacts["c-future"]
    assert future.company == "Tomorrow Inc." and future.emails == ["future@example.org"]
    [problem] = store.problems
    assert problem.kind == NEWER_VERSION and problem.line == 1
    assert "newer version of Twoway" in problem.message
    assert store.is_read_only("contact", "c-future")

    future.notes = "edited here anyway"
    store.put_contact(future)
    [kept_beside] = store.flush()
    store.close()

    assert path.read_bytes() == NEWER_CONTACT
    assert kept_beside.kind == EXTERNAL_CHANGE and "newer version" in kept_beside.message
    assert "edited here anyway" in kept_beside.path.read_text(encoding="utf-8")
    later = open_store()
    assert later.is_read_only("contact", "c-future")
    assert {p.kind for p in later.problems} == {NEWER_VERSION, "conflict"}


def test_a_newer_meeting_is_read_only_and_its_unknown_parts_are_ignored(open_store, paths):
    content = (
        b'schema = 9\ncontact_id = "c-1"\nformat_id = "minimastermind"\nmood = "great"\n'
        b'\n[debrief]\nvalue_for_me = "Ideas"\nenergy = 5\n'
    )
    path = place(paths.root, MEETING, "m-future", content)

    store = open_store()

    assert store.meetings["m-future"].debrief.value_for_me == "Ideas"
    assert store.is_read_only("meeting", "m-future")
    store.delete_meeting("m-future")
    store.flush()
    assert not path.exists()  # a delete is allowed: the file goes to the trash, untouched
    [trashed] = store.list_trash()
    assert trashed.read_bytes() == content


def test_a_newer_file_is_not_taken_from_the_cache_as_writable(open_store, paths):
    place(paths.root, CONTACT, "c-future", NEWER_CONTACT)
    first = open_store()
    first.put_contact(samples.contact(id="c-other"))
    first.close()
    settle(paths.root)
    open_store().close()

    again = open_store()

    assert again.loaded_from_cache == 1  # the other contact; the newer one is never cached
    assert again.is_read_only("contact", "c-future")
