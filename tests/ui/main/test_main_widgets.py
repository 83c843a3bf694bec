"""The table every list of the main window uses: titles fit, cells may shorten."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel

from twoway.ui.main.widgets import set_column_width, table


def build(qtbot):
    model = QStandardItemModel(3, 3)
    model.setHorizontalHeaderLabels(["When", "With", "A rather long title for the notes"])
    view = table(model, "Meetings", stretch=2)
    qtbot.addWidget(view)
    set_column_width(view, 0, 200)
    set_column_width(view, 1, 200)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_stretching_column_borrows_room_for_its_title_and_gives_it_back(qtbot):
    view = build(qtbot)
    header = view.horizontalHeader()
    title_needs = header.sectionSizeHint(2)

    view.resize(view.minimumSizeHint().width() + 40, 200)
    qtbot.waitUntil(lambda: header.sectionSize(2) >= title_needs)
    assert header.sectionSize(0) < 200 or header.sectionSize(1) < 200  # lent, cells elide

    view.resize(1000, 200)
    qtbot.waitUntil(lambda: (header.sectionSize(0), header.sectionSize(1)) == (200, 200))
    assert header.sectionSize(2) >= title_needs


def test_the_table_is_never_narrower_than_its_titles(qtbot):
    view = build(qtbot)
    header = view.horizontalHeader()
    titles = sum(header.sectionSizeHint(c) for c in range(3))
    assert view.minimumSizeHint().width() > titles
    assert view.minimumSizeHint().width() < 200 + 200 + header.sectionSizeHint(2)


def test_tabbing_into_a_table_chooses_a_whole_row_and_frames_no_lone_cell(qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem
    from PySide6.QtWidgets import QStyle, QStyledItemDelegate

    model = QStandardItemModel(0, 2)
    model.setHorizontalHeaderLabels(["Done", "Follow-up"])
    for text in ("Send Priya the note", "Thank Ravi"):
        done = QStandardItem()
        done.setCheckable(True)  # a check box and no text: its empty text area was framed
        model.appendRow([done, QStandardItem(text)])
    view = table(model, "Follow-ups due", stretch=1)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    painted: list = []
    plain_paint = QStyledItemDelegate.paint

    def spy(delegate, painter, option, index) -> None:
        painted.append((index.row(), index.column(), option.state))
        plain_paint(delegate, painter, option, index)

    monkeypatch.setattr(QStyledItemDelegate, "paint", spy)

    view.activateWindow()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    assert view.currentIndex().row() == 0
    assert view.selectionModel().isRowSelected(0, view.rootIndex())  # the row, not a cell
    view.viewport().repaint()
    assert painted, "the cells were painted"
    assert not any(state & QStyle.StateFlag.State_HasFocus for _r, _c, state in painted)
    assert all(state & QStyle.StateFlag.State_Selected for r, _c, state in painted if r == 0)
