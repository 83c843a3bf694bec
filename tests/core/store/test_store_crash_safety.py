"""Crash safety with real processes: a writer saving in a loop is killed with SIGKILL 200
times at random moments. Afterwards every file parses and holds either the old or the
new content, never a mix, and never an older version than before."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from twoway.core.store import Store
from twoway.paths import DataPaths

DESKTOP = Path(__file__).resolve().parents[3] / "desktop"
KILLS = 200
IDS = [f"c-crash{n}" for n in range(4)]

# Each round rewrites every contact with one version number in three fields; a file that
# mixed two rounds would show two different numbers.
WRITER = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from twoway.core.records import Contact
from twoway.core.store import Store
from twoway.paths import DataPaths

store = Store.open(DataPaths(Path(sys.argv[2])), cache_file=None)
version = 1 + max((int(c.company.split()[-1]) for c in store.contacts.values()), default=0)
print("ready", flush=True)
while True:
    for cid in sys.argv[3:]:
        contact = store.contacts.get(cid) or Contact(name="", id=cid)
        contact.name = f"Version {version}"
        contact.company = f"Round {version}"
        contact.notes = f"v{version}\\n" * (2000 + 3000 * (version % 3))
        store.put_contact(contact)
    assert store.flush() == []
    version += 1
"""


def versions_on_disk(folder: Path) -> dict[str, int]:
    """Each file's version; fails the test if a file does not parse or mixes versions."""
    found = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            numbers = {
                int(data["name"].split()[-1]),
                int(data["company"].split()[-1]),
                *(int(line[1:]) for line in data["notes"].splitlines()),
            }
        except (ValueError, KeyError, UnicodeDecodeError) as exc:
            pytest.fail(f"{path.name} is damaged: {exc!r}")
        assert len(numbers) == 1, f"{path.name} mixes versions {sorted(numbers)}"
        (version,) = numbers
        expected_lines = 2000 + 3000 * (version % 3)
        assert data["notes"].count("\n") == expected_lines, f"{path.name} is cut short"
        found[path.stem] = version
    return found


@pytest.mark.slow
def test_a_writer_killed_200_times_never_leaves_a_broken_or_mixed_file(data_dir):
    rng = random.Random(20260105)
    contacts = data_dir / "contacts"
    last: dict[str, int] = {}
    interrupted_writes = 0  # kills that left a temporary file: caught in the middle of a save
    files_checked = 0
    rounds_seen = set()
    started = time.monotonic()

    for _ in range(KILLS):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(DESKTOP), str(data_dir), *IDS],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.12))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
        assert writer.returncode == -signal.SIGKILL

        interrupted_writes += any(name.endswith(".tmp") for name in os.listdir(contacts))
        now = versions_on_disk(contacts)
        files_checked += len(now)
        for cid, version in now.items():
            assert version >= last.get(cid, 0), f"{cid} went back from {last[cid]} to {version}"
        last.update(now)
        rounds_seen.update(now.values())

    elapsed = time.monotonic() - started
    print(
        f"{KILLS} kills in {elapsed:.1f} s; {files_checked} files checked; "
        f"{interrupted_writes} kills landed mid-save; {len(rounds_seen)} versions seen"
    )
    assert files_checked >= (KILLS - 10) * len(IDS)  # all files, from the first saves on
    assert set(last) == set(IDS)
    assert interrupted_writes >= 1  # the kills did hit saves in progress
    assert len(rounds_seen) > 20  # and the writer kept making progress between kills

    store = Store.open(DataPaths(data_dir), cache_file=None)
    assert store.problems == []
    assert sorted(store.contacts) == sorted(IDS)
    assert not any(name.endswith(".tmp") for name in os.listdir(contacts))
