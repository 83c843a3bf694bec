"""The user's records: contacts, their agenda, meetings (with request, prep, run and
debrief), follow-ups and checklist templates. Plain dataclasses, no storage logic;
`twoway.core.store` reads and writes them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any


def new_id(prefix: str) -> str:
    """A short, stable, file-name-safe id, unique across machines that sync."""
    # 48 random bits from the system's generator, as uuid4 gave them, without building a
    # UUID object for each of the thousands of contacts an import makes.
    return f"{prefix}-{os.urandom(6).hex()}"


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class TalkKind(StrEnum):
    CALL = "call"
    COFFEE = "coffee"
    MESSAGE = "message"
    NOTE = "note"


@dataclass
class Talk:
    """A talk that was not a planned meeting (a call, a coffee, a message), or a note."""

    day: date
    kind: TalkKind = TalkKind.CALL
    note: str = ""


@dataclass
class Contact:
    name: str
    id: str = field(default_factory=lambda: new_id("c"))
    company: str = ""
    role: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    linkedin: str = ""
    website: str = ""
    met_how: str = ""  # how and where we met
    tags: list[str] = field(default_factory=list)
    offers: str = ""  # what they offer
    needs: str = ""  # what they need or are working on
    notes: str = ""
    created: datetime = field(default_factory=utc_now)
    updated: datetime = field(default_factory=utc_now)
    last_interaction: date | None = None
    keep_in_touch_days: int | None = None  # None: no reminder; else reconnect after so many days
    talks: list[Talk] = field(default_factory=list)  # oldest first


@dataclass
class AgendaItem:
    text: str
    id: str = field(default_factory=lambda: new_id("a"))
    done: bool = False


@dataclass
class Agenda:
    """The user's "know what you need": a goal, concrete needs, and what they can offer."""

    goal: str = ""
    needs: list[AgendaItem] = field(default_factory=list)
    offers: list[AgendaItem] = field(default_factory=list)
    updated: datetime = field(default_factory=utc_now)


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"
    DECLINED = "declined"


class Fit(StrEnum):
    NONE = "none"
    PURCHASE = "purchase"
    REFERRAL = "referral"
    COLLABORATION = "collaboration"


@dataclass
class Request:
    """The message asking for the meeting, built by the request composer; and the reply
    declining a meeting asked for, or offering a shorter one."""

    intent: str = ""
    their_benefit: str = ""
    topics: str = ""
    minutes: int = 0  # taken from the format's slot
    way_out: str = ""  # a guilt-free way to say no
    message: str = ""  # the final text, as edited by the user
    # The text the composer made that `message` came from; a message that differs was
    # edited by hand. Empty in files from before it was kept.
    composed: str = ""
    sent: bool = False
    decline_message: str = ""  # the reply saying no, or offering a shorter call


@dataclass
class ChecklistItem:
    text: str
    section: str = ""
    done: bool = False


@dataclass
class Prep:
    items: list[ChecklistItem] = field(default_factory=list)
    introduction: str = ""  # a short self-introduction that leads to why this call
    questions: list[str] = field(default_factory=list)
    help_ideas: list[str] = field(default_factory=list)
    cues: dict[int, str] = field(default_factory=dict)  # format phase index -> overlay cue
    closing_line: str = ""

    @property
    def progress(self) -> tuple[int, int]:
        return sum(item.done for item in self.items), len(self.items)


@dataclass
class Debrief:
    value_for_me: str = ""
    value_for_them: str = ""
    exchanged: str = ""  # ideas and names exchanged
    fit: Fit = Fit.NONE
    next_step: str = ""
    next_step_due: date | None = None
    follow_up_on: date | None = None
    thank_you_sent: bool = False
    completed: bool = False


@dataclass
class Meeting:
    contact_id: str  # empty for a quick start with no contact
    format_id: str
    id: str = field(default_factory=lambda: new_id("m"))
    scheduled: datetime | None = None
    status: MeetingStatus = MeetingStatus.PLANNED
    # Planned from a calendar event: its UID and, for one occurrence of a recurring event,
    # its RECURRENCE-ID in UTC ("20260105T090000Z"). Kept here, in the synced data folder,
    # so that no computer writes the meeting out as an event again or suggests the event.
    event_uid: str = ""
    event_recurrence_id: str = ""
    request: Request = field(default_factory=Request)
    prep: Prep = field(default_factory=Prep)
    run: dict[str, Any] | None = None
    # RunRecord.to_dict() once the meeting has been run
    debrief: Debrief = field(default_factory=Debrief)
    created: datetime = field(default_factory=utc_now)
    updated: datetime = field(default_factory=utc_now)


@dataclass
class FollowUp:
    text: str
    due: date
    contact_id: str = ""
    meeting_id: str = ""
    id: str = field(default_factory=lambda: new_id("f"))
    done: bool = False
    done_on: date | None = None
    created: datetime = field(default_factory=utc_now)
    updated: datetime = field(default_factory=utc_now)


@dataclass
class ChecklistTemplate:
    name: str
    items: list[ChecklistItem] = field(default_factory=list)
    id: str = field(default_factory=lambda: new_id("t"))
    builtin: bool = False
