"""An import from the window is one transaction with the command line's: one at a time
per data folder, cancellable part-way with nothing left behind, and an import that was
stopped part-way is offered for undoing when the window opens."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from twoway.core.clock import FakeClock
from twoway.core.interop import plan_import, read_contacts
from twoway.core.interop.apply import apply_import
from twoway.core.interop.commands import run_import
from twoway.core.interop.transaction import ImportJournal, ImportLock, journal_path
from twoway.core.records import Contact
from twoway.core.store import Store
from twoway.ui.main import MainWindow, batch_run, transfer


def people_csv(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "people.csv"
    lines = ["Name,Email"] + [f"Person {i:04d},p{i}@example.com" for i in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def open_preview(window, monkeypatch, path: Path):
    monkeypatch.setattr(transfer, "choose_import_file", lambda parent, folder: path)
    window.actions_by_name["import"].trigger()
    return window.transfer.dialog


def files(paths) -> int:
    return len(list((paths.root / "contacts").glob("*.toml")))


def test_the_window_says_plainly_when_another_import_is_running(
    qtbot, window, monkeypatch, tmp_path, paths
):
    dialog = open_preview(window, monkeypatch, people_csv(tmp_path, 5))
    with ImportLock(paths.root):  # the command line importing into the same folder
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        box = window.transfer.message_box
        assert box.text() == (
            "Another import is running for this data folder. Try again when it has "
            "finished; nothing was imported."
        )
    assert len(window.hub.store.contacts) == 0 and files(paths) == 0
    assert not journal_path(paths.root).exists()
    assert not window.transfer.busy


def test_the_same_file_imported_from_the_command_line_meanwhile_is_not_added_twice(
    qtbot, window, monkeypatch, tmp_path, paths
):
    source = people_csv(tmp_path, 120)
    dialog = open_preview(window, monkeypatch, source)
    assert len(dialog.plan.added) == 120
    # While the preview is open, the command line imports the same file.
    out, err = io.StringIO(), io.StringIO()
    assert run_import(paths, source, None, False, out=out, err=err) == 0
    with qtbot.waitSignal(window.transfer.finished, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(window.hub.store.contacts) == 120
    assert files(paths) == 120


def test_a_preview_still_true_is_imported_as_shown_without_planning_again(
    qtbot, window, monkeypatch, tmp_path, paths
):
    """Planning 30,000 people again would hold the window for half a second: it is done
    only when a contact changed since the preview."""
    dialog = open_preview(window, monkeypatch, people_csv(tmp_path, 40))
    planned = []
    monkeypatch.setattr(
        transfer, "plan_import", lambda *args: planned.append(args) or plan_import(*args)
    )
    with qtbot.waitSignal(window.transfer.finished, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert planned == [] and len(window.hub.store.contacts) == 40 and files(paths) == 40


def test_cancel_part_way_leaves_nothing_behind(qtbot, window, monkeypatch, tmp_path, paths):
    monkeypatch.setattr(batch_run, "MAX_BATCH", batch_run.BATCH)
    dialog = open_preview(window, monkeypatch, people_csv(tmp_path, batch_run.BATCH * 6))
    real = transfer.apply_import
    calls = []

    def cancel_after_two(store, plan, clock=None, journal=None):
        calls.append(plan)
        if len(calls) == 2:
            window.transfer.run.cancel()  # the user presses Cancel in the progress window
        return real(store, plan, clock, journal)

    monkeypatch.setattr(transfer, "apply_import", cancel_after_two)
    with qtbot.waitSignal(window.transfer.finished, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(calls) == 2  # stopped after the batch under way
    assert files(paths) == 0 and len(window.hub.store.contacts) == 0
    assert not journal_path(paths.root).exists()
    assert window.statusBar().currentMessage() == "Import cancelled; nothing was imported."
    assert not window.actions_by_name["undo-import"].isEnabled()


def interrupted(paths, tmp_path) -> None:
    """An import that wrote its first batch and was then stopped (the process died)."""
    store = Store.open(paths, FakeClock(), cache_file=None)
    parsed = read_contacts(people_csv(tmp_path, 30))
    plan = plan_import(store.contacts.values(), parsed.contacts)
    plan.added = plan.added[:10]
    journal = ImportJournal.begin(paths.root, "people.csv", store.clock.wall())
    apply_import(store, plan, journal=journal)  # no finish(): it never got that far


@pytest.fixture
def reopen(qtbot, context):
    def make() -> MainWindow:
        main = MainWindow(context)
        qtbot.addWidget(main)
        main.show()
        qtbot.wait(50)  # the offer comes once the window is up
        return main

    return make


@pytest.mark.parametrize("choice", ["undo", "keep", "later"])
def test_an_interrupted_import_is_offered_when_the_window_opens(
    qtbot, monkeypatch, tmp_path, paths, store, reopen, choice
):
    store.put_contact(Contact(name="Already here"))
    store.flush()
    interrupted(paths, tmp_path)
    asked = []
    monkeypatch.setattr(
        transfer, "ask_about_interrupted", lambda parent, state: asked.append(state) or choice
    )
    store.rescan()
    window = reopen()
    assert [state.source for state in asked] == ["people.csv"]
    names = sorted(c.name for c in window.hub.store.contacts.values())
    if choice == "undo":
        assert names == ["Already here"]
        assert files(paths) == 1
        assert not journal_path(paths.root).exists()
        assert window.statusBar().currentMessage().startswith("Import undone: 10 contacts removed")
    else:
        assert len(names) == 11
    asked.clear()
    reopen()  # asked again only when the user chose to decide later
    assert len(asked) == (1 if choice == "later" else 0)


def test_an_import_finished_before_a_restart_can_still_be_undone_from_the_menu(
    qtbot, tmp_path, paths, store, reopen, answer
):
    store.put_contact(Contact(name="Already here"))
    store.flush()
    out, err = io.StringIO(), io.StringIO()  # imported, then Twoway was quit and started
    assert run_import(paths, people_csv(tmp_path, 12), None, False, out=out, err=err) == 0
    store.rescan()
    window = reopen()
    undo = window.actions_by_name["undo-import"]
    assert window.transfer.last_receipt is None and undo.isEnabled()
    undo.trigger()
    assert answer.questions and answer.questions[0].startswith("Take back the import of ")
    assert sorted(c.name for c in window.hub.store.contacts.values()) == ["Already here"]
    assert files(paths) == 1
    assert not journal_path(paths.root).exists()
    assert window.statusBar().currentMessage().startswith("Import undone: 12 contacts removed")
    assert not undo.isEnabled()
