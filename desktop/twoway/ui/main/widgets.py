"""Widgets the views share: a page base class, tables set up alike, an optional date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLayout,
    QLayoutItem,
    QPlainTextEdit,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from twoway.ui.main.common import (
    MARGIN,
    SPACING,
    compact_date_pattern,
    from_qdate,
    heading,
    to_qdate,
)


class _FillingBody(QWidget):
    """A page's body that takes the room it is given and asks for more only below its
    minimum: without this, a wrapped label makes the scroll area size the body by its
    preferred height, and a page that fits would scroll."""

    def hasHeightForWidth(self) -> bool:
        return False

    def heightForWidth(self, _width: int) -> int:
        return -1  # the scroll area asks this whenever the layout has wrapped labels


class Page(QWidget):
    """One view of the main window: a heading over its content, with room to breathe.

    The content scrolls rather than being cut when the window is smaller than it needs.
    A `long` page (a form longer than any screen) is as tall as its content wants; other
    pages fill the window and scroll only below their minimum size.
    """

    def __init__(self, title: str, parent: QWidget | None = None, *, scroll: bool = False):
        super().__init__(parent)
        self.title = title
        outer = QVBoxLayout(self)
        outer.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        outer.setSpacing(SPACING)
        self.heading = heading(title, self)
        outer.addWidget(self.heading)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
        self.body = QWidget(area) if scroll else _FillingBody(area)
        area.setWidget(self.body)
        outer.addWidget(area, 1)
        self.content = QVBoxLayout(self.body)
        self.content.setContentsMargins(0, 0, 0, 0)
        self.content.setSpacing(SPACING)

    def set_title(self, title: str) -> None:
        self.title = title
        self.heading.setText(title)
        self.heading.setAccessibleName(title)

    def commit(self) -> None:
        """Save whatever is being typed right now (called before closing or switching)."""


class _RowDelegate(QStyledItemDelegate):
    """Cells of a table that chooses whole rows. The chosen row shows where the keyboard
    is, so no cell draws a focus frame of its own: a lone framed cell (beside a check
    box, only the empty text area is framed) looked like a stray highlighted cell."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        option = QStyleOptionViewItem(option)
        option.state &= ~QStyle.StateFlag.State_HasFocus
        super().paint(painter, option, index)


class _Table(QTableView):
    """A table whose stretching column always has room for its title.

    Its minimum width holds every column's title. Above that, when the window is too
    narrow for the widths the other columns were given, they lend the stretching column
    what it lacks (their cells show "…"), and get it back when there is room again.
    """

    def __init__(self, parent: QWidget | None, stretch: int) -> None:
        super().__init__(parent)
        self.stretch = stretch
        self._lent: dict[int, int] = {}  # column -> pixels lent to the stretching column
        self.setItemDelegate(_RowDelegate(self))

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        # Tabbing in, Qt makes the first cell current without choosing its row: choose
        # it, so the keyboard's place shows as a row, as it does once an arrow is pressed.
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            return  # the click chooses
        current = self.currentIndex()
        selection = self.selectionModel()
        if current.isValid() and not selection.isRowSelected(current.row(), current.parent()):
            self.selectRow(current.row())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        header = self.horizontalHeader()
        if self.stretch < 0 or header.isSectionHidden(self.stretch):
            return hint
        titles = sum(header.sectionSizeHint(c) for c in self._shown_columns())
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return QSize(max(hint.width(), titles + 2 * self.frameWidth() + scroll_bar), hint.height())

    def _shown_columns(self) -> list[int]:
        header = self.horizontalHeader()
        return [c for c in range(header.count()) if not header.isSectionHidden(c)]

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.make_room_for_title()

    def make_room_for_title(self) -> None:
        header = self.horizontalHeader()
        if self.stretch < 0 or header.isSectionHidden(self.stretch):
            return
        for column, pixels in self._lent.items():
            header.resizeSection(column, header.sectionSize(column) + pixels)
        self._lent.clear()
        others = [c for c in self._shown_columns() if c != self.stretch]
        # Worked out from the room there is: the stretching column is laid out later.
        room = self.viewport().width() - sum(header.sectionSize(c) for c in others)
        short = header.sectionSizeHint(self.stretch) - room
        for column in others:
            if short <= 0:
                break
            spare = header.sectionSize(column) - header.sectionSizeHint(column)
            lend = min(spare, short)
            if lend > 0:
                header.resizeSection(column, header.sectionSize(column) - lend)
                self._lent[column] = lend
                short -= lend


def table(model, name: str, parent: QWidget | None = None, *, stretch: int = -1) -> QTableView:
    """A read-mostly table: whole rows selected, no grid, a stretching column."""
    view = _Table(parent, stretch)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return view


def set_column_width(view, column: int, width: int) -> None:
    """A column `width` wide, or wider where its header (in a longer language) needs it."""
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    width = max(width, header.sectionSizeHint(column))
    view.setColumnWidth(column, width)
    if isinstance(view, _Table):
        view.updateGeometry()


COLUMN_CAP = 280  # a column other than the stretching one never takes more than this


def _content_width(view: QTableView, column: int, rows: int = 200) -> int:
    """The widest cell of a column, measured from the model: the view's own measure
    counts only the rows it shows, none while it is not laid out yet."""
    model = view.model()
    metrics = view.fontMetrics()
    widest = 0
    for row in range(min(rows, model.rowCount())):
        index = model.index(row, column)
        text = model.data(index, Qt.ItemDataRole.DisplayRole)
        width = metrics.horizontalAdvance(str(text)) if text not in (None, "") else 0
        if model.data(index, Qt.ItemDataRole.CheckStateRole) is not None:
            width += view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 8
        widest = max(widest, width)
    return widest + 16 if widest else 0  # the cell's margins


def fit_columns(view: QTableView) -> None:
    """Columns as wide as their content (and title), the stretching one taking the rest:
    the long text is the one given room, not a date. For short lists (Today, a history)."""
    header = view.horizontalHeader()
    stretch = getattr(view, "stretch", -1)
    for column in range(header.count()):
        if column == stretch or header.isSectionHidden(column):
            continue
        content = _content_width(view, column)
        width = max(content, header.sectionSizeHint(column))
        view.setColumnWidth(column, min(width, max(COLUMN_CAP, header.sectionSizeHint(column))))
    if isinstance(view, _Table):
        view._lent.clear()
        view.make_room_for_title()
        view.updateGeometry()


class EmptySpace:
    """A stretch added to a column layout that takes the spare height only while the
    column's list is empty, so the hint shown instead sits under its heading rather than
    floating down the page."""

    def __init__(self, layout: QBoxLayout) -> None:
        layout.addStretch(0)
        self.layout, self.index = layout, layout.count() - 1

    def set_empty(self, empty: bool) -> None:
        self.layout.setStretch(self.index, 1 if empty else 0)


def is_delete_key(view: QAbstractItemView, event) -> bool:
    """Delete pressed on a list, while none of its cells is being edited."""
    return (
        event.type() == QEvent.Type.KeyPress
        and event.key() == Qt.Key.Key_Delete
        and view.state() != QAbstractItemView.State.EditingState
    )


def text_box(name: str, parent: QWidget | None = None, *, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class OptionalDate(QWidget):
    """A date that may be left unset: a check box that enables a date field."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(label, self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(compact_date_pattern(self.edit.locale()))
        self.edit.setAccessibleName(label)
        self.edit.setEnabled(False)
        row.addWidget(self.check)
        row.addWidget(self.edit)
        row.addStretch(1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self._date_changed)
        self.setFocusProxy(self.check)

    def _date_changed(self, _value: QDate) -> None:
        if self.check.isChecked():
            self.changed.emit()

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None, default: date) -> None:
        blocked = self.blockSignals(True)
        self.check.setChecked(value is not None)
        self.edit.setDate(to_qdate(value or default))
        self.blockSignals(blocked)


def labelled(text: str, field: QWidget, parent: QWidget | None = None) -> QVBoxLayout:
    """A label above its field, close together; rows of these stack with more room."""
    from PySide6.QtWidgets import QLabel

    box = QVBoxLayout()
    box.setSpacing(4)
    label = QLabel(text, parent)
    label.setBuddy(field)
    label.setWordWrap(True)
    box.addWidget(label)
    box.addWidget(field)
    return box


class FlowLayout(QLayout):
    """Buttons in a row, left to right, that wrap onto a second row when the row is narrow.

    Button labels run longer in some languages; wrapping keeps every button whole instead
    of widening the page past the window.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self.spacing() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Places the items row by row; returns the height they take."""
        x, y, row_height = rect.x(), rect.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y = rect.x(), y + row_height + self.spacing()
                row_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y()


class WrappingDelegate(QStyledItemDelegate):
    """Tree rows as tall as their text needs when it wraps at the column's width.

    A tree asks its delegate for row heights without saying how wide the text may be,
    so a long item stays one line and is cut with "…"; longer languages hit that first.
    """

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        # Heights depend on the width: measure again whenever the column changes width.
        view.header().sectionResized.connect(lambda *_: view.scheduleDelayedItemsLayout())

    def text_width(self, option: QStyleOptionViewItem, index: QModelIndex) -> int:
        view = self._view
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        width = view.columnWidth(index.column())
        width -= view.indentation() * (depth + int(view.rootIsDecorated()))
        style = view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        width -= 2 * margin
        if option.features & QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator:
            width -= style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, view)
            width -= 2 * margin
        return max(1, width)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        measured = QStyleOptionViewItem(option)
        self.initStyleOption(measured, index)
        bounds = QRect(0, 0, self.text_width(measured, index), 0)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        needed = measured.fontMetrics.boundingRect(bounds, flags, measured.text).height()
        return QSize(size.width(), max(size.height(), needed))
