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
