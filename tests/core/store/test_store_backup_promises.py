"""Backups keep what they promise: the number to keep, a daily one even after a clock
went wrong, every readable file even when one is not, and nothing from outside the
data folder."""

from __future__ import annotations

import os
import zipfile
from datetime import timedelta

import pytest
import store_samples as samples

from twoway.core.interop import export_backup
from twoway.core.store.backups import snapshot_time
from twoway.core.store.layout import file_stamp
from twoway.core.store.problems import NOT_BACKED_UP

DAY = 24 * 3600


def filled(store):
    person = samples.contact()
    store.put_contact(person)
    store.set_agenda(samples.agenda())
    assert store.flush() == []
    return person


def names_in(path) -> set[str]:
    with zipfile.ZipFile(path) as archive:
        return set(archive.namelist())


def test_pruning_keeps_the_number_the_user_chose(open_store, clock):
    store = open_store()
    filled(store)
    for _ in range(25):
        store.backups.take_if_due(keep=20)
        clock.advance(DAY)

    assert len(store.backups.files()) == 20


def test_an_export_never_removes_a_snapshot(open_store, clock, tmp_path):
    store = open_store()
    filled(store)
    for _ in range(20):
        store.backups.take_if_due(keep=30)
        clock.advance(DAY)

    assert export_backup(store, tmp_path / "exported.zip") == []

    assert len(store.backups.files()) == 21
    assert zipfile.is_zipfile(tmp_path / "exported.zip")


def test_a_snapshot_dated_in_the_future_does_not_block_todays(open_store, paths, clock):
    store = open_store()
    filled(store)
    paths.backups_dir.mkdir()
    future = paths.backups_dir / f"snapshot-{file_stamp(clock.wall() + timedelta(days=400))}.zip"
    future.write_bytes(store.backups.take_now().read_bytes())
    for old in store.backups.files():
        if old != future:
            old.unlink()

    today = store.backups.take_if_due(keep=1)

    assert today is not None and snapshot_time(today) <= clock.wall()
    # Today's is kept; the wrong-clock one counts as the oldest, so it goes first.
    assert store.backups.files() == [today] and not future.exists()
    clock.advance(DAY - 60)
    assert store.backups.take_if_due(keep=1) is None  # and once a day still means once a day


def test_a_hand_named_file_in_the_backups_folder_stops_no_backup(open_store, paths):
    store = open_store()
    filled(store)
    paths.backups_dir.mkdir()
    odd = paths.backups_dir / "snapshot-٢٠٢٦٠٣٠١T٠٨٠٠٠٠Z.zip"  # Arabic-Indic digits: not ours
    odd.write_bytes(b"someone's own file")
    taken = store.backups.take_if_due(keep=1)
    assert taken is not None and store.backups.files() == [taken]
    assert odd.read_bytes() == b"someone's own file"  # not ours: never listed, never removed


def test_a_file_that_cannot_be_read_is_left_out_and_named(open_store, paths, monkeypatch):
    store = open_store()
    person = filled(store)
    secret = paths.root / "contacts" / f"{person.id}.toml"
    samples.snapshots_cannot_read(monkeypatch, secret)

    snapshot = store.backups.take_now()

    assert names_in(snapshot) == {"agenda.toml"}
    [problem] = [p for p in store.problems if p.kind == NOT_BACKED_UP]
    assert problem.path == secret
    assert problem.message == "It was left out of the backup (Permission denied)."
    monkeypatch.undo()
    store.backups.take_now()
    assert [p for p in store.problems if p.kind == NOT_BACKED_UP] == []


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_links_are_never_followed_into_a_snapshot_or_an_export(open_store, paths, tmp_path):
    store = open_store()
    person = filled(store)
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "passwd.toml"
    secret.write_text('secret = "root:x:0:0"\n')
    planted = paths.root / "contacts" / "x.toml"
    os.symlink(secret, planted)
    os.symlink(outside, paths.root / "elsewhere")
    os.symlink(secret, paths.root / "settings.toml")

    exported = tmp_path / "exported.zip"
    left_out = export_backup(store, exported)

    for archive in (exported, store.backups.files()[0]):
        assert names_in(archive) == {f"contacts/{person.id}.toml", "agenda.toml"}
        with zipfile.ZipFile(archive) as opened:
            assert all(b"root:x" not in opened.read(name) for name in opened.namelist())
    said = {p.path.name: p.message for p in left_out}
    assert said == {
        "x.toml": "It was left out of the backup (it is a link to somewhere else; "
        "backups hold only the data folder's own files).",
        "elsewhere": said["x.toml"],
        "settings.toml": said["x.toml"],
    }
    assert secret.read_text() == 'secret = "root:x:0:0"\n'


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="pipes are a POSIX thing")
def test_a_pipe_in_the_folder_does_not_stop_the_backup(open_store, paths):
    store = open_store()
    person = filled(store)
    os.mkfifo(paths.root / "contacts" / "c-pipe.toml")

    snapshot = store.backups.take_now()

    assert names_in(snapshot) == {f"contacts/{person.id}.toml", "agenda.toml"}
    [problem] = [p for p in store.problems if p.kind == NOT_BACKED_UP]
    assert problem.path.name == "c-pipe.toml" and "not an ordinary file" in problem.message
