"""The meeting's own rules: its date, the Meetings list, a finished run kept with it, and
its debrief completed.

A meeting planned for tomorrow but held today was held today: every view (the debrief
header, a contact's history, "Last contact", Insights, the Meetings list) asks
`meeting_date` and so says the same.

The overlay, the tray, the command line and the main window all end meetings through
the same controller; whatever started it, the run is stored by `record_run`, before
anything is shown to the user, so nothing depends on a window being open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from twoway.core.records import ChecklistTemplate, Contact, FollowUp, Meeting, MeetingStatus
from twoway.core.run_record import RunRecord
from twoway.core.workflow.followups import FollowUpChanges, followups_from_debrief
from twoway.core.workflow.prep import prep_from_template, template_for_new_meetings
from twoway.core.workflow.search import fold

if TYPE_CHECKING:
    from twoway.core.store import Store


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


def debrief_can_be_saved(meeting: Meeting, now: datetime) -> bool:
    """Held, or planned for a time that has come (met without the timer): saving the
    debrief then counts it as held. A meeting still ahead has no debrief yet."""
    if meeting_was_held(meeting):
        return True
    return (
        meeting.status is MeetingStatus.PLANNED
        and meeting.scheduled is not None
        and meeting.scheduled <= now
    )


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
    dated = [(moment, m) for m in chosen if (moment := meeting_date(m)) is not None]
    undated = [m for m in chosen if meeting_date(m) is None]
    dated.sort(key=lambda pair: pair[0], reverse=newest_first)
    undated.sort(key=lambda m: m.created, reverse=True)
    return [m for _, m in dated] + undated


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


def contact_named(store: Store, name: str) -> str:
    """The id of the contact a typed name means; a new contact when nobody has it, so a
    quick meeting with a name joins a history instead of floating free. "" for no name."""
    wanted = fold(name.strip())
    if not wanted:
        return ""
    for contact in store.contacts.values():
        if fold(contact.name) == wanted:
            return contact.id
    contact = Contact(name=name.strip())
    store.put_contact(contact)
    return contact.id


def record_run(
    store: Store,
    record: RunRecord,
    *,
    meeting_id: str = "",
    contact_id: str = "",
    contact_name: str = "",
    now: datetime,
) -> Meeting:
    """Keep `record` with its planned meeting, or with a new one for a quick start.

    A planned meeting becomes held; the store alone decides what that means for the
    contact's last interaction (the day it was held, not the day it is written down).
    """
    meeting = store.meetings.get(meeting_id) if meeting_id else None
    if meeting is None:
        contact_id = contact_id or contact_named(store, contact_name)
        meeting = Meeting(contact_id=contact_id, format_id=record.format_id)
        meeting.scheduled = record.started_at
    meeting.run = record.to_dict()
    if meeting.status is MeetingStatus.PLANNED:
        meeting.status = MeetingStatus.DONE
    meeting.updated = now
    store.put_meeting(meeting)
    return meeting


def complete_debrief(
    meeting: Meeting,
    contact_name: str,
    existing: dict[str, FollowUp],
    today: date,
    texts: tuple[str, str, str],
) -> FollowUpChanges:
    """The debrief is written: the meeting counts as held, and the follow-ups it asks for
    are returned as changes to the stored ones (`existing`, this meeting's, by id).

    The contact's last interaction is not touched here: it is the day the meeting was held
    (the store keeps it from the meeting), not the day the debrief is written.
    """
    meeting.debrief.completed = True
    if meeting.status is MeetingStatus.PLANNED:
        meeting.status = MeetingStatus.DONE
    return followups_from_debrief(meeting, contact_name, existing, today, texts=texts)


def plan_meeting(
    contact_id: str,
    format_id: str,
    minutes: float,
    templates: Mapping[str, ChecklistTemplate],
    scheduled: datetime | None = None,
) -> Meeting:
    """A new planned meeting, however it is planned (the window, a calendar event): the
    format, the length the request asks for, and a fresh prep checklist from the
    template for new meetings."""
    prep = prep_from_template(template_for_new_meetings(templates))
    meeting = Meeting(contact_id=contact_id, format_id=format_id, scheduled=scheduled, prep=prep)
    meeting.request.minutes = round(minutes)
    return meeting
