"""Calendar in, against a real Radicale server: one-to-ones become suggestions, a planned
suggestion becomes a meeting with its call link, and the event leads the meeting after."""

from __future__ import annotations

from datetime import timedelta

from radicale_server import make_collection
from sync_helpers import Peer, add_account, event_ics, now, setup_server

from twoway.core.records import Contact, MeetingStatus
from twoway.core.store import Store
from twoway.core.sync.calendar_in import call_link_for, plan_suggestion, suggestion_from_dict
from twoway.core.sync.engine import sync_all
from twoway.core.sync.state import load_state
from twoway.paths import DataPaths, state_dir

ZOOM = "https://us02web.zoom.us/j/8123456789?pwd=abc"


def _sync(data_dir):
    paths = DataPaths(data_dir)
    return sync_all(paths, state_dir(paths))


def test_a_one_to_one_event_becomes_a_suggestion_then_a_meeting_with_its_call_link(
    radicale, data_dir
):
    work, _, _ = setup_server(radicale)
    account = add_account(data_dir, radicale, "calendar=work")
    peer = Peer(radicale)
    start = now() + timedelta(days=2)
    peer.put_event(
        work,
        event_ics(
            "call-1@other",
            start,
            20,
            "Catch-up",
            attendees=[("Grace Hopper", "grace@example.org")],
            location=ZOOM,
        ),
    )
    peer.put_event(
        work,
        event_ics(
            "standup@other",
            start + timedelta(hours=3),
            15,
            "Team standup",
            attendees=[("Grace Hopper", "grace@example.org"), ("Alan Turing", "alan@example.org")],
        ),
    )
    peer.put_event(
        work,
        event_ics(
            "far@other",
            start + timedelta(days=30),
            30,
            "Far away",
            attendees=[("Linus", "linus@example.org")],
        ),
    )

    report = _sync(data_dir)

    assert report.problems == []
    assert [s.name for s in report.suggestions] == ["Grace Hopper"]  # not the group, not next month
    suggestion = report.suggestions[0]
    assert (suggestion.format_id, suggestion.call_link, suggestion.minutes) == (
        "twenty-minute",
        ZOOM,
        20,
    )

    paths = DataPaths(data_dir)
    store = Store.open(paths)
    state = load_state(state_dir(paths), account)
    meeting = plan_suggestion(
        store, state, suggestion_from_dict(state["calendar_in"]["suggestions"][suggestion.key])
    )
    assert store.flush() == []
    contact = store.contacts[meeting.contact_id]
    assert (contact.name, contact.emails) == ("Grace Hopper", ["grace@example.org"])
    assert meeting.scheduled == start
    assert meeting.format_id == "twenty-minute"
    assert call_link_for([state], meeting.id) == ZOOM
    # Planned like a meeting planned in the window: its length, and a prep checklist.
    from twoway.core.workflow.prep import template_for_new_meetings

    template = template_for_new_meetings(store.templates)
    assert meeting.request.minutes == 20
    assert [item.text for item in meeting.prep.items] == [item.text for item in template.items]
    from twoway.core.sync.state import save_state

    save_state(state_dir(paths), account, state)
    # Planned: the next sync does not suggest it again.
    assert _sync(data_dir).suggestions == []
    peer.close()


def _planned(data_dir, radicale, account, work, uid="call-2@other", minutes=30, location=""):
    peer = Peer(radicale)
    start = now() + timedelta(days=3)
    peer.put_event(
        work,
        event_ics(
            uid,
            start,
            minutes,
            "Coffee",
            attendees=[("Grace Hopper", "grace@example.org")],
            location=location,
        ),
    )
    report = _sync(data_dir)
    paths = DataPaths(data_dir)
    store = Store.open(paths)
    from twoway.core.sync.state import save_state

    state = load_state(state_dir(paths), account)
    meeting = plan_suggestion(store, state, report.suggestions[0])
    store.flush()
    save_state(state_dir(paths), account, state)
    return peer, start, meeting


def test_moving_the_event_moves_the_meeting_and_says_so(radicale, data_dir):
    work, _, _ = setup_server(radicale)
    account = add_account(data_dir, radicale, "calendar=work")
    peer, start, meeting = _planned(data_dir, radicale, account, work)
    assert meeting.format_id == "coffee-chat"

    later = start + timedelta(days=1, hours=2)
    event = peer.calendar(work).event_by_uid("call-2@other")
    event.data = event_ics(
        "call-2@other", later, 30, "Coffee", attendees=[("Grace Hopper", "grace@example.org")]
    )
    event.save()
    report = _sync(data_dir)

    moved = Store.open(DataPaths(data_dir)).meetings[meeting.id]
    assert moved.scheduled == later
    assert moved.status == MeetingStatus.PLANNED
    assert any("moved" in note for note in report.notes)

    # Moved beyond the 14 days shown: still followed by its UID.
    far = start + timedelta(days=40)
    event = peer.calendar(work).event_by_uid("call-2@other")
    event.data = event_ics(
        "call-2@other", far, 30, "Coffee", attendees=[("Grace Hopper", "grace@example.org")]
    )
    event.save()
    _sync(data_dir)
    assert Store.open(DataPaths(data_dir)).meetings[meeting.id].scheduled == far
    peer.close()


def test_a_cancelled_or_deleted_event_cancels_the_meeting(radicale, data_dir):
    work, _, _ = setup_server(radicale)
    account = add_account(data_dir, radicale, "calendar=work")
    peer, start, meeting = _planned(data_dir, radicale, account, work)
    event = peer.calendar(work).event_by_uid("call-2@other")
    event.data = event_ics(
        "call-2@other",
        start,
        30,
        "Coffee",
        attendees=[("Grace Hopper", "grace@example.org")],
        extra="STATUS:CANCELLED",
    )
    event.save()
    report = _sync(data_dir)
    assert Store.open(DataPaths(data_dir)).meetings[meeting.id].status == MeetingStatus.CANCELLED
    assert any("cancelled" in note for note in report.notes)

    peer2, _, second = _planned(data_dir, radicale, account, work, uid="call-3@other")
    peer2.delete(str(peer2.calendar(work).event_by_uid("call-3@other").url))
    _sync(data_dir)
    assert Store.open(DataPaths(data_dir)).meetings[second.id].status == MeetingStatus.CANCELLED
    peer.close()
    peer2.close()


def test_an_event_titled_with_a_known_contact_is_suggested_and_finds_that_contact(
    radicale, data_dir
):
    work, _, _ = setup_server(radicale)
    paths = DataPaths(data_dir)
    store = Store.open(paths)
    known = Contact(name="Katherine Johnson", emails=["kj@example.org"])
    store.put_contact(known)
    store.flush()
    add_account(data_dir, radicale, "calendar=work")
    peer = Peer(radicale)
    start = now() + timedelta(days=1)
    peer.put_event(
        work,
        event_ics(
            "kj@other",
            start,
            15,
            "Call with Katherine Johnson",
            description=f"Join: {ZOOM.replace('zoom.us', 'meet.google.com')}",
        ),
    )
    report = _sync(data_dir)
    [suggestion] = report.suggestions
    assert (suggestion.contact_id, suggestion.format_id) == (known.id, "minimastermind")
    assert "meet.google.com" in suggestion.call_link
    peer.close()


def test_a_weekly_event_is_expanded_and_each_occurrence_is_its_own_suggestion(radicale, data_dir):
    work = make_collection(radicale, "work", "calendar", ("VEVENT",))
    add_account(data_dir, radicale, "calendar=work")
    peer = Peer(radicale)
    start = now() + timedelta(days=1)
    peer.put_event(
        work,
        event_ics(
            "weekly@other",
            start,
            30,
            "1:1",
            attendees=[("Grace Hopper", "grace@example.org")],
            extra="RRULE:FREQ=WEEKLY;COUNT=10",
        ),
    )
    report = _sync(data_dir)
    starts = [s.start_time for s in report.suggestions]
    assert starts == [start, start + timedelta(days=7)]  # the two within 14 days
    assert len({s.key for s in report.suggestions}) == 2
    peer.close()


def test_a_read_only_ics_file_subscription_suggests_and_follows_the_same_way(tmp_path, data_dir):
    import io

    from twoway.core.sync.commands import run_account_add

    start = now() + timedelta(days=2)
    ics = tmp_path / "calendar.ics"
    ics.write_text(
        event_ics(
            "sub-1@other",
            start,
            15,
            "Intro",
            attendees=[("Grace Hopper", "grace@example.org")],
            location="https://meet.jit.si/TwowayIntro",
        ),
        encoding="utf-8",
    )
    paths = DataPaths(data_dir)
    out = io.StringIO()
    assert run_account_add(paths, str(ics), None, False, [], None, None, out=out, err=out) == 0
    account = out.getvalue().split()[4]
    report = _sync(data_dir)
    [suggestion] = report.suggestions
    assert suggestion.call_link == "https://meet.jit.si/TwowayIntro"
    store = Store.open(paths)
    state = load_state(state_dir(paths), account)
    meeting = plan_suggestion(store, state, suggestion)
    store.flush()
    from twoway.core.sync.state import save_state

    save_state(state_dir(paths), account, state)
    later = start + timedelta(hours=5)
    ics.write_text(
        event_ics(
            "sub-1@other", later, 15, "Intro", attendees=[("Grace Hopper", "grace@example.org")]
        ),
        encoding="utf-8",
    )
    _sync(data_dir)
    assert Store.open(paths).meetings[meeting.id].scheduled == later
    # A broken download (an error page instead of the calendar) changes nothing.
    ics.write_text("<html>Service unavailable</html>", encoding="utf-8")
    _sync(data_dir)
    assert Store.open(paths).meetings[meeting.id].status == MeetingStatus.PLANNED
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n", encoding="utf-8"
    )
    _sync(data_dir)
    assert Store.open(paths).meetings[meeting.id].status == MeetingStatus.CANCELLED


def test_moving_a_whole_weekly_series_moves_its_planned_meeting(radicale, data_dir):
    from twoway.core.sync.state import save_state

    work = make_collection(radicale, "work", "calendar", ("VEVENT",))
    account = add_account(data_dir, radicale, "calendar=work")
    peer = Peer(radicale)
    start = now() + timedelta(days=1)
    grace = [("Grace Hopper", "grace@example.org")]
    weekly = "RRULE:FREQ=WEEKLY;COUNT=10"
    peer.put_event(work, event_ics("weekly@other", start, 30, "1:1", attendees=grace, extra=weekly))
    report = _sync(data_dir)
    paths = DataPaths(data_dir)
    store = Store.open(paths)
    state = load_state(state_dir(paths), account)
    meeting = plan_suggestion(store, state, report.suggestions[0])
    store.flush()
    save_state(state_dir(paths), account, state)

    # The user moves every occurrence an hour later in their calendar app.
    later = start + timedelta(hours=1)
    event = peer.calendar(work).event_by_uid("weekly@other")
    event.data = event_ics("weekly@other", later, 30, "1:1", attendees=grace, extra=weekly)
    event.save()
    report = _sync(data_dir)

    moved = Store.open(paths).meetings[meeting.id]
    assert (moved.status, moved.scheduled) == (MeetingStatus.PLANNED, later)
    assert [n for n in report.notes if "moved" in n] and not [
        n for n in report.notes if "cancelled" in n
    ]
    assert [s.start_time for s in report.suggestions] == [later + timedelta(days=7)]
    listed = load_state(state_dir(paths), account)["calendar_in"]["suggestions"].values()
    assert [s["start"] for s in listed] == [(later + timedelta(days=7)).isoformat()]
    # Linked to its new occurrence: the next sync has nothing new to say.
    report = _sync(data_dir)
    assert (report.notes, report.suggestions, report.problems) == ([], [], [])
    peer.close()
