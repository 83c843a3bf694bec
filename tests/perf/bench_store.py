"""Benchmark of the record store on a large data folder.

Generates (in a temporary folder) 5,000 contacts and 20,000 meetings with realistic
text, then measures, as medians of several runs:
- load_s: a cold start (a fresh process) loading everything, with the load cache;
- load_nocache_s: the same without the cache (every TOML file parsed);
- save_ms: saving one changed contact;
- search_ms: a contact search by any field, as the Contacts view does it.

Goals on a 2-core machine: load under 0.5 s, save under 10 ms, search under 16 ms.
Run: .venv/bin/python tests/perf/bench_store.py [--contacts N] [--meetings N]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "desktop"))

from twoway.core.clock import FakeClock  # noqa: E402
from twoway.core.records import (  # noqa: E402
    ChecklistItem,
    Contact,
    Debrief,
    Fit,
    Meeting,
    MeetingStatus,
    Prep,
    Request,
)
from twoway.core.store import Store  # noqa: E402
from twoway.core.store.codec import record_document  # noqa: E402
from twoway.core.store.layout import CONTACT, MEETING  # noqa: E402
from twoway.core.store.tomltext import dump_text  # noqa: E402
from twoway.core.workflow.search import contact_haystack, matches, query_words  # noqa: E402
from twoway.paths import DataPaths  # noqa: E402

# fmt: off
FIRST = [
    "Anna", "José", "Chloé", "Mateusz", "Aisha", "Björn", "Priya", "Liam", "Noémie", "Kenji",
    "Olu", "Sofía", "Dmitri", "Fatma", "Grace", "Hiro", "Inès", "Jonas", "Zoë", "Ahmed"
]
LAST = [
    "García", "Nguyen", "Müller", "Okafor", "Rossi", "Kowalski", "Dubois", "Tanaka", "Smith",
    "Johansson", "Fernández", "O'Brien", "Łukasz", "Silva", "Haddad", "Novák", "Weiß", "Chen"
]
COMPANIES = [
    "Northwind Labs", "Brightpath Consulting", "Helios Energy", "Café Númeró", "Bluefin Data",
    "Atelier Lumière", "Kestrel Health", "Orbit Logistics", "Mosaic Design", "Quillon Legal"
]
ROLES = [
    "Head of Product", "Recruiter", "Founder", "Engineering Manager", "Freelance designer",
    "Sales Director", "Data Scientist", "Operations Lead", "Career coach", "CFO"
]
QUERIES = [
    "garcia", "José", "northwind", "recruiter", "pricing roadmap", "example.org",
    "zoe chen", "linkedin.com/in/anna", "leeds", "+44 20 7",
]
# Everyday words with some business terms mixed in: about five letters a word, as in notes.
WORDS = (  # noqa: SIM905 (a sentence of words reads better than 70 quoted ones)
    "the a to of and in for with on at we they she he it our their about how what when next "
    "ask offer need help team work call meet plan new role hire move data sales talk lead "
    "idea week time year city good open intro send note share learn hiring roadmap partner "
    "referral market pricing customers budget launch network pipeline vendor research "
    "prototype mentor workshop feedback strategy funding"
).split()
# fmt: on
TAGS = ["investor", "hiring", "design", "mentor", "client", "alumni", "event", "lead"]
CHECKLIST = [
    ("Read their recent posts and company news", "Homework"),
    ("Note their interests and what they work on", "Homework"),
    ("Find shared audiences or contacts", "Homework"),
    ("Think of one person to introduce them to", "Homework"),
    ("Write a two-sentence introduction that leads to why this call", "Introduction"),
    ("Prepare three specific questions", "Questions"),
    ("List two ways you could help them", "Help"),
    ("Decide the one next step you will ask for", "Closing"),
]


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def make_contact(rng: random.Random, number: int, now: datetime) -> Contact:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    company = rng.choice(COMPANIES)
    notes = "\n".join(sentence(rng, rng.randint(8, 20)) for _ in range(rng.randint(1, 4)))
    return Contact(
        name=f"{first} {last}",
        id=f"c-{number:012x}",
        company=company,
        role=rng.choice(ROLES),
        emails=[f"{first.lower()}.{number}@example.org"],
        phones=[f"+44 20 7{rng.randint(100, 999)} {rng.randint(1000, 9999)}"],
        linkedin=f"https://www.linkedin.com/in/{first.lower()}-{number}",
        met_how=f"Met at the {rng.choice(WORDS)} meetup in {rng.choice(['Lyon', 'Kraków', 'Leeds'])}",
        tags=rng.sample(TAGS, rng.randint(0, 3)),
        offers=sentence(rng, 10),
        needs=sentence(rng, 10),
        notes=notes,
        created=now - timedelta(days=rng.randint(10, 900)),
        updated=now - timedelta(days=rng.randint(0, 9)),
        last_interaction=date(2025, rng.randint(1, 12), rng.randint(1, 28)),
    )


def make_meeting(rng: random.Random, number: int, contact_id: str, now: datetime) -> Meeting:
    when = now - timedelta(days=rng.randint(-30, 700), minutes=rng.randint(0, 600))
    done = when < now
    run = None
    if done:
        phases = [
            {
                "title": title,
                "owner": owner,
                "planned_s": 300.0,
                "allowed_s": 300.0,
                "actual_s": round(rng.uniform(240, 360), 1),
            }
            for title, owner in [("Their offer", "them"), ("Your offer", "me")]
        ]
        run = {
            "format_id": "minimastermind",
            "format_name": "Minimastermind",
            "started_at": when.isoformat(),
            "ended_at": (when + timedelta(minutes=13)).isoformat(),
            "slot_s": 900.0,
            "elapsed_s": 780.0,
            "paused_s": 0.0,
            "overrun_s": 12.5,
            "slot_overrun_s": 0.0,
            "swapped": False,
            "suspensions": 0,
            "balance": {"them": 390.0, "me": 350.0, "both": 40.0},
            "phases": phases,
        }
    return Meeting(
        contact_id=contact_id,
        format_id="minimastermind",
        id=f"m-{number:012x}",
        scheduled=when,
        status=MeetingStatus.DONE if done else MeetingStatus.PLANNED,
        request=Request(
            intent=sentence(rng, 12),
            their_benefit=sentence(rng, 10),
            topics=sentence(rng, 8),
            minutes=15,
            way_out="If now is not a good time, no problem at all.",
            message="\n\n".join(sentence(rng, rng.randint(15, 30)) for _ in range(3)),
            sent=True,
        ),
        prep=Prep(
            items=[ChecklistItem(text, section, rng.random() < 0.7) for text, section in CHECKLIST],
            introduction=sentence(rng, 25),
            questions=[sentence(rng, 10) for _ in range(3)],
            help_ideas=[sentence(rng, 8) for _ in range(2)],
            cues={0: sentence(rng, 8), 1: sentence(rng, 8)},
            closing_line="Shall we each note one next step?",
        ),
        run=run,
        debrief=Debrief(
            value_for_me=sentence(rng, 15),
            value_for_them=sentence(rng, 15),
            exchanged=sentence(rng, 10),
            fit=rng.choice(list(Fit)),
            next_step=sentence(rng, 8),
            next_step_due=(when + timedelta(days=7)).date(),
            follow_up_on=(when + timedelta(days=14)).date(),
            thank_you_sent=True,
            completed=True,
        )
        if done
        else Debrief(),
        created=when - timedelta(days=3),
        updated=when,
    )


def generate(root: Path, contacts: int, meetings: int) -> list[Contact]:
    """Write the files directly (no fsync per file): this is set-up, not what is measured."""
    rng = random.Random(20260105)
    now = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    for kind in (CONTACT, MEETING):
        (root / kind.folder).mkdir(parents=True, exist_ok=True)
    people = [make_contact(rng, n, now) for n in range(contacts)]
    for person in people:
        CONTACT.path(root, person.id).write_text(
            dump_text(record_document(CONTACT, person)), encoding="utf-8"
        )
    for n in range(meetings):
        meeting = make_meeting(rng, n, people[n % contacts].id, now)
        MEETING.path(root, meeting.id).write_text(
            dump_text(record_document(MEETING, meeting)), encoding="utf-8"
        )
    # A real data folder's files are older than its load cache; the cache does not trust
    # entries for files changed in the last two seconds before it was written.
    hour_ago = time.time() - 3600
    for path in root.rglob("*.toml"):
        os.utime(path, (hour_ago, hour_ago))
    return people


_LOAD_CHILD = """
import sys, time
sys.path.insert(0, {desktop!r})
from pathlib import Path
from twoway.core.store import Store
from twoway.paths import DataPaths
cache = {cache!r}
start = time.perf_counter()
store = Store.open(DataPaths(Path({root!r})), cache_file=Path(cache) if cache else None)
elapsed = time.perf_counter() - start
assert len(store.contacts) == {contacts} and len(store.meetings) == {meetings}, store.problems[:3]
start = time.perf_counter()
words = sum(len(m.debrief.value_for_me) + len(m.prep.items) for m in store.meetings.values())
bodies = time.perf_counter() - start
store.close()
print(elapsed, store.loaded_from_cache, bodies)
"""


def timed_load(
    root: Path, cache: Path | None, contacts: int, meetings: int
) -> tuple[float, int, float]:
    """Open the store in a fresh process, as the app does at start-up.

    Returns the time to open, how many records came from the cache, and the time it then
    took to read every meeting's long parts (done only when something needs them).
    """
    code = _LOAD_CHILD.format(
        desktop=str(REPO / "desktop"),
        root=str(root),
        cache=str(cache) if cache else "",
        contacts=contacts,
        meetings=meetings,
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    elapsed, from_cache, bodies = out.split()
    return float(elapsed), int(from_cache), float(bodies)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=5000)
    parser.add_argument("--meetings", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="twoway-bench-") as tmp:
        # The load cache would otherwise go to the user's cache folder.
        root = Path(tmp) / "data"
        cache = Path(tmp) / "cache.json"
        people = generate(root, args.contacts, args.meetings)
        size_mb = sum(p.stat().st_size for p in root.rglob("*.toml")) / 1e6
        print(
            f"# {args.contacts} contacts, {args.meetings} meetings, {size_mb:.1f} MB of TOML",
            file=sys.stderr,
        )

        nocache = [
            timed_load(root, None, args.contacts, args.meetings)[0]
            for _ in range(max(1, args.runs // 2))
        ]
        timed_load(root, cache, args.contacts, args.meetings)  # builds the cache
        cached = []
        bodies = []
        for _ in range(args.runs):
            elapsed, from_cache, all_bodies = timed_load(root, cache, args.contacts, args.meetings)
            assert from_cache == args.contacts + args.meetings, from_cache
            cached.append(elapsed)
            bodies.append(all_bodies)

        store = Store.open(DataPaths(root), FakeClock(), cache_file=cache)
        if hasattr(os, "sync"):
            # Write back the generated folder first, so the first saves' fsync does not
            # pay for flushing 70 MB of set-up data.
            os.sync()
        rng = random.Random(7)
        saves = []
        for n in range(30):
            contact = store.contacts[rng.choice(people).id]
            contact.notes += f"\nCalled again, round {n}."
            start = time.perf_counter()
            store.put_contact(contact)
            problems = store.flush()
            saves.append(time.perf_counter() - start)
            assert not problems and store.pending() == 0

        # As the Contacts view searches: every contact's text folded once, then scanned.
        haystacks = [contact_haystack(c) for c in store.contacts.values()]
        searches = []
        found = 0
        for _ in range(5):
            for query in QUERIES:
                start = time.perf_counter()
                words = query_words(query)
                found += sum(1 for text in haystacks if matches(text, words))
                searches.append(time.perf_counter() - start)
        assert found

    print(f"load_s: {statistics.median(cached):.3f}")
    print(f"save_ms: {statistics.median(saves) * 1000:.2f}")
    print(f"search_ms: {statistics.median(searches) * 1000:.2f}")
    print(f"load_nocache_s: {statistics.median(nocache):.3f}")
    print(
        f"# then reading every meeting's long parts: {statistics.median(bodies):.3f} s",
        file=sys.stderr,
    )
    saves.sort()
    print(
        f"# saves: fastest {saves[0] * 1000:.2f} ms, slowest {saves[-1] * 1000:.2f} ms "
        "(most of a save is the disk's fsync, which other programs' writing slows down)",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
