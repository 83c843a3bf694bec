"""Reminders: which planned meetings and follow-ups to mention, at fake-clock moments."""

from __future__ import annotations

from datetime import timedelta

from twoway.core.clock import FakeClock
from twoway.core.records import FollowUp, Meeting, MeetingStatus
from twoway.core.reminders import Reminders


def planned(clock: FakeClock, minutes_ahead: float, **fields) -> Meeting:
    return Meeting(
        contact_id="c-1",
        format_id="minimastermind",
        scheduled=clock.wall() + timedelta(minutes=minutes_ahead),
        **fields,
    )


def test_a_meeting_is_mentioned_once_when_five_minutes_remain():
    clock = FakeClock()
    reminders = Reminders()
    meeting = planned(clock, 20)
    said = []
    for _ in range(40):  # every 30 s for 20 minutes, as the tray checks
        said += [
            (clock.wall(), soon) for soon in reminders.meetings_starting([meeting], clock.wall())
        ]
        clock.advance(30)
    assert len(said) == 1
    when, soon = said[0]
    assert meeting.scheduled - when == timedelta(minutes=5)
    assert soon.minutes_left == 5


def test_minutes_left_round_up():
    clock = FakeClock()
    [soon] = Reminders().meetings_starting([planned(clock, 4 + 10 / 60)], clock.wall())
    assert soon.minutes_left == 5


def test_started_past_and_unplanned_meetings_are_not_mentioned():
    clock = FakeClock()
    meetings = [
        planned(clock, -1),  # already began
        planned(clock, 3, status=MeetingStatus.CANCELLED),
        planned(clock, 3, status=MeetingStatus.DONE),
        Meeting(contact_id="", format_id="minimastermind"),  # never scheduled
    ]
    assert Reminders().meetings_starting(meetings, clock.wall()) == []


def test_a_moved_meeting_is_mentioned_again_for_its_new_time():
    clock = FakeClock()
    reminders = Reminders()
    meeting = planned(clock, 4)
    assert len(reminders.meetings_starting([meeting], clock.wall())) == 1
    meeting.scheduled += timedelta(minutes=30)
    clock.advance(29 * 60)
    assert len(reminders.meetings_starting([meeting], clock.wall())) == 1


def test_several_meetings_come_in_order_of_start():
    clock = FakeClock()
    later, sooner = planned(clock, 4), planned(clock, 2)
    said = Reminders().meetings_starting([later, sooner], clock.wall())
    assert [soon.meeting for soon in said] == [sooner, later]


def test_follow_ups_due_today_or_earlier_are_mentioned_once_each():
    clock = FakeClock()
    reminders = Reminders()
    today = clock.wall().date()
    due_today = FollowUp("Send the intro", today)
    overdue = FollowUp("Thank Ravi", today - timedelta(days=2))
    tomorrow = FollowUp("Check in", today + timedelta(days=1))
    done = FollowUp("Done already", today, done=True)

    first = reminders.followups_due([due_today, overdue, tomorrow, done], today)
    assert first is not None
    assert first.new == (overdue, due_today) and first.total == 2
    assert reminders.followups_due([due_today, overdue, tomorrow, done], today) is None

    next_day = today + timedelta(days=1)
    second = reminders.followups_due([due_today, overdue, tomorrow], next_day)
    assert second is not None
    assert second.new == (tomorrow,) and second.total == 3
