"""vCard, calendar and CSV exports: round trips, stable calendar UIDs, spreadsheet safety."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta

import icalendar

from twoway.core.clock import FakeClock
from twoway.core.format_files import load_formats
from twoway.core.interop import (
    calendar_to_ics,
    contacts_to_csv,
    contacts_to_vcard,
    meetings_to_csv,
    plan_import,
    read_contacts,
)
from twoway.core.interop.plan import contact_content
from twoway.core.records import Contact, Debrief, FollowUp, Meeting, MeetingStatus

FORMATS = load_formats(None).formats


def varied_contacts() -> list[Contact]:
    return [
        Contact(
            name="Zoë Ångström-Łukasiewicz",
            company="Café Ñandú, Ltd.",
            role="Head of growth; partnerships",
            emails=["zoe@cafe.example", "zoe.private@example.org"],
            phones=["+46 8 555 010 10", "+46 70 555 0199"],
            linkedin="https://www.linkedin.com/in/zoe-angstrom",
            website="https://cafe.example",
            met_how="Panel at the Stockholm food-tech day, 2025",
            tags=["Food, drink", "Investor"],
            offers="Introductions to Nordic retail buyers",
            needs="A designer for the new packaging\nand a bookkeeper",
            notes="First line\nSecond line with a backslash \\ and a colon: here\n\nThird",
        ),
        Contact(name="Mum", phones=["+44 7700 900123"]),
        Contact(name="Northwind Studio", company="Northwind Studio"),
        Contact(name="李小龍", emails=["li@example.cn"], notes="=SUM(A1:A3) is not a formula here"),
    ]


def by_id(contacts) -> dict[str, dict]:
    return {c.id: contact_content(c) for c in contacts}


def test_vcard_round_trip_gives_the_same_contacts():
    contacts = varied_contacts()
    text = contacts_to_vcard(contacts)
    parsed = read_contacts(text.encode("utf-8"))
    assert parsed.warnings == []
    assert by_id(parsed.contacts) == by_id(contacts)


def test_vcard_export_is_version_4_with_crlf_and_folded_lines():
    text = contacts_to_vcard(varied_contacts())
    assert text.count("BEGIN:VCARD\r\nVERSION:4.0\r\n") == 4
    lines = text.split("\r\n")
    assert "\n" not in "".join(lines)
    assert max(len(line.encode("utf-8")) for line in lines) <= 75


def test_vcard_export_of_selected_contacts_only():
    contacts = varied_contacts()
    text = contacts_to_vcard(contacts[:2])
    assert [c.name for c in read_contacts(text.encode()).contacts] == ["Mum", contacts[0].name]


def test_importing_an_export_again_changes_nothing():
    contacts = varied_contacts()
    again = read_contacts(contacts_to_vcard(contacts).encode()).contacts
    plan = plan_import(contacts, again)
    assert plan.added == [] and plan.merged == []
    assert len(plan.skipped) == 4


def test_contacts_csv_round_trip_through_the_generic_importer():
    contacts = varied_contacts()
    parsed = read_contacts(contacts_to_csv(contacts), "csv")
    assert [c.name for c in parsed.contacts] == sorted(c.name for c in contacts)
    original = {c.name: contact_content(c) for c in contacts}
    for contact in parsed.contacts:
        got = contact_content(contact)
        want = original[contact.name]
        for field in ("company", "role", "emails", "phones", "linkedin", "website", "tags"):
            assert got[field] == want[field], field
        for field in ("met_how", "offers", "needs", "notes"):
            assert got[field] == want[field], field


def read_csv(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # so spreadsheets know it is UTF-8
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_contacts_csv_has_a_header_and_one_row_per_contact():
    rows = read_csv(contacts_to_csv(varied_contacts()))
    assert len(rows) == 4
    zoe = next(row for row in rows if row["Name"].startswith("Zoë"))
    assert zoe["Emails"] == "zoe@cafe.example; zoe.private@example.org"
    assert zoe["Tags"] == "Food, drink; Investor"
    assert zoe["Needs"] == "A designer for the new packaging\nand a bookkeeper"


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised():
    dangerous = [
        '=HYPERLINK("http://evil.example","Click")',
        "+1 202 555 0100",
        "-2+3",
        "@SUM(A1:A2)",
        "\t=1+1",
        "\r=1+1",
    ]
    contacts = [Contact(name=text, notes=text) for text in dangerous]
    contacts.append(Contact(name="Plain name", notes="a = b"))
    rows = read_csv(contacts_to_csv(contacts))
    for row in rows:
        for column in ("Name", "Notes"):
            cell = row[column]
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    neutralised = {row["Name"] for row in rows}
    assert "'" + dangerous[0] in neutralised
    assert "Plain name" in neutralised
    # The importer takes the apostrophes off again.
    back = read_contacts(contacts_to_csv(contacts), "csv").contacts
    # (Names are trimmed on import, which takes the leading tab and return too.)
    assert sorted(c.name for c in back) == sorted(c.name.strip() for c in contacts)


def planned_setup():
    jane = Contact(name="Jane Doe", company="Acme", role="CTO")
    ravi = Contact(name="Ravi Menon")
    start = datetime(2026, 2, 3, 15, 30, tzinfo=UTC)
    planned = Meeting(contact_id=jane.id, format_id="minimastermind", scheduled=start)
    planned.request.topics = "Hiring plans; the Berlin office"
    coffee = Meeting(
        contact_id=ravi.id, format_id="coffee-chat", scheduled=start + timedelta(days=2)
    )
    cancelled = Meeting(
        contact_id=ravi.id,
        format_id="twenty-minute",
        scheduled=start + timedelta(days=5),
        status=MeetingStatus.CANCELLED,
    )
    held = Meeting(
        contact_id=jane.id,
        format_id="minimastermind",
        scheduled=start - timedelta(days=9),
        status=MeetingStatus.DONE,
    )
    unscheduled = Meeting(contact_id=ravi.id, format_id="coffee-chat")
    meetings = [coffee, planned, cancelled, held, unscheduled]
    followups = [
        FollowUp(text="Send the deck", due=date(2026, 2, 6), contact_id=jane.id),
        FollowUp(
            text="Thank Ravi",
            due=date(2026, 2, 1),
            contact_id=ravi.id,
            done=True,
            done_on=date(2026, 1, 31),
        ),
    ]
    contacts = {jane.id: jane, ravi.id: ravi}
    return meetings, followups, contacts


def parse_ics(data: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(data)


def test_ics_events_checked_one_by_one():
    meetings, followups, contacts = planned_setup()
    calendar = parse_ics(calendar_to_ics(meetings, followups, contacts, FORMATS, FakeClock()))
    events = calendar.walk("VEVENT")
    # Held and unscheduled meetings are left out; the rest in time order.
    assert [str(e["SUMMARY"]) for e in events] == [
        "Minimastermind with Jane Doe",
        "30-minute coffee chat with Ravi Menon",
        "20-minute networking meeting with Ravi Menon",
    ]
    planned, coffee, cancelled = events
    assert planned.decoded("DTSTART") == datetime(2026, 2, 3, 15, 30, tzinfo=UTC)
    # The event lasts the format's whole slot, buffer included.
    assert planned.decoded("DTEND") - planned.decoded("DTSTART") == timedelta(minutes=15)
    assert coffee.decoded("DTEND") - coffee.decoded("DTSTART") == timedelta(minutes=30)
    assert str(planned["UID"]) == f"{meetings[1].id}@twoway"
    assert str(planned["STATUS"]) == "CONFIRMED"
    assert "Topics: Hiring plans; the Berlin office" in str(planned["DESCRIPTION"])
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert planned.decoded("DTSTAMP") == datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def test_ics_follow_ups_are_to_dos_with_due_dates():
    meetings, followups, contacts = planned_setup()
    calendar = parse_ics(calendar_to_ics(meetings, followups, contacts, FORMATS, FakeClock()))
    todos = calendar.walk("VTODO")
    assert [str(t["SUMMARY"]) for t in todos] == [
        "Thank Ravi (Ravi Menon)",
        "Send the deck (Jane Doe)",
    ]
    done, open_one = todos
    assert open_one.decoded("DUE") == date(2026, 2, 6)
    assert str(open_one["STATUS"]) == "NEEDS-ACTION"
    assert str(open_one["UID"]) == f"{followups[0].id}@twoway"
    assert str(done["STATUS"]) == "COMPLETED"
    assert done.decoded("COMPLETED").date() == date(2026, 1, 31)


def test_ics_uids_stay_the_same_and_edits_raise_the_sequence():
    meetings, followups, contacts = planned_setup()
    clock = FakeClock()
    first = parse_ics(calendar_to_ics(meetings, followups, contacts, FORMATS, clock))
    clock.advance(86400)
    moved = meetings[1]
    moved.scheduled += timedelta(hours=1)
    moved.updated = moved.created + timedelta(minutes=5)
    second = parse_ics(calendar_to_ics(meetings, followups, contacts, FORMATS, clock))

    def uids(calendar):
        return [str(c["UID"]) for c in calendar.walk() if c.name in ("VEVENT", "VTODO")]

    assert uids(first) == uids(second)
    before = {str(e["UID"]): e for e in first.walk("VEVENT")}
    after = {str(e["UID"]): e for e in second.walk("VEVENT")}
    uid = f"{moved.id}@twoway"
    assert after[uid].decoded("DTSTART") - before[uid].decoded("DTSTART") == timedelta(hours=1)
    assert after[uid]["SEQUENCE"] > before[uid]["SEQUENCE"]


def test_meeting_of_an_unknown_format_uses_the_requested_length():
    contact = Contact(name="Ines Costa")
    meeting = Meeting(
        contact_id=contact.id,
        format_id="walk-and-talk",
        scheduled=datetime(2026, 3, 1, 10, 0, tzinfo=UTC),
    )
    meeting.request.minutes = 45
    (event,) = parse_ics(
        calendar_to_ics([meeting], [], {contact.id: contact}, FORMATS, FakeClock())
    ).walk("VEVENT")
    assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(minutes=45)
    assert str(event["SUMMARY"]) == "Meeting with Ines Costa"


def test_meetings_csv_with_debriefs_and_time_balance():
    meetings, _followups, contacts = planned_setup()
    held = meetings[3]
    held.debrief = Debrief(
        value_for_me="-An intro to their CFO",
        value_for_them="Feedback on the pitch",
        next_step="Send the deck",
        next_step_due=date(2026, 2, 6),
        thank_you_sent=True,
        completed=True,
    )
    held.run = {"elapsed_s": 780.0, "balance": {"them": 330.0, "me": 270.0, "both": 120.0}}
    rows = read_csv(meetings_to_csv(meetings, contacts, FORMATS))
    assert len(rows) == 5
    first = rows[0]
    assert first["Date (UTC)"] == "2026-01-25 15:30"
    assert first["Contact"] == "Jane Doe"
    assert first["Format"] == "Minimastermind"
    assert first["Status"] == "done"
    assert first["Minutes taken"] == "13.0"
    assert first["Their share of the time (%)"] == "55"
    assert first["Value for me"] == "'-An intro to their CFO"
    assert first["Next step due"] == "2026-02-06"
    assert first["Thank-you sent"] == "yes"
    assert rows[1]["Minutes taken"] == ""
