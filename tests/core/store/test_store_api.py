"""The Store's everyday operations: saving, deleting, undoing, queries and search."""

from __future__ import annotations

import os
import stat
from datetime import UTC, date, datetime

import pytest
import store_samples as samples
from store_samples import settle

from twoway.core.records import Contact, FollowUp, Meeting, MeetingStatus
from twoway.core.store import Store
from twoway.core.store.layout import CONTACT, FOLLOWUP, MEETING
from twoway.core.workflow.search import search_contacts

POSIX = os.name == "posix"


def test_open_creates_a_private_data_folder(tmp_path, clock):
    from twoway.paths import DataPaths

    root = tmp_path / "new" / "Twoway"
    store = Store.open(DataPaths(root), clock, cache_file=None)
    person = Contact(name="Ada")
    store.put_contact(person)
    store.flush()

    assert root.is_dir() and store.problems == []
    if POSIX:
        assert stat.S_IMODE(root.stat().st_mode) == 0o700
        assert stat.S_IMODE((root / "contacts").stat().st_mode) == 0o700
        assert stat.S_IMODE(CONTACT.path(root, person.id).stat().st_mode) == 0o600


def test_changes_wait_for_flush(open_store, paths, clock):
    store = open_store()
    person = Contact(name="Ada")
    store.put_contact(person)
    path = CONTACT.path(paths.root, person.id)

    assert store.pending() == 1 and not path.exists()
    assert store.flush() == []
    assert store.pending() == 0 and path.is_file()
    assert person.updated == clock.wall()


def test_a_record_id_must_be_a_safe_file_name(open_store):
    store = open_store()
    with pytest.raises(ValueError):
        store.put_contact(Contact(name="X", id="../escape"))
    with pytest.raises(TypeError):
        store.put_contact(samples.template())
    assert store.pending() == 0


def test_a_deleted_record_goes_to_the_trash_and_can_come_back(open_store, paths):
    store = open_store()
    person = samples.contact()
    store.put_contact(person)
    store.flush()
    store.delete_contact(person.id)
    store.flush()

    assert person.id not in store.contacts
    assert not CONTACT.path(paths.root, person.id).exists()
    assert search_contacts(store.contacts, "zoe") == []
    [trashed] = store.list_trash()

    assert store.restore_from_trash(trashed) is None
    assert store.contacts[person.id] == person
    assert search_contacts(store.contacts, "zoe") == [person]
    assert open_store(cache=False).contacts[person.id] == person


def test_deleting_a_record_never_saved_leaves_nothing_to_do(open_store):
    store = open_store()
    followup = FollowUp("Call", date(2026, 1, 9))
    store.put_followup(followup)
    store.delete_followup(followup.id)

    assert store.pending() == 0
    assert store.list_trash() == []


def test_a_trashed_record_does_not_replace_a_live_one(open_store):
    store = open_store()
    person = samples.contact()
    store.put_contact(person)
    store.flush()
    store.delete_contact(person.id)
    store.flush()
    store.put_contact(samples.contact(id=person.id, name="New life"))
    store.flush()

    problem = store.restore_from_trash(store.list_trash()[0])

    assert problem is not None and store.contacts[person.id].name == "New life"


def test_a_planned_meeting_is_not_yet_an_interaction(open_store, clock):
    store = open_store()
    person = Contact(name="Ada", last_interaction=date(2025, 12, 1))
    store.put_contact(person)
    store.flush()

    store.put_meeting(Meeting(person.id, "minimastermind"))  # planned today

    assert person.last_interaction == date(2025, 12, 1)
    assert store.pending() == 1  # the meeting only


def test_a_meeting_held_today_counts_as_an_interaction(open_store, clock):
    store = open_store()
    person = Contact(name="Ada", last_interaction=date(2025, 12, 1))
    store.put_contact(person)
    store.flush()
    run = {"started_at": clock.wall().isoformat()}

    store.put_meeting(Meeting(person.id, "minimastermind", status=MeetingStatus.DONE, run=run))

    assert person.last_interaction == clock.wall().astimezone().date()
    assert store.pending() == 2  # the meeting and the contact


def test_a_done_meeting_counts_on_the_day_it_was_held(open_store):
    store = open_store()
    person = Contact(name="Ada", last_interaction=date(2025, 12, 1))
    store.put_contact(person)
    held = datetime(2025, 12, 20, 15, tzinfo=UTC)

    store.put_meeting(
        Meeting(person.id, "minimastermind", scheduled=held, status=MeetingStatus.DONE)
    )
    store.put_meeting(
        Meeting(
            person.id,
            "minimastermind",
            scheduled=datetime(2025, 11, 1, tzinfo=UTC),
            status=MeetingStatus.DONE,
        )
    )

    assert person.last_interaction == date(2025, 12, 20)  # never goes back


def test_a_done_followup_counts_as_an_interaction(open_store, clock):
    store = open_store()
    person = Contact(name="Ada")
    store.put_contact(person)
    store.flush()
    followup = FollowUp("Send the intro", date(2026, 1, 2), contact_id=person.id)
    store.put_followup(followup)
    assert person.last_interaction is None

    followup.done = True
    store.put_followup(followup)

    assert followup.done_on == clock.wall().astimezone().date()
    assert person.last_interaction == clock.wall().astimezone().date()
    store.flush()
    assert open_store(cache=False).contacts[person.id].last_interaction == followup.done_on


def test_queries_for_a_contact_and_for_today(open_store):
    store = open_store()
    ada, bob = Contact(name="Ada"), Contact(name="Bob")
    store.put_contact(ada)
    store.put_contact(bob)
    older = Meeting(ada.id, "x", scheduled=datetime(2025, 1, 1, tzinfo=UTC))
    newer = Meeting(ada.id, "x", scheduled=datetime(2025, 6, 1, tzinfo=UTC))
    other = Meeting(bob.id, "x")
    for meeting in (older, newer, other):
        store.put_meeting(meeting)
    late = FollowUp("late", date(2026, 1, 2), contact_id=ada.id)
    today = FollowUp("today", date(2026, 1, 5), contact_id=ada.id)
    later = FollowUp("later", date(2026, 2, 1), contact_id=bob.id)
    done = FollowUp("done", date(2026, 1, 1), contact_id=ada.id, done=True)
    for followup in (later, today, done, late):
        store.put_followup(followup)

    assert store.meetings_for(ada.id) == [newer, older]
    assert store.followups_for(ada.id) == [late, today, done]
    assert store.due_followups(date(2026, 1, 5)) == [late, today]


@pytest.fixture
def people(open_store):
    store = open_store()
    for person in [
        Contact(name="José Núñez", company="Northwind", tags=["investor"]),
        Contact(name="Chloé Dubois", role="Recruiter", emails=["chloe@brightpath.example"]),
        Contact(name="Kenji Tanaka", notes="Met at the Kraków meetup.\nLoves cycling."),
        Contact(name="Björn Weiß", phones=["+49 30 1234 5678"], company="Straße GmbH"),
        Contact(name="Anna Joseph", needs="A co-founder"),
    ]:
        store.put_contact(person)
    store.flush()
    return store


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("jose", ["Anna Joseph", "José Núñez"]),
        ("JOSÉ NÚÑEZ", ["José Núñez"]),
        ("northwind", ["José Núñez"]),
        ("brightpath", ["Chloé Dubois"]),
        ("recruiter", ["Chloé Dubois"]),
        ("krakow cycling", ["Kenji Tanaka"]),
        ("1234 5678", ["Björn Weiß"]),
        ("strasse", ["Björn Weiß"]),
        ("investor", ["José Núñez"]),
        ("co-founder", ["Anna Joseph"]),
        ("nobody", []),
    ],
)
def test_search_any_field_ignoring_case_and_accents(people, query, names):
    assert [c.name for c in search_contacts(people.contacts, query)] == names


def test_search_with_no_words_lists_everyone_by_name(people):
    assert [c.name for c in search_contacts(people.contacts, "  ")] == [
        "Anna Joseph",
        "Björn Weiß",
        "Chloé Dubois",
        "José Núñez",
        "Kenji Tanaka",
    ]


def test_search_follows_edits_and_deletes(people):
    chloe = search_contacts(people.contacts, "chloe")[0]
    chloe.company = "Kestrel Health"
    people.put_contact(chloe)
    people.delete_contact(search_contacts(people.contacts, "kenji")[0].id)

    assert search_contacts(people.contacts, "kestrel") == [chloe]
    assert search_contacts(people.contacts, "kenji") == []


def test_search_works_the_same_from_the_cache(people, open_store, paths):

    people.close()
    settle(paths.root)
    open_store().close()
    again = open_store()

    assert again.loaded_from_cache == 5
    assert [c.name for c in search_contacts(again.contacts, "strasse")] == ["Björn Weiß"]


def test_leftovers_of_an_interrupted_write_are_cleared_at_start(open_store, paths):
    store = open_store()
    person = Contact(name="Ada")
    store.put_contact(person)
    store.flush()
    leftover = CONTACT.path(paths.root, person.id).with_name(f".twoway-{person.id}.toml.x1y2.tmp")
    leftover.write_text('schema = 2\nname = "Ad')

    again = open_store()

    assert not leftover.exists()
    assert again.contacts[person.id].name == "Ada" and again.problems == []


def test_a_dismissed_problem_leaves_the_list(open_store, paths):
    path = FOLLOWUP.path(paths.root, "f-bad")
    path.parent.mkdir(parents=True)
    path.write_text("oops")
    store = open_store()
    [problem] = store.problems

    store.dismiss(problem)

    assert store.problems == []
    assert path.read_text() == "oops"


def test_a_change_summary_names_what_changed(open_store, paths):
    store = open_store()
    meeting = Meeting("", "x")
    store.put_meeting(meeting)
    store.flush()
    path = MEETING.path(paths.root, meeting.id)
    path.write_text(path.read_text().replace('"x"', '"y"'))

    summary = store.rescan()

    assert summary and summary.ids("meeting") == {meeting.id}
    assert summary.ids("contact") == set()


def test_the_load_cache_is_kept_outside_the_data_folder_one_per_folder(tmp_path, clock):
    from twoway.paths import DataPaths

    first, second = DataPaths(tmp_path / "one"), DataPaths(tmp_path / "two")
    store = Store.open(first, clock)  # the cache where Twoway keeps it by default
    store.put_contact(Contact(name="Ada"))
    store.close()

    assert first.load_cache_file.is_file()
    assert first.root not in first.load_cache_file.parents  # never synced with the data
    assert second.load_cache_file != first.load_cache_file
    settle(first.root)  # entries as new as the cache itself are not trusted
    Store.open(first, clock).close()
    assert Store.open(first, clock).loaded_from_cache == 1
