"""One rule for a meeting's date, and the Meetings list's groups, search and order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from twoway.core.records import Meeting, MeetingStatus
from twoway.core.workflow.insights import recent_runs
from twoway.core.workflow.meetings import (
    MeetingGroup,
    complete_debrief,
    group_of,
    last_held_day,
    listed_meetings,
    meeting_date,
    meeting_was_held,
    plan_meeting,
)

NOW = datetime(2026, 12, 7, 14, 5, tzinfo=UTC)
TOMORROW = NOW + timedelta(days=1)


def meeting(scheduled=None, *, ran_at=None, status=MeetingStatus.PLANNED, contact="c") -> Meeting:
    m = Meeting(contact_id=contact, format_id="minimastermind", scheduled=scheduled, status=status)
    if ran_at is not None:
        m.run = {"started_at": ran_at.isoformat(), "balance": {"them": 60, "me": 60}}
        m.status = MeetingStatus.DONE
    return m


def test_a_meeting_planned_for_tomorrow_but_held_today_is_dated_today():
    held = meeting(TOMORROW, ran_at=NOW)
    assert meeting_date(held) == NOW
    assert last_held_day([held]) == NOW.astimezone().date()
    assert recent_runs([held])[0].started == NOW  # Insights say the same


def test_a_planned_meeting_is_dated_when_planned_and_an_unreadable_run_time_falls_back():
    assert meeting_date(meeting(TOMORROW)) == TOMORROW
    assert meeting_date(meeting()) is None
    broken = meeting(TOMORROW, ran_at=NOW)
    broken.run["started_at"] = "not a time"
    assert meeting_date(broken) == TOMORROW


def test_held_means_run_or_marked_done_and_planned_ones_never_count_as_contact():
    assert meeting_was_held(meeting(status=MeetingStatus.DONE))
    assert not meeting_was_held(meeting(TOMORROW))
    assert last_held_day([meeting(TOMORROW)]) is None


def test_groups_search_and_order():
    upcoming = meeting(TOMORROW, contact="ana")
    held_early = meeting(NOW - timedelta(days=9), ran_at=NOW - timedelta(days=9), contact="bo")
    held_late = meeting(TOMORROW, ran_at=NOW, contact="ana")
    declined = meeting(TOMORROW, status=MeetingStatus.DECLINED, contact="bo")
    cancelled = meeting(None, status=MeetingStatus.CANCELLED, contact="bo")
    undated = meeting(None, contact="bo")
    everyone = [upcoming, held_early, held_late, declined, cancelled, undated]
    assert group_of(cancelled) is MeetingGroup.DECLINED
    names = {"ana": "Ana Ruiz", "bo": "Bö Lind"}.get
    held = listed_meetings(everyone, MeetingGroup.HELD, "", names)
    assert held == [held_late, held_early]  # newest first
    assert listed_meetings(everyone, MeetingGroup.HELD, "", names, newest_first=False) == [
        held_early,
        held_late,
    ]
    assert listed_meetings(everyone, MeetingGroup.UPCOMING, "", names) == [upcoming, undated]
    assert listed_meetings(everyone, None, "bo lind", names) == [
        declined,
        held_early,
        cancelled,
        undated,
    ]  # accents folded; undated last
    held_late.request.topics = "Pricing workshop"
    assert listed_meetings(everyone, None, "pricing", names) == [held_late]


def test_completing_a_debrief_marks_the_meeting_held_and_asks_for_its_follow_ups():
    planned = meeting(NOW - timedelta(days=4))
    planned.debrief.next_step = "Send the pricing deck"
    planned.debrief.next_step_due = NOW.date() + timedelta(days=3)
    texts = ("Follow up with %1", "Thank %1", "someone")

    changes = complete_debrief(planned, "Maya Okafor", {}, NOW.date(), texts)

    assert planned.debrief.completed and planned.status is MeetingStatus.DONE
    assert [f.text for f in changes.put][:1] == ["Send the pricing deck"]
    assert changes.put[0].due == NOW.date() + timedelta(days=3)
    # Written four days late, it is still dated the day it was planned for.
    assert meeting_date(planned) == NOW - timedelta(days=4)


def test_a_declined_meeting_stays_declined_when_its_debrief_is_written():
    declined = meeting(NOW, status=MeetingStatus.DECLINED)
    complete_debrief(declined, "Maya", {}, NOW.date(), ("%1", "%1", "someone"))
    assert declined.status is MeetingStatus.DECLINED and declined.debrief.completed


def test_a_planned_meeting_asks_for_its_slot_and_starts_with_the_template_checklist():
    from twoway.core.workflow.prep import default_template

    planned = plan_meeting("c-ana", "coffee-chat", 30.0, {}, scheduled=TOMORROW)
    assert planned.status is MeetingStatus.PLANNED and planned.scheduled == TOMORROW
    assert planned.request.minutes == 30
    assert [i.text for i in planned.prep.items] == [i.text for i in default_template().items]
    assert not any(i.done for i in planned.prep.items)
