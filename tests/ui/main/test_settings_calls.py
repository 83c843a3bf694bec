"""Settings → During calls: the offer, docking and the shared screen, and the hotkeys,
each changed or cleared and kept in settings.toml."""

from __future__ import annotations

import tomllib

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence


def saved(paths) -> dict:
    return tomllib.loads(paths.settings_file.read_text("utf-8"))


def test_call_choices_are_kept(window, paths, qtbot):
    window.show_view("settings")
    box = window.views["settings"].calls
    assert box.offer.currentData() == "ask"
    box.offer.setCurrentIndex(box.offer.findData("start"))
    box.share.setCurrentIndex(box.share.findData("bar"))
    box.dock.setChecked(False)
    box.any_time.setChecked(True)
    qtbot.waitUntil(lambda: paths.settings_file.exists())
    calls = saved(paths)["calls"]
    assert calls == {"offer": "start", "screen_share": "bar", "dock": False, "offer_any_time": True}
    assert window.context.settings.values.calls.offer == "start"


def test_a_hotkey_is_changed_and_cleared(window, paths, qtbot):
    window.show_view("settings")
    box = window.views["settings"].calls
    assert box.keys["next"].keySequence().toString() == "Ctrl+Alt+Shift+N"
    box.keys["next"].setKeySequence(QKeySequence("Ctrl+Alt+F9"))
    box.keys["next"].editingFinished.emit()
    qtbot.waitUntil(lambda: paths.settings_file.exists())
    assert saved(paths)["hotkeys"]["next"] == "Ctrl+Alt+F9"
    qtbot.mouseClick(box.clear_buttons["end"], Qt.MouseButton.LeftButton)
    assert saved(paths)["hotkeys"]["end"] == ""
    assert box.keys["end"].keySequence().isEmpty()


def test_a_key_that_cannot_be_a_hotkey_is_refused_with_a_word(window, paths):
    window.show_view("settings")
    box = window.views["settings"].calls
    box.keys["toggle"].setKeySequence(QKeySequence("Ctrl+Alt+Ä"))
    box.keys["toggle"].editingFinished.emit()
    assert "cannot be used as a hotkey" in box.key_note.text()
    assert window.context.settings.values.hotkeys.toggle == "Ctrl+Alt+Shift+P"


def test_on_gnome_wayland_the_keys_become_gnome_shortcuts_only_when_the_user_agrees(
    qtbot, context, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QMessageBox

    from twoway.platform import gnome_shortcuts
    from twoway.ui.main.settings_calls import CallSettingsBox

    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "ubuntu:GNOME")
    monkeypatch.setenv("GSETTINGS_BACKEND", "keyfile")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    box = CallSettingsBox(context)
    qtbot.addWidget(box)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    qtbot.mouseClick(box.gnome_button, Qt.MouseButton.LeftButton)
    assert gnome_shortcuts.installed() == [], "nothing without consent"
    qtbot.mouseClick(box.gnome_button, Qt.MouseButton.LeftButton)
    assert len(gnome_shortcuts.installed()) == 5
    assert "5 shortcuts added to GNOME" in box.key_note.text()
