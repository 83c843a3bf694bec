"""Benchmark of File ▸ Import contacts in the main window with a large file.

Writes a CSV of N people (a tenth of them already contacts, so the preview has merges),
then measures through the real window:
- preview_s: from choosing the file to the preview on screen (read, plan, list filled);
- apply_s: from pressing Import until the last contact is saved;
- longest_stall_ms: the longest time the window went without handling events while the
  import was written, seen by a zero-interval timer (goal: well under 250 ms, so the
  window never looks frozen);
- refresh_ms: every view brought up to date afterwards (one step, on the UI thread);
- undo_s: File ▸ Undo last import, all of it.

With --linkedin, the file is LinkedIn's Connections.csv (as tests/perf/bench_import.py
writes it) and the folder starts empty; it also prints
- import_window_<N>_s: preview and apply together, what the user waits for in all
  (the goal for 30,000 connections: under 10 s).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/bench_import_ui.py [--contacts N]
[--linkedin] [--in FOLDER] (see bench_import.py for --in)
     QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/bench_import_ui.py --linkedin
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "desktop"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from twoway.core.clock import FakeClock  # noqa: E402
from twoway.core.records import Contact  # noqa: E402
from twoway.core.store import Store  # noqa: E402
from twoway.paths import DataPaths  # noqa: E402
from twoway.ui.context import AppContext  # noqa: E402
from twoway.ui.main import MainWindow, batch_run, common  # noqa: E402


def people_file(folder: Path, count: int) -> Path:
    path = folder / "people.csv"
    lines = ["Name,Email,Company,Role,Phone"]
    for i in range(count):
        lines.append(
            f"Person {i:05d},person{i}@example.com,Company {i % 300},Role {i % 40},"
            f"+44 20 7946 {i:04d}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def wait_for(app: QApplication, done) -> None:
    while not done():
        app.processEvents()
        time.sleep(0.001)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=None)
    parser.add_argument("--linkedin", action="store_true", help="Connections.csv, empty folder")
    parser.add_argument("--skip-undo", action="store_true", help="leave out undo_s")
    parser.add_argument("--in", dest="where", default=None, help="where to make the folder")
    args = parser.parse_args()
    args.contacts = args.contacts or (30000 if args.linkedin else 5000)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    root = Path(tempfile.mkdtemp(prefix="twoway-bench-import-", dir=args.where))
    paths = DataPaths(root / "data")
    clock = FakeClock()
    store = Store.open(paths, clock, cache_file=None)
    if not args.linkedin:
        for i in range(0, args.contacts, 10):  # a tenth already known, without a phone
            store.put_contact(Contact(name=f"Person {i:05d}", emails=[f"person{i}@example.com"]))
        store.flush()
    context = AppContext.build(app, paths, clock)
    context.records.store = store
    window = MainWindow(context)
    window.show()
    if args.linkedin:
        from bench_import import connections_file

        source = connections_file(root, args.contacts)
    else:
        source = people_file(root, args.contacts)

    started = time.perf_counter()
    dialog = window.transfer.preview_import(source)
    app.processEvents()
    preview_s = time.perf_counter() - started
    print(
        f"contacts={args.contacts} to_add={len(dialog.plan.added)} "
        f"to_merge={len(dialog.plan.merged)}"
    )
    print(f"preview_s={preview_s:.2f}")

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.timeout.connect(tick)
    ticker.start(0)
    finished: list[bool] = []
    window.transfer.finished.connect(lambda: finished.append(True))
    started = time.perf_counter()
    last[0] = started
    dialog.accept()
    wait_for(app, lambda: finished)
    apply_s = time.perf_counter() - started
    ticker.stop()
    print(f"apply_s={apply_s:.2f} longest_stall_ms={max(gaps) * 1000:.0f}")
    if args.linkedin:
        label = "30k" if args.contacts == 30000 else str(args.contacts)
        print(f"import_window_{label}_s: {preview_s + apply_s:.2f}")
    print(f"batch={batch_run.BATCH} contacts_saved={len(store.contacts)}")
    started = time.perf_counter()
    window.hub.reset.emit()  # what the end of the import does to refresh every view
    print(f"refresh_ms={(time.perf_counter() - started) * 1000:.0f}")

    if args.skip_undo:
        window.close()
        return
    common.confirm = lambda *args, **kwargs: True  # answer the question for the benchmark
    finished.clear()
    started = time.perf_counter()
    window.transfer.undo_last_import()
    wait_for(app, lambda: finished)
    print(f"undo_s={time.perf_counter() - started:.2f} contacts_left={len(store.contacts)}")
    window.close()


if __name__ == "__main__":
    main()
