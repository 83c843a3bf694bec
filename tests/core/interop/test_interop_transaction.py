"""An import is one transaction: one at a time per data folder, and one that was stopped
part-way (even by SIGKILL) can be taken back with `twoway import --undo-last`.

These tests run the real command in separate processes, as two terminals or the app and
a terminal would."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from twoway.core.interop.commands import run_import, run_undo_last
from twoway.core.interop.plan import contact_content
from twoway.core.interop.transaction import (
    ImportJournal,
    ImportLock,
    JournalEntry,
    import_running,
    interrupted_import,
    journal_path,
    keep_interrupted,
    read_journal,
)
from twoway.core.records import Contact
from twoway.core.store import Store
from twoway.paths import DataPaths

REPO = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="signals and fork-free locks")


def people_csv(folder: Path, count: int) -> Path:
    path = folder / "people.csv"
    rows = ["Name,Email,Company"]
    rows += [f"Person {i:04d},person{i}@example.com,Company {i % 50}" for i in range(count)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def twoway(data: Path, *args: str, **kwargs) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(REPO / "desktop"))
    return subprocess.Popen(
        [sys.executable, "-m", "twoway", "--data-dir", str(data), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def twoway_run(data: Path, *args: str) -> tuple[int, str, str]:
    """Run the command to its end: exit code, standard output and standard error."""
    process = twoway(data, *args)
    out, err = process.communicate(timeout=120)
    return process.returncode, out, err


def run(function, *args, **kwargs) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = function(*args, out=out, err=err, **kwargs)
    return code, out.getvalue(), err.getvalue()


def contents(paths: DataPaths) -> dict[str, dict]:
    """Each contact as the user sees it (bookkeeping times left out)."""
    contacts = Store.open(paths, cache_file=None).contacts
    return {cid: contact_content(c) for cid, c in contacts.items()}


def test_two_imports_of_the_same_file_at_once_make_no_duplicates(data_dir: Path, tmp_path: Path):
    source = people_csv(tmp_path, 1000)
    first = twoway(data_dir, "import", str(source))
    second = twoway(data_dir, "import", str(source))
    outputs = [p.communicate(timeout=120) for p in (first, second)]
    results = [(p.returncode, *output) for p, output in zip((first, second), outputs, strict=True)]
    assert len(Store.open(DataPaths(data_dir), cache_file=None).contacts) == 1000
    for code, out, err in results:
        if code == 0:
            assert out.startswith(("Added 1000 contacts", "Added 0 contacts"))
        else:  # it ran while the other was writing: told so plainly, nothing written
            assert code == 1
            assert err.startswith("twoway import: Another import is running for this data")


def test_an_import_while_another_holds_the_lock_is_refused_by_name(data_dir: Path, tmp_path):
    source = people_csv(tmp_path, 3)
    with ImportLock(data_dir):  # the app importing, say
        assert import_running(data_dir) is True
        code, _out, err = twoway_run(data_dir, "import", str(source))
        assert code == 1
        assert err == (
            "twoway import: Another import is running for this data folder. Try again when "
            "it has finished; nothing was imported.\n"
        )
    assert not list(data_dir.glob("contacts/*.toml"))
    assert twoway_run(data_dir, "import", str(source))[0] == 0


def test_a_lock_held_by_another_process_is_seen_and_freed_when_it_dies(data_dir: Path):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                sys.path.insert(0, {str(REPO / "desktop")!r})
                from twoway.core.interop.transaction import ImportLock
                ImportLock({str(data_dir)!r}).acquire()
                print("held", flush=True)
                time.sleep(60)
                """
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline() == "held\n"
        assert import_running(data_dir) is True
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.communicate()
    assert import_running(data_dir) is False  # no stale lock after a crash


_KILLED_IMPORT = """
import os, signal, sys
sys.path.insert(0, {desktop!r})
import twoway.core.store.writing as store_module
real = store_module.atomic_write_many

def write_some_then_die(items):
    # Half of the contacts reach the disk, then the process is killed outright.
    items = list(items)
    real(items[: len(items) // 2])
    os.kill(os.getpid(), signal.SIGKILL)

store_module.atomic_write_many = write_some_then_die
from twoway.cli import main
main(["--data-dir", {data!r}, "import", {source!r}])
"""


def test_an_import_killed_part_way_is_undone_and_the_folder_is_as_before(
    data_dir: Path, tmp_path: Path
):
    paths = DataPaths(data_dir)
    store = Store.open(paths, cache_file=None)
    # Someone already known, whom the import gives a company (a merge to put back).
    store.put_contact(Contact(name="Person 0007", emails=["person7@example.com"]))
    store.put_contact(Contact(name="Unrelated", notes="kept as it is"))
    assert store.flush() == []
    before = contents(paths)
    source = people_csv(tmp_path, 400)
    script = _KILLED_IMPORT.format(
        desktop=str(REPO / "desktop"), data=str(data_dir), source=str(source)
    )
    killed = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert killed.returncode == -signal.SIGKILL
    partly = contents(paths)
    assert len(before) < len(partly) < len(before) + 399  # really part-way
    state = interrupted_import(data_dir)
    assert state is not None and state.source == "people.csv" and not state.finished

    # A new import is refused until the interrupted one is dealt with.
    code, _out, err = run(run_import, paths, source, None, False)
    assert code == 1 and "was stopped part-way" in err and "--undo-last" in err

    code, out, err = twoway_run(data_dir, "import", "--undo-last")
    assert (code, err) == (0, "")
    assert out.startswith("Took back the import of “people.csv” (stopped part-way")
    assert contents(paths) == before
    assert not journal_path(data_dir).exists()
    assert twoway_run(data_dir, "import", "--undo-last")[:2] == (1, "")  # nothing left


def test_undo_last_keeps_a_contact_changed_after_the_import(data_dir: Path, tmp_path: Path):
    paths = DataPaths(data_dir)
    source = people_csv(tmp_path, 3)
    assert run(run_import, paths, source, None, False)[0] == 0
    store = Store.open(paths, cache_file=None)
    edited = next(c for c in store.contacts.values() if c.name == "Person 0001")
    edited.notes = "Called on Monday"
    store.put_contact(edited)
    assert store.flush() == []
    code, out, err = run(run_undo_last, paths)
    assert (code, err) == (0, "")
    assert "removed 2 contacts" in out
    assert "  kept   Person 0001 (Company 1): changed after the import" in out
    assert [c.notes for c in Store.open(paths, cache_file=None).contacts.values()] == [
        "Called on Monday"
    ]


def test_kept_interrupted_import_is_no_longer_offered_but_can_still_be_undone(data_dir: Path):
    paths = DataPaths(data_dir)
    journal_path(data_dir).write_text(
        '{"journal": 1, "started": "2026-03-02T09:00:00+00:00", "source": "a.vcf"}\n'
        '{"batch": [["c-000000000001", null, ["Ana", "c-000000000001"'  # cut short by a crash
    )
    state = read_journal(data_dir)
    assert state is not None and state.entries == [] and not state.finished
    keep_interrupted(data_dir)
    assert interrupted_import(data_dir) is None
    assert read_journal(data_dir).finished
    assert run(run_undo_last, paths)[0] == 0


def test_whether_an_import_finished_is_read_without_its_records(data_dir: Path):
    started = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    journal = ImportJournal.begin(data_dir, "people.csv", started)
    # A note quoting the word does not pass for the line that ends the import.
    tricky = Contact(name="Ana", notes='She said "finished": done.')
    journal.record([JournalEntry(tricky.id, None, tricky)])
    light = read_journal(data_dir, entries=False)
    assert light is not None and not light.finished and light.entries == []
    assert (light.started, light.source) == (started, "people.csv")
    journal.finish(started)
    light, full = read_journal(data_dir, entries=False), read_journal(data_dir)
    assert light.finished and full.finished
    assert light.entries == [] and [e.contact_id for e in full.entries] == [tricky.id]
