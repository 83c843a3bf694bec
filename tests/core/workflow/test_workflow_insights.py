"""Insights from real run records: counts, overrun, balance, follow-ups on time."""

from __future__ import annotations

from datetime import date

import pytest

from twoway.core.clock import FakeClock
from twoway.core.formats import builtin_formats
from twoway.core.records import FollowUp, Meeting, MeetingStatus
from twoway.core.session import Session
from twoway.core.workflow.insights import by_contact, by_format, compute, recent_runs

FORMATS = {fmt.id: fmt for fmt in builtin_formats()}
TODAY = date(2026, 3, 10)


def run_meeting(format_id: str, phase_seconds: list[float], clock: FakeClock) -> dict:
    """Run a meeting phase by phase with the given real lengths; return its record dict."""
    session = Session(FORMATS[format_id], clock, rebalance_on_next=False)
    session.start()
    for i, seconds in enumerate(phase_seconds):
        for _ in range(int(seconds // 10)):  # ticks as the app's timer would
            clock.advance(10)
            session.tick()
        if i < len(phase_seconds) - 1:
            session.next_phase()
    session.end()
    return session.record().to_dict()


def held(contact: str, format_id: str, phase_seconds: list[float], clock) -> Meeting:
    meeting = Meeting(contact_id=contact, format_id=format_id, status=MeetingStatus.DONE)
    meeting.run = run_meeting(format_id, phase_seconds, clock)
    clock.advance(86400)
    return meeting


@pytest.fixture
def meetings() -> list[Meeting]:
    clock = FakeClock()
    return [
        # On time: 5 + 5 + 1 + 1 minutes in a 15-minute slot.
        held("c-maya", "minimastermind", [300, 300, 60, 60], clock),
        # They talked 8 minutes, I talked 6, then 1 + 1: 16 minutes, one past the slot.
        held("c-maya", "minimastermind", [480, 360, 60, 60], clock),
        # 20-minute meeting, 2 minutes over: 5 intro (me), 15 discussion (them), 2 ending.
        held("c-tom", "twenty-minute", [300, 900, 120], clock),
        Meeting(contact_id="c-tom", format_id="twenty-minute"),  # only planned
        Meeting(contact_id="c-ana", format_id="coffee-chat", status=MeetingStatus.DONE),
    ]


def test_overall_counts_overrun_and_balance(meetings):
    result = compute(meetings, [], TODAY)
    assert result.meetings == 4  # three timed, one marked done by hand
    assert result.timed == 3
    assert result.minutes == pytest.approx((720 + 960 + 1320) / 60)
    assert result.average_overrun_s == pytest.approx((0 + 60 + 120) / 3)
    assert result.over_slot == 2
    assert result.them_s == pytest.approx(300 + 60 + 480 + 60 + 900)
    assert result.me_s == pytest.approx(300 + 60 + 360 + 60 + 300)
    assert result.both_s == pytest.approx(120)
    assert result.their_share == pytest.approx(1800 / (1800 + 1080))


def test_follow_ups_on_time_count_done_and_overdue_only():
    followups = [
        FollowUp("on time", date(2026, 3, 5), done=True, done_on=date(2026, 3, 5)),
        FollowUp("late", date(2026, 3, 5), done=True, done_on=date(2026, 3, 7)),
        FollowUp("overdue", date(2026, 3, 9)),
        FollowUp("not due yet", date(2026, 3, 11)),
    ]
    result = compute([], followups, TODAY)
    assert (result.followups_on_time, result.followups_counted) == (1, 3)
    assert result.on_time_share == pytest.approx(1 / 3)


def test_nothing_yet_gives_no_shares():
    result = compute([], [], TODAY)
    assert result.their_share is None and result.on_time_share is None
    assert result.average_overrun_s == 0


def test_per_contact_and_per_format(meetings):
    maya_meeting = meetings[0]
    followups = [
        FollowUp(
            "x",
            date(2026, 3, 1),
            contact_id="c-maya",
            meeting_id=maya_meeting.id,
            done=True,
            done_on=date(2026, 3, 1),
        ),
        FollowUp("y", date(2026, 3, 1), contact_id="c-tom"),
    ]
    contacts = by_contact(meetings, followups, TODAY)
    assert contacts["c-maya"].meetings == 2
    assert contacts["c-maya"].average_overrun_s == pytest.approx(30)
    assert contacts["c-maya"].on_time_share == 1
    assert contacts["c-tom"].meetings == 1 and contacts["c-tom"].on_time_share == 0
    formats = by_format(meetings, followups, TODAY)
    assert formats["minimastermind"].timed == 2
    assert formats["minimastermind"].followups_counted == 1
    assert formats["twenty-minute"].average_overrun_s == pytest.approx(120)
    assert formats["twenty-minute"].followups_counted == 0  # "y" belongs to no meeting


def test_recent_runs_oldest_first_and_limited(meetings):
    bars = recent_runs(reversed(meetings), limit=2)
    assert [bar.meeting_id for bar in bars] == [meetings[1].id, meetings[2].id]
    assert bars[1].slot_s == 20 * 60
    assert bars[1].total_s == pytest.approx(1320)
