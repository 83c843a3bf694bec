"""Only Twoway's own temporary files are cleared at start; a sync tool's are left alone."""

from __future__ import annotations

import os
from pathlib import Path

from twoway.core.atomic import atomic_write_bytes
from twoway.core.records import Agenda, Contact


def test_only_our_own_temporary_files_are_removed_at_start(open_store, paths):
    store = open_store()
    person = Contact(name="Ada")
    store.put_contact(person)
    store.set_agenda(Agenda(goal="A new role"))
    store.flush()
    contacts = paths.root / "contacts"
    theirs = {
        contacts / f".syncthing.{person.id}.toml.tmp": b"Syncthing is writing this",
        contacts / ".dropbox.cache.tmp": b"Dropbox's own",
        contacts / f".{person.id}.toml.abcd.tmp": b"someone else's temporary file",
        paths.root / ".syncthing.agenda.toml.tmp": b"Syncthing again",
        paths.root / ".dropbox": b"{}",
        paths.root / ".stfolder.tmp": b"",
    }
    for path, data in theirs.items():
        path.write_bytes(data)
    ours = [
        contacts / f".twoway-{person.id}.toml.q1w2.tmp",
        paths.root / ".twoway-agenda.toml.z9.tmp",
    ]
    for path in ours:
        path.write_text("half written")

    again = open_store()

    assert {path: path.read_bytes() for path in theirs} == theirs
    assert not any(path.exists() for path in ours)
    assert again.contacts[person.id].name == "Ada" and again.problems == []


def test_our_writes_use_our_own_temporary_names(paths, monkeypatch):
    seen = []
    real_replace = os.replace

    def watching(source, target):
        seen.append(Path(source).name)
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", watching)
    atomic_write_bytes(paths.root / "contacts" / "c-1.toml", b"schema = 2")

    [name] = seen
    assert name.startswith(".twoway-c-1.toml.") and name.endswith(".tmp")
    assert (paths.root / "contacts" / "c-1.toml").read_bytes() == b"schema = 2"
