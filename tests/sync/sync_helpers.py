"""Helpers for the sync tests: a second client that reads and writes the server the way
another calendar or contacts app would (the caldav library directly), and test data."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import caldav
from radicale_server import PASSWORD, USER, Radicale, make_collection

from twoway.core.sync import commands
from twoway.paths import DataPaths


def now() -> datetime:
    return datetime.now(UTC).replace(second=0, microsecond=0)


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def event_ics(
    uid: str,
    start: datetime,
    minutes: int,
    summary: str,
    *,
    attendees=(),
    location="",
    description="",
    extra="",
) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Other app//EN",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp(now())}",
        f"DTSTART:{stamp(start)}",
        f"DTEND:{stamp(start + timedelta(minutes=minutes))}",
        f"SUMMARY:{summary}",
        "ORGANIZER;CN=Ada:mailto:ada@example.org",
    ]
    lines += [f"ATTENDEE;CN={name}:mailto:{email}" for name, email in attendees]
    if location:
        lines.append(f"LOCATION:{location}")
    if description:
        lines.append(f"DESCRIPTION:{description}")
    if extra:
        lines.append(extra)
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


class Peer:
    """Another app on the same server account."""

    def __init__(self, server: Radicale) -> None:
        self.server = server
        self.client = caldav.DAVClient(
            url=server.url,
            username=USER,
            password=PASSWORD,
            require_tls=False,
            enable_rfc6764=False,
        )

    def close(self) -> None:
        self.client.close()

    def calendar(self, url: str):
        return self.client.calendar(url=url)

    def put_event(self, calendar_url: str, ics: str) -> None:
        self.calendar(calendar_url).add_event(ics)

    def calendar_items(self, calendar_url: str) -> dict:
        """UID → icalendar component of every event and task in the calendar."""
        import icalendar

        body = (
            '<?xml version="1.0"?><C:calendar-query xmlns:D="DAV:" '
            'xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop><C:calendar-data/></D:prop>'
            '<C:filter><C:comp-filter name="VCALENDAR"/></C:filter></C:calendar-query>'
        )
        response = self.client.request(
            calendar_url, "REPORT", body, {"Depth": "1", "Content-Type": "application/xml"}
        )
        found = {}
        for data in response.tree.iter("{urn:ietf:params:xml:ns:caldav}calendar-data"):
            for component in icalendar.Calendar.from_ical(data.text).walk():
                if component.name in ("VEVENT", "VTODO"):
                    found[str(component["UID"])] = component
        return found

    def put_card(self, book_url: str, name: str, text: str, etag: str | None = None) -> None:
        headers = {"Content-Type": "text/vcard"}
        if etag:
            headers["If-Match"] = etag
        response = self.client.request(f"{book_url}{name}", "PUT", text, headers)
        assert response.status in (200, 201, 204), response.status

    def delete(self, url: str) -> None:
        response = self.client.request(url, "DELETE")
        assert response.status in (200, 204), response.status

    def cards(self, book_url: str) -> dict[str, str]:
        """href → vCard text of every card in the address book."""
        body = (
            '<?xml version="1.0"?><C:addressbook-query xmlns:D="DAV:" '
            'xmlns:C="urn:ietf:params:xml:ns:carddav"><D:prop><D:getetag/><C:address-data/>'
            "</D:prop></C:addressbook-query>"
        )
        response = self.client.request(
            book_url, "REPORT", body, {"Depth": "1", "Content-Type": "application/xml"}
        )
        result = {}
        for node in response.tree.iter("{DAV:}response"):
            data = node.find(".//{urn:ietf:params:xml:ns:carddav}address-data")
            if data is not None and data.text:
                result[node.findtext("{DAV:}href")] = data.text
        return result


def add_account(data_dir, server: Radicale, *args: str) -> str:
    """`twoway account add` for the test user; returns the new account's id."""

    out = io.StringIO()
    paths = DataPaths(data_dir)
    code = commands.run_account_add(
        paths,
        server.url,
        USER,
        True,
        [a.split("=", 1)[1] for a in args if a.startswith("calendar=")],
        next((a.split("=", 1)[1] for a in args if a.startswith("write-to=")), None),
        next((a.split("=", 1)[1] for a in args if a.startswith("address-book=")), None),
        out=out,
        err=out,
        stdin=io.StringIO(PASSWORD + "\n"),
    )
    assert code == 0, out.getvalue()
    return out.getvalue().split()[2]


def setup_server(server: Radicale) -> tuple[str, str, str]:
    """A work calendar, a Twoway calendar and an address book, as a user would have."""
    return (
        make_collection(server, "work", "calendar", ("VEVENT",)),
        make_collection(server, "twoway", "calendar", ("VEVENT", "VTODO")),
        make_collection(server, "contacts", "addressbook"),
    )
