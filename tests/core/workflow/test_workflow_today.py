"""What Today lists: meetings coming up, meetings missed, debriefs to write."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from twoway.core.records import Meeting, MeetingStatus
from twoway.core.workflow.meetings import debrief_can_be_saved
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
    assert debriefs_to_write([meeting], NOW) == [meeting]
    meeting.debrief.completed = True
    assert debriefs_to_write([meeting], NOW) == []


def test_a_planned_meeting_whose_time_passed_waits_for_its_debrief_not_in_silence():
    held_in_person, ahead = planned(-5), planned(3)
    run = planned(-1)
    run.run = {"started_at": (NOW - timedelta(hours=1)).isoformat(), "elapsed_s": 900}
    assert debriefs_to_write([ahead, held_in_person, run], NOW) == [run, held_in_person]
    held_in_person.status = MeetingStatus.DONE  # its debrief was saved
    held_in_person.debrief.completed = True
    assert debriefs_to_write([ahead, held_in_person], NOW) == []


def test_a_debrief_can_be_saved_once_the_meeting_time_has_come():
    assert debrief_can_be_saved(planned(-0.25), NOW)
    assert not debrief_can_be_saved(planned(2), NOW)
    assert not debrief_can_be_saved(planned(None), NOW)
    assert not debrief_can_be_saved(planned(-3, status=MeetingStatus.DECLINED), NOW)
    run = planned(2)
    run.run = {"elapsed_s": 60}
    assert debrief_can_be_saved(run, NOW)
