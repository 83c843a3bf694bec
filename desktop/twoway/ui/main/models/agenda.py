"""The agenda's items: what the user wants to learn, ticked off as they go."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from twoway.core.records import AgendaItem
from twoway.ui.main.models.base import ROOT, CheckStateRole, DisplayRole, EditRole, dim_color

# --- agenda items -------------------------------------------------------------------------


class AgendaItemsModel(QAbstractTableModel):
    """The user's needs or offers: one line each, ticked off once met."""

    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[AgendaItem] = []

    def set_items(self, items: list[AgendaItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else 1

    def data(self, index, role=DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role in (DisplayRole, EditRole, Qt.ItemDataRole.ToolTipRole):
            return item.text
        if role == CheckStateRole:
            return Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and item.done:
            return dim_color()
        return None

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index, value, role=EditRole) -> bool:
        if not index.isValid():
            return False
        item = self.items[index.row()]
        if role == CheckStateRole:
            item.done = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == EditRole and str(value).strip():
            item.text = str(value).strip()
        else:
            return False  # an emptied line is not saved; Remove deletes it
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def add(self, text: str) -> int:
        position = len(self.items)
        self.beginInsertRows(QModelIndex(), position, position)
        self.items.append(AgendaItem(text))
        self.endInsertRows()
        self.edited.emit()
        return position

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.items[row]
            self.endRemoveRows()
            self.edited.emit()
