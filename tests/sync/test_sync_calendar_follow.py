"""Calendar in without a server: how a planned meeting follows its recurring event (the
whole series moved, one occurrence moved or deleted), times without a time zone, and
Twoway's own events never offered back."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from twoway.core.records import MeetingStatus
from twoway.core.store import Store
from twoway.core.sync import calendar_in
from twoway.core.sync.state import load_state
from twoway.paths import DataPaths

NOW = datetime(2026, 3, 9, 8, 0, tzinfo=UTC)  # a Monday
BERLIN = ZoneInfo("Europe/Berlin")
HREF = "https://dav.example.org/cal/weekly.ics"
GRACE = "ATTENDEE;CN=Grace Hopper:mailto:grace@example.org\r\n"


def _calendar(*events: str) -> str:
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n" + "".join(events) + "END:VCALENDAR\r\n"


def _weekly(day: int, hour: int, rule: str = "COUNT=20", extra: str = "") -> str:
    """A weekly 30-minute 1:1 with Grace from 2026-03-<day> <hour>:00 Berlin time."""
    return (
        "BEGIN:VEVENT\r\nUID:weekly@other\r\nDTSTAMP:20260301T000000Z\r\n"
        f"DTSTART;TZID=Europe/Berlin:202603{day:02d}T{hour:02d}0000\r\n"
        f"DTEND;TZID=Europe/Berlin:202603{day:02d}T{hour:02d}3000\r\n"
        f"RRULE:FREQ=WEEKLY;{rule}\r\n{extra}SUMMARY:1:1\r\n{GRACE}END:VEVENT\r\n"
    )


class _Calendar:
    """One calendar as sync sees it, and the meetings planned from it."""

    def __init__(self, folder) -> None:
        self.store = Store.open(DataPaths(folder))
        self.state = load_state(folder / "state", "account")

    def sync(self, text: str) -> calendar_in.CalendarNews:
        return calendar_in.refresh(
            self.store, self.state, [(HREF, text)], lambda _href: text, NOW, set(), "account"
        )

    def plan(self, text: str):
        """Sync, then plan the first event "from your calendar" lists."""
        self.sync(text)
        listed = self.state["calendar_in"]["suggestions"].values()
        first = min(listed, key=lambda s: s["start"])
        return calendar_in.plan_suggestion(
            self.store, self.state, calendar_in.suggestion_from_dict(first)
        )

    def offered(self) -> list[datetime]:
        """The starts "from your calendar" lists now."""
        return sorted(
            datetime.fromisoformat(s["start"])
            for s in self.state["calendar_in"]["suggestions"].values()
        )


def _berlin(day: int, hour: int) -> datetime:
    return datetime(2026, 3, day, hour, 0, tzinfo=BERLIN)


def test_moving_the_whole_weekly_series_moves_the_planned_meeting(tmp_path):
    cal = _Calendar(tmp_path)
    meeting = cal.plan(_calendar(_weekly(10, 10)))
    assert meeting.scheduled == _berlin(10, 10)

    news = cal.sync(_calendar(_weekly(10, 11)))  # every occurrence now at 11:00

    moved = cal.store.meetings[meeting.id]
    assert moved.status == MeetingStatus.PLANNED
    assert moved.scheduled == _berlin(10, 11)
    assert news.notes == [
        "The meeting with Grace Hopper moved to 2026-03-10 10:00 UTC, as in your calendar."
    ]
    assert _berlin(10, 11) not in cal.offered()  # its slot is not offered as a new event
    assert cal.offered() == [_berlin(17, 11)]
    # It stays linked to its new occurrence: the next sync has nothing to say.
    again = cal.sync(_calendar(_weekly(10, 11)))
    assert (again.notes, again.suggestions) == ([], [])
    assert cal.store.meetings[meeting.id].scheduled == _berlin(10, 11)

    # Moved to another weekday: the same occurrence, a day later.
    news = cal.sync(_calendar(_weekly(11, 11)))
    assert cal.store.meetings[meeting.id].status == MeetingStatus.PLANNED
    assert cal.store.meetings[meeting.id].scheduled == _berlin(11, 11)


def test_two_meetings_of_one_series_follow_it_each_to_its_own_occurrence(tmp_path):
    cal = _Calendar(tmp_path)
    first = cal.plan(_calendar(_weekly(10, 10)))
    second = cal.plan(_calendar(_weekly(10, 10)))  # the next week's, now the first offered
    cal.sync(_calendar(_weekly(10, 9)))
    assert cal.store.meetings[first.id].scheduled == _berlin(10, 9)
    assert cal.store.meetings[second.id].scheduled == _berlin(17, 9)
    assert cal.offered() == []


def test_one_occurrence_moved_or_deleted_still_moves_or_cancels_only_its_meeting(tmp_path):
    cal = _Calendar(tmp_path)
    first = cal.plan(_calendar(_weekly(10, 10)))
    second = cal.plan(_calendar(_weekly(10, 10)))
    assert second.scheduled == _berlin(17, 10)
    override = (
        "BEGIN:VEVENT\r\nUID:weekly@other\r\nDTSTAMP:20260301T000000Z\r\n"
        "RECURRENCE-ID;TZID=Europe/Berlin:20260317T100000\r\n"
        "DTSTART;TZID=Europe/Berlin:20260318T140000\r\n"
        "DTEND;TZID=Europe/Berlin:20260318T143000\r\n"
        f"SUMMARY:1:1\r\n{GRACE}END:VEVENT\r\n"
    )
    cal.sync(_calendar(_weekly(10, 10), override))
    assert cal.store.meetings[second.id].scheduled == _berlin(18, 14)
    assert cal.store.meetings[first.id].scheduled == _berlin(10, 10)

    exdate = "EXDATE;TZID=Europe/Berlin:20260317T100000\r\n"
    news = cal.sync(_calendar(_weekly(10, 10, extra=exdate)))
    assert cal.store.meetings[second.id].status == MeetingStatus.CANCELLED
    assert news.notes == [
        "The meeting with Grace Hopper was cancelled in your calendar, so Twoway cancelled it too."
    ]
    assert cal.store.meetings[first.id].status == MeetingStatus.PLANNED


def test_a_daily_series_missing_one_day_cancels_that_days_meeting(tmp_path):
    cal = _Calendar(tmp_path)
    text = _calendar(_weekly(10, 10).replace("FREQ=WEEKLY", "FREQ=DAILY"))
    cal.plan(text)
    meeting = cal.plan(text)  # the 11th's
    assert meeting.scheduled == _berlin(11, 10)
    exdate = "EXDATE;TZID=Europe/Berlin:20260311T100000\r\n"
    cal.sync(_calendar(_weekly(10, 10, extra=exdate).replace("FREQ=WEEKLY", "FREQ=DAILY")))
    assert cal.store.meetings[meeting.id].status == MeetingStatus.CANCELLED


def test_a_series_ended_before_the_meeting_cancels_it(tmp_path):
    cal = _Calendar(tmp_path)
    cal.plan(_calendar(_weekly(10, 10)))
    meeting = cal.plan(_calendar(_weekly(10, 10)))  # the 17th's
    cal.sync(_calendar(_weekly(10, 10, rule="UNTIL=20260311T000000Z")))  # only the 10th left
    assert cal.store.meetings[meeting.id].status == MeetingStatus.CANCELLED


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


@pytest.fixture
def local_zone(monkeypatch):
    """Set the computer's time zone for the test (TZ and tzset), restored afterwards."""

    def use(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield use
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/New_York"])
def test_a_time_without_a_time_zone_is_local_time(tmp_path, local_zone, zone):
    local_zone(zone)
    cal = _Calendar(tmp_path)
    floating = _one_to_one("call@other", "DTSTART:20260310T100000", "DTEND:20260310T103000")
    [suggestion] = cal.sync(_calendar(floating)).suggestions
    meeting = calendar_in.plan_suggestion(cal.store, cal.state, suggestion)
    wall = datetime(2026, 3, 10, 10, 0, tzinfo=ZoneInfo(zone))
    assert meeting.scheduled == wall  # 10:00 where the user is, not 10:00 UTC
    assert meeting.scheduled.astimezone().strftime("%H:%M") == "10:00"
    assert suggestion.minutes == 30
    # Times with a zone or in UTC are unchanged by the computer's zone.
    zoned = _one_to_one(
        "zoned@other",
        "DTSTART;TZID=Europe/Berlin:20260311T100000",
        "DTEND;TZID=Europe/Berlin:20260311T103000",
    )
    utc = _one_to_one("utc@other", "DTSTART:20260312T100000Z", "DTEND:20260312T103000Z")
    cal.sync(_calendar(floating, zoned, utc))
    assert cal.store.meetings[meeting.id].scheduled == wall
    assert cal.offered() == [_berlin(11, 10), datetime(2026, 3, 12, 10, 0, tzinfo=UTC)]
