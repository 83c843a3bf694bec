"""Settings: each change applies at once to the running app and is written to
settings.toml; the chime test plays; start at login; the data folder; backups."""

from __future__ import annotations

import tomllib

from PySide6.QtCore import Qt

from twoway.core.records import Contact
from twoway.ui import autostart


def saved(paths) -> dict:
    return tomllib.loads(paths.settings_file.read_text("utf-8"))


def test_chime_volume_and_test_button(qtbot, window, context, paths):
    window.show_view("settings")
    view = window.views["settings"]
    view.chime.volume.setValue(35)
    assert context.chime.volume == 0.35
    assert view.chime.volume_value.text() == "35%"
    qtbot.mouseClick(view.chime.test_button, Qt.MouseButton.LeftButton)
    assert context.chime.output.played == [0.35]
    qtbot.waitUntil(lambda: paths.settings_file.exists())
    assert saved(paths)["sound"]["volume"] == 0.35
    view.chime.on.setChecked(False)
    assert context.chime.enabled is False
    assert saved(paths)["sound"]["chime"] is False


def test_overlay_defaults_apply_to_the_overlay(window, context, paths):
    view = window.views["settings"]
    view.overlay.size_choice.setCurrentIndex(view.overlay.size_choice.findData("large"))
    assert context.overlay.size_name == "large"
    view.overlay.click_through.setChecked(True)
    assert context.overlay.click_through
    view.overlay.closing_line.setChecked(False)
    assert context.overlay.show_closing_line is False
    view.overlay.opacity_choice.setCurrentIndex(view.overlay.opacity_choice.findData(0.8))
    overlay = saved(paths)["overlay"]
    assert overlay == {
        "size": "large",
        "click_through": True,
        "show_closing_line": False,
        "opacity": 0.8,
    }


def test_language_choices_and_choice_is_kept(window, paths):
    view = window.views["settings"]
    codes = [view.language.choice.itemData(i) for i in range(view.language.choice.count())]
    assert codes[:2] == ["", "en"]
    view.language.choice.setCurrentIndex(1)
    assert saved(paths)["general"]["language"] == "en"


def test_start_at_login_writes_the_autostart_entry(window, paths):
    view = window.views["settings"]
    entry = autostart.for_paths(paths)
    assert not entry.is_enabled()
    view.start.login.setChecked(True)
    assert entry.is_enabled()
    assert saved(paths)["general"]["start_at_login"] is True
    view.start.login.setChecked(False)
    assert not entry.is_enabled()


def test_data_folder_is_shown(window, paths, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    view = window.views["settings"]
    assert view.data.folder.text() == str(paths.root)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.actions_by_name["data-folder"].trigger()
    assert opened[0].toLocalFile() == str(paths.root)


def test_back_up_and_restore(qtbot, window, paths, answer, clock):
    hub = window.hub
    first = Contact(name="Kept Person")
    hub.put_contact(first)
    window.show_view("settings")
    view = window.views["settings"]
    window.actions_by_name["backup"].trigger()
    assert len(hub.store.backups.files()) == 1
    assert view.data.backups.count() == 1 and view.data.backups.item(0).data(
        Qt.ItemDataRole.UserRole
    )
    clock.advance(3600)
    later = Contact(name="Added After")
    hub.put_contact(later)
    hub.save_now()

    view.data.backups.setCurrentRow(0)
    assert view.data.restore_button.isEnabled()
    qtbot.mouseClick(view.data.restore_button, Qt.MouseButton.LeftButton)
    assert answer.questions and answer.questions[0].startswith("Make your data what it was at")
    assert set(c.name for c in hub.store.contacts.values()) == {"Kept Person"}
    contacts = window.views["contacts"]
    assert contacts.model.rowCount() == 1
    assert not (paths.root / "contacts" / f"{later.id}.toml").exists()
    assert len(hub.store.backups.files()) == 2  # what was there before the restore is kept


def test_a_backup_with_a_hostile_entry_is_refused_and_nothing_changes(
    qtbot, window, paths, answer, monkeypatch
):
    import zipfile

    from PySide6.QtWidgets import QMessageBox

    hub = window.hub
    kept = Contact(name="Kept Person")
    hub.put_contact(kept)
    hub.save_now()
    paths.backups_dir.mkdir(exist_ok=True)
    crafted = paths.backups_dir / "snapshot-20260101T000000Z.zip"
    with zipfile.ZipFile(crafted, "w") as archive:
        archive.writestr("contacts/c-new.toml", 'schema = 2\nname = "New"\n')
        archive.writestr("C:/Windows/evil.toml", "schema = 2\n")
    before = {p: p.read_bytes() for p in (paths.root / "contacts").iterdir()}
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    view = _settings_view(window)

    view.data.backups.setCurrentRow(0)
    qtbot.mouseClick(view.data.restore_button, Qt.MouseButton.LeftButton)

    [text] = warned
    assert text.startswith("snapshot-20260101T000000Z.zip: “snapshot-20260101T000000Z.zip” cannot")
    assert "“C:/Windows/evil.toml”" in text and "a drive letter" in text
    assert {p: p.read_bytes() for p in (paths.root / "contacts").iterdir()} == before
    assert [c.name for c in hub.store.contacts.values()] == ["Kept Person"]


def _settings_view(window):
    window.show_view("settings")
    view = window.views["settings"]
    view.data.refresh_data()
    return view


def test_a_broken_file_fixed_by_hand_is_read_again(window, paths):
    broken = paths.root / "contacts" / "c-aaaaaaaaaaaa.toml"
    broken.parent.mkdir(exist_ok=True)
    broken.write_text('schema = 2\nname = "Lea\n', encoding="utf-8")  # unclosed quote
    window.hub.store.rescan()
    view = _settings_view(window)
    assert view.data.problems.count() == 1
    view.data.problems.setCurrentRow(0)
    assert view.data.retry_button.isVisibleTo(view) and view.data.from_backup_button.isVisibleTo(
        view
    )
    assert not view.data.keep_copy_button.isVisibleTo(view)
    assert broken.read_text(encoding="utf-8") == 'schema = 2\nname = "Lea\n', "never rewritten"
    broken.write_text('schema = 2\nname = "Lea Brandt"\n', encoding="utf-8")
    view.data.retry_button.click()
    assert view.data.problems.count() == 0
    assert window.hub.store.contacts["c-aaaaaaaaaaaa"].name == "Lea Brandt"


def test_a_sync_conflict_copy_can_be_chosen(window, paths):
    from twoway.core.records import Contact

    contact = Contact(name="Noor Haddad", id="c-bbbbbbbbbbbb")
    window.hub.store.put_contact(contact)
    window.hub.store.flush()
    copy = paths.root / "contacts" / "c-bbbbbbbbbbbb.sync-conflict-20260310-101010-ABCDEFG.toml"
    copy.write_text('schema = 2\nname = "Noor Haddad-Klein"\n', encoding="utf-8")
    window.hub.store.rescan()
    view = _settings_view(window)
    assert view.data.problems.count() == 1
    view.data.problems.setCurrentRow(0)
    assert view.data.keep_copy_button.isVisibleTo(view)
    assert not view.data.from_backup_button.isVisibleTo(view)
    view.data.keep_copy_button.click()
    assert window.hub.store.contacts["c-bbbbbbbbbbbb"].name == "Noor Haddad-Klein"
    assert not copy.exists()
    assert view.data.problems.count() == 0


def test_a_conflict_copy_of_the_settings_is_listed_and_can_be_used(window, context, paths):
    copy = paths.root / "settings.sync-conflict-20261207-101500-ABCDEFG.toml"
    copy.write_text("schema = 1\n[sound]\nvolume = 0.15\n", encoding="utf-8")
    window.hub.store.rescan()
    view = _settings_view(window)
    assert view.data.problems.count() == 1
    assert "settings" in view.data.problems.item(0).text()
    view.data.problems.setCurrentRow(0)
    assert view.data.keep_copy_button.isVisibleTo(view) and view.data.set_aside_button.isVisibleTo(
        view
    )
    assert "file" in view.data.keep_copy_button.toolTip()  # not "record": settings are a file

    view.data.keep_copy_button.click()

    assert saved(paths)["sound"]["volume"] == 0.15
    assert context.settings.get("sound.volume") == 0.15, "in use at once"
    assert context.chime.volume == 0.15
    assert not copy.exists() and view.data.problems.count() == 0


def test_a_record_that_came_back_is_a_notice_to_take_off_the_list(window, paths):
    store = window.hub.store
    store.put_contact(Contact(name="Noor Haddad", id="c-cccccccccccc"))
    store.flush()
    path = paths.root / "contacts" / "c-cccccccccccc.toml"
    raw = path.read_bytes()
    store.delete_contact("c-cccccccccccc")
    store.flush()
    path.write_bytes(raw)
    store.rescan()
    view = _settings_view(window)
    view.data.problems.setCurrentRow(0)
    assert view.data.noted_button.isVisibleTo(view)
    assert not view.data.retry_button.isVisibleTo(view)
    assert not view.data.keep_copy_button.isVisibleTo(view)

    view.data.noted_button.click()

    assert view.data.problems.count() == 0
    assert "c-cccccccccccc" in store.contacts


def test_the_settings_view_shows_a_change_made_on_another_device(qtbot, window, context, paths):
    view = _settings_view(window)
    paths.settings_file.write_text(
        "schema = 1\n[sound]\nvolume = 0.2\nchime = false\n[backups]\nkeep = 40\n",
        encoding="utf-8",
    )

    context.preferences.reload()

    assert view.chime.volume.value() == 20 and view.chime.volume_value.text() == "20%"
    assert not view.chime.on.isChecked() and view.data.keep.value() == 40
    assert saved(paths)["backups"]["keep"] == 40, "showing it wrote nothing"


def test_a_change_here_takes_in_what_another_device_changed_meanwhile(window, context, paths):
    view = _settings_view(window)
    # Arrived from another device a moment ago, before the watcher told us.
    paths.settings_file.write_text('schema = 1\n[overlay]\nsize = "large"\n', encoding="utf-8")

    view.data.keep.setValue(21)

    assert saved(paths)["overlay"]["size"] == "large" and saved(paths)["backups"]["keep"] == 21
    assert context.overlay.size_name == "large", "the other device's change applies here too"
    assert view.overlay.size_choice.currentData() == "large"


def test_about_you_signs_the_request_with_the_planned_time(qtbot, window, context, paths):
    from datetime import timedelta

    from twoway.core.records import Contact

    view = window.views["settings"]
    fields = view.about_you.fields
    for key, text in (
        ("profile.name", "Sam Lee"),
        ("profile.introduction", "I run pricing research at Fernhill"),
        ("profile.sign_off", "Best wishes,"),
    ):
        fields[key].setText(text)
        fields[key].editingFinished.emit()
    assert saved(paths)["profile"]["name"] == "Sam Lee"

    maya = Contact(name="Maya Okafor")
    window.hub.put_contact(maya)
    meeting_id = window.plan_meeting(maya.id)
    meeting = window.hub.meeting(meeting_id)
    meeting.scheduled = context.clock.wall() + timedelta(days=1)
    window.hub.put_meeting(meeting)
    window.open_meeting(meeting_id, "request")
    text = window.views["meeting"].request.preview.toPlainText()
    assert text.split("\n\n")[1] == "I run pricing research at Fernhill."
    assert "Would Wednesday, 11 March 2026" in text and "suit you?" in text
    assert text.endswith("Best wishes,\nSam Lee")


def test_the_prep_page_offers_the_introduction_from_about_you(qtbot, window, context):
    meeting_id = window.plan_meeting("")
    window.open_meeting(meeting_id, "prep")
    prep = window.views["meeting"].prep
    assert not prep.use_profile_intro.isVisible()  # nothing in About you yet
    context.settings.set("profile.introduction", "I run pricing research at Fernhill.")
    window.open_meeting(meeting_id, "prep")
    assert prep.use_profile_intro.isVisible() and prep.use_profile_intro.isEnabled()
    qtbot.mouseClick(prep.use_profile_intro, Qt.MouseButton.LeftButton)
    assert window.hub.meeting(meeting_id).prep.introduction == (
        "I run pricing research at Fernhill."
    )
    assert not prep.use_profile_intro.isEnabled()
