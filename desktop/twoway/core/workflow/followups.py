"""From a debrief to follow-ups, and the life of a follow-up: due, snoozed, done.

A debrief makes up to three follow-ups: the agreed next step (by its deadline), the
follow-up date, and a thank-you note if it was not sent yet. Their ids come from the
meeting's id, so saving the debrief again updates them instead of adding copies.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from twoway.core.marks import QT_TRANSLATE_NOOP
from twoway.core.records import Contact, FollowUp, Meeting, utc_now

SOON_DAYS = 7


FOLLOW_UP_TEXT = QT_TRANSLATE_NOOP("FollowUps", "Follow up with {name}")
THANK_YOU_TEXT = QT_TRANSLATE_NOOP("FollowUps", "Send a thank-you note to {name}")
SOMEONE = QT_TRANSLATE_NOOP("FollowUps", "your contact")


class Due(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    SOON = "soon"  # within SOON_DAYS
    LATER = "later"
    DONE = "done"


def due_state(followup: FollowUp, today: date) -> Due:
    if followup.done:
        return Due.DONE
    if followup.due < today:
        return Due.OVERDUE
    if followup.due == today:
        return Due.TODAY
    if followup.due <= today + timedelta(days=SOON_DAYS):
        return Due.SOON
    return Due.LATER


def followup_id(meeting_id: str, kind: str) -> str:
    return f"f-{meeting_id.removeprefix('m-')}-{kind}"


@dataclass(frozen=True)
class FollowUpChanges:
    put: tuple[FollowUp, ...]
    delete: tuple[str, ...]


def followups_from_debrief(
    meeting: Meeting,
    contact_name: str,
    existing: dict[str, FollowUp],
    today: date,
    *,
    texts: tuple[str, str, str] = (FOLLOW_UP_TEXT, THANK_YOU_TEXT, SOMEONE),
) -> FollowUpChanges:
    """The follow-ups a debrief asks for, as changes to the stored ones.

    `existing` holds the stored follow-ups by id; ones already done are left alone, and
    open ones the debrief no longer asks for are removed. `texts` are the (translated)
    follow-up, thank-you and no-name wordings.
    """
    follow_text, thanks_text, someone = texts
    name = contact_name.strip() or someone
    debrief = meeting.debrief
    wanted: dict[str, tuple[str, date]] = {}
    if debrief.next_step.strip():
        due = debrief.next_step_due or debrief.follow_up_on or today
        wanted[followup_id(meeting.id, "next")] = (debrief.next_step.strip(), due)
    if debrief.follow_up_on is not None:
        wanted[followup_id(meeting.id, "check-in")] = (
            follow_text.format(name=name),
            debrief.follow_up_on,
        )
    if not debrief.thank_you_sent:
        wanted[followup_id(meeting.id, "thanks")] = (thanks_text.format(name=name), today)

    put = []
    for fid, (text, due) in wanted.items():
        old = existing.get(fid)
        if old is not None and old.done:
            continue
        if old is not None and (old.text, old.due) == (text, due):
            continue
        if old is not None:
            put.append(replace(old, text=text, due=due, updated=utc_now()))
        else:
            put.append(
                FollowUp(
                    text=text,
                    due=due,
                    contact_id=meeting.contact_id,
                    meeting_id=meeting.id,
                    id=fid,
                )
            )
    kinds = ("next", "check-in", "thanks")
    delete = tuple(
        fid
        for kind in kinds
        if (fid := followup_id(meeting.id, kind)) in existing
        and fid not in wanted
        and not existing[fid].done
    )
    return FollowUpChanges(tuple(put), delete)


def mark_done(followup: FollowUp, today: date, contact: Contact | None = None) -> Contact | None:
    """Tick a follow-up off. Returns the contact with its last interaction moved to
    today (or None when there is no contact, or it already had a later one)."""
    followup.done = True
    followup.done_on = today
    followup.updated = utc_now()
    if contact is None:
        return None
    if contact.last_interaction is not None and contact.last_interaction >= today:
        return None
    contact.last_interaction = today
    contact.updated = utc_now()
    return contact


def mark_open(
    followup: FollowUp, ticked: tuple[Contact, date | None] | None = None
) -> Contact | None:
    """Untick a follow-up. `ticked`: the contact whose last interaction the tick moved,
    and the date it had before, when the caller remembers them. A tick taken back is no
    interaction: the contact gets that date back, unless something since (a meeting, a
    talk, another follow-up) moved it on. Returns the contact when it changed."""
    done_on = followup.done_on
    followup.done = False
    followup.done_on = None
    followup.updated = utc_now()
    if ticked is None or done_on is None:
        return None
    contact, before = ticked
    if contact.last_interaction != done_on:
        return None
    contact.last_interaction = before
    contact.updated = utc_now()
    return contact


def snooze(followup: FollowUp, today: date, days: int = 1) -> None:
    """Move the due date `days` after today, or after its due date if that is later."""
    followup.due = max(followup.due, today) + timedelta(days=days)
    followup.updated = utc_now()


def local_date(moment: datetime) -> date:
    """The user's calendar date at a moment (the clock gives UTC)."""
    return moment.astimezone().date()
