"""Planned meetings and follow-ups to an iCalendar file (RFC 5545), written with icalendar.

Each item's UID comes from its Twoway id, so importing a newer export into a calendar
updates the events already there instead of adding copies.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, time, timedelta
from typing import cast

import icalendar

from twoway.core.clock import Clock
from twoway.core.formats import Format
from twoway.core.records import Contact, FollowUp, Meeting, MeetingStatus

PRODUCT_ID = "-//Twoway//Twoway//EN"
DEFAULT_SLOT_MINUTES = 30


def item_uid(record_id: str) -> str:
    return f"{record_id}@twoway"


def _utc(moment: datetime) -> datetime:
    # Records hold aware UTC times; a naive one is taken as UTC too.
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def _sequence(created: datetime, updated: datetime) -> int:
    # Calendars keep the copy with the higher SEQUENCE; seconds since creation only grow
    # as the record is edited, so a newer export always wins without stored counters.
    return max(0, int((_utc(updated) - _utc(created)).total_seconds()))


def _slot_minutes(meeting: Meeting, formats: Mapping[str, Format]) -> float:
    fmt = formats.get(meeting.format_id)
    if fmt is not None:
        return fmt.slot_minutes
    return meeting.request.minutes or DEFAULT_SLOT_MINUTES


def _meeting_summary(meeting: Meeting, contact: Contact | None, fmt: Format | None) -> str:
    title = fmt.name if fmt else "Meeting"
    return f"{title} with {contact.name}" if contact else title


def _meeting_description(meeting: Meeting, contact: Contact | None) -> str:
    parts = []
    if contact and contact.company:
        parts.append(
            f"{contact.name}, {contact.role + ' at ' if contact.role else ''}{contact.company}"
        )
    if meeting.request.intent:
        parts.append(f"Why: {meeting.request.intent}")
    if meeting.request.topics:
        parts.append(f"Topics: {meeting.request.topics}")
    return "\n".join(parts)


def _meeting_event(
    meeting: Meeting, contact: Contact | None, formats: Mapping[str, Format], stamp: datetime
) -> icalendar.Event:
    assert meeting.scheduled is not None
    event = icalendar.Event()
    event.add("uid", item_uid(meeting.id))
    event.add("dtstamp", stamp)
    start = _utc(meeting.scheduled)
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=_slot_minutes(meeting, formats)))
    event.add("summary", _meeting_summary(meeting, contact, formats.get(meeting.format_id)))
    description = _meeting_description(meeting, contact)
    if description:
        event.add("description", description)
    planned = meeting.status == MeetingStatus.PLANNED
    event.add("status", "CONFIRMED" if planned else "CANCELLED")
    event.add("sequence", _sequence(meeting.created, meeting.updated))
    event.add("last-modified", _utc(meeting.updated))
    return event


def _followup_todo(followup: FollowUp, contact: Contact | None, stamp: datetime) -> icalendar.Todo:
    todo = icalendar.Todo()
    todo.add("uid", item_uid(followup.id))
    todo.add("dtstamp", stamp)
    todo.add("due", followup.due)
    todo.add("summary", f"{followup.text} ({contact.name})" if contact else followup.text)
    if followup.done:
        todo.add("status", "COMPLETED")
        done_on = followup.done_on or _utc(followup.updated).date()
        # COMPLETED must be a date-time; midday keeps the date right in every time zone.
        todo.add("completed", datetime.combine(done_on, time(12), tzinfo=UTC))
    else:
        todo.add("status", "NEEDS-ACTION")
    todo.add("sequence", _sequence(followup.created, followup.updated))
    todo.add("last-modified", _utc(followup.updated))
    return todo


def _followup_event(
    followup: FollowUp, contact: Contact | None, stamp: datetime
) -> icalendar.Event:
    """A follow-up as an all-day event on its due date, for calendars that show no tasks."""
    event = icalendar.Event()
    event.add("uid", item_uid(followup.id))
    event.add("dtstamp", stamp)
    event.add("dtstart", followup.due)
    event.add("dtend", followup.due + timedelta(days=1))
    event.add("summary", f"{followup.text} ({contact.name})" if contact else followup.text)
    event.add("transp", "TRANSPARENT")  # a deadline does not make the day busy
    # A done follow-up is cancelled, so calendars drop it, as they do a cancelled meeting.
    event.add("status", "CANCELLED" if followup.done else "CONFIRMED")
    event.add("sequence", _sequence(followup.created, followup.updated))
    event.add("last-modified", _utc(followup.updated))
    return event


def followup_component(
    followup: FollowUp, contact: Contact | None, stamp: datetime, deadlines_as: str
) -> icalendar.Component:
    """A follow-up as a to-do (`deadlines_as="todo"`) or as an all-day event ("event")."""
    if deadlines_as == "event":
        return _followup_event(followup, contact, stamp)
    return _followup_todo(followup, contact, stamp)


def meeting_component(
    meeting: Meeting, contact: Contact | None, formats: Mapping[str, Format], stamp: datetime
) -> icalendar.Event:
    return _meeting_event(meeting, contact, formats, stamp)


def calendar_meetings(meetings: Iterable[Meeting]) -> list[Meeting]:
    """The meetings a calendar export holds, in time order: scheduled and not yet held."""
    wanted = [m for m in meetings if m.scheduled is not None and m.status != MeetingStatus.DONE]
    return sorted(wanted, key=lambda m: (_utc(cast(datetime, m.scheduled)), m.id))  # all set


def calendar_to_ics(
    meetings: Iterable[Meeting],
    followups: Iterable[FollowUp],
    contacts: Mapping[str, Contact],
    formats: Mapping[str, Format],
    clock: Clock,
    deadlines_as: str = "todo",
) -> bytes:
    """Scheduled meetings as events (planned ones confirmed, cancelled or declined ones
    cancelled, so calendars drop them) and follow-ups as to-dos with their due dates.

    Meetings already held are left out: the calendar keeps what it had for them.
    With `deadlines_as="event"` follow-ups are all-day events instead, for calendars
    (and calendar apps) that show no tasks.
    """
    stamp = clock.wall().astimezone(UTC).replace(microsecond=0)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Twoway")
    for meeting in calendar_meetings(meetings):
        contact = contacts.get(meeting.contact_id)
        calendar.add_component(_meeting_event(meeting, contact, formats, stamp))
    for followup in sorted(followups, key=lambda f: (f.due, f.id)):
        contact = contacts.get(followup.contact_id)
        calendar.add_component(followup_component(followup, contact, stamp, deadlines_as))
    return cast(bytes, calendar.to_ical())
