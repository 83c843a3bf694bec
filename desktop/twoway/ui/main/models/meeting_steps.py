"""The meeting page's tables: the prep checklist, the cues per phase, and the debrief's
phases as they were run.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from twoway.core.formats import OWNER_COLORS, Format, Owner
from twoway.core.records import ChecklistItem, Prep
from twoway.ui.i18n import filled
from twoway.ui.main.common import (
    minutes_text,
    owner_label,
    tr,
    translated_format_text,
    translated_prep_text,
)
from twoway.ui.main.models.base import (
    ROOT,
    CheckStateRole,
    DisplayRole,
    EditRole,
    RowsTable,
    dim_color,
)

# --- the prep checklist: sections with ticked items --------------------------------------


class ChecklistModel(QAbstractItemModel):
    """Two levels: the checklist's sections, each with its items (checkable, editable)."""

    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[ChecklistItem] = []
        self._sections: list[str] = []
        self._by_section: list[list[int]] = []

    def set_items(self, items: list[ChecklistItem]) -> None:
        self.beginResetModel()
        self._items = items
        self._group()
        self.endResetModel()

    def _group(self) -> None:
        # By the title shown, so "Your own" and an older checklist's stored translation
        # of it ("Eigene Punkte") make one section, not two of the same name.
        self._sections, self._by_section = [], []
        for position, item in enumerate(self._items):
            title = translated_prep_text(item.section) or tr("Other")
            if title not in self._sections:
                self._sections.append(title)
                self._by_section.append([])
            self._by_section[self._sections.index(title)].append(position)

    @property
    def items(self) -> list[ChecklistItem]:
        return self._items

    def item(self, index: QModelIndex) -> ChecklistItem | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._items[self._by_section[index.internalId() - 1][index.row()]]

    def index(self, row, column, parent=ROOT):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index=ROOT):
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=ROOT) -> int:
        if not parent.isValid():
            return len(self._sections)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._by_section[parent.row()])
        return 0

    def columnCount(self, parent=ROOT) -> int:
        return 1

    def headerData(self, section, orientation, role=DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == DisplayRole:
            return tr("Checklist")
        return None

    def data(self, index, role=DisplayRole):
        if not index.isValid():
            return None
        item = self.item(index)
        if item is None:
            members = [self._items[i] for i in self._by_section[index.row()]]
            if role == DisplayRole:
                name = self._sections[index.row()]
                done = sum(m.done for m in members)
                return f"{name}  ({done}/{len(members)})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setWeight(QFont.Weight.DemiBold)
                return font
            return None
        if role in (DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return translated_prep_text(item.text)
        if role == EditRole:
            return item.text
        if role == CheckStateRole:
            return Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() == 0:
            return base
        return base | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index, value, role=EditRole) -> bool:
        item = self.item(index)
        if item is None:
            return False
        if role == CheckStateRole:
            item.done = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == EditRole and str(value).strip():
            item.text = str(value).strip()
        else:
            return False
        self.dataChanged.emit(index, index)
        section = self.parent(index)
        self.dataChanged.emit(section, section)
        self.edited.emit()
        return True


# --- cues for each phase of the meeting ------------------------------------------------


class CuesModel(QAbstractTableModel):
    """The format's phases with the user's own cue for each; an empty cue shows the format's."""

    edited = Signal()
    PHASE, CUE = range(2)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.format: Format | None = None
        self.prep: Prep = Prep()

    def set_meeting(self, fmt: Format | None, prep: Prep) -> None:
        self.beginResetModel()
        self.format, self.prep = fmt, prep
        self.endResetModel()

    def headerData(self, section, orientation, role=DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == DisplayRole:
            return [tr("Phase"), tr("Cue shown in the overlay")][section]
        return None

    def rowCount(self, parent=ROOT) -> int:
        if parent.isValid() or self.format is None:
            return 0
        return len(self.format.phases)

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index, role=DisplayRole):
        if not index.isValid() or self.format is None:
            return None
        phase = self.format.phases[index.row()]
        own = self.prep.cues.get(index.row(), "")
        if index.column() == self.PHASE:
            if role in (DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return filled(
                    tr("%1: %2", "who speaks in a phase: the phase's title"),
                    owner_label(phase.owner),
                    translated_format_text(phase.title),
                )
            if role == Qt.ItemDataRole.DecorationRole:
                return QColor(phase.display_color)
            return None
        if role == EditRole:
            return own
        if role in (DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return own or translated_format_text(phase.cue)
        if role == Qt.ItemDataRole.ForegroundRole and not own:
            return dim_color()
        return None

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and index.column() == self.CUE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=EditRole) -> bool:
        if not index.isValid() or index.column() != self.CUE or role != EditRole:
            return False
        text = " ".join(str(value).split())
        if text:
            self.prep.cues[index.row()] = text
        else:
            self.prep.cues.pop(index.row(), None)
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def set_cues(self, cues: dict[int, str]) -> None:
        """The user filled the cues at once (from their prep): saved like a typed cue."""
        self.prep.cues.clear()
        self.prep.cues.update(cues)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 1), self.index(self.rowCount() - 1, 1))
        self.edited.emit()


# --- a run's phases, for the debrief --------------------------------------------------------


class RunPhasesModel(RowsTable):
    """The phases as they were run: planned, actual and over, from the run record."""

    columns = 5

    def header_texts(self) -> list[str]:
        return [tr("Phase"), tr("Whose turn"), tr("Planned"), tr("Actual"), tr("Over")]

    def set_run(self, run: dict | None) -> None:
        self.beginResetModel()
        self.rows = list((run or {}).get("phases", []))
        self.endResetModel()

    def data(self, index, role=DisplayRole):
        if not index.isValid():
            return None
        phase = self.rows[index.row()]
        column = index.column()
        over = float(phase.get("actual_s", 0)) - float(phase.get("allowed_s", 0))
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            try:
                return QColor(OWNER_COLORS[Owner(phase.get("owner", "both"))])
            except ValueError:
                return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 4 and over >= 1:
            return QColor("#B5470B")
        if role != DisplayRole:
            return None
        if column == 0:
            return translated_format_text(str(phase.get("title", "")))
        if column == 1:
            try:
                return owner_label(Owner(phase.get("owner", "both")))
            except ValueError:
                return ""
        if column == 2:
            return minutes_text(float(phase.get("planned_s", 0)))
        if column == 3:
            return minutes_text(float(phase.get("actual_s", 0)))
        return "+" + minutes_text(over) if over >= 1 else ""
