"""The packaged bundle next to running from source: size, `--version`, and first paint.

Run: .venv/bin/python tests/perf/bench_bundle.py [--bundle dist/twoway] [--runs 5]
Build the bundle first (packaging/build-deb does, or PyInstaller with
packaging/pyinstaller/twoway.spec). Prints the bundle's size on disk and medians for
`twoway --version` and for `twoway start` to the overlay's first paint (offscreen), each
from the bundle and from source.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def size_mb(folder: Path) -> float:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 2**20


def version_ms(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run([*command, "--version"], check=True, capture_output=True)
    return (time.perf_counter() - started) * 1000


def first_paint_ms(command: list[str]) -> float:
    with tempfile.TemporaryDirectory() as data:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "TWOWAY_REPORT_FIRST_PAINT": "1",
            "TWOWAY_FOREGROUND": "1",
        }
        started = time.time()
        out = subprocess.run(
            [*command, "--data-dir", data, "start"],
            check=True,
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        ).stdout
    values = dict(line.split(": ", 1) for line in out.splitlines() if ": " in line)
    return (float(values["first_paint_unix"]) - started) * 1000


def median_of(runs: int, measure, command: list[str]) -> float:
    measure(command)  # warm the file cache once, like a second launch
    return statistics.median(measure(command) for _ in range(runs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / "twoway")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    program = args.bundle / "twoway"
    if not program.exists():
        print(f"No bundle at {args.bundle}; build it first.", file=sys.stderr)
        return 1
    source = [sys.executable, "-m", "twoway"]
    print(f"bundle_size_mb: {size_mb(args.bundle):.0f}")
    print(f"bundle_version_ms: {median_of(args.runs, version_ms, [str(program)]):.0f}")
    print(f"source_version_ms: {median_of(args.runs, version_ms, source):.0f}")
    print(f"bundle_first_paint_ms: {median_of(args.runs, first_paint_ms, [str(program)]):.0f}")
    print(f"source_first_paint_ms: {median_of(args.runs, first_paint_ms, source):.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
