"""Remote control speed: how long a `twoway next` from a shortcut or stream deck takes.

Run: .venv/bin/python tests/perf/bench_remote.py [--runs 30]
Starts the real app offscreen with a throwaway data folder, then prints medians for
one request's round trip over the local socket (`roundtrip_ms`), for the whole
`twoway status` command as a new process (`cli_status_ms`), and for a second launch
that hands `start` to the running app and exits (`forwarded_start_ms`).
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
sys.path.insert(0, str(REPO / "desktop"))

from twoway import remote  # noqa: E402
from twoway.paths import DataPaths  # noqa: E402


def timed_ms(action) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        paths = DataPaths(Path(folder))
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        twoway = [sys.executable, "-m", "twoway", "--data-dir", folder]
        app = subprocess.Popen(twoway, env=env, stderr=subprocess.DEVNULL)
        try:
            remote.request(paths, {"command": "status"}, wait_s=30)

            def cli(*args: str) -> None:
                subprocess.run([*twoway, *args], env=env, check=True, capture_output=True)

            roundtrip = [
                timed_ms(lambda: remote.request(paths, {"command": "status"})) for _ in range(runs)
            ]
            cli_status = [timed_ms(lambda: cli("status")) for _ in range(runs)]
            forwarded = []
            for _ in range(max(3, runs // 5)):
                forwarded.append(timed_ms(lambda: cli("start")))
                cli("end")
        finally:
            app.terminate()
            app.wait(timeout=20)
    print(f"roundtrip_ms: {statistics.median(roundtrip):.2f}")
    print(f"cli_status_ms: {statistics.median(cli_status):.1f}")
    print(f"forwarded_start_ms: {statistics.median(forwarded):.1f}")


if __name__ == "__main__":
    main()
