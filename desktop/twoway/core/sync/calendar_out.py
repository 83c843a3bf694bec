"""Calendar out: planned meetings and open follow-up deadlines written to the chosen
calendar, with the same UIDs the ICS export uses; updated when they change and removed
when cancelled or done.

Only items Twoway created are ever changed or removed: each one is remembered (its
address, ETag and a hash of what was written) in the sync state, and nothing else in the
calendar is touched. Meetings planned from a calendar event (on this computer or another
sharing the data folder: the meeting keeps the event's UID) are not written back: the
event is already there.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import icalendar

from twoway.core.formats import Format
from twoway.core.interop.ics_export import (
    PRODUCT_ID,
    followup_component,
    item_uid,
    meeting_component,
)
from twoway.core.records import MeetingStatus
from twoway.core.sync.dav import DavClient, PreconditionFailed

if TYPE_CHECKING:
    from twoway.core.store import Store

_STAMP = datetime(2000, 1, 1, tzinfo=UTC)  # fixed, so an unchanged item hashes the same


@dataclass
class OutResult:
    added: int = 0
    updated: int = 0
    removed: int = 0


def _wrap(component: icalendar.Component) -> str:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add_component(component)
    text: str = calendar.to_ical().decode("utf-8")
    return text


def wanted_items(
    store: Store, formats: Mapping[str, Format], tasks: bool, skip_meetings: set[str]
) -> dict[str, str]:
    """record id → the iCalendar text the calendar should hold for it."""
    wanted = {}
    contacts = store.contacts
    for meeting in store.meetings.values():
        if meeting.status != MeetingStatus.PLANNED or meeting.scheduled is None:
            continue
        if meeting.event_uid or meeting.id in skip_meetings:
            continue  # planned from a calendar event: the event is there already
        contact = contacts.get(meeting.contact_id)
        wanted[meeting.id] = _wrap(meeting_component(meeting, contact, formats, _STAMP))
    for followup in store.followups.values():
        if followup.done:
            continue
        contact = contacts.get(followup.contact_id)
        kind = "todo" if tasks else "event"
        wanted[followup.id] = _wrap(followup_component(followup, contact, _STAMP, kind))
    return wanted


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _stamped(text: str, now: datetime) -> str:
    # The stored hash ignores DTSTAMP; the server gets the real time of writing.
    return text.replace("DTSTAMP:20000101T000000Z", f"DTSTAMP:{now.strftime('%Y%m%dT%H%M%SZ')}")


def push(
    dav: DavClient, collection: str, state: dict[str, Any], wanted: dict[str, str], now: datetime
) -> OutResult:
    """Bring the calendar in line with `wanted`; state["calendar_out"]["items"] remembers
    what Twoway wrote, so only those items are ever updated or removed."""
    items = state["calendar_out"]["items"]
    result = OutResult()
    for record_id, text in wanted.items():
        digest = _digest(text)
        known = items.get(record_id)
        if known and known["hash"] == digest and known.get("collection") == collection:
            continue
        if known and known.get("collection") != collection:
            dav.delete(known["href"], None)  # the user chose another calendar
            items.pop(record_id)
            known = None
        href = known["href"] if known else f"{collection}{quote(record_id)}.ics"
        body = _stamped(text, now)
        try:
            etag = dav.put(href, body, "text/calendar", known["etag"] if known else None)
        except PreconditionFailed:
            current = dav.get(href)
            if current is None or item_uid(record_id) not in current.data:
                continue  # not ours after all: leave it alone
            etag = dav.put(href, body, "text/calendar", current.etag or "")
        items[record_id] = {"href": href, "etag": etag, "hash": digest, "collection": collection}
        if known:
            result.updated += 1
        else:
            result.added += 1
    for record_id in [rid for rid in items if rid not in wanted]:
        dav.delete(items[record_id]["href"], None)
        items.pop(record_id)
        result.removed += 1
    return result
