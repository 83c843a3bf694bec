"""Calendar in without a server: Twoway's own events are never offered back."""

from __future__ import annotations

from datetime import UTC, datetime

from twoway.core.store import Store
from twoway.core.sync import calendar_in
from twoway.core.sync.state import load_state
from twoway.paths import DataPaths

NOW = datetime(2026, 3, 9, 8, 0, tzinfo=UTC)  # a Monday
HREF = "https://dav.example.org/cal/weekly.ics"
GRACE = "ATTENDEE;CN=Grace Hopper:mailto:grace@example.org\r\n"


def _calendar(*events: str) -> str:
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n" + "".join(events) + "END:VCALENDAR\r\n"


class _Calendar:
    """One calendar as sync sees it, and the meetings planned from it."""

    def __init__(self, folder) -> None:
        self.store = Store.open(DataPaths(folder))
        self.state = load_state(folder / "state", "account")

    def sync(self, text: str) -> calendar_in.CalendarNews:
        return calendar_in.refresh(
            self.store, self.state, [(HREF, text)], lambda _href: text, NOW, set(), "account"
        )

    def offered(self) -> list[datetime]:
        """The starts "from your calendar" lists now."""
        return sorted(
            datetime.fromisoformat(s["start"])
            for s in self.state["calendar_in"]["suggestions"].values()
        )


def _one_to_one(uid: str, start: str, end: str) -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260301T000000Z\r\n{start}\r\n{end}\r\n"
        f"SUMMARY:Coffee\r\n{GRACE}END:VEVENT\r\n"
    )


def test_twoways_own_events_are_not_offered_back(tmp_path):
    cal = _Calendar(tmp_path)
    start, end = "DTSTART:20260310T090000Z", "DTEND:20260310T093000Z"
    # A meeting Twoway wrote (its UID), e.g. an ICS export another app imported.
    assert cal.sync(_calendar(_one_to_one("m-0123456789ab@twoway", start, end))).suggestions == []
    # An item Twoway wrote to this calendar, whatever UID the server gave it.
    cal.state["calendar_out"]["items"]["m-0123456789ab"] = {"href": HREF, "etag": "", "hash": ""}
    assert cal.sync(_calendar(_one_to_one("renamed-by-server", start, end))).suggestions == []
    assert cal.offered() == []
    # Someone else's event is still offered.
    cal.state["calendar_out"]["items"].clear()
    [offered] = cal.sync(_calendar(_one_to_one("call@other", start, end))).suggestions
    assert offered.name == "Grace Hopper"
