"""Meetings of schema 2 keep the text their request message was composed as and the reply
declining them; schema-1 files are upgraded (with a copy of the original kept), and
nothing in them changes."""

from __future__ import annotations

import tomllib

from twoway.core.store.layout import MEETING
from twoway.core.store.migrations import meeting_1_to_2, upgrade

SCHEMA_1 = (
    b'schema = 1\ncontact_id = "c-ada"\nformat_id = "minimastermind"\nstatus = "planned"\n'
    b'\n[request]\nintent = "learn how you hire"\nminutes = 15\n'
    b'message = """\nHello Ada,\n\nWould you have 15 minutes?"""\nsent = true\n'
)


def place(paths, content: bytes):
    path = MEETING.path(paths.root, "m-ada")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def test_the_step_from_1_to_2_keeps_every_field():
    data = tomllib.loads(SCHEMA_1.decode())
    assert meeting_1_to_2(data) == data
    upgraded = upgrade("meeting", data, 2)
    assert upgraded["schema"] == 2 and upgraded["request"] == data["request"]


def test_a_schema_1_meeting_is_upgraded_with_its_original_kept(open_store, paths):
    path = place(paths, SCHEMA_1)
    store = open_store()
    assert store.problems == []
    request = store.meetings["m-ada"].request
    assert request.message == "Hello Ada,\n\nWould you have 15 minutes?" and request.sent
    assert request.composed == "" and request.decline_message == ""  # absent: empty
    assert tomllib.loads(path.read_text("utf-8"))["schema"] == MEETING.schema == 2
    [kept] = sorted((paths.backups_dir / "migrated").rglob("*.toml"))
    assert kept.read_bytes() == SCHEMA_1


def test_the_composed_text_and_the_decline_are_saved_and_read_back(open_store, paths):
    path = place(paths, SCHEMA_1)
    store = open_store()
    meeting = store.meetings["m-ada"]
    meeting.request.composed = "Hello Ada,\n\nWould you have 15 minutes?\n\nThank you,"
    meeting.request.decline_message = "Hello Ada,\n\nNot this month, sorry."
    store.put_meeting(meeting)
    assert store.flush() == []
    data = tomllib.loads(path.read_text("utf-8"))["request"]
    assert data["composed"] == meeting.request.composed
    assert data["decline_message"] == "Hello Ada,\n\nNot this month, sorry."
    store.close()
    for cache in (False, True):
        again = open_store(cache=cache).meetings["m-ada"]
        assert again.request == meeting.request


SCHEMA_2 = SCHEMA_1.replace(b"schema = 1", b"schema = 2")


def test_the_event_a_meeting_was_planned_from_is_saved_only_when_set_and_read_back(
    open_store, paths
):
    path = place(paths, SCHEMA_2)
    store = open_store()
    assert store.problems == []
    meeting = store.meetings["m-ada"]
    assert (meeting.event_uid, meeting.event_recurrence_id) == ("", "")  # absent: none
    store.close()
    assert path.read_bytes() == SCHEMA_2  # a file without them is not rewritten

    store = open_store()
    meeting = store.meetings["m-ada"]
    meeting.event_uid = "weekly@example.org"
    meeting.event_recurrence_id = "20260105T090000Z"
    store.put_meeting(meeting)
    assert store.flush() == []
    data = tomllib.loads(path.read_text("utf-8"))
    assert data["schema"] == 2
    assert (data["event_uid"], data["event_recurrence_id"]) == (
        "weekly@example.org",
        "20260105T090000Z",
    )
    store.close()
    for cache in (False, True):
        again = open_store(cache=cache).meetings["m-ada"]
        assert (again.event_uid, again.event_recurrence_id) == (
            "weekly@example.org",
            "20260105T090000Z",
        )

    store = open_store()
    meeting = store.meetings["m-ada"]
    meeting.event_uid = meeting.event_recurrence_id = ""
    store.put_meeting(meeting)
    assert store.flush() == []
    assert "event_" not in path.read_text("utf-8")
