"""Calendar in: events of the next 14 days that look like one-to-ones become "from your
calendar" suggestions; planning one makes a Twoway meeting linked to the event by its UID,
and a moved or cancelled event moves or cancels the meeting.

The meeting keeps the event's UID (and RECURRENCE-ID) in the data folder, so another
computer sharing it does not suggest the event again and links the meeting to the event
in its own sync state when it finds the event, to follow it too.

Recurring events are expanded with recurring-ical-events. An occurrence is known by its
event's UID plus, for recurring events, its RECURRENCE-ID, so moving one occurrence of a
weekly call moves only that meeting. Moving the whole series gives every occurrence a new
RECURRENCE-ID; a linked one then follows the occurrence of the same series that took its
place. Times without a time zone ("floating") are the computer's local time.

Events Twoway wrote itself (calendar out, or an ICS export imported into a calendar) are
never suggested: they are meetings already.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING, Any

import icalendar

from twoway.core.interop.common import fold_text
from twoway.core.interop.ics_export import item_uid
from twoway.core.interop.plan import _Index
from twoway.core.marks import QT_TRANSLATE_NOOP, Message, message
from twoway.core.records import Contact, Meeting, MeetingStatus
from twoway.core.sync.calendar_events import STAMP, Occurrence, occurrences, to_utc
from twoway.core.workflow.meetings import plan_meeting

if TYPE_CHECKING:
    from twoway.core.store import Store

# The current text of the event at an href, or None when it is gone.
Fetch = Callable[[str], str | None]

WINDOW_DAYS = 14
_FOLLOW_DAYS = 400  # how far a linked event is looked for once it left the window
_LONGEST_ONE_TO_ONE = 90  # minutes; longer events are workshops, not calls
# Slot length in minutes -> built-in format; anything else is the nearest of these.
FORMAT_BY_MINUTES = {15: "minimastermind", 20: "twenty-minute", 30: "coffee-chat"}
_OWN_UID_END = item_uid("")  # every UID Twoway writes ends so


@dataclass
class Suggestion:
    """An event that looks like a one-to-one, not yet planned in Twoway."""

    key: str
    uid: str
    href: str
    start: str  # ISO 8601, UTC
    minutes: int
    title: str
    name: str
    email: str
    call_link: str
    format_id: str
    contact_id: str = ""  # an existing contact it matches
    account_id: str = ""

    @property
    def start_time(self) -> datetime:
        return datetime.fromisoformat(self.start)


@dataclass
class CalendarNews:
    suggestions: list[Suggestion] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)  # "moved", "cancelled"
    updated: int = 0


def guess_format(minutes: int) -> str:
    nearest = min(FORMAT_BY_MINUTES, key=lambda slot: (abs(slot - minutes), slot))
    return FORMAT_BY_MINUTES[nearest]


def _person(
    occurrence: Occurrence, contacts: Iterable[Contact], index: _Index
) -> tuple[str, str, str] | None:
    """(name, email, contact id) when the event looks like a one-to-one, else None."""
    if len(occurrence.attendees) == 1:
        name, email = occurrence.attendees[0]
        match = index.find(Contact(name=name or email, emails=[email] if email else []))
        if match is not None:
            return match[0].name, email, match[0].id
        return name or email.split("@")[0], email, ""
    if len(occurrence.attendees) > 1:
        return None
    title = fold_text(occurrence.title)
    if not title:
        return None
    for contact in contacts:
        folded = fold_text(contact.name)
        if folded and len(folded) > 2 and re.search(rf"\b{re.escape(folded)}\b", title):
            email = contact.emails[0] if contact.emails else ""
            return contact.name, email, contact.id
    return None


def suggest(
    found: dict[str, Occurrence],
    contacts: Iterable[Contact],
    linked: set[str],
    account_id: str,
    written: Iterable[str] = (),
) -> list[Suggestion]:
    """Suggestions from the one-to-one looking occurrences of `found`, leaving out those
    already linked and Twoway's own events (its UIDs, or an href in `written`)."""
    contacts = list(contacts)
    index = _Index(contacts)
    ours = set(written)
    suggestions = []
    for occurrence in sorted(found.values(), key=lambda o: (o.start, o.key)):
        if occurrence.key in linked or occurrence.cancelled:
            continue
        if occurrence.uid.endswith(_OWN_UID_END) or occurrence.href in ours:
            continue
        if not 5 <= occurrence.minutes <= _LONGEST_ONE_TO_ONE:
            continue
        person = _person(occurrence, contacts, index)
        if person is None:
            continue
        name, email, contact_id = person
        suggestions.append(
            Suggestion(
                key=occurrence.key,
                uid=occurrence.uid,
                href=occurrence.href,
                start=occurrence.start.isoformat(),
                minutes=occurrence.minutes,
                title=occurrence.title,
                name=name,
                email=email,
                call_link=occurrence.call_link,
                format_id=guess_format(occurrence.minutes),
                contact_id=contact_id,
                account_id=account_id,
            )
        )
    return suggestions


def suggestion_from_dict(data: dict[str, Any]) -> Suggestion:
    return Suggestion(**data)


def plan_suggestion(
    store: Store, state: dict[str, Any], suggestion: Suggestion, format_id: str = ""
) -> Meeting:
    """Make the suggestion a planned meeting: the contact found or created from the
    attendee, the format guessed (or chosen), the call link kept; the event is linked."""
    planned = _planned_from(store, suggestion.key)
    if planned is not None:  # planned on another computer meanwhile: that meeting it is
        _link(state, suggestion, planned.id)
        return planned
    contact = store.contacts.get(suggestion.contact_id) if suggestion.contact_id else None
    if contact is None:
        probe = Contact(name=suggestion.name, emails=[suggestion.email] if suggestion.email else [])
        match = _Index(store.contacts.values()).find(probe)
        if match is not None:
            contact = match[0]
        else:
            contact = probe
            store.put_contact(contact)
    meeting = plan_meeting(
        contact.id,
        format_id or suggestion.format_id,
        suggestion.minutes,
        store.templates,
        scheduled=suggestion.start_time,
    )
    mark_event(meeting, suggestion.key, suggestion.uid)
    store.put_meeting(meeting)
    _link(state, suggestion, meeting.id)
    return meeting


def _link(state: dict[str, Any], suggestion: Suggestion, meeting_id: str) -> None:
    section = state["calendar_in"]
    section["links"][suggestion.key] = {
        "meeting": meeting_id,
        "uid": suggestion.uid,
        "href": suggestion.href,
        "start": suggestion.start,
        "call_link": suggestion.call_link,
    }
    section["suggestions"].pop(suggestion.key, None)


def event_key(meeting: Meeting) -> str:
    """The occurrence key of the event a meeting was planned from ('' when none)."""
    if not meeting.event_uid:
        return ""
    if meeting.event_recurrence_id:
        return f"{meeting.event_uid}|{meeting.event_recurrence_id}"
    return meeting.event_uid


def mark_event(meeting: Meeting, key: str, uid: str) -> bool:
    """Keep in the meeting which event occurrence it was planned from; True if changed."""
    if event_key(meeting) == key:
        return False
    meeting.event_uid = uid
    meeting.event_recurrence_id = key[len(uid) + 1 :] if key.startswith(f"{uid}|") else ""
    return True


def planned_keys(store: Store) -> set[str]:
    """The events already planned as a meeting (or held), on this computer or another."""
    return {
        event_key(m)
        for m in store.meetings.values()
        if m.event_uid and m.status in (MeetingStatus.PLANNED, MeetingStatus.DONE)
    }


def _planned_from(store: Store, key: str) -> Meeting | None:
    return next(
        (
            m
            for m in store.meetings.values()
            if m.status == MeetingStatus.PLANNED and m.event_uid and event_key(m) == key
        ),
        None,
    )


def adopt_links(store: Store, state: dict[str, Any], found: dict[str, Occurrence]) -> None:
    """Link here the meetings planned from an event found in this calendar on another
    computer (or before this computer's sync state was made), so that this computer
    follows the event too."""
    links = state["calendar_in"]["links"]
    linked = {link["meeting"] for link in links.values()}
    for meeting in store.meetings.values():
        key = event_key(meeting)
        occurrence = found.get(key) if key else None
        if occurrence is None or key in links or meeting.id in linked:
            continue
        if meeting.status != MeetingStatus.PLANNED:
            continue
        links[key] = {
            "meeting": meeting.id,
            "uid": meeting.event_uid,
            "href": occurrence.href,
            "start": occurrence.start.isoformat(),
            "call_link": occurrence.call_link,
        }


def call_link_for(states: Iterable[dict[str, Any]], meeting_id: str) -> str:
    """The call link kept for a meeting planned from a calendar event ('' when none)."""
    for state in states:
        for link in state["calendar_in"]["links"].values():
            if link["meeting"] == meeting_id:
                kept: str = link.get("call_link", "")
                return kept
    return ""


def linked_meeting_ids(states: Iterable[dict[str, Any]]) -> set[str]:
    return {link["meeting"] for state in states for link in state["calendar_in"]["links"].values()}


def _slot(key: str, uid: str, start: datetime) -> datetime:
    """The moment an occurrence key names: its RECURRENCE-ID, or `start` for a single event."""
    try:
        return datetime.strptime(key[len(uid) + 1 :], STAMP).replace(tzinfo=UTC)
    except ValueError:
        return start


def _excluded(text: str, uid: str) -> set[datetime]:
    """The EXDATEs of the series `uid` in `text`: occurrences deleted one by one."""
    gone: set[datetime] = set()
    for component in icalendar.Calendar.from_ical(text).walk("VEVENT"):
        if str(component.get("UID", "")) != uid:
            continue
        raw = component.get("EXDATE", [])
        for entry in raw if isinstance(raw, list) else [raw]:
            gone.update(m for m in (to_utc(d.dt) for d in getattr(entry, "dts", [])) if m)
    return gone


def _replacement(
    key: str, link: dict[str, Any], later: dict[str, Occurrence], taken: set[str], text: str
) -> Occurrence | None:
    """The occurrence that took the place of the linked one when the whole series moved
    (every RECURRENCE-ID changed with it): the same series' nearest occurrence, closer
    than half the series' spacing and linked to no other meeting. None when the slot was
    deleted on its own (an EXDATE) or the series no longer comes near it."""
    uid = link["uid"]
    old = _slot(key, uid, datetime.fromisoformat(link["start"]))
    if old in _excluded(text, uid):
        return None
    series = sorted((_slot(o.key, uid, o.start), o.key, o) for o in later.values() if o.uid == uid)
    gaps = [b[0] - a[0] for a, b in pairwise(series) if b[0] > a[0]]
    reach = min(gaps) / 2 if gaps else timedelta(hours=12)
    nearest = min(
        ((abs(slot - old), k, o) for slot, k, o in series if k not in taken), default=None
    )
    return nearest[2] if nearest is not None and nearest[0] < reach else None


def _label(store: Store, meeting: Meeting) -> str:
    contact = store.contacts.get(meeting.contact_id)
    return contact.name if contact else meeting.id


def follow_links(
    store: Store,
    state: dict[str, Any],
    found: dict[str, Occurrence],
    fetch: Fetch,
    now: datetime,
    broken: frozenset[str] = frozenset(),
) -> CalendarNews:
    """Move or cancel meetings whose linked event moved or was cancelled. `fetch(href)`
    returns an event's current text (None when it is gone) for events outside the window.

    Only a clear answer changes a meeting: an event that cannot be read (a broken
    download) or that already lies in the past leaves its meeting as it is."""
    news = CalendarNews()
    links = state["calendar_in"]["links"]
    for key, link in list(links.items()):
        meeting = store.meetings.get(link["meeting"])
        if meeting is None or meeting.status != MeetingStatus.PLANNED:
            if meeting is None or meeting.status in (MeetingStatus.DONE, MeetingStatus.CANCELLED):
                links.pop(key)
            continue
        occurrence = found.get(key)
        if occurrence is None:
            if link["href"] in broken or datetime.fromisoformat(link["start"]) < now - timedelta(
                hours=1
            ):
                continue
            text = fetch(link["href"])
            if text is not None:
                unreadable: set[str] = set()
                later = occurrences(
                    [(link["href"], text)],
                    now - timedelta(days=1),
                    now + timedelta(days=_FOLLOW_DAYS),
                    set(),
                    unreadable,
                )
                if unreadable:
                    continue
                occurrence = later.get(key) or _replacement(key, link, later, set(links), text)
                if occurrence is not None and occurrence.key != key:
                    links[occurrence.key] = links.pop(key)  # the series moved: follow it
                    key = occurrence.key
        if occurrence is None or occurrence.cancelled:
            meeting.status = MeetingStatus.CANCELLED
            store.put_meeting(meeting)
            links.pop(key)
            news.updated += 1
            news.notes.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The meeting with %1 was cancelled in your calendar, so Twoway cancelled it too.",
                    ),
                    _label(store, meeting),
                )
            )
            continue
        if occurrence.call_link and occurrence.call_link != link.get("call_link"):
            link["call_link"] = occurrence.call_link
        # The series moved (a new key), or the link dates from before meetings kept it.
        changed = mark_event(meeting, key, link["uid"])
        scheduled = meeting.scheduled.astimezone(UTC) if meeting.scheduled else None
        if scheduled != occurrence.start:
            meeting.scheduled = occurrence.start
            changed = True
            link["start"] = occurrence.start.isoformat()
            news.updated += 1
            news.notes.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "The meeting with %1 moved to %2, as in your calendar."
                    ),
                    _label(store, meeting),
                    occurrence.start.strftime("%Y-%m-%d %H:%M UTC"),
                )
            )
        if changed:
            store.put_meeting(meeting)
    return news


def refresh(
    store: Store,
    state: dict[str, Any],
    documents: Iterable[tuple[str, str]],
    fetch: Fetch,
    now: datetime,
    own: set[str],
    account_id: str,
) -> CalendarNews:
    """One calendar-in pass over `documents` (href, text) covering now … now + 14 days."""
    broken: set[str] = set()
    found = occurrences(
        documents, now - timedelta(hours=1), now + timedelta(days=WINDOW_DAYS), own, broken
    )
    adopt_links(store, state, found)
    news = follow_links(store, state, found, fetch, now, frozenset(broken))
    linked = set(state["calendar_in"]["links"]) | planned_keys(store)
    written = (item["href"] for item in state["calendar_out"]["items"].values())
    fresh = suggest(found, store.contacts.values(), linked, account_id, written)
    previous = state["calendar_in"]["suggestions"]
    news.suggestions = [s for s in fresh if s.key not in previous]
    state["calendar_in"]["suggestions"] = {s.key: asdict(s) for s in fresh}
    return news


def window_bounds(now: datetime) -> tuple[str, str]:
    start = (now - timedelta(hours=1)).astimezone(UTC)
    end = (now + timedelta(days=WINDOW_DAYS)).astimezone(UTC)
    return start.strftime("%Y%m%dT%H%M%SZ"), end.strftime("%Y%m%dT%H%M%SZ")
