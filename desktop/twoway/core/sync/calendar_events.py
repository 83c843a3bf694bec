"""Events read out of iCalendar text: each timed occurrence in a window (recurring events
expanded with recurring-ical-events), with its attendees and call link.

An occurrence is known by its event's UID plus, for recurring events, its RECURRENCE-ID
(`UID|20260105T090000Z`, in UTC). Times without a time zone ("floating") are the
computer's local time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import icalendar
import recurring_ical_events

_CALL_LINK = re.compile(
    r"https?://[^\s<>\"']*(?:zoom\.us|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com"
    r"|meet\.jit\.si|jitsi\.[a-z.]+|8x8\.vc)[^\s<>\"']*",
    re.IGNORECASE,
)
STAMP = "%Y%m%dT%H%M%SZ"  # a RECURRENCE-ID in an occurrence key


@dataclass
class Occurrence:
    key: str
    uid: str
    href: str
    start: datetime
    minutes: int
    title: str
    cancelled: bool
    attendees: list[tuple[str, str]]  # (name, email), the user's own address left out
    call_link: str


def find_call_link(*texts: str) -> str:
    for text in texts:
        found = _CALL_LINK.search(text or "")
        if found:
            return found.group(0).rstrip(".,;)")
    return ""


def to_utc(value: object) -> datetime | None:
    if isinstance(value, datetime):
        # A floating time (no TZID, no Z) is wall-clock time where the user is: a naive
        # datetime's astimezone() reads it in the local time zone.
        return value.astimezone(UTC)
    return None  # an all-day event: not a call


def _address(value: Any) -> tuple[str, str]:  # an icalendar vCalAddress or text
    email = str(value)
    if email.lower().startswith("mailto:"):
        email = email[7:]
    name = str(value.params.get("CN", "")) if hasattr(value, "params") else ""
    return name.strip(), email.strip()


def _occurrence(
    component: icalendar.Component, href: str, own: set[str], recurring: set[str]
) -> Occurrence | None:
    start = to_utc(component.decoded("DTSTART", None))
    if start is None:
        return None
    end = to_utc(component.decoded("DTEND", None)) if "DTEND" in component else None
    if end is None:
        duration = component.decoded("DURATION", None)
        end = start + (duration if isinstance(duration, timedelta) else timedelta())
    uid = str(component.get("UID", ""))
    recurrence = component.get("RECURRENCE-ID")
    key = uid
    # The expansion stamps every occurrence with a RECURRENCE-ID; only a recurring
    # event's occurrences need it to tell them apart.
    if recurrence is not None and uid in recurring:
        moment = recurrence.dt
        stamp = (
            moment
            if isinstance(moment, datetime)
            else datetime.combine(moment, datetime.min.time())
        )
        key = f"{uid}|{(to_utc(stamp) or stamp).strftime(STAMP)}"
    organizer = _address(component["ORGANIZER"])[1].casefold() if "ORGANIZER" in component else ""
    attendees = []
    raw = component.get("ATTENDEE", [])
    for value in raw if isinstance(raw, list) else [raw]:
        name, email = _address(value)
        if email.casefold() in own:
            continue
        attendees.append((name, email))
    if (
        own  # with the user's own addresses unknown, the organizer is taken to be the user
        and organizer
        and organizer not in own
        and not any(e.casefold() == organizer for _, e in attendees)
    ):
        attendees.append(_address(component["ORGANIZER"]))
    return Occurrence(
        key=key,
        uid=uid,
        href=href,
        start=start,
        minutes=max(0, round((end - start).total_seconds() / 60)),
        title=str(component.get("SUMMARY", "")).strip(),
        cancelled=str(component.get("STATUS", "")).upper() == "CANCELLED",
        attendees=attendees,
        call_link=find_call_link(
            str(component.get("LOCATION", "")),
            str(component.get("URL", "")),
            str(component.get("X-GOOGLE-CONFERENCE", "")),
            str(component.get("DESCRIPTION", "")),
        ),
    )


def occurrences(
    documents: Iterable[tuple[str, str]],
    start: datetime,
    end: datetime,
    own: set[str],
    broken: set[str] | None = None,
) -> dict[str, Occurrence]:
    """Every timed event occurrence in [start, end) of the given (href, iCalendar text).
    Documents that cannot be read are skipped and their href added to `broken`."""
    found: dict[str, Occurrence] = {}
    for href, text in documents:
        try:
            calendar = icalendar.Calendar.from_ical(text)
            expanded = recurring_ical_events.of(calendar, skip_bad_series=True).between(start, end)
        except Exception:  # one broken event costs only itself
            if broken is not None:
                broken.add(href)
            continue
        recurring = {
            str(c.get("UID", ""))
            for c in calendar.walk("VEVENT")
            if "RRULE" in c or "RDATE" in c or "RECURRENCE-ID" in c
        }
        for component in expanded:
            if component.name != "VEVENT":
                continue
            occurrence = _occurrence(component, href, own, recurring)
            if occurrence is not None:
                found[occurrence.key] = occurrence
    return found
