"""One data folder shared by two computers (through Syncthing or Dropbox), each with a
state folder of its own, syncing with the same server: what one computer did is neither
undone nor done again by the other."""

from __future__ import annotations

import io
import re
from datetime import timedelta

import pytest
from radicale_server import make_collection
from sync_helpers import Peer, add_account, event_ics, now, setup_server
from test_sync_contacts import _card

from twoway.core.interop.ics_export import item_uid
from twoway.core.records import Meeting
from twoway.core.store import Store
from twoway.core.sync import commands
from twoway.core.sync.calendar_in import call_link_for, plan_suggestion, suggestion_from_dict
from twoway.core.sync.engine import SyncReport, sync_all
from twoway.core.sync.state import load_state, save_state
from twoway.paths import DataPaths, state_dir

ZOOM = "https://us02web.zoom.us/j/8123456789?pwd=abc"


class Device:
    """A computer: the shared data folder, its own state folder (XDG_STATE_HOME)."""

    def __init__(self, name: str, home, data_dir, monkeypatch) -> None:
        self.name, self.home, self.data_dir = name, home, data_dir
        self.paths = DataPaths(data_dir)
        self.monkeypatch = monkeypatch

    def here(self) -> None:
        self.monkeypatch.setenv("XDG_STATE_HOME", str(self.home))

    def add_account(self, radicale, *args: str) -> str:
        self.here()
        return add_account(self.data_dir, radicale, *args)

    def sync(self) -> SyncReport:
        self.here()
        report = sync_all(self.paths, state_dir(self.paths))
        assert report.problems == [], (self.name, report.problems)
        return report

    def store(self) -> Store:
        self.here()
        return Store.open(self.paths)

    def state(self, account: str) -> dict:
        self.here()
        return load_state(state_dir(self.paths), account)

    def offered(self, account: str) -> list[str]:
        """The titles listed "from your calendar" (what Today shows)."""
        return sorted(
            s["title"] for s in self.state(account)["calendar_in"]["suggestions"].values()
        )

    def plan(self, account: str, title: str):
        """Plan the suggestion listed under `title`, as one click in Today does."""
        state, store = self.state(account), self.store()
        [suggestion] = [
            suggestion_from_dict(data)
            for data in state["calendar_in"]["suggestions"].values()
            if data["title"] == title
        ]
        meeting = plan_suggestion(store, state, suggestion)
        assert store.flush() == []
        save_state(state_dir(self.paths), account, state)
        return meeting


@pytest.fixture
def devices(tmp_path, data_dir, monkeypatch):
    laptop = Device("laptop", tmp_path / "laptop-state", data_dir, monkeypatch)
    desktop = Device("desktop", tmp_path / "desktop-state", data_dir, monkeypatch)
    return laptop, desktop


def _roles(device: Device, name: str) -> list[str]:
    return sorted(c.role for c in device.store().contacts.values() if c.name == name)


def _card_roles(peer: Peer, book: str) -> list[str]:
    found = []
    for text in peer.cards(book).values():
        title = re.search(r"^TITLE:(.*?)\r?$", text, re.MULTILINE)
        found.append(title.group(1) if title else "")
    return sorted(found)


def _nothing_to_do(report: SyncReport) -> bool:
    return (report.added, report.updated, report.removed, report.conflicts) == (0, 0, 0, [])


GRACE = ("grace-1", "Grace Hopper", "grace@navy.example")


def test_a_contact_changed_on_both_sides_is_kept_twice_once_with_two_devices(radicale, devices):
    laptop, desktop = devices
    book = make_collection(radicale, "contacts", "addressbook")
    laptop.add_account(radicale)
    desktop.add_account(radicale)
    peer = Peer(radicale)
    peer.put_card(book, "grace.vcf", _card(*GRACE))
    laptop.sync()
    desktop.sync()
    assert _roles(laptop, "Grace Hopper") == [""]

    store = laptop.store()
    [grace] = store.contacts.values()
    grace.role = "Commodore"  # edited in Twoway …
    store.put_contact(grace)
    assert store.flush() == []
    peer.put_card(book, "grace.vcf", _card(*GRACE, "TITLE:Rear Admiral"))  # … and there

    first = laptop.sync()
    assert len(first.conflicts) == 1
    second = desktop.sync()
    assert second.conflicts == []  # the laptop kept both already; the desktop sees that
    for device in (laptop, desktop, laptop, desktop):
        report = device.sync()
        assert _nothing_to_do(report), (device.name, report)
        assert _roles(device, "Grace Hopper") == ["Commodore", "Rear Admiral"]
        assert _card_roles(peer, book) == ["Commodore", "Rear Admiral"]
    # Twoway's version went up as the card named after its contact.
    commodore = next(c for c in desktop.store().contacts.values() if c.role == "Commodore")
    [mine] = [t for t in peer.cards(book).values() if "TITLE:Commodore" in t]
    assert f"UID:{commodore.id}@twoway" in mine

    # Later edits follow from either side, whichever computer syncs them.
    store = desktop.store()
    commodore = store.contacts[commodore.id]
    commodore.phones = ["+1 555 0100"]
    store.put_contact(commodore)
    assert store.flush() == []
    assert desktop.sync().updated == 1
    assert _nothing_to_do(laptop.sync())
    [mine] = [t for t in peer.cards(book).values() if "TITLE:Commodore" in t]
    assert "+1 555 0100" in mine
    peer.put_card(book, "grace.vcf", _card(*GRACE, "TITLE:Admiral"))
    assert laptop.sync().updated == 1
    assert _nothing_to_do(desktop.sync())
    assert _roles(desktop, "Grace Hopper") == ["Admiral", "Commodore"]
    assert _card_roles(peer, book) == ["Admiral", "Commodore"]
    peer.close()


def test_a_computer_syncing_for_the_first_time_keeps_both_versions_of_a_changed_contact(
    radicale, devices
):
    laptop, desktop = devices
    book = make_collection(radicale, "contacts", "addressbook")
    laptop.add_account(radicale)
    peer = Peer(radicale)
    peer.put_card(book, "grace.vcf", _card(*GRACE))
    laptop.sync()
    store = laptop.store()
    [grace] = store.contacts.values()
    grace.role = "Commodore"
    store.put_contact(grace)
    assert store.flush() == []
    peer.put_card(book, "grace.vcf", _card(*GRACE, "TITLE:Rear Admiral"))

    # The desktop joins now: it has no last sync to say which side changed, so it must
    # not take either version as the other's past.
    desktop.add_account(radicale)
    assert len(desktop.sync().conflicts) == 1
    assert _roles(desktop, "Grace Hopper") == ["Commodore", "Rear Admiral"]
    assert _card_roles(peer, book) == ["Commodore", "Rear Admiral"]
    assert laptop.sync().conflicts == []  # the same conflict is not resolved again
    for device in (desktop, laptop):
        assert _nothing_to_do(device.sync())
        assert _roles(device, "Grace Hopper") == ["Commodore", "Rear Admiral"]
        assert _card_roles(peer, book) == ["Commodore", "Rear Admiral"]
    peer.close()


def _coffee(uid: str, start, **more) -> str:
    return event_ics(
        uid, start, 30, "Coffee", attendees=[("Grace Hopper", "grace@example.org")], **more
    )


def _remove_account(device: Device, account: str) -> None:
    device.here()
    out = io.StringIO()
    assert commands.run_account_remove(device.paths, account, out, out) == 0, out.getvalue()


def test_a_meeting_planned_from_an_event_is_not_written_out_or_offered_again_by_the_other(
    radicale, devices
):
    laptop, desktop = devices
    work, twoway, _ = setup_server(radicale)
    on_laptop = laptop.add_account(radicale, "calendar=work", "write-to=twoway")
    on_desktop = desktop.add_account(radicale, "calendar=work", "write-to=twoway")
    peer = Peer(radicale)
    start = now() + timedelta(days=1)
    peer.put_event(work, _coffee("call@other", start, location=ZOOM))
    laptop.sync()
    desktop.sync()
    assert laptop.offered(on_laptop) == desktop.offered(on_desktop) == ["Coffee"]

    meeting = laptop.plan(on_laptop, "Coffee")
    for device, account in ((laptop, on_laptop), (desktop, on_desktop), (desktop, on_desktop)):
        report = device.sync()
        assert peer.calendar_items(twoway) == {}  # the event is there already, in work
        assert report.suggestions == [] and device.offered(account) == []
        assert [m.id for m in device.store().meetings.values()] == [meeting.id]
    # The desktop follows the event too, and knows its call link.
    assert call_link_for([desktop.state(on_desktop)], meeting.id) == ZOOM
    later = start + timedelta(hours=3)
    event = peer.calendar(work).event_by_uid("call@other")
    event.data = _coffee("call@other", later, location=ZOOM)
    event.save()
    assert any("moved" in note for note in desktop.sync().notes)
    assert laptop.sync().notes == []  # moved once, by the desktop
    assert laptop.store().meetings[meeting.id].scheduled == later

    # Removing the account and adding it again (a fresh sync state) changes nothing.
    _remove_account(desktop, on_desktop)
    on_desktop = desktop.add_account(radicale, "calendar=work", "write-to=twoway")
    report = desktop.sync()
    assert report.suggestions == [] and desktop.offered(on_desktop) == []
    assert peer.calendar_items(twoway) == {}
    # A meeting planned in Twoway itself still goes out.
    store = desktop.store()
    own = Meeting(contact_id=meeting.contact_id, format_id="coffee-chat", scheduled=later)
    store.put_meeting(own)
    assert store.flush() == []
    assert desktop.sync().added == 1
    laptop.sync()
    assert list(peer.calendar_items(twoway)) == [item_uid(own.id)]
    peer.close()


def test_one_occurrence_of_a_weekly_event_planned_on_one_computer_is_not_offered_on_the_other(
    radicale, devices
):
    laptop, desktop = devices
    work, _, _ = setup_server(radicale)
    on_laptop = laptop.add_account(radicale, "calendar=work", "write-to=twoway")
    on_desktop = desktop.add_account(radicale, "calendar=work", "write-to=twoway")
    peer = Peer(radicale)
    start = now() + timedelta(days=1)
    peer.put_event(work, _coffee("weekly@other", start, extra="RRULE:FREQ=WEEKLY;COUNT=10"))
    laptop.sync()
    [first, second] = sorted(
        laptop.state(on_laptop)["calendar_in"]["suggestions"].values(), key=lambda s: s["start"]
    )
    state = laptop.state(on_laptop)
    store = laptop.store()
    meeting = plan_suggestion(store, state, suggestion_from_dict(first))
    assert store.flush() == []
    save_state(state_dir(laptop.paths), on_laptop, state)
    kept = laptop.store().meetings[meeting.id]
    assert f"{kept.event_uid}|{kept.event_recurrence_id}" == first["key"]

    report = desktop.sync()
    assert [s.key for s in report.suggestions] == [second["key"]]  # only the one not planned
    assert desktop.offered(on_desktop) == ["Coffee"]
    assert desktop.store().meetings[meeting.id].scheduled == start
    peer.close()
