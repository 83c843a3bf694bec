"""One data folder shared by two computers (through Syncthing or Dropbox), each with a
state folder of its own, syncing with the same server: what one computer did is neither
undone nor done again by the other."""

from __future__ import annotations

import re

import pytest
from radicale_server import make_collection
from sync_helpers import Peer, add_account
from test_sync_contacts import _card

from twoway.core.store import Store
from twoway.core.sync.engine import SyncReport, sync_all
from twoway.paths import DataPaths, state_dir


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
