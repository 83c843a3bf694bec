"""When things go wrong: a wrong password, a server that stops in the middle of a sync, a
calendar feed cut off mid-download, an item that is not UTF-8 and a card the server will
not take give plain sentences, lose nothing, and the next sync catches up; the other
accounts still sync."""

from __future__ import annotations

import io
import sys
import threading
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from radicale_server import make_collection
from sync_helpers import Peer, add_account, event_ics, now

from twoway.cli import main
from twoway.core.marks import message
from twoway.core.records import Contact, FollowUp
from twoway.core.store import Store
from twoway.core.sync import contacts_sync, dav, engine
from twoway.core.sync.accounts import KEYRING_SERVICE
from twoway.core.sync.dav import DavClient, DavError
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


class _BrokenFeed(BaseHTTPRequestHandler):
    """A calendar server that goes away mid-download (it promises 5,000 bytes and sends
    30), or sends an item that is not UTF-8 text."""

    def do_GET(self) -> None:
        self.server.requests += 1
        self.send_response(200)
        self.send_header("Content-Type", "text/calendar")
        if self.path.endswith("latin1.ics"):
            body = "BEGIN:VCALENDAR\r\nSUMMARY:Caf\u00e9\r\nEND:VCALENDAR\r\n".encode("latin-1")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self.send_header("Content-Length", "5000")
        self.end_headers()
        self.wfile.write(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")  # then the connection closes

    def log_message(self, format, *args) -> None:
        pass


@pytest.fixture
def broken_feed():
    """The broken server on 127.0.0.1, started and stopped by the test; yields its URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _BrokenFeed)
    server.requests = 0
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server, f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def _cli(monkeypatch, capsys, data_dir, *argv):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code = main(["--data-dir", str(data_dir), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_subscription_cut_off_mid_download_is_its_own_problem_and_the_rest_syncs(
    broken_feed, data_dir, tmp_path, monkeypatch, capsys
):
    server, url = broken_feed
    ics = tmp_path / "calendar.ics"
    ics.write_text(
        event_ics(
            "intro@other",
            now() + timedelta(days=2),
            15,
            "Intro",
            attendees=[("Grace Hopper", "grace@example.org")],
        ),
        encoding="utf-8",
    )
    # The broken feed first: the calendar after it must still be read.
    assert _cli(monkeypatch, capsys, data_dir, "account", "add", f"{url}cal.ics")[0] == 0
    assert _cli(monkeypatch, capsys, data_dir, "account", "add", str(ics))[0] == 0

    code, out, err = _cli(monkeypatch, capsys, data_dir, "sync")

    assert server.requests == 1
    assert code == 1
    host = url.split("/")[2]
    assert err == (
        f"twoway sync: The calendar “{host}” could not be read (the download broke off); "
        "Twoway tries again later.\n"
    )
    assert "From your calendar: Intro" in out  # the other subscription synced
    assert out.startswith("Synced: ")


def test_an_item_that_is_not_utf8_is_a_plain_problem(broken_feed):
    _server, url = broken_feed
    client = DavClient(url, "", "")
    try:
        with pytest.raises(DavError) as raised:
            client.get(f"{url}cal/latin1.ics")
    finally:
        client.close()
    host = url.split("/")[2]
    assert raised.value.message == (
        f"{host} sent an item Twoway cannot read (/cal/latin1.ics is not UTF-8 text); "
        "Twoway tries again later."
    )


def test_a_contact_the_address_book_will_not_take_is_reported_and_added_next_time(
    radicale, data_dir, monkeypatch
):
    book = make_collection(radicale, "contacts", "addressbook")
    add_account(data_dir, radicale)
    store = Store.open(DataPaths(data_dir))
    store.put_contact(Contact(name="Alan Turing", emails=["alan@npl.example"]))
    store.flush()
    real = dav.DavClient.put
    tried: list[str] = []

    def no_new_cards(self, href, data, content_type, etag):
        if etag is None:  # a new card: refused at every address, as a taken UID would be
            tried.append(href)
            raise dav.DavError(message("The server said no."), 409)
        return real(self, href, data, content_type, etag)

    monkeypatch.setattr(dav.DavClient, "put", no_new_cards)
    report = _sync(data_dir)
    assert len(tried) == 2  # its own address, then one of its own
    assert len(report.problems) == 1
    assert "“Alan Turing” could not be added to the address book" in report.problems[0]
    assert "tries again at the next sync" in report.problems[0]

    monkeypatch.setattr(dav.DavClient, "put", real)
    report = _sync(data_dir)
    assert report.problems == [] and report.added == 1
    peer = Peer(radicale)
    assert ["Alan Turing" in text for text in peer.cards(book).values()] == [True]
    peer.close()
