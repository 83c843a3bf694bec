"""`twoway account …` and `twoway sync` as a user types them: exit codes and the one-line
summary."""

from __future__ import annotations

import io
import sys

from radicale_server import PASSWORD, USER, make_collection
from sync_helpers import Peer

from twoway.cli import main


def _run(monkeypatch, capsys, *argv, stdin=""):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_account_add_list_sync_remove_from_the_command_line(
    radicale, data_dir, monkeypatch, capsys
):
    book = make_collection(radicale, "contacts", "addressbook")
    dd = ["--data-dir", str(data_dir)]
    code, out, err = _run(
        monkeypatch,
        capsys,
        *dd,
        "account",
        "add",
        radicale.url,
        "--user",
        USER,
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert code == 0, err
    account = out.split()[2]
    code, out, _ = _run(monkeypatch, capsys, *dd, "account", "list")
    assert code == 0 and account in out

    peer = Peer(radicale)
    peer.put_card(
        book,
        "ada.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ada\r\nFN:Ada Lovelace\r\nN:Lovelace;Ada;;;\r\nEND:VCARD\r\n",
    )
    code, out, err = _run(monkeypatch, capsys, *dd, "sync")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "Synced: 1 added, 0 updated, 0 removed, 0 conflicts."

    radicale.stop()
    code, out, err = _run(monkeypatch, capsys, *dd, "sync")
    assert code == 1
    assert err.startswith("twoway sync: ") and "could not be reached" in err
    assert "Traceback" not in err
    radicale.start()

    code, out, _ = _run(monkeypatch, capsys, *dd, "account", "remove", account)
    assert code == 0
    code, _, err = _run(monkeypatch, capsys, *dd, "sync")
    assert code == 2 and "no accounts" in err
    peer.close()


def test_account_add_with_an_unknown_calendar_name_is_a_usage_error(
    radicale, data_dir, monkeypatch, capsys
):
    make_collection(radicale, "work", "calendar", ("VEVENT",))
    code, _, err = _run(
        monkeypatch,
        capsys,
        "--data-dir",
        str(data_dir),
        "account",
        "add",
        radicale.url,
        "--user",
        USER,
        "--password-stdin",
        "--write-to",
        "holidays",
        stdin=PASSWORD + "\n",
    )
    assert code == 2
    assert "no calendar called “holidays”" in err and "“work”" in err
