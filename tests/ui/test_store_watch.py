"""Files changed by another program while Twoway runs are picked up by themselves."""

from __future__ import annotations

from twoway.core.records import Contact
from twoway.paths import DataPaths


def test_a_contact_added_by_a_sync_tool_appears(build_context, qtbot, data_dir):
    context = build_context()
    store = context.records.open()
    assert store.contacts == {}
    # Another machine's Twoway wrote this file; a sync tool brought it here.
    (data_dir / "contacts" / "c-0123456789ab.toml").write_text(
        'schema = 2\nname = "Inès Duarte"\ncompany = "Atelier Nord"\n', encoding="utf-8"
    )
    qtbot.waitUntil(lambda: "c-0123456789ab" in store.contacts, timeout=5000)
    assert store.contacts["c-0123456789ab"].name == "Inès Duarte"


def test_our_own_saves_do_not_count_as_outside_changes(build_context, qtbot, data_dir, monkeypatch):
    context = build_context()
    store = context.records.open()
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


def test_the_daily_backup_is_taken_when_the_store_opens(build_context, qtbot, data_dir):
    context = build_context()
    store = context.records.open()
    assert len(store.backups.files()) == 1
    context.records.backup_if_due()
    assert len(store.backups.files()) == 1, "one a day, not one per call"


def test_a_setting_changed_on_another_device_takes_effect_here(build_context, qtbot, data_dir):
    paths = DataPaths(data_dir)
    paths.settings_file.write_text('schema = 1\n[overlay]\nsize = "small"\n', encoding="utf-8")
    context = build_context(paths)
    assert context.overlay.size_name == "small"

    # The other device's Twoway changed the size and the volume; a sync tool brings it.
    arrived = 'schema = 1\n[overlay]\nsize = "large"\nclick_through = true\n[sound]\nvolume = 0.2\n'
    paths.settings_file.write_text(arrived, encoding="utf-8")

    qtbot.waitUntil(lambda: context.overlay.size_name == "large", timeout=5000)
    assert context.chime.volume == 0.2 and context.overlay.click_through
    qtbot.wait(1500)  # another round of the watcher, had anything been written
    assert paths.settings_file.read_text(encoding="utf-8") == arrived, "not sent back"
    # A change made here afterwards keeps the other device's change in the file.
    context.preferences.set("overlay.locked", True)
    text = paths.settings_file.read_text(encoding="utf-8")
    assert 'size = "large"' in text and "volume = 0.2" in text and "locked = true" in text


def test_a_record_deleted_here_that_comes_back_is_told(build_context, qtbot, data_dir):
    context = build_context()
    store = context.records.open()
    store.put_contact(Contact(name="Ana Souza", id="c-0123456789ab"))
    store.flush()
    path = data_dir / "contacts" / "c-0123456789ab.toml"
    edited_elsewhere = path.read_text(encoding="utf-8").replace("Ana Souza", "Ana Souza-Lima")
    store.delete_contact("c-0123456789ab")
    store.flush()
    told = []
    context.started = True  # start-up is over: notices are said when they come
    context.notices.desktop = None
    context.notices.tray_balloon = lambda notice: told.append(notice.text)

    path.write_text(edited_elsewhere, encoding="utf-8")  # the sync tool's rule: the edit wins

    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert "Ana Souza-Lima" in told[0] and "another device" in told[0]


def test_a_format_added_on_another_device_can_be_used_here(build_context, qtbot, data_dir):
    paths = DataPaths(data_dir)
    context = build_context(paths)
    assert context.formats.find("walk") is None

    paths.formats_dir.mkdir(exist_ok=True)
    (paths.formats_dir / "walk.toml").write_text(
        'schema = 1\nname = "Walk"\nslot_minutes = 30\n\n[[phases]]\ntitle = "Talk"\n'
        'owner = "both"\nminutes = 30\n',
        encoding="utf-8",
    )

    qtbot.waitUntil(lambda: context.formats.find("walk") is not None, timeout=5000)
    assert context.meetings.start_by_name("Walk", "Ana") == ""

    # The folder, made after start, is watched from then on: a change inside it is seen.
    qtbot.waitUntil(lambda: str(paths.formats_dir) in context.store_watcher.watched(), timeout=5000)
    (paths.formats_dir / "walk.toml").unlink()
    qtbot.waitUntil(lambda: context.formats.find("walk") is None, timeout=5000)


def test_after_shut_down_the_last_saves_start_no_rescan(
    build_context, qtbot, data_dir, monkeypatch
):
    context = build_context()
    store = context.records.open()
    rescans = []
    monkeypatch.setattr(store, "rescan", lambda: rescans.append(1))
    store.put_contact(Contact(name="Ana"))  # unsaved: shut-down writes it
    context.shutdown()
    assert any((data_dir / "contacts").glob("*.toml")), "saved at shut-down"
    (data_dir / "contacts" / "c-0123456789ab.toml").write_text(
        'schema = 2\nname = "Inès Duarte"\n', encoding="utf-8"
    )
    qtbot.wait(1500)  # longer than the watcher waits for a burst of changes to settle
    assert rescans == [], "nothing is taken in once Twoway is going"
