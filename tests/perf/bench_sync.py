"""Benchmark of `twoway sync` against a real Radicale server on 127.0.0.1.

The server holds 2,000 contacts (with photos, addresses and birthdays) in an address book
and 500 events (a fifth of them weekly) over the next 60 days in a calendar; Twoway's data
folder starts empty. Measured, each as the wall time of a fresh `twoway sync` process:
- first_sync_s: everything comes in (2,000 contacts saved, the 14-day window read);
- nochange_sync_s: a second sync with nothing new anywhere;
- push_sync_s: a data folder of 2,000 contacts of its own synced to an empty address book.

Goals on a 2-core machine: the first sync under 20 s, a no-change sync under 2 s.
Run: .venv/bin/python tests/perf/bench_sync.py [--contacts N] [--events N]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "desktop"))
sys.path.insert(0, str(REPO / "tests" / "sync"))

import caldav  # noqa: E402
from radicale_server import PASSWORD, USER, Radicale, free_port  # noqa: E402

PHOTO = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
FIRST = ["Ada", "Grace", "Alan", "Katherine", "Linus", "Barbara", "Edsger", "Margaret", "Tim"]
LAST = ["Lovelace", "Hopper", "Turing", "Johnson", "Torvalds", "Liskov", "Dijkstra", "Hamilton"]


def _card(number: int) -> str:
    name = f"{random.choice(FIRST)} {random.choice(LAST)} {number}"
    given, family = name.split(" ", 1)
    return (
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"UID:bench-{number}\r\nFN:{name}\r\nN:{family};{given};;;\r\n"
        f"EMAIL;TYPE=WORK:person{number}@example.org\r\nTEL;TYPE=CELL:+1 555 {number:04d}\r\n"
        f"ORG:Company {number % 50}\r\nTITLE:Engineer\r\n"
        f"PHOTO;ENCODING=b;TYPE=PNG:{PHOTO}\r\n"
        f"ADR;TYPE=HOME:;;{number} Main Street;Springfield;;;USA\r\nBDAY:1980-01-01\r\n"
        "END:VCARD\r\n"
    )


def _event(number: int, start: datetime) -> str:
    stamp = start.strftime("%Y%m%dT%H%M%SZ")
    end = (start + timedelta(minutes=random.choice([15, 20, 30, 45, 60]))).strftime(
        "%Y%m%dT%H%M%SZ"
    )
    attendees = "".join(
        f"ATTENDEE;CN=Guest {number}-{k}:mailto:guest{number}-{k}@example.org\r\n"
        for k in range(random.choice([1, 1, 2, 4]))
    )
    rule = "RRULE:FREQ=WEEKLY;COUNT=8\r\n" if number % 5 == 0 else ""
    return (
        "BEGIN:VEVENT\r\n"
        f"UID:bench-event-{number}\r\nDTSTAMP:{stamp}\r\nDTSTART:{stamp}\r\nDTEND:{end}\r\n"
        f"SUMMARY:Call {number}\r\nLOCATION:https://meet.jit.si/bench{number}\r\n"
        f"{attendees}{rule}END:VEVENT\r\n"
    )


def _upload(server: Radicale, name: str, body: str, content_type: str) -> None:
    # Radicale takes a whole collection in one PUT, as when a calendar file is uploaded.
    with caldav.DAVClient(
        url=server.url, username=USER, password=PASSWORD, require_tls=False, enable_rfc6764=False
    ) as client:
        response = client.request(
            f"{server.user_url}{name}/", "PUT", body, {"Content-Type": content_type}
        )
        assert response.status in (200, 201), (response.status, response.raw[:300])


def _env(home: Path) -> dict:
    env = dict(os.environ)
    for var, sub in [
        ("HOME", ""),
        ("XDG_DATA_HOME", "share"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
    ]:
        (home / sub).mkdir(parents=True, exist_ok=True)
        env[var] = str(home / sub)
    # No keyring here: the password comes on standard input, as the manual page says.
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env.pop("TWOWAY_DATA_DIR", None)
    return env


def _twoway(env: dict, data: Path, *args: str) -> float:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "twoway", "--data-dir", str(data), *args, "--password-stdin"],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"twoway {' '.join(args)} failed: {result.stdout}{result.stderr}")
    print(f"# twoway {args[0]}: {result.stdout.splitlines()[0]}", file=sys.stderr)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=2000)
    parser.add_argument("--events", type=int, default=500)
    options = parser.parse_args()
    random.seed(7)
    with tempfile.TemporaryDirectory(prefix="twoway-bench-sync-") as tmp:
        root = Path(tmp)
        server = Radicale(root / "server", free_port())
        server.start()
        try:
            cards = "".join(_card(n) for n in range(options.contacts))
            _upload(server, "contacts", cards, "text/vcard")
            now = datetime.now(UTC).replace(second=0, microsecond=0)
            events = "".join(
                _event(n, now + timedelta(minutes=random.randrange(60, 60 * 24 * 60)))
                for n in range(options.events)
            )
            calendar = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bench//EN\r\n{events}END:VCALENDAR\r\n"
            _upload(server, "work", calendar, "text/calendar")
            _upload(server, "empty", "", "text/vcard")

            env = _env(root / "home")
            data = root / "data"
            _twoway(
                env,
                data,
                "account",
                "add",
                server.url,
                "--user",
                USER,
                "--address-book",
                "contacts",
            )
            first = _twoway(env, data, "sync")
            nochange = _twoway(env, data, "sync")

            # The other way round: Twoway's own contacts pushed to an empty address book.
            sys.path.insert(0, str(REPO / "desktop"))
            from twoway.core.records import Contact
            from twoway.core.store import Store
            from twoway.paths import DataPaths

            pushed = root / "pushed"
            store = Store.open(DataPaths(pushed))
            for n in range(options.contacts):
                store.put_contact(Contact(name=f"Person {n}", emails=[f"p{n}@example.org"]))
            store.flush()
            env2 = _env(root / "home2")
            _twoway(
                env2,
                pushed,
                "account",
                "add",
                server.url,
                "--user",
                USER,
                "--address-book",
                "empty",
                "--calendar",
                "work",
            )
            push = _twoway(env2, pushed, "sync")
        finally:
            server.stop()
    print(f"contacts: {options.contacts}")
    print(f"events: {options.events}")
    print(f"first_sync_s: {first:.2f}")
    print(f"nochange_sync_s: {nochange:.2f}")
    print(f"push_sync_s: {push:.2f}")


if __name__ == "__main__":
    main()
