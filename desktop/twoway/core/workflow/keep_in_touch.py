"""Keep in touch: how often to reconnect with a contact, who is due, and talks logged.

A contact's cadence is their own, or else the shortest one of their tags (Settings keeps
those); the clock starts again whenever a meeting is held or a talk is logged, both of
which move the contact's last interaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the settings read CADENCES at start-up, before any record is needed
    from twoway.core.records import Contact, Talk

# The choices offered, in days: none, 2 weeks, 1, 2 and 3 months, 6 months.
CADENCES = (0, 14, 30, 61, 91, 182)


def cadence_of(contact: Contact, tag_cadences: Mapping[str, int] | None = None) -> int:
    """The contact's own cadence; without one, the shortest of their tags' (0: none)."""
    if contact.keep_in_touch_days:
        return contact.keep_in_touch_days
    return cadence_from_tags(contact, tag_cadences)[0]


def cadence_from_tags(contact: Contact, tag_cadences: Mapping[str, int] | None) -> tuple[int, str]:
    """The shortest cadence among the contact's tags, and the tag (as the contact spells
    it) that gives it; (0, "") when none of their tags has one. Tags match whatever
    their case; `tag_cadences` is keyed by the case-folded tag."""
    by_tag = [
        (days, tag)
        for tag in contact.tags
        if (days := (tag_cadences or {}).get(tag.strip().casefold(), 0)) > 0
    ]
    return min(by_tag, key=lambda pair: pair[0], default=(0, ""))


@dataclass(frozen=True)
class Due:
    contact: Contact
    due_on: date  # the day reconnecting was due; today for someone never met
    cadence_days: int


def due_to_reconnect(
    contacts: Iterable[Contact], today: date, tag_cadences: Mapping[str, int] | None = None
) -> list[Due]:
    """Contacts whose cadence has passed since the last interaction, longest overdue first."""
    due = []
    for contact in contacts:
        days = cadence_of(contact, tag_cadences)
        if days <= 0:
            continue
        last = contact.last_interaction
        due_on = today if last is None else last + timedelta(days=days)
        if due_on <= today:
            due.append(Due(contact, due_on, days))
    return sorted(due, key=lambda d: (d.due_on, d.contact.name.casefold()))


def log_talk(contact: Contact, talk: Talk, today: date) -> None:
    """Keep the talk (in date order) and count it as an interaction on its day; a talk
    dated in the future counts from today, so no reminder is silenced ahead of time."""
    contact.talks.append(talk)
    contact.talks.sort(key=lambda t: t.day)
    counted = min(talk.day, today)
    if contact.last_interaction is None or counted > contact.last_interaction:
        contact.last_interaction = counted
    from twoway.core.records import utc_now

    contact.updated = utc_now()
