"""When things go wrong: a wrong password and a server that stops in the middle of a sync
give plain sentences, lose nothing, and the next sync catches up."""

from __future__ import annotations

from datetime import date, timedelta

from radicale_server import make_collection
from sync_helpers import Peer, add_account, event_ics, now

from twoway.core.records import Contact, FollowUp
from twoway.core.store import Store
from twoway.core.sync import contacts_sync, engine
from twoway.core.sync.accounts import KEYRING_SERVICE
from twoway.core.sync.engine import sync_all
from twoway.paths import DataPaths, state_dir


def _sync(data_dir):
    paths = DataPaths(data_dir)
    return sync_all(paths, state_dir(paths))


def _contents(data_dir) -> dict[str, bytes]:
    return {str(p.relative_to(data_dir)): p.read_bytes() for p in data_dir.rglob("*.toml")}


def test_a_wrong_password_gives_a_plain_message_and_changes_nothing(
    radicale, data_dir, memory_keyring
):
    book = make_collection(radicale, "contacts", "addressbook")
    account = add_account(data_dir, radicale)
    store = Store.open(DataPaths(data_dir))
    store.put_contact(Contact(name="Alan Turing", emails=["alan@npl.example"]))
    store.flush()
    before = _contents(data_dir)
    memory_keyring.secrets[(KEYRING_SERVICE, account)] = "changed elsewhere"

    report = _sync(data_dir)

    assert len(report.problems) == 1
    assert "did not accept the user name or password" in report.problems[0]
    assert _contents(data_dir) == before
    peer = Peer(radicale)
    assert peer.cards(book) == {}
    peer.close()


def test_a_server_that_stops_mid_sync_loses_nothing_and_the_next_sync_catches_up(
    radicale, data_dir, monkeypatch
):
    work = make_collection(radicale, "work", "calendar", ("VEVENT",))
    out = make_collection(radicale, "twoway", "calendar", ("VEVENT", "VTODO"))
    book = make_collection(radicale, "contacts", "addressbook")
    add_account(data_dir, radicale, "calendar=work", "write-to=twoway")
    peer = Peer(radicale)
    peer.put_event(
        work,
        event_ics(
            "call@other",
            now() + timedelta(days=1),
            30,
            "Chat",
            attendees=[("Grace Hopper", "grace@example.org")],
        ),
    )
    peer.put_card(
        book,
        "ada.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ada\r\nFN:Ada Lovelace\r\nN:Lovelace;Ada;;;\r\nEND:VCARD\r\n",
    )
    peer.close()
    store = Store.open(DataPaths(data_dir))
    store.put_contact(Contact(name="Alan Turing", emails=["alan@npl.example"]))
    store.put_followup(FollowUp("Send the paper", date.today() + timedelta(days=3)))
    store.flush()
    before = _contents(data_dir)

    real = contacts_sync.sync_contacts

    def server_stops_first(*args, **kwargs):
        radicale.stop()  # the calendar parts are done; the address book finds no server
        return real(*args, **kwargs)

    monkeypatch.setattr(engine, "sync_contacts", server_stops_first)
    report = _sync(data_dir)
    assert [s.name for s in report.suggestions] == ["Grace Hopper"]  # the done part stays
    assert len(report.problems) == 1
    assert "could not be reached" in report.problems[0] and "nothing is lost" in report.problems[0]
    after = _contents(data_dir)
    assert all(after[name] == data for name, data in before.items())  # nothing lost

    monkeypatch.setattr(engine, "sync_contacts", real)
    radicale.start()
    report = _sync(data_dir)
    assert report.problems == []
    names = sorted(c.name for c in Store.open(DataPaths(data_dir)).contacts.values())
    assert names == ["Ada Lovelace", "Alan Turing"]
    peer = Peer(radicale)
    assert any("Alan Turing" in text for text in peer.cards(book).values())
    assert len(peer.calendar_items(out)) == 1  # the deadline
    peer.close()


def test_an_unreadable_sync_state_is_set_aside_and_nothing_is_doubled(radicale, data_dir):
    book = make_collection(radicale, "contacts", "addressbook")
    account = add_account(data_dir, radicale)
    store = Store.open(DataPaths(data_dir))
    store.put_contact(Contact(name="Alan Turing", emails=["alan@npl.example"]))
    store.flush()
    _sync(data_dir)
    state = state_dir(DataPaths(data_dir)) / f"sync-{account}.json"
    state.write_text("{not json", encoding="utf-8")
    report = _sync(data_dir)
    assert report.problems == []
    assert state.with_suffix(".unreadable.json").read_text(encoding="utf-8") == "{not json"
    assert len(Store.open(DataPaths(data_dir)).contacts) == 1
    peer = Peer(radicale)
    assert len(peer.cards(book)) == 1
    peer.close()
