"""Benchmark of `twoway import` with LinkedIn's Connections.csv at its limit of 30,000.

Writes a Connections.csv of N people into a fresh data folder's neighbourhood, then runs
the command line's import in a separate process (what a user waits for, start-up
included) and prints:
- import_30k_s: the whole `twoway import` of a fresh file into an empty folder;
- reimport_30k_s: the same file again (every row already a contact, nothing written);
- import_30k_cpu_s: the processor time of that import (user and system): the code's
  share, apart from how long the disk takes to create 30,000 files;
- contacts: how many contact files the data folder holds afterwards.

Run: .venv/bin/python tests/perf/bench_import.py [--contacts N] [--in FOLDER]
(--in /dev/shm measures the code apart from a slow disk: where creating a file takes the
kernel a third of a millisecond, 30,000 of them take 10 s whatever Twoway does.)
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"


def connections_file(folder: Path, count: int) -> Path:
    """A Connections.csv as LinkedIn writes it: notes first, then the header row."""
    path = folder / "Connections.csv"
    lines = ["Notes:", '"When exporting your connection data, you may notice…"', "", _HEADER]
    for i in range(count):
        email = f"person{i}@example.com" if i % 5 == 0 else ""
        lines.append(
            f"Person,Number {i:05d},https://www.linkedin.com/in/person-{i},{email},"
            f"Company {i % 700},Role {i % 60},{1 + i % 28:02d} Mar 2024"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_import(data: Path, source: Path) -> tuple[float, float]:
    """Wall time and processor time of one `twoway import`."""
    env = dict(os.environ, PYTHONPATH=str(REPO / "desktop"))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "twoway", "--data-dir", str(data), "import", str(source)],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=30000)
    parser.add_argument("--in", dest="where", default=None, help="where to make the folder")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="twoway-bench-import-", dir=args.where))
    try:
        source = connections_file(root, args.contacts)
        data = root / "data"
        label = "30k" if args.contacts == 30000 else str(args.contacts)
        wall, cpu = run_import(data, source)
        print(f"import_{label}_s: {wall:.2f}", flush=True)
        print(f"import_{label}_cpu_s: {cpu:.2f}", flush=True)
        print(f"reimport_{label}_s: {run_import(data, source)[0]:.2f}", flush=True)
        print(f"contacts: {len(list((data / 'contacts').glob('*.toml')))}")
    finally:
        shutil.rmtree(root, ignore_errors=True)  # 30,000 files a run: not left in /tmp


if __name__ == "__main__":
    main()
