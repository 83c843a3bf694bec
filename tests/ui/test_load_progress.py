"""A long first load of the records keeps the app painting and says how far it got."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from twoway.core.clock import FakeClock
from twoway.paths import DataPaths
from twoway.ui import load_progress
from twoway.ui.context import AppContext


def _write_contacts(data_dir, count: int) -> None:
    folder = data_dir / "contacts"
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (folder / f"c-{number:04d}.toml").write_text(
            f'schema = 2\nname = "Person {number}"\ncompany = "Café Númeró"\n', encoding="utf-8"
        )


def _context(qtbot, data_dir) -> AppContext:
    context = AppContext.build(QApplication.instance(), DataPaths(data_dir), FakeClock())
    qtbot.addWidget(context.overlay)
    return context


def _open_store_and_watch(context) -> list[dict]:
    """Open the store; what a timer due at once saw when it ran."""
    seen: list[dict] = []

    def during():
        note = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, load_progress.LoadNote)),
            None,
        )
        seen.append(
            {
                "loading": context.records.loading,
                "note": note.label.text() if note is not None and note.isVisible() else None,
                "name": context.meetings.contact_name("c-0001"),
                "planned": context.meetings.planned(),
            }
        )

    QTimer.singleShot(0, during)
    context.records.open()
    return seen


def test_a_long_load_keeps_the_app_running_and_shows_how_far_it_got(qtbot, data_dir, monkeypatch):
    _write_contacts(data_dir, 300)
    monkeypatch.setattr(load_progress, "SHOW_AFTER_S", 0.0)  # as if reading took long
    context = _context(qtbot, data_dir)

    seen = _open_store_and_watch(context)

    # The timer ran while the records were being read, not after.
    assert len(seen) == 1 and seen[0]["loading"]
    assert "Loading your records" in seen[0]["note"] and "of 300" in seen[0]["note"]
    # Asking for records meanwhile neither waits nor loads them twice.
    assert seen[0]["name"] == "" and seen[0]["planned"] == []
    assert len(context.records.store.contacts) == 300
    assert not context.records.loading
    assert context.meetings.contact_name("c-0001") == "Person 1"
    qtbot.waitUntil(
        lambda: (
            not any(
                isinstance(w, load_progress.LoadNote) and w.isVisible()
                for w in QApplication.topLevelWidgets()
            )
        )
    )


def test_a_quick_load_shows_no_note(qtbot, data_dir, monkeypatch):
    _write_contacts(data_dir, 5)
    shown = []
    monkeypatch.setattr(load_progress.LoadNote, "show", lambda note: shown.append(note))
    context = _context(qtbot, data_dir)

    context.records.open()

    assert shown == []
    assert len(context.records.store.contacts) == 5


def test_a_meeting_ended_while_loading_is_kept_once_the_records_are_there(
    qtbot, data_dir, monkeypatch
):
    _write_contacts(data_dir, 50)
    context = _context(qtbot, data_dir)
    ended = []
    monkeypatch.setattr(
        context,
        "_meeting_ended",
        lambda record, info: ended.append(context.records.store is not None),
    )
    context.records.loading = True  # as during a load
    AppContext._meeting_ended(context, "record", None)
    assert ended == []

    context.records.loading = False
    context.records.open()

    qtbot.waitUntil(lambda: ended == [True])
