"""Agenda: goal, needs and offers edited in place, ticked off, saved on their own."""

from __future__ import annotations

import tomllib

from PySide6.QtCore import Qt


def test_goal_needs_and_offers_are_saved_as_typed(qtbot, window, paths, wait_saved):
    window.show_view("agenda")
    view = window.views["agenda"]
    view.goal.setPlainText("A research lead role by the autumn")
    for text in ("An intro at Fernhill", "Feedback on my case study"):
        qtbot.keyClicks(view.needs.entry, text)
        qtbot.keyClick(view.needs.entry, Qt.Key.Key_Return)
    qtbot.keyClicks(view.offers.entry, "Pricing analysis")
    qtbot.mouseClick(view.offers.add_button, Qt.MouseButton.LeftButton)
    assert view.needs.entry.text() == ""

    model = view.needs.model
    model.setData(model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    # Editing a line in place; emptying it is refused rather than saving a blank need.
    assert model.setData(model.index(1, 0), "Feedback on my pricing case study")
    assert not model.setData(model.index(1, 0), "   ")
    wait_saved()
    data = tomllib.loads((paths.root / "agenda.toml").read_text("utf-8"))
    assert data["goal"] == "A research lead role by the autumn"
    assert [(n["text"], n["done"]) for n in data["needs"]] == [
        ("An intro at Fernhill", True),
        ("Feedback on my pricing case study", False),
    ]
    assert [o["text"] for o in data["offers"]] == ["Pricing analysis"]


def test_delete_key_removes_the_chosen_line(qtbot, window):
    view = window.views["agenda"]
    window.show_view("agenda")
    for text in ("one", "two"):
        view.needs.model.add(text)
    view.needs.view.setCurrentIndex(view.needs.model.index(0, 0))
    view.needs.view.setFocus()
    qtbot.keyClick(view.needs.view, Qt.Key.Key_Delete)
    assert [i.text for i in window.hub.store.agenda.needs] == ["two"]
