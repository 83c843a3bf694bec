"""The window as a whole: keyboard reach, shortcuts shown in menus, accessible names,
and closing never losing what was just typed."""

from __future__ import annotations

import tomllib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
)

from twoway.demo_data import seed_demo
from twoway.ui.main.window import VIEWS


@pytest.fixture
def demo(window, store, clock):
    seed_demo(store, clock.wall())
    window.hub.reset.emit()
    return window


def test_every_view_has_a_shortcut_shown_in_the_go_menu(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for number, key in enumerate(VIEWS, start=1):
        action = window.actions_by_name[f"go-{key}"]
        assert action.shortcut().toString() == f"Ctrl+{number}"
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_view() == key


def test_menu_actions_carry_their_shortcuts(window):
    expected = {
        "new-contact": "Ctrl+N",
        "plan": "Ctrl+Shift+N",
        "find": "Ctrl+F",
        "undo": "Ctrl+Z",
        "start-next": "Ctrl+Return",
        "start-this": "Ctrl+R",
        "end": "Ctrl+E",
        "last-debrief": "Ctrl+D",
        "save-debrief": "Ctrl+S",
        "close": "Ctrl+W",
        "quit": "Ctrl+Q",
    }
    for name, keys in expected.items():
        assert window.actions_by_name[name].shortcut().toString() == keys, name
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Go", "&Meeting", "&Help"]


def _inside_compound(widget) -> bool:
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parent()
    return False


def _named(widget) -> bool:
    if widget.accessibleName():
        return True
    return any(
        isinstance(label, QLabel) and label.buddy() is widget
        for label in widget.window().findChildren(QLabel)
    )


def test_every_control_has_a_name_for_screen_readers(demo):
    demo.open_meeting("m-demo10", "plan")  # fills the meeting pages too
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QSlider)
    unnamed = []
    widgets = [w for kind in kinds for w in demo.findChildren(kind)]
    for widget in widgets:
        if isinstance(widget, QHeaderView) or _inside_compound(widget):
            continue  # a table's header, a combo's list: part of a control that has a name
        if not _named(widget):
            unnamed.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    assert sorted(set(unnamed)) == []
    buttons = demo.findChildren(QPushButton) + demo.findChildren(QCheckBox)
    unlabelled = [b for b in buttons if not (b.text() or b.accessibleName())]
    assert unlabelled == []


def test_tab_moves_from_search_to_the_list_and_on_to_the_detail(qtbot, demo):
    demo.find_contact()
    view = demo.views["contacts"]
    order = [QApplication.focusWidget()]
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order[:3] == [view.search, view.new_button, view.list]
    assert view.detail.isAncestorOf(order[3])


def test_closing_right_after_typing_keeps_the_text(qtbot, demo, paths):
    demo.open_contact("c-demo02")  # Tom
    notes = demo.views["contacts"].detail.fields["notes"]
    notes.setPlainText("Call back about the two analyst roles")
    assert demo.hub.save_pending
    demo.close()  # no waiting: closing writes at once
    data = tomllib.loads((paths.root / "contacts" / "c-demo02.toml").read_text("utf-8"))
    assert data["notes"] == "Call back about the two analyst roles"


def test_store_problems_are_said_on_opening(qtbot, context, paths, store):
    (paths.root / "contacts").mkdir(parents=True, exist_ok=True)
    (paths.root / "contacts" / "c-broken.toml").write_text("name = ", encoding="utf-8")
    store.rescan()
    from twoway.ui.main import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    assert "need a look" in window.statusBar().currentMessage()
    settings = window.views["settings"]
    settings.data.refresh_data()
    assert settings.data.problems.count() == 1
    assert "c-broken.toml" in settings.data.problems.item(0).text()
