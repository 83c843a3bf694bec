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
    # Into the trash, not gone: a delete by mistake can be undone by hand.
    [kept] = list((paths.root / "trash" / "files").glob(f"{format_id}.*.toml"))
    assert 'name = "New format"' in kept.read_text(encoding="utf-8")
    assert window.hub.format(format_id) is None and format_id not in {
        f.id for f in window.hub.formats.formats.values()
    }


# One typo (a five-digit color): the file does not load, and stays the user's.
TYPO = """\
schema = 1
name = "My sales pitch"
slot_minutes = 30

[[phases]]
title = "Pitch"
owner = "me"
minutes = 20
cue = "long careful notes"

[[phases]]
title = "Q&A"
owner = "both"
minutes = 10
color = "#12345"
"""
NEWER = 'schema = 2\nname = "From a newer Twoway"\n'  # from another device


def test_new_and_duplicate_leave_format_files_that_did_not_load_as_they_are(qtbot, window, paths):
    typo = paths.formats_dir / "new-format.toml"
    newer = paths.formats_dir / "minimastermind-copy.toml"
    paths.formats_dir.mkdir(parents=True, exist_ok=True)
    typo.write_text(TYPO, encoding="utf-8")
    newer.write_text(NEWER, encoding="utf-8")
    window.hub.reload_formats()  # as when the data folder's watch sees them
    window.show_view("formats")
    view = window.views["formats"]
    view.new_format()
    view.select("minimastermind")
    qtbot.mouseClick(view.duplicate_button, Qt.MouseButton.LeftButton)

    assert typo.read_text("utf-8") == TYPO
    assert newer.read_text("utf-8") == NEWER
    library = load_formats(paths.formats_dir)
    assert library.get("new-format-2").name == "New format"
    assert library.get("minimastermind-copy-2").name == "Minimastermind (copy)"
    assert view.editor.format_id == "minimastermind-copy-2"
    # The files that did not load are named beside the list, with what is wrong.
    assert view.problems.isVisible()
    assert "new-format.toml, line 15" in view.problems.text()
    assert "minimastermind-copy.toml, line 1" in view.problems.text()


MOVED = (
    "The file formats/new-format.toml was changed outside Twoway while you were editing "
    "this format, so Twoway left it as it is. Your edits are kept as a new format, saved "
    "in the file formats/new-format-2.toml."
)


def test_edits_to_a_file_changed_outside_are_kept_beside_it(qtbot, window, paths):
    window.show_view("formats")
    view = window.views["formats"]
    editor = view.editor
    path = paths.formats_dir / f"{view.new_format()}.toml"
    qtbot.keyClick(editor.name, Qt.Key.Key_End)
    qtbot.keyClicks(editor.name, " for walks")
    path.write_text(NEWER, encoding="utf-8")  # before the pause saves the edit
    view.commit()

    assert path.read_text("utf-8") == NEWER
    assert editor.format_id == "new-format-2"
    beside = tomllib.loads((paths.formats_dir / "new-format-2.toml").read_text("utf-8"))
    assert beside["name"] == "New format for walks"
    assert editor.note.text() == MOVED
    assert window.statusBar().currentMessage() == MOVED
    assert view.model.format_id(view.list.currentIndex().row()) == "new-format-2"

    # Later edits go on into the new file.
    editor.slot.setValue(40)
    view.commit()
    beside = tomllib.loads((paths.formats_dir / "new-format-2.toml").read_text("utf-8"))
    assert beside["slot_minutes"] == 40
    assert path.read_text("utf-8") == NEWER


def test_leaving_a_format_changed_outside_keeps_its_edits_and_says_so(qtbot, window, paths):
    window.show_view("formats")
    view = window.views["formats"]
    editor = view.editor
    path = paths.formats_dir / f"{view.new_format()}.toml"
    qtbot.keyClicks(editor.name, "Walks")
    path.write_text(TYPO, encoding="utf-8")
    view.select("coffee-chat")  # the edit is saved on the way out

    assert editor.format_id == "coffee-chat"
    assert view.model.format_id(view.list.currentIndex().row()) == "coffee-chat"
    assert window.statusBar().currentMessage() == MOVED
    assert path.read_text("utf-8") == TYPO
    assert window.hub.format("new-format-2").name == "Walks"


def test_an_editor_without_edits_shows_the_file_as_changed_outside(qtbot, window, paths):
    window.show_view("formats")
    view = window.views["formats"]
    editor = view.editor
    format_id = view.new_format()
    path = paths.formats_dir / f"{format_id}.toml"
    path.write_text(path.read_text("utf-8").replace("New format", "Renamed elsewhere"), "utf-8")
    window.hub.reload_formats()  # as when the data folder's watch sees it
    assert editor.name.text() == "Renamed elsewhere"

    editor.slot.setValue(40)  # now an edit of that version: saved into its own file
    view.commit()
    saved = tomllib.loads(path.read_text("utf-8"))
    assert (saved["name"], saved["slot_minutes"]) == ("Renamed elsewhere", 40)
    assert editor.format_id == format_id and editor.saved_note.text() == "Saved."
