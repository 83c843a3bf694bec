"""What the Today view shows: the meetings coming up and the debriefs still to write."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from twoway.core.records import Meeting, MeetingStatus
from twoway.core.workflow.meetings import meeting_date

# A meeting that started up to this long ago is still "coming up": it may be running late.
GRACE = timedelta(hours=2)


def _when(meeting: Meeting) -> tuple[bool, datetime]:
    # Unscheduled meetings come after the scheduled ones, newest plan first among them.
    if meeting.scheduled is not None:
        return False, meeting.scheduled
    return True, meeting.created


def upcoming(meetings: Iterable[Meeting], now: datetime) -> list[Meeting]:
    """Planned meetings not yet run: scheduled from a little while ago on, then unscheduled."""
    chosen = [
        m
        for m in meetings
        if m.status is MeetingStatus.PLANNED
        and m.run is None
        and (m.scheduled is None or m.scheduled >= now - GRACE)
    ]
    return sorted(chosen, key=_when)


def missed(meetings: Iterable[Meeting], now: datetime) -> list[Meeting]:
    """Planned meetings whose time passed without being run: to mark done or re-plan."""
    chosen = [
        m
        for m in meetings
        if m.status is MeetingStatus.PLANNED
        and m.run is None
        and m.scheduled is not None
        and m.scheduled < now - GRACE
    ]
    return sorted(chosen, key=_when)


def debriefs_to_write(meetings: Iterable[Meeting], now: datetime) -> list[Meeting]:
    """Meetings run whose debrief is not saved yet, and planned ones whose time passed
    without the timer (met in person, or missed: a debrief or a new time settles them),
    latest first. Nothing planned drops out of sight because its time went by."""
    meetings = list(meetings)
    chosen = [m for m in meetings if m.run is not None and not m.debrief.completed]
    chosen += missed(meetings, now)
    return sorted(chosen, key=lambda m: meeting_date(m) or m.updated, reverse=True)


def debrief_to_open(meetings: Iterable[Meeting], now: datetime) -> Meeting | None:
    """The debrief "open the last debrief" means: the latest one still to write (a run
    meeting's, or a planned one's whose time passed), else the meeting run most recently;
    None when there is neither."""
    meetings = list(meetings)
    waiting = debriefs_to_write(meetings, now)
    run = [m for m in meetings if m.run]
    return waiting[0] if waiting else max(run, key=lambda m: m.updated, default=None)
