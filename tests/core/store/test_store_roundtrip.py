"""Every record type comes back exactly as it was saved, odd text and all."""

from __future__ import annotations

import copy
import dataclasses
import tomllib
from datetime import date

import pytest
import store_samples as samples
from store_samples import settle

from twoway.core.records import ChecklistItem, Contact, FollowUp, Meeting, MeetingStatus, Prep
from twoway.core.store.layout import CONTACT, MEETING


def save_all(store):
    person = samples.contact()
    store.put_contact(person)
    meeting = samples.meeting(person.id)
    store.put_meeting(meeting)
    followup = samples.followup(person.id)
    store.put_followup(followup)
    template = samples.template()
    store.put_template(template)
    agenda = samples.agenda()
    store.set_agenda(agenda)
    assert store.pending() == 5
    assert store.flush() == []
    assert store.pending() == 0
    return person, meeting, followup, template, agenda


@pytest.mark.parametrize("cache", [False, True], ids=["files", "cache"])
def test_every_record_type_round_trips(open_store, cache):
    store = open_store()
    person, meeting, followup, template, agenda = save_all(store)
    store.close()
    settle(store.root)
    if cache:
        open_store(cache=True).close()  # the second start reads the cache written by the first

    again = open_store(cache=cache)

    assert again.problems == []
    assert again.contacts == {person.id: person}
    assert again.meetings == {meeting.id: meeting}
    assert again.followups == {followup.id: followup}
    assert again.templates == {template.id: template}
    assert again.agenda == agenda
    assert again.loaded_from_cache == (5 if cache else 0)


def test_every_odd_text_survives_in_every_text_field(open_store):
    store = open_store()
    people = []
    for number, text in enumerate(samples.ODD_TEXTS):
        person = Contact(
            name=text,
            id=f"c-odd{number}",
            company=text,
            emails=[text, "plain@example.org"],
            tags=[text],
            notes=text,
        )
        store.put_contact(person)
        people.append(person)
        store.put_meeting(
            samples.meeting(person.id, id=f"m-odd{number}", prep=Prep(questions=[text]))
        )
    assert store.flush() == []

    again = open_store(cache=False)

    for number, person in enumerate(people):
        assert again.contacts[person.id] == person
        assert again.meetings[f"m-odd{number}"].prep.questions == [samples.ODD_TEXTS[number]]


def test_a_one_megabyte_note_round_trips(open_store):
    store = open_store()
    person = samples.contact(notes=samples.ONE_MB_NOTE)
    store.put_contact(person)
    assert store.flush() == []
    store.close()

    assert open_store(cache=False).contacts[person.id].notes == samples.ONE_MB_NOTE
    assert open_store(cache=True).contacts[person.id].notes == samples.ONE_MB_NOTE


def test_files_are_readable_toml_with_a_schema_and_no_empty_fields(open_store, paths):
    store = open_store()
    person = Contact(name="Ada Lovelace", company="Analytical Engines")
    store.put_contact(person)
    store.flush()

    text = CONTACT.path(paths.root, person.id).read_text(encoding="utf-8")
    data = tomllib.loads(text)

    assert text.startswith("schema = 3\n")
    assert data["name"] == "Ada Lovelace"
    assert "role" not in data and "emails" not in data and "last_interaction" not in data
    assert "id" not in data  # the file name is the id
    assert "T" in text.split("created = ")[1].split("\n")[0]  # ISO dates, 2026-01-05T09:00:00


def test_a_meeting_read_from_the_cache_is_complete_and_equal(open_store):
    store = open_store()
    _person, meeting, *_ = save_all(store)
    store.close()
    settle(store.root)
    open_store().close()

    cached = open_store().meetings[meeting.id]

    assert isinstance(cached, Meeting) and type(cached) is not Meeting  # long parts unread
    assert cached == meeting and meeting == cached
    assert repr(cached) == repr(open_store(cache=False).meetings[meeting.id])
    assert dataclasses.asdict(cached) == dataclasses.asdict(meeting)
    assert dataclasses.replace(cached, format_id="x").debrief == meeting.debrief
    assert copy.deepcopy(cached) == meeting
    assert type(cached) is Meeting  # used once, it is a plain meeting


def test_a_meeting_changed_before_its_long_parts_were_read_saves_them_all(open_store, clock):
    store = open_store()
    _person, meeting, *_ = save_all(store)
    store.close()
    settle(store.root)
    open_store().close()

    store = open_store()
    cached = store.meetings[meeting.id]
    assert type(cached) is not Meeting  # its long parts are still unread
    cached.status = MeetingStatus.CANCELLED  # a short field only; prep, debrief unread
    store.put_meeting(cached)
    assert store.flush() == []

    again = open_store(cache=False).meetings[meeting.id]
    assert again.status is MeetingStatus.CANCELLED
    assert again.prep == meeting.prep and again.debrief == meeting.debrief
    assert again.request == meeting.request and again.run == meeting.run


def test_the_cache_rewritten_on_close_keeps_unread_meetings_whole(open_store):
    store = open_store()
    person, meeting, *_ = save_all(store)
    store.close()
    settle(store.root)
    store = open_store()
    assert store.loaded_from_cache == 0
    store.close()
    store = open_store()
    assert store.loaded_from_cache == 5
    person = store.contacts[person.id]
    store.put_contact(person)  # something to save, so the cache is rewritten on close
    store.close()
    settle(store.root)
    store = open_store()  # the one changed file is read again; the cache is updated
    store.close()

    last = open_store()

    assert last.loaded_from_cache == 5
    assert last.meetings[meeting.id] == meeting
    assert last.contacts[person.id] == person


def test_a_record_added_to_the_records_module_later_would_be_stored(open_store):
    # Fields come from the dataclasses' type hints: a checklist item keeps every field.
    store = open_store()
    template = samples.template(items=[ChecklistItem("x", "y", True)])
    store.put_template(template)
    store.flush()
    assert open_store(cache=False).templates[template.id].items == [ChecklistItem("x", "y", True)]


def test_followups_without_a_contact_and_meetings_without_one_round_trip(open_store):
    store = open_store()
    lone = FollowUp("Write to the alumni office", date(2026, 1, 9))
    quick = Meeting(contact_id="", format_id="coffee-chat")
    store.put_followup(lone)
    store.put_meeting(quick)
    store.flush()

    again = open_store(cache=False)

    assert again.followups[lone.id] == lone
    assert again.meetings[quick.id] == quick
    assert MEETING.path(again.root, quick.id).is_file()
