"""What the Today view shows: the meetings coming up and the debriefs still to write."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from twoway.core.records import Meeting, MeetingStatus

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


def debriefs_to_write(meetings: Iterable[Meeting]) -> list[Meeting]:
    """Meetings that were run but whose debrief is not saved yet, latest first."""
    chosen = [m for m in meetings if m.run is not None and not m.debrief.completed]
    return sorted(chosen, key=lambda m: m.updated, reverse=True)
