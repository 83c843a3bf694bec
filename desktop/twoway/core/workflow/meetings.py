"""One rule for a meeting's date, and the Meetings list's groups, search and order.

A meeting planned for tomorrow but held today was held today: every view (the debrief
header, a contact's history, "Last contact", Insights, the Meetings list) asks
`meeting_date` and so says the same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from enum import StrEnum

from twoway.core.records import Meeting, MeetingStatus
from twoway.core.workflow.fit import fold


def held_at(meeting: Meeting) -> datetime | None:
    """When the meeting's timer started, if it was run with the timer."""
    started = (meeting.run or {}).get("started_at") or ""
    if not started:
        return None
    try:
        moment = datetime.fromisoformat(started)
    except ValueError:
        return None  # a hand-edited run with an unreadable time: fall back to the plan
    return moment if moment.tzinfo else None


def meeting_was_held(meeting: Meeting) -> bool:
    """Run with the timer, or marked done by hand."""
    return bool(meeting.run) or meeting.status is MeetingStatus.DONE


def meeting_date(meeting: Meeting) -> datetime | None:
    """When it was held if it was; else when it is planned (None: no time set)."""
    return held_at(meeting) or meeting.scheduled


def meeting_day(meeting: Meeting) -> date | None:
    """The local day of `meeting_date`."""
    moment = meeting_date(meeting)
    return moment.astimezone().date() if moment else None


def last_held_day(meetings: Iterable[Meeting]) -> date | None:
    """The day of the latest meeting held: what "Last contact" counts from."""
    days = [meeting_day(m) for m in meetings if meeting_was_held(m)]
    return max((d for d in days if d is not None), default=None)


class MeetingGroup(StrEnum):
    UPCOMING = "upcoming"
    HELD = "held"
    DECLINED = "declined"  # declined or cancelled: it did not happen


def group_of(meeting: Meeting) -> MeetingGroup:
    if meeting.status in (MeetingStatus.DECLINED, MeetingStatus.CANCELLED):
        return MeetingGroup.DECLINED
    if meeting_was_held(meeting):
        return MeetingGroup.HELD
    return MeetingGroup.UPCOMING


def listed_meetings(
    meetings: Iterable[Meeting],
    group: MeetingGroup | None,
    query: str,
    contact_name: Callable[[str], str],
    *,
    newest_first: bool = True,
) -> list[Meeting]:
    """The meetings of one group (None: all) whose contact, topics or notes match the
    query, ordered by `meeting_date`; those without a time come last."""
    wanted = fold(query.strip())
    chosen = []
    for meeting in meetings:
        if group is not None and group_of(meeting) is not group:
            continue
        if wanted and wanted not in fold(_searchable(meeting, contact_name)):
            continue
        chosen.append(meeting)
    dated = [m for m in chosen if meeting_date(m) is not None]
    undated = [m for m in chosen if meeting_date(m) is None]
    dated.sort(key=lambda m: meeting_date(m), reverse=newest_first)
    undated.sort(key=lambda m: m.created, reverse=True)
    return dated + undated


def _searchable(meeting: Meeting, contact_name: Callable[[str], str]) -> str:
    return " ".join(
        [
            contact_name(meeting.contact_id),
            meeting.request.topics,
            meeting.request.intent,
            meeting.debrief.value_for_me,
            meeting.debrief.value_for_them,
            meeting.debrief.exchanged,
            meeting.debrief.next_step,
        ]
    )
