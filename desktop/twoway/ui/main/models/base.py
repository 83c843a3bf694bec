"""What the main window's models share: roles, the root index, and two bases (rows picked
from the store by a function; rows from a plain list) with fixed, translated headers.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from twoway.ui.main.hub import DataHub

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROOT = QModelIndex()  # the invisible root, as a default argument
DisplayRole = Qt.ItemDataRole.DisplayRole
EditRole = Qt.ItemDataRole.EditRole
CheckStateRole = Qt.ItemDataRole.CheckStateRole


def dim_color() -> QColor:
    return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)


# --- lists chosen by a function over the store --------------------------------------------


class SelectedModel(QAbstractTableModel):
    """Rows picked from the store by `select`; rebuilt when records of `kinds` change."""

    kinds: tuple[str, ...] = ()
    columns = 0

    def header_texts(self) -> list[str]:
        return []

    def __init__(self, hub: DataHub, select: Callable[[], list], parent=None) -> None:
        super().__init__(parent)
        self.hub = hub
        self._select = select
        self._records: list = []
        self._ids: list[str] = []
        hub.changed.connect(self._on_change)
        hub.removed.connect(self._on_change)
        hub.reset.connect(self.refresh)
        self.refresh()

    def set_select(self, select: Callable[[], list]) -> None:
        self._select = select
        self.refresh()

    def record(self, row: int):
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_of(self, record_id: str) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def _on_change(self, kind: str, _id: str) -> None:
        if kind in self.kinds:
            self.refresh()

    def refresh(self) -> None:
        records = list(self._select())
        ids = [r.id for r in records]
        if ids == self._ids:
            self._records = records
            if ids:
                last = self.index(len(ids) - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._records, self._ids = records, ids
        self.endResetModel()

    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else self.columns

    def headerData(self, section, orientation, role=DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == DisplayRole:
            return self.header_texts()[section]
        return None

        self.edited.emit()


class RowsTable(QAbstractTableModel):
    """A table over a plain list of rows with fixed, translated column headers."""

    columns = 0

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []

    def header_texts(self) -> list[str]:
        raise NotImplementedError

    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else self.columns

    def headerData(self, section, orientation, role=DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == DisplayRole:
            return self.header_texts()[section]
        return None
