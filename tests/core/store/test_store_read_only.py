"""A folder that cannot be written, or a full disk: a clear problem, and nothing typed lost.

As root, permission bits do not stop writes, so these tests then make the writes fail the
way a read-only folder does: the rename that completes each save raises PermissionError.
As an ordinary user they remove the write permission from the real folders.
"""

from __future__ import annotations

import errno
import os
import stat
import tomllib
from pathlib import Path

import pytest
import store_samples as samples

from twoway.core.records import Contact
from twoway.core.store import Store
from twoway.core.store.layout import CONTACT
from twoway.core.store.problems import DISK_FULL, NOT_SAVED, READ_ONLY

AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


class ReadOnly:
    """Makes the data folder unwritable, by permissions or (as root) by failing renames."""

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.root = root
        self.monkeypatch = monkeypatch
        self.folders = [root, *(p for p in root.rglob("*") if p.is_dir())]

    def __enter__(self) -> ReadOnly:
        if AS_ROOT:
            real_replace = os.replace

            def refuse(source, target, *args, **kwargs):
                if Path(target).is_relative_to(self.root):
                    raise PermissionError(errno.EACCES, "Permission denied", str(target))
                return real_replace(source, target, *args, **kwargs)

            self.monkeypatch.setattr(os, "replace", refuse)
        else:
            for folder in self.folders:
                folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        return self

    def __exit__(self, *exc) -> None:
        if AS_ROOT:
            self.monkeypatch.undo()
        else:
            for folder in self.folders:
                folder.chmod(stat.S_IRWXU)


def edits(store: Store) -> tuple[Contact, Contact]:
    kept = Contact(name="Kept on disk")
    gone = Contact(name="To delete")
    store.put_contact(kept)
    store.put_contact(gone)
    assert store.flush() == []
    return kept, gone


def test_a_read_only_folder_keeps_every_edit_pending(open_store, paths, monkeypatch):
    store = open_store()
    kept, gone = edits(store)
    before = {p: p.read_bytes() for p in paths.root.rglob("*.toml")}
    kept.notes = "typed while the folder was read-only"
    store.put_contact(kept)
    store.delete_contact(gone.id)
    newcomer = Contact(name="New while read-only")
    store.put_contact(newcomer)

    with ReadOnly(paths.root, monkeypatch):
        problems = store.flush()

        assert {p.kind for p in problems} == {READ_ONLY}
        assert {p.record_id for p in problems} == {kept.id, gone.id, newcomer.id}
        assert "read-only" in problems[0].message and "kept" in problems[0].message
        assert store.pending() == 3
        assert store.contacts[kept.id].notes == "typed while the folder was read-only"
        assert {p: p.read_bytes() for p in paths.root.rglob("*.toml")} == before
        assert len(store.problems) == 3

    assert store.flush() == []
    assert store.pending() == 0 and store.problems == []
    again = open_store(cache=False)
    assert again.contacts[kept.id].notes == "typed while the folder was read-only"
    assert gone.id not in again.contacts and newcomer.id in again.contacts


def test_quitting_with_a_read_only_folder_copies_the_unsaved_records_out(
    open_store, paths, monkeypatch, tmp_path
):
    store = open_store()
    kept, gone = edits(store)
    kept.notes = "typed just before quitting"
    store.put_contact(kept)
    store.delete_contact(gone.id)  # a deletion needs no copy: the record is still on disk
    unsaved = tmp_path / "unsaved" / "at quit"

    with ReadOnly(paths.root, monkeypatch):
        problems = store.close(unsaved_dir=unsaved)

    assert {p.record_id for p in problems} == {kept.id, gone.id}
    [copy] = list(unsaved.rglob("*.toml"))
    assert copy.relative_to(unsaved) == CONTACT.path(paths.root, kept.id).relative_to(paths.root)
    assert tomllib.loads(copy.read_text(encoding="utf-8"))["notes"] == "typed just before quitting"
    assert store.close(unsaved_dir=tmp_path / "nothing") == []  # saved: nothing copied
    assert not (tmp_path / "nothing").exists()


def test_a_full_disk_keeps_edits_pending_and_says_so(open_store, paths, monkeypatch):
    store = open_store()
    kept, _ = edits(store)
    kept.notes = "a long note on a full disk"
    store.put_contact(kept)

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    [problem] = store.flush()
    monkeypatch.undo()

    assert problem.kind == DISK_FULL and "disk is full" in problem.message
    assert store.pending() == 1
    assert not list(paths.root.rglob(".*.tmp"))  # no half-written temporary file left
    assert store.flush() == []
    text = CONTACT.path(paths.root, kept.id).read_text(encoding="utf-8")
    assert tomllib.loads(text)["notes"] == "a long note on a full disk"


def test_a_data_folder_that_cannot_be_created(tmp_path, clock):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    from twoway.paths import DataPaths

    store = Store.open(DataPaths(blocker / "data"), clock, cache_file=None)
    store.put_contact(Contact(name="Typed anyway"))
    problems = store.flush()

    assert store.problems and problems
    assert {p.kind for p in problems} <= {READ_ONLY, NOT_SAVED}
    assert store.pending() == 1
    assert [c.name for c in store.contacts.values()] == ["Typed anyway"]


def test_a_backup_that_cannot_be_written_is_reported(open_store, paths, monkeypatch):
    store = open_store()
    edits(store)

    with ReadOnly(paths.root, monkeypatch):
        assert store.backups.take_if_due() is None
        assert any(p.path == paths.backups_dir for p in store.problems)

    assert store.backups.take_if_due() is not None
    assert not any(p.path == paths.backups_dir for p in store.problems)


def test_a_migrated_file_is_not_rewritten_without_its_backup(open_store, paths, monkeypatch):
    path = CONTACT.path(paths.root, "c-old")
    path.parent.mkdir(parents=True)
    old = b'schema = 1\nname = "Old Shape"\nemail = "old@example.org"\n'
    path.write_bytes(old)

    with ReadOnly(paths.root, monkeypatch):
        store = open_store()
        assert store.contacts["c-old"].emails == ["old@example.org"]
        assert store.pending() == 1
        assert path.read_bytes() == old

    assert store.flush() == []
    assert tomllib.loads(path.read_text(encoding="utf-8"))["schema"] == CONTACT.schema
    assert [p.read_bytes() for p in (paths.backups_dir / "migrated").rglob("*.toml")] == [old]


def test_agenda_edits_wait_for_a_writable_folder_too(open_store, paths, monkeypatch):
    store = open_store()
    store.set_agenda(samples.agenda(goal="Before"))
    store.flush()
    store.set_agenda(samples.agenda(goal="After"))

    with ReadOnly(paths.root, monkeypatch):
        assert [p.record_kind for p in store.flush()] == ["agenda"]

    assert store.flush() == []
    assert open_store(cache=False).agenda.goal == "After"
