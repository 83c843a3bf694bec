"""The Formats view's tables: the list of formats and the phases of the one being edited."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from twoway.core.formats import OWNER_COLORS, Owner
from twoway.core.workflow.search import fold
from twoway.ui.i18n import filled
from twoway.ui.main.common import owner_label, tr, translated_format_text
from twoway.ui.main.hub import DataHub
from twoway.ui.main.models.base import ID_ROLE, ROOT, DisplayRole, EditRole

# --- format phases --------------------------------------------------------------------


@dataclass
class PhaseRow:
    """One phase while it is being edited (Phase itself is frozen)."""

    title: str
    owner: Owner
    minutes: float
    color: str = ""
    cue: str = ""


class PhasesModel(QAbstractTableModel):
    edited = Signal()
    TITLE, OWNER, MINUTES, COLOR, CUE = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[PhaseRow] = []
        self.read_only = False

    def set_rows(self, rows: list[PhaseRow], *, read_only: bool) -> None:
        self.beginResetModel()
        self.rows, self.read_only = rows, read_only
        self.endResetModel()

    def headerData(self, section, orientation, role=DisplayRole):
        if role != DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return [tr("Phase"), tr("Whose turn"), tr("Minutes"), tr("Color"), tr("Cue")][section]

    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index, role=DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == self.TITLE and role in (DisplayRole, EditRole):
            return translated_format_text(row.title) if role == DisplayRole else row.title
        if column == self.OWNER:
            if role == DisplayRole:
                return owner_label(row.owner)
            if role == EditRole:
                return str(row.owner)
        if column == self.MINUTES and role in (DisplayRole, EditRole):
            return f"{row.minutes:g}" if role == DisplayRole else float(row.minutes)
        if column == self.COLOR:
            if role == DisplayRole:
                return row.color or tr("as owner")
            if role == EditRole:
                return row.color
            if role == Qt.ItemDataRole.DecorationRole:
                return QColor(row.color or OWNER_COLORS[row.owner])
        if column == self.CUE and role in (DisplayRole, EditRole, Qt.ItemDataRole.ToolTipRole):
            return translated_format_text(row.cue) if role != EditRole else row.cue
        return None

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=EditRole) -> bool:
        if not index.isValid() or role != EditRole or self.read_only:
            return False
        row = self.rows[index.row()]
        column = index.column()
        if column == self.TITLE:
            row.title = str(value).strip()
        elif column == self.OWNER:
            try:
                row.owner = Owner(str(value))
            except ValueError:
                return False
        elif column == self.MINUTES:
            try:
                row.minutes = float(value)
            except (TypeError, ValueError):
                return False
        elif column == self.COLOR:
            row.color = str(value).strip()
        else:
            row.cue = str(value).strip()
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def insert_phase(self, position: int, row: PhaseRow) -> None:
        self.beginInsertRows(QModelIndex(), position, position)
        self.rows.insert(position, row)
        self.endInsertRows()
        self.edited.emit()

    def remove_phase(self, position: int) -> None:
        self.beginRemoveRows(QModelIndex(), position, position)
        del self.rows[position]
        self.endRemoveRows()
        self.edited.emit()

    def move_phase(self, position: int, offset: int) -> bool:
        target = position + offset
        if not (0 <= position < len(self.rows) and 0 <= target < len(self.rows)):
            return False
        # Qt's move API wants the row's destination as an index before the move.
        destination = target + 1 if offset > 0 else target
        self.beginMoveRows(QModelIndex(), position, position, QModelIndex(), destination)
        self.rows.insert(target, self.rows.pop(position))
        self.endMoveRows()
        self.edited.emit()
        return True


# --- formats --------------------------------------------------------------------------


class FormatsModel(QAbstractTableModel):
    """Built-in formats first, then the user's, each by name."""

    def __init__(self, hub: DataHub, parent=None) -> None:
        super().__init__(parent)
        self.hub = hub
        self._ids: list[str] = []
        hub.formats_changed.connect(self.refresh)
        self.refresh()

    def _ordered(self) -> list[str]:
        formats = self.hub.formats.formats.values()
        ordered = sorted(
            formats, key=lambda f: (not f.builtin, fold(translated_format_text(f.name)))
        )
        return [f.id for f in ordered]

    def refresh(self) -> None:
        ids = self._ordered()
        if ids == self._ids:
            if ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, 0))
            return
        self.beginResetModel()
        self._ids = ids
        self.endResetModel()

    def format_id(self, row: int) -> str:
        return self._ids[row] if 0 <= row < len(self._ids) else ""

    def row_of(self, format_id: str) -> int:
        return self._ids.index(format_id) if format_id in self._ids else -1

    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else 1

    def headerData(self, section, orientation, role=DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == DisplayRole:
            return tr("Format")
        return None

    def data(self, index, role=DisplayRole):
        if not index.isValid():
            return None
        fmt = self.hub.formats.formats.get(self._ids[index.row()])
        if fmt is None:
            return None
        if role == ID_ROLE:
            return fmt.id
        if role == DisplayRole:
            name = translated_format_text(fmt.name)
            return filled(tr("%1 (built-in)"), name) if fmt.builtin else name
        if role == Qt.ItemDataRole.ToolTipRole:
            return translated_format_text(fmt.description) or None
        return None
