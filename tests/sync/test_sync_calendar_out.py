"""Calendar out, against a real Radicale server read back by a second client: planned
meetings and follow-up deadlines appear, follow changes, and go when cancelled or done;
nothing Twoway did not create is touched."""

from __future__ import annotations

import io
from datetime import date, timedelta

from radicale_server import make_collection
from sync_helpers import Peer, add_account, event_ics, now

from twoway.core.clock import SystemClock
from twoway.core.interop.commands import run_export
from twoway.core.interop.ics_export import item_uid
from twoway.core.records import Contact, FollowUp, Meeting, MeetingStatus
from twoway.core.store import Store
from twoway.core.sync.engine import sync_all
from twoway.paths import DataPaths, state_dir


def _sync(data_dir):
    paths = DataPaths(data_dir)
    return sync_all(paths, state_dir(paths))


def _records(data_dir):
    store = Store.open(DataPaths(data_dir))
    grace = Contact(name="Grace Hopper")
    store.put_contact(grace)
    meeting = Meeting(grace.id, "coffee-chat", scheduled=now() + timedelta(days=2))
    followup = FollowUp("Send the paper", date.today() + timedelta(days=5), grace.id, meeting.id)
    store.put_meeting(meeting)
    store.put_followup(followup)
    assert store.flush() == []
    return store, meeting, followup


def test_planned_meetings_and_deadlines_appear_and_follow_changes(radicale, data_dir):
    make_collection(radicale, "twoway", "calendar", ("VEVENT", "VTODO"))
    add_account(data_dir, radicale, "write-to=twoway")
    cal = f"{radicale.user_url}twoway/"
    store, meeting, followup = _records(data_dir)
    peer = Peer(radicale)
    # Something of the user's own, in the same calendar: never touched.
    peer.put_event(cal, event_ics("mine@other", now() + timedelta(days=1), 60, "Dentist"))

    report = _sync(data_dir)
    assert report.problems == [] and report.added >= 2
    items = peer.calendar_items(cal)
    assert items[item_uid(meeting.id)]["SUMMARY"] == "30-minute coffee chat with Grace Hopper"
    assert items[item_uid(meeting.id)].decoded("DTSTART") == meeting.scheduled
    todo = items[item_uid(followup.id)]
    assert todo.name == "VTODO" and todo.decoded("DUE") == followup.due

    # Moved in Twoway, and the deadline changed: the calendar follows.
    store = Store.open(DataPaths(data_dir))
    moved = store.meetings[meeting.id]
    moved.scheduled = moved.scheduled + timedelta(hours=3)
    store.put_meeting(moved)
    changed = store.followups[followup.id]
    changed.due = changed.due + timedelta(days=2)
    store.put_followup(changed)
    store.flush()
    _sync(data_dir)
    items = peer.calendar_items(cal)
    assert items[item_uid(meeting.id)].decoded("DTSTART") == moved.scheduled
    assert items[item_uid(followup.id)].decoded("DUE") == changed.due

    # Nothing changed: nothing written.
    assert _sync(data_dir).updated == 0

    # Cancelled and done: removed. The user's own event stays as it was.
    store = Store.open(DataPaths(data_dir))
    cancelled = store.meetings[meeting.id]
    cancelled.status = MeetingStatus.CANCELLED
    store.put_meeting(cancelled)
    done = store.followups[followup.id]
    done.done = True
    store.put_followup(done)
    store.flush()
    report = _sync(data_dir)
    assert report.removed == 2
    items = peer.calendar_items(cal)
    assert set(items) == {"mine@other"}
    assert str(items["mine@other"]["SUMMARY"]) == "Dentist"
    peer.close()


def test_deadlines_are_all_day_events_in_a_calendar_without_tasks(radicale, data_dir):
    make_collection(radicale, "events-only", "calendar", ("VEVENT",))
    add_account(data_dir, radicale, "write-to=events-only")
    _store, _meeting, followup = _records(data_dir)
    assert _sync(data_dir).problems == []
    peer = Peer(radicale)
    item = peer.calendar_items(f"{radicale.user_url}events-only/")[item_uid(followup.id)]
    assert item.name == "VEVENT"
    assert item.decoded("DTSTART") == followup.due  # a date: all day
    assert item.decoded("DTEND") == followup.due + timedelta(days=1)
    peer.close()


def test_a_meeting_planned_from_a_calendar_event_is_not_written_back(radicale, data_dir):
    from twoway.core.sync.calendar_in import plan_suggestion
    from twoway.core.sync.state import load_state, save_state

    make_collection(radicale, "twoway", "calendar", ("VEVENT", "VTODO"))
    account = add_account(data_dir, radicale, "write-to=twoway")
    cal = f"{radicale.user_url}twoway/"
    peer = Peer(radicale)
    peer.put_event(
        cal,
        event_ics(
            "call@other",
            now() + timedelta(days=1),
            20,
            "Chat",
            attendees=[("Grace Hopper", "grace@example.org")],
        ),
    )
    report = _sync(data_dir)
    paths = DataPaths(data_dir)
    store = Store.open(paths)
    state = load_state(state_dir(paths), account)
    meeting = plan_suggestion(store, state, report.suggestions[0])
    store.flush()
    save_state(state_dir(paths), account, state)
    _sync(data_dir)
    assert item_uid(meeting.id) not in peer.calendar_items(cal)
    peer.close()


def test_the_ics_export_offers_deadlines_as_all_day_events(data_dir, tmp_path):
    _store, _meeting, followup = _records(data_dir)
    out = io.StringIO()
    target = tmp_path / "twoway.ics"
    code = run_export(
        DataPaths(data_dir), "ics", target, out, out, clock=SystemClock(), deadlines_as="event"
    )
    assert code == 0
    text = target.read_text(encoding="utf-8")
    assert "VTODO" not in text
    assert f"DTSTART;VALUE=DATE:{followup.due:%Y%m%d}" in text


def test_meetings_written_to_a_calendar_that_is_also_read_are_not_offered_back(radicale, data_dir):
    from twoway.core.sync.state import load_state

    make_collection(radicale, "personal", "calendar", ("VEVENT", "VTODO"))
    account = add_account(data_dir, radicale, "write-to=personal")  # and every calendar read
    cal = f"{radicale.user_url}personal/"
    store = Store.open(DataPaths(data_dir))
    grace = Contact(name="Grace Hopper", emails=["grace@example.org"])
    store.put_contact(grace)
    meeting = Meeting(grace.id, "coffee-chat", scheduled=now() + timedelta(days=2))
    store.put_meeting(meeting)
    assert store.flush() == []
    peer = Peer(radicale)
    # A Twoway meeting another app imported from an ICS export: another address, our UID.
    peer.put_event(
        cal,
        event_ics(
            item_uid("m-0123456789ab"),
            now() + timedelta(days=4),
            30,
            "30-minute coffee chat with Alan Turing",
            attendees=[("Alan Turing", "alan@example.org")],
        ),
    )
    # Someone else's one-to-one in the same calendar is still offered.
    peer.put_event(
        cal,
        event_ics(
            "call@other",
            now() + timedelta(days=3),
            20,
            "Catch-up",
            attendees=[("Katherine Johnson", "kj@example.org")],
        ),
    )

    first = _sync(data_dir)
    second = _sync(data_dir)  # reads back the meeting the first sync wrote

    assert first.problems == [] and second.problems == []
    assert item_uid(meeting.id) in peer.calendar_items(cal)
    assert [s.name for s in first.suggestions] == ["Katherine Johnson"]
    assert second.suggestions == []
    # What "from your calendar" lists: only the other app's event.
    listed = load_state(state_dir(DataPaths(data_dir)), account)["calendar_in"]["suggestions"]
    assert [s["name"] for s in listed.values()] == ["Katherine Johnson"]
    peer.close()
