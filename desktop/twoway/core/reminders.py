"""What to remind the user of, and when: a planned meeting about to start, follow-ups due.

Pure logic over records and a moment in time; the tray decides how to say it. Each
reminder is given once per run of the app.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import cast

from twoway.core.records import FollowUp, Meeting, MeetingStatus

MEETING_LEAD_S = 5 * 60


@dataclass(frozen=True)
class MeetingSoon:
    meeting: Meeting
    minutes_left: int  # rounded up: 4 min 10 s left reads "in 5 minutes"


@dataclass(frozen=True)
class FollowUpsDue:
    new: tuple[FollowUp, ...]  # due and not mentioned before
    total: int  # all follow-ups due now, mentioned or not


class Reminders:
    """Remembers what it already said, so every reminder comes once."""

    def __init__(self, lead_s: float = MEETING_LEAD_S) -> None:
        self.lead_s = lead_s
        self._told_meetings: set[tuple[str, datetime]] = set()
        self._told_followups: set[str] = set()

    def meetings_starting(self, meetings: Iterable[Meeting], now: datetime) -> list[MeetingSoon]:
        """Planned meetings that start within the lead time and were not announced yet.

        A meeting moved to a new time is announced again for the new time.
        """
        due = []
        for meeting in meetings:
            if meeting.status is not MeetingStatus.PLANNED or meeting.scheduled is None:
                continue
            left_s = (meeting.scheduled - now).total_seconds()
            key = (meeting.id, meeting.scheduled)
            if 0 < left_s <= self.lead_s and key not in self._told_meetings:
                self._told_meetings.add(key)
                due.append(MeetingSoon(meeting, math.ceil(left_s / 60)))
        # Only scheduled meetings are due, so every key is a datetime.
        return sorted(due, key=lambda soon: cast(datetime, soon.meeting.scheduled))

    def followups_due(self, followups: Iterable[FollowUp], today: date) -> FollowUpsDue | None:
        """Open follow-ups due today or earlier, when any of them was not mentioned yet."""
        due = [f for f in followups if not f.done and f.due <= today]
        new = tuple(f for f in due if f.id not in self._told_followups)
        if not new:
            return None
        self._told_followups.update(f.id for f in new)
        return FollowUpsDue(new=tuple(sorted(new, key=lambda f: f.due)), total=len(due))
