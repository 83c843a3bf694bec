"""Contacts and meetings to CSV files that spreadsheets open safely.

A cell that begins with =, +, -, @, a tab or a carriage return could be run as a formula
by a spreadsheet; such cells get a leading apostrophe, which spreadsheets show as text.
Files are UTF-8 with a byte-order mark, the one form Excel opens without garbling accents.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from twoway.core.formats import Format
from twoway.core.records import Contact, Meeting

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

CONTACT_COLUMNS = (
    "Name",
    "Company",
    "Role",
    "Emails",
    "Phones",
    "LinkedIn",
    "Website",
    "How we met",
    "Tags",
    "Offers",
    "Needs",
    "Notes",
    "Last interaction",
    "Added",
)

MEETING_COLUMNS = (
    "Date (UTC)",
    "Contact",
    "Company",
    "Format",
    "Status",
    "Slot minutes",
    "Minutes taken",
    "Their share of the time (%)",
    "Value for me",
    "Value for them",
    "Exchanged",
    "Fit",
    "Next step",
    "Next step due",
    "Follow up on",
    "Thank-you sent",
    "Debrief done",
)


def safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _moment(value: datetime | None) -> str:
    if value is None:
        return ""
    value = value.astimezone(UTC) if value.tzinfo else value
    return value.strftime("%Y-%m-%d %H:%M")


def _yes_no(value: bool) -> str:
    return "yes" if value else "no"


def _write(header: Iterable[str], rows: Iterable[Iterable[object]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")


def contacts_to_csv(contacts: Iterable[Contact]) -> bytes:
    """One row per contact under a header; lists are joined with "; "."""
    ordered = sorted(contacts, key=lambda c: (c.name.casefold(), c.id))
    rows = (
        [
            c.name,
            c.company,
            c.role,
            "; ".join(c.emails),
            "; ".join(c.phones),
            c.linkedin,
            c.website,
            c.met_how,
            "; ".join(c.tags),
            c.offers,
            c.needs,
            c.notes,
            _day(c.last_interaction),
            _day(c.created.date()),
        ]
        for c in ordered
    )
    return _write(CONTACT_COLUMNS, rows)


def _run_figures(run: dict[str, Any] | None) -> tuple[str, str]:
    """Minutes taken and the other person's share of the one-sided time, from a run record."""
    if not run:
        return "", ""
    minutes = f"{run.get('elapsed_s', 0) / 60:.1f}"
    balance = run.get("balance") or {}
    them, me = balance.get("them", 0), balance.get("me", 0)
    share = f"{100 * them / (them + me):.0f}" if them + me > 0 else ""
    return minutes, share


def meetings_to_csv(
    meetings: Iterable[Meeting],
    contacts: Mapping[str, Contact],
    formats: Mapping[str, Format],
) -> bytes:
    """One row per meeting with its debrief, oldest first."""

    def when(meeting: Meeting) -> datetime:
        moment = meeting.scheduled or meeting.created
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

    rows = []
    for meeting in sorted(meetings, key=lambda m: (when(m), m.id)):
        contact = contacts.get(meeting.contact_id)
        fmt = formats.get(meeting.format_id)
        minutes, share = _run_figures(meeting.run)
        debrief = meeting.debrief
        rows.append(
            [
                _moment(meeting.scheduled or meeting.created),
                contact.name if contact else "",
                contact.company if contact else "",
                fmt.name if fmt else meeting.format_id,
                str(meeting.status),
                f"{fmt.slot_minutes:g}" if fmt else "",
                minutes,
                share,
                debrief.value_for_me,
                debrief.value_for_them,
                debrief.exchanged,
                str(debrief.fit),
                debrief.next_step,
                _day(debrief.next_step_due),
                _day(debrief.follow_up_on),
                _yes_no(debrief.thank_you_sent),
                _yes_no(debrief.completed),
            ]
        )
    return _write(MEETING_COLUMNS, rows)
