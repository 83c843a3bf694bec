"""Benchmark of the Contacts view with many contacts: does search keep up with typing?

Builds (in memory, no files) N contacts with realistic text, then measures, as medians
of several runs:
- build_ms: the contacts model made from the store (folding every contact's text);
- keystroke_ms: one keystroke in the search field, model reset included, for each prefix
  of a typed word ("m", "ma", … "market");
- window_keystroke_ms: the same through the real window (search field, list, count);
- sort_ms: a click on the Company column header.

Goal: every keystroke well under 16 ms (one frame at 60 Hz) with 5,000 contacts.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/bench_contacts_view.py [--contacts N]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "desktop"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from twoway.core.clock import FakeClock  # noqa: E402
from twoway.core.records import Contact  # noqa: E402
from twoway.core.store import Store  # noqa: E402
from twoway.paths import DataPaths  # noqa: E402
from twoway.ui.context import AppContext  # noqa: E402
from twoway.ui.main import MainWindow  # noqa: E402
from twoway.ui.main.hub import DataHub  # noqa: E402
from twoway.ui.main.models.contacts import ContactsModel  # noqa: E402

FIRST = [
    "Ana",
    "Ben",
    "Chloé",
    "Dara",
    "Emil",
    "Fatima",
    "Goran",
    "Hana",
    "Ines",
    "Jonas",
    "Kofi",
    "Lena",
    "Marta",
    "Noor",
    "Omar",
    "Priya",
]
LAST = [
    "Okafor",
    "Duarte",
    "Berg",
    "Lima",
    "Keller",
    "Raman",
    "Fischer",
    "Osei",
    "Martin",
    "Kim",
    "Nowak",
    "Costa",
    "Silva",
]
COMPANIES = [
    "Fernhill",
    "Brightline",
    "Oakmoor",
    "Kestrel",
    "Harbor",
    "Shelfwise",
    "Northgate",
    "Lumen",
]
ROLES = ["Head of research", "Analytics manager", "Founder", "Buyer", "Product manager"]
WORDS = [
    "pricing",
    "research",
    "market",
    "retail",
    "packaging",
    "survey",
    "hiring",
    "analysts",
    "design",
    "partners",
    "leads",
    "introductions",
    "newsletter",
    "audience",
    "workshop",
    "studio",
    "launch",
]
TYPED = "market"


def contacts(count: int, rng: random.Random) -> list[Contact]:
    people = []
    for number in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        people.append(
            Contact(
                name=f"{first} {last}",
                id=f"c-bench{number:05d}",
                company=rng.choice(COMPANIES),
                role=rng.choice(ROLES),
                emails=[f"{first.lower()}.{last.lower()}{number}@example.org"],
                tags=rng.sample(WORDS, 2),
                offers=" ".join(rng.sample(WORDS, 5)),
                needs=" ".join(rng.sample(WORDS, 5)),
                notes=" ".join(rng.sample(WORDS, 8)),
            )
        )
    return people


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    paths = DataPaths(Path(tempfile.mkdtemp(prefix="twoway-bench-")))
    clock = FakeClock()
    store = Store.open(paths, clock, cache_file=None)
    for contact in contacts(args.contacts, random.Random(7)):
        store.put_contact(contact)
    context = AppContext.build(app, paths, clock)
    context.records.store = store
    hub = DataHub(store, paths, clock, context.formats)

    builds = [timed(lambda: ContactsModel(hub)) for _ in range(args.runs)]
    model = ContactsModel(hub)
    keystrokes = []
    for _ in range(args.runs):
        for end in range(1, len(TYPED) + 1):
            keystrokes.append(timed(lambda e=end: model.set_query(TYPED[:e])))
        model.set_query("")
    sorts = []
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder) * args.runs:
        sorts.append(timed(lambda o=order: model.sort(ContactsModel.COMPANY, o)))

    window = MainWindow(context)
    window.resize(1180, 780)
    window.show()
    window.show_view("contacts")
    app.processEvents()
    search = window.views["contacts"].search
    typed = []
    for _ in range(args.runs):
        for end in range(1, len(TYPED) + 1):

            def keystroke(e=end) -> None:
                search.setText(TYPED[:e])
                app.processEvents()  # the list repaints, as the user sees it

            typed.append(timed(keystroke))
        search.clear()
        app.processEvents()

    print(f"contacts: {args.contacts}")
    print(f"build_ms: {statistics.median(builds):.1f}")
    print(f"keystroke_ms: {statistics.median(keystrokes):.2f} (max {max(keystrokes):.2f})")
    print(f"window_keystroke_ms: {statistics.median(typed):.2f} (max {max(typed):.2f})")
    print(f"sort_ms: {statistics.median(sorts):.1f}")
    window.hide()
    context.overlay.close()
    store.close()
    shutil.rmtree(paths.root, ignore_errors=True)


if __name__ == "__main__":
    main()
