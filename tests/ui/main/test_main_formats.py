"""Formats: built-ins to read and duplicate; the user's own edited with validation and a
live preview of the bands, saved to their TOML file once valid."""

from __future__ import annotations

import tomllib

from PySide6.QtCore import Qt

from twoway.core.format_files import load_formats
from twoway.ui.main.models.formats import PhasesModel


def test_built_ins_are_read_only_and_duplicate_into_an_own_file(qtbot, window, paths):
    window.show_view("formats")
    view = window.views["formats"]
    view.select("minimastermind")
    editor = view.editor
    assert editor.read_only and editor.name.isReadOnly()
    assert not editor.add_button.isEnabled() and not view.delete_button.isEnabled()
    assert editor.preview.describe().startswith("Their offer and challenge, Them, 5 min")
    assert editor.preview.describe().endswith("3 min spare")

    qtbot.mouseClick(view.duplicate_button, Qt.MouseButton.LeftButton)
    assert editor.format_id == "minimastermind-copy"
    assert not editor.read_only and editor.name.hasFocus()
    saved = tomllib.loads((paths.formats_dir / "minimastermind-copy.toml").read_text("utf-8"))
    assert saved["name"] == "Minimastermind (copy)"
    assert len(saved["phases"]) == 4
    assert view.delete_button.isEnabled()


def test_editing_phases_validates_previews_and_saves(qtbot, window, paths):
    window.show_view("formats")
    view = window.views["formats"]
    format_id = view.new_format()
    editor = view.editor
    path = paths.formats_dir / f"{format_id}.toml"
    assert editor.name.selectedText() == "New format"  # ready to be typed over
    qtbot.keyClick(editor.name, Qt.Key.Key_End)
    qtbot.keyClicks(editor.name, " for walks")
    phases = editor.phases

    # Too long for the slot: said plainly, shown in the preview, not saved.
    phases.setData(phases.index(0, PhasesModel.MINUTES), 20.0)
    assert editor.problem.isVisible()
    assert "more than the 25-minute slot" in editor.problem.text()
    assert "20 min" in editor.preview.describe()
    qtbot.wait(700)
    assert tomllib.loads(path.read_text("utf-8"))["phases"][0]["minutes"] == 10

    # Fixed: saved once the user pauses.
    editor.slot.setValue(40)
    assert not editor.problem.isVisible()
    phases.setData(phases.index(2, PhasesModel.COLOR), "#CC79A7")
    phases.setData(phases.index(2, PhasesModel.CUE), "One step each, with a date.")
    qtbot.waitUntil(lambda: tomllib.loads(path.read_text("utf-8"))["slot_minutes"] == 40)
    saved = tomllib.loads(path.read_text("utf-8"))
    assert saved["name"] == "New format for walks"
    assert saved["phases"][0]["minutes"] == 20
    assert saved["phases"][2]["color"] == "#CC79A7"
    assert editor.saved_note.text() == "Saved."

    # A bad color is caught before it reaches the file.
    phases.setData(phases.index(1, PhasesModel.COLOR), "orange")
    assert "color is written like #0072B2" in editor.problem.text()
    phases.setData(phases.index(1, PhasesModel.COLOR), "")

    # Adding, moving and removing phases.
    editor.phase_view.setCurrentIndex(phases.index(0, 0))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert [r.title for r in phases.rows][:2] == ["Their turn", "New phase"]
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    assert [r.title for r in phases.rows][2] == "New phase"
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert len(phases.rows) == 3
    view.commit()  # leaving the view writes what is pending
    library = load_formats(paths.formats_dir)
    assert library.problems == []
    assert [p.title for p in library.get(format_id).phases] == [
        "Their turn",
        "Your turn",
        "Next steps",
    ]
    # The running app's library knows the format too: a meeting can use it at once.
    assert window.hub.format(format_id).slot_minutes == 40


def test_deleting_an_own_format_asks_and_removes_its_file(qtbot, window, paths, answer):
    view = window.views["formats"]
    format_id = view.new_format()
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert answer.questions == ["Delete the format “New format”?"]
    assert not (paths.formats_dir / f"{format_id}.toml").exists()
    assert window.hub.format(format_id) is None
