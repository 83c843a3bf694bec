"""Preferences reach the overlay and the chime, and changes made on the overlay are kept."""

from __future__ import annotations

import tomllib

from twoway.paths import DataPaths


def test_saved_preferences_are_applied_and_menu_changes_saved(build_context, qtbot, data_dir):
    (data_dir / "settings.toml").write_text(
        'schema = 1\n[overlay]\nsize = "large"\nlocked = true\n'
        "[sound]\nvolume = 0.3\nchime = false\n",
        encoding="utf-8",
    )
    context = build_context()
    assert context.overlay.width() == 468
    assert context.overlay.locked
    assert context.chime.volume == 0.3 and not context.chime.enabled

    context.overlay.apply_size("small")
    context.overlay.settings_changed.emit("overlay.size", "small")
    context.overlay.set_click_through(True)
    saved = tomllib.loads((data_dir / "settings.toml").read_text(encoding="utf-8"))
    assert saved["overlay"]["size"] == "small"
    assert saved["overlay"]["click_through"] is True
    assert saved["sound"]["volume"] == 0.3


def test_saved_language_is_spoken_from_the_start_and_switches_live(build_context, qtbot, data_dir):
    from PySide6.QtCore import QCoreApplication

    (data_dir / "settings.toml").write_text(
        'schema = 1\n[general]\nlanguage = "de"\n', encoding="utf-8"
    )
    context = build_context()
    try:
        assert context.language.current == "de"
        # Qt's own strings come from Qt's German catalog.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
        assert context.set_language("en") == "en"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        context.language.remove()


def test_main_window_comes_back_where_it_was(build_context, qtbot, data_dir):
    from PySide6.QtCore import QRect

    first = build_context()
    window = first.ensure_main_window()
    qtbot.addWidget(window)
    # The offscreen screen is 800x800; a window that fits it comes back as it was.
    window.setGeometry(QRect(10, 120, 780, 620))
    window.show()
    first.flush()
    window.hide()

    again = build_context()
    restored = again.ensure_main_window()
    qtbot.addWidget(restored)
    restored.show()
    assert restored.size() == window.size()
    # Window frames are placed by the platform; a pixel or two either way is the same place.
    assert abs(restored.y() - window.y()) <= 4


def test_window_positions_from_the_old_place_in_the_data_folder_are_moved_out(
    build_context, qtbot, data_dir
):
    import json

    paths = DataPaths(data_dir)
    paths.old_ui_state_file.write_text(
        json.dumps({"schema": 1, "told_no_tray": True, "main_window_geometry": "AAAA"}),
        encoding="utf-8",
    )
    context = build_context(paths)

    assert context.local.state.told_no_tray and context.local.state.main_window_geometry == "AAAA"
    assert not paths.old_ui_state_file.exists()
    assert paths.ui_state_file.exists() and not paths.ui_state_file.is_relative_to(data_dir)


def test_unreadable_window_positions_are_kept_aside_and_told(build_context, qtbot, data_dir):
    paths = DataPaths(data_dir)
    paths.ui_state_file.parent.mkdir(parents=True)
    paths.ui_state_file.write_text("{not json", encoding="utf-8")

    context = build_context(paths)

    [kept] = paths.ui_state_file.parent.glob("ui-state.unreadable.*.json")
    assert kept.read_text(encoding="utf-8") == "{not json"
    assert any(kept.name in notice.text for notice in context.notices.held)


def test_a_change_from_anywhere_reaches_every_part_and_the_open_settings_page(
    build_context, qtbot, data_dir
):
    """One way for a preference to take effect: the Settings page, the overlay's menu and
    another device all go through Preferences, whose `changed` the parts follow."""
    context = build_context()
    window = context.ensure_main_window()
    qtbot.addWidget(window)
    page = window.views["settings"]
    heard = []
    context.preferences.changed.connect(heard.append)

    page.overlay.size_choice.setCurrentIndex(
        page.overlay.size_choice.findData("large")
    )  # the Settings page
    assert context.overlay.width() == 468 and heard == ["overlay.size"]
    page.chime.on.setChecked(False)
    assert not context.chime.enabled

    context.preferences.change("overlay.click_through", True)  # the overlay's menu
    assert context.overlay.click_through and page.overlay.click_through.isChecked()

    settings = data_dir / "settings.toml"  # another device, through the synced folder
    text = settings.read_text(encoding="utf-8").replace("chime = false", "chime = true")
    settings.write_text(text + "[meeting]\nkeep_slot = false\n", encoding="utf-8")
    context.files_changed()
    assert context.chime.enabled and page.chime.on.isChecked()
    assert context.meeting.keep_slot is False
    assert "sound.chime" in heard and "meeting.keep_slot" in heard


def test_a_value_the_menu_cannot_use_changes_nothing(build_context, qtbot, data_dir):
    context = build_context()
    context.preferences.change("overlay.size", "enormous")
    assert context.preferences.values.overlay.size == "medium"
    assert not (data_dir / "settings.toml").exists()


def test_a_broken_settings_file_is_told_once_and_kept_as_it_is(build_context, data_dir):
    broken = "schema = 1\n[overlay\nsize = 'large'\n"
    (data_dir / "settings.toml").write_text(broken, encoding="utf-8")
    context = build_context()
    [said] = [notice.text for notice in context.notices.held]  # said once start-up is over
    assert "settings file could not be read" in said and "Defaults are used" in said
    assert context.overlay.size_name == "medium"

    context.files_changed()  # the same broken file seen again: not said twice
    assert len(context.notices.held) == 1
    assert (data_dir / "settings.toml").read_text(encoding="utf-8") == broken
