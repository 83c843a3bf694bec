"""Records full of the text people really type (accents, scripts, emoji, long notes), and
helpers shared by the store tests."""

from __future__ import annotations

import os
import time
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from twoway.core.records import (
    Agenda,
    AgendaItem,
    ChecklistItem,
    ChecklistTemplate,
    Contact,
    Debrief,
    Fit,
    FollowUp,
    Meeting,
    MeetingStatus,
    Prep,
    Request,
)

ODD_TEXTS = [
    "Zoë Ångström-Núñez",
    "emoji 👩‍👩‍👧‍👦 🇫🇷 and a lone 🙂",
    "right to left: שלום עולם and مرحبا بالعالم",
    "combining marks: e\u0301 a\u0308 n\u0303 (not precomposed)",
    "lines\nand more lines\n\nwith a blank one\n",
    "windows lines\r\nkept\r\nexactly",
    "a lone carriage return\rhere",
    'quotes " and triple """ and \\ backslashes \\',
    "tabs\tand control \x01 \x7f characters",
    "  leading and trailing spaces  ",
    "trailing backslash \\",
    "'''single quotes'''",
    "line separator \u2028 and paragraph \u2029",
    "zero width\u200bjoiner\u200d and BOM \ufeff inside",
]

ONE_MB_NOTE = ("Notes from a long relationship — ünïcödé included. " * 20000)[: 1024 * 1024]


def contact(**changes) -> Contact:
    values = {
        "name": "Zoë Ångström-Núñez",
        "company": "Café Númeró Ltd.",
        "role": "Head of Growth",
        "emails": ["zoe@example.org", "z.angstrom@example.com"],
        "phones": ["+33 1 23 45 67 89"],
        "linkedin": "https://www.linkedin.com/in/zoe-angstrom",
        "website": "https://example.org/zoë",
        "met_how": "Met at the Lyon founders' breakfast",
        "tags": ["investor", "فرنسا", "🙂"],
        "offers": "Introductions to seed investors",
        "needs": "A designer who speaks Japanese\nand knows retail",
        "notes": "\n".join(ODD_TEXTS),
        "created": datetime(2025, 3, 1, 8, 30, tzinfo=UTC),
        "updated": datetime(2025, 6, 1, 9, 0, tzinfo=UTC),
        "last_interaction": date(2025, 6, 1),
    }
    values.update(changes)
    return Contact(**values)


def meeting(contact_id: str, **changes) -> Meeting:
    values = {
        "contact_id": contact_id,
        "format_id": "minimastermind",
        "scheduled": datetime(2025, 6, 2, 15, 0, tzinfo=timezone(timedelta(hours=2))),
        "status": MeetingStatus.DONE,
        "request": Request(
            intent="Learn how you hire designers",
            their_benefit="An intro to two people in Tokyo",
            topics="Hiring\nTokyo",
            minutes=15,
            way_out="If now is not good, no problem at all.",
            message="Hi Zoë,\r\n\r\nWould you have 15 minutes?\r\n\r\n— Sam",
            composed="Hello Zoë,\n\nI am writing to ask for a short call.\n\nThank you,\nSam",
            sent=True,
            decline_message="Hello Zoë,\n\nThank you for thinking of me 🙂\n\nKind regards,",
        ),
        "prep": Prep(
            items=[
                ChecklistItem("Read her posts", "Homework", True),
                ChecklistItem("Two questions 🙂", "Questions", False),
            ],
            introduction="I help retail teams — שלום — with data.",
            questions=["How do you hire?", "What is hard now?"],
            help_ideas=["Intro to Ana"],
            cues={0: "Ask about her offer", 2: "Thank her"},
            closing_line="Shall we each note one next step?",
        ),
        "run": {
            "format_id": "minimastermind",
            "started_at": "2025-06-02T13:00:00+00:00",
            "balance": {"them": 310.5, "me": 290.0},
            "phases": [{"title": "Their offer", "owner": "them", "actual_s": 301.2}],
            "swapped": False,
            "suspensions": 0,
        },
        "debrief": Debrief(
            value_for_me="A lead at Café Númeró",
            value_for_them="Two names",
            exchanged="Ana Lima; the book 'Deep Work'",
            fit=Fit.REFERRAL,
            next_step="Send the intro",
            next_step_due=date(2025, 6, 5),
            follow_up_on=date(2025, 6, 20),
            thank_you_sent=True,
            completed=True,
        ),
        "created": datetime(2025, 5, 30, 10, 0, tzinfo=UTC),
        "updated": datetime(2025, 6, 2, 16, 0, tzinfo=UTC),
    }
    values.update(changes)
    return Meeting(**values)


def followup(contact_id: str = "", **changes) -> FollowUp:
    values = {
        "text": "Send the intro to Ana — with a note 🙂",
        "due": date(2025, 6, 5),
        "contact_id": contact_id,
        "created": datetime(2025, 6, 2, 16, 0, tzinfo=UTC),
        "updated": datetime(2025, 6, 2, 16, 0, tzinfo=UTC),
    }
    values.update(changes)
    return FollowUp(**values)


def template(**changes) -> ChecklistTemplate:
    values = {
        "name": "Informational interview — 情報",
        "items": [ChecklistItem("Look them up", "Homework"), ChecklistItem("Intro", "Intro", True)],
    }
    values.update(changes)
    return ChecklistTemplate(**values)


def agenda(**changes) -> Agenda:
    values = {
        "goal": "Find a product role in Lyon\nby September",
        "needs": [AgendaItem("An intro at Café Númeró"), AgendaItem("CV critique", done=True)],
        "offers": [AgendaItem("Retail data know-how — 🙂")],
        "updated": datetime(2025, 6, 1, tzinfo=UTC),
    }
    values.update(changes)
    return Agenda(**values)


def settle(root: Path) -> None:
    """Make every file an hour old, as files are at a real start-up.

    The load cache does not trust entries for files changed within two seconds of its
    own writing (they could change again within one clock tick, unseen).
    """
    hour_ago = time.time() - 3600
    for path in root.rglob("*"):
        os.utime(path, (hour_ago, hour_ago))


def snapshots_cannot_read(monkeypatch, locked: Path) -> None:
    """A backup snapshot's read of `locked` fails as it would for a file the user may not
    read (chmod cannot stop root, so the refusal is made where it happens)."""
    from twoway.core.store import backups

    real_read = backups.read_regular

    def refuse(path, limit):
        if path == locked:
            raise PermissionError(13, "Permission denied")
        return real_read(path, limit)

    monkeypatch.setattr(backups, "read_regular", refuse)
