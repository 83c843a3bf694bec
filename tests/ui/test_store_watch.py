"""Files changed by another program while Twoway runs are picked up by themselves."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from twoway.core.clock import FakeClock
from twoway.core.records import Contact
from twoway.paths import DataPaths
from twoway.ui.context import AppContext


def test_a_contact_added_by_a_sync_tool_appears(qtbot, data_dir):
    context = AppContext.build(QApplication.instance(), DataPaths(data_dir), FakeClock())
    qtbot.addWidget(context.overlay)
    store = context.open_store()
    assert store.contacts == {}
    # Another machine's Twoway wrote this file; a sync tool brought it here.
    (data_dir / "contacts" / "c-0123456789ab.toml").write_text(
        'schema = 2\nname = "Inès Duarte"\ncompany = "Atelier Nord"\n', encoding="utf-8"
    )
    qtbot.waitUntil(lambda: "c-0123456789ab" in store.contacts, timeout=5000)
    assert store.contacts["c-0123456789ab"].name == "Inès Duarte"


def test_our_own_saves_do_not_count_as_outside_changes(qtbot, data_dir, monkeypatch):
    context = AppContext.build(QApplication.instance(), DataPaths(data_dir), FakeClock())
    qtbot.addWidget(context.overlay)
    store = context.open_store()
    summaries = []
    real_rescan = store.rescan

    def watched_rescan():
        summaries.append(real_rescan())
        return summaries[-1]

    monkeypatch.setattr(store, "rescan", watched_rescan)
    store.put_contact(Contact(name="Ana"))
    store.flush()
    qtbot.waitUntil(lambda: bool(summaries), timeout=5000)
    assert not summaries[-1], "a file Twoway wrote itself is not news"


def test_the_daily_backup_is_taken_when_the_store_opens(qtbot, data_dir):
    context = AppContext.build(QApplication.instance(), DataPaths(data_dir), FakeClock())
    qtbot.addWidget(context.overlay)
    store = context.open_store()
    assert len(store.list_backups()) == 1
    context.backup_if_due()
    assert len(store.list_backups()) == 1, "one a day, not one per call"
