"""What Today lists: meetings coming up, meetings missed, debriefs to write."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from twoway.core.records import Meeting, MeetingStatus
from twoway.core.workflow.today import debriefs_to_write, missed, upcoming

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def planned(hours: float | None, **fields) -> Meeting:
    when = None if hours is None else NOW + timedelta(hours=hours)
    return Meeting(contact_id="c", format_id="minimastermind", scheduled=when, **fields)


def test_upcoming_is_in_time_order_with_unscheduled_last():
    later, soon, running_late, unscheduled = planned(30), planned(1), planned(-1), planned(None)
    old = planned(-5)
    declined = planned(2, status=MeetingStatus.DECLINED)
    result = upcoming([later, unscheduled, soon, old, declined, running_late], NOW)
    assert result == [running_late, soon, later, unscheduled]
    assert missed([later, old, declined], NOW) == [old]


def test_a_run_meeting_is_no_longer_upcoming_but_waits_for_its_debrief():
    meeting = planned(-0.5)
    meeting.run = {"elapsed_s": 700}
    assert upcoming([meeting], NOW) == []
    assert debriefs_to_write([meeting]) == [meeting]
    meeting.debrief.completed = True
    assert debriefs_to_write([meeting]) == []
