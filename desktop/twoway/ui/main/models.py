"""Qt item models over the store, for the main window's lists and tables.

The contacts model filters and sorts in plain Python lists (one pass over precomputed,
folded text per keystroke), which keeps search fast with thousands of contacts; the
smaller lists rebuild their row list when their records change and keep the view's
selection whenever the rows stay the same.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from twoway.core.formats import OWNER_COLORS, Format, Owner
from twoway.core.records import AgendaItem, ChecklistItem, FollowUp, Meeting, MeetingStatus, Prep
from twoway.core.workflow import followups as fu
from twoway.core.workflow.fit import fold
from twoway.core.workflow.insights import Insights
from twoway.core.workflow.meetings import meeting_date
from twoway.core.workflow.search import contact_haystack, matches, query_words
from twoway.ui.main.common import (
    date_text,
    datetime_text,
    minutes_text,
    owner_label,
    relative_due,
    to_qdate,
    tr,
    translated_format_text,
    translated_prep_text,
)
from twoway.ui.main.hub import CONTACT, FOLLOWUP, MEETING, DataHub

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROOT = QModelIndex()  # the invisible root, as a default argument
DisplayRole = Qt.ItemDataRole.DisplayRole
EditRole = Qt.ItemDataRole.EditRole
CheckStateRole = Qt.ItemDataRole.CheckStateRole


def _dim_color() -> QColor:
    return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)


def status_text(status: MeetingStatus) -> str:
    return {
        MeetingStatus.PLANNED: tr("Planned"),
        MeetingStatus.DONE: tr("Held"),
        MeetingStatus.CANCELLED: tr("Cancelled"),
        MeetingStatus.DECLINED: tr("Declined"),
    }[status]


def share_text(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)} %"


# --- contacts ----------------------------------------------------------------------------


class ContactsModel(QAbstractTableModel):
    NAME, COMPANY, ROLE, TAGS, LAST = range(5)

    def __init__(self, hub: DataHub, parent=None) -> None:
        super().__init__(parent)
        self.hub = hub
        self._haystacks: dict[str, str] = {}  # folded text of every contact
        self._keys: dict[str, tuple] = {}  # sort key of every contact
        self._ordered: list[str] = []  # every contact, ascending by key
        self._rows: list[str] = []  # the contacts shown, in the order shown
        self._query = ""
        self._words: list[str] = []
        self._sort_column = self.NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._rebuild()
        hub.changed.connect(self._on_changed)
        hub.removed.connect(self._on_removed)
        hub.reset.connect(self._rebuild)

    # The view's selection is kept by id across a reset; these map between the two.
    def contact_id(self, row: int) -> str:
        return self._rows[row] if 0 <= row < len(self._rows) else ""

    def row_of(self, contact_id: str) -> int:
        try:
            return self._rows.index(contact_id)
        except ValueError:
            return -1

    @property
    def total(self) -> int:
        return len(self._haystacks)

    def headerData(self, section, orientation, role=DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == DisplayRole:
            return [tr("Name"), tr("Company"), tr("Role"), tr("Tags"), tr("Last contact")][section]
        return None

    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index, role=DisplayRole):
        if not index.isValid():
            return None
        contact = self.hub.store.contacts.get(self._rows[index.row()])
        if contact is None:
            return None
        column = index.column()
        if role == ID_ROLE:
            return contact.id
        if role in (DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.NAME:
                return contact.name
            if column == self.COMPANY:
                return contact.company
            if column == self.ROLE:
                return contact.role
            if column == self.TAGS:
                return ", ".join(contact.tags)
            return date_text(contact.last_interaction, self.hub.today())
        return None

    # --- searching and sorting -----------------------------------------------------------
    # All ids are kept in ascending order of the sort key (`_ordered`, keys in `_keys`), so
    # a keystroke only filters: no sorting, and one comprehension per typed word.

    def set_query(self, text: str) -> None:
        words = query_words(text)
        if words == self._words:
            return
        # Typing on narrows what is already shown; anything else starts from everyone.
        narrowing = bool(self._query) and text.startswith(self._query)
        self._query, self._words = text, words
        self.beginResetModel()
        self._rows = self._filter(self._rows if narrowing else self._in_order())
        self.endResetModel()

    def _in_order(self) -> list[str]:
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            return self._ordered[::-1]
        return list(self._ordered)

    def _filter(self, ids: list[str]) -> list[str]:
        haystacks = self._haystacks
        for word in self._words:
            ids = [cid for cid in ids if word in haystacks[cid]]
        return ids

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old = list(self._rows)
        shown = set(old)
        self._sort_column, self._sort_order = column, order
        self._order_all()
        self._rows = [cid for cid in self._in_order() if cid in shown]
        position = {cid: row for row, cid in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(position[old[i.row()]], i.column()) for i in persistent],
        )
        self.layoutChanged.emit()

    def _key(self, contact_id: str):
        contact = self.hub.store.contacts[contact_id]
        name = fold(contact.name)
        column = self._sort_column
        if column == self.COMPANY:
            return (not contact.company, fold(contact.company), name, contact_id)
        if column == self.ROLE:
            return (not contact.role, fold(contact.role), name, contact_id)
        if column == self.TAGS:
            return (not contact.tags, fold(" ".join(contact.tags)), name, contact_id)
        if column == self.LAST:
            last = contact.last_interaction
            return (last is None, last.toordinal() if last else 0, name, contact_id)
        return (name, contact_id)

    def _order_all(self) -> None:
        self._keys = {cid: self._key(cid) for cid in self._haystacks}
        self._ordered = sorted(self._keys, key=self._keys.__getitem__)

    def _visible(self, contact_id: str) -> bool:
        return matches(self._haystacks[contact_id], self._words)

    def _rebuild(self) -> None:
        contacts = self.hub.store.contacts
        self._haystacks = {cid: contact_haystack(c) for cid, c in contacts.items()}
        self._order_all()
        self.beginResetModel()
        self._rows = self._filter(self._in_order())
        self.endResetModel()

    def _place(self, contact_id: str) -> None:
        """Put a new or re-keyed contact at its place in the sorted list of everyone."""
        if contact_id in self._keys:
            self._ordered.remove(contact_id)
        self._keys[contact_id] = self._key(contact_id)
        position = bisect.bisect_right(self._ordered, self._keys[contact_id], key=self._keys.get)
        self._ordered.insert(position, contact_id)

    def _row_position(self, contact_id: str) -> int:
        """Where a contact goes among the rows shown, in the current order."""
        key = self._keys[contact_id]
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            ascending = self._rows[::-1]
            return len(self._rows) - bisect.bisect_left(ascending, key, key=self._keys.get)
        return bisect.bisect_right(self._rows, key, key=self._keys.get)

    def _on_changed(self, kind: str, contact_id: str) -> None:
        if kind != CONTACT:
            return
        contact = self.hub.store.contacts.get(contact_id)
        if contact is None:
            return
        self._haystacks[contact_id] = contact_haystack(contact)
        if self._keys.get(contact_id) != self._key(contact_id):
            self._place(contact_id)
        row = self.row_of(contact_id)
        visible = self._visible(contact_id)
        if row >= 0 and visible:
            # Edited in place: the row stays where it is, so it does not jump while typing;
            # the next search or sort shows it in its new place.
            self.dataChanged.emit(self.index(row, 0), self.index(row, 4))
        elif row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
        elif visible:
            position = self._row_position(contact_id)
            self.beginInsertRows(QModelIndex(), position, position)
            self._rows.insert(position, contact_id)
            self.endInsertRows()

    def _on_removed(self, kind: str, contact_id: str) -> None:
        if kind != CONTACT:
            return
        self._haystacks.pop(contact_id, None)
        if self._keys.pop(contact_id, None) is not None:
            self._ordered.remove(contact_id)
        row = self.row_of(contact_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()


# --- lists chosen by a function over the store --------------------------------------------


class _SelectedModel(QAbstractTableModel):
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


class MeetingsModel(_SelectedModel):
    kinds = (MEETING, CONTACT)
    columns = 6
    WHEN, WITH, FORMAT, STATUS, PREP, DEBRIEF = range(6)

    def header_texts(self) -> list[str]:
        return [tr("When"), tr("With"), tr("Format"), tr("Status"), tr("Prep"), tr("Debrief")]

    def data(self, index, role=DisplayRole):
        if not index.isValid():
            return None
        meeting: Meeting = self._records[index.row()]
        if role == ID_ROLE:
            return meeting.id
        if role not in (DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == self.WHEN:
            return datetime_text(meeting_date(meeting))
        if column == self.WITH:
            return self.hub.contact_name(meeting.contact_id) or tr("No contact")
        if column == self.FORMAT:
            return self.hub.meeting_format_name(meeting)
        if column == self.STATUS:
            return status_text(meeting.status)
        if column == self.PREP:
            done, total = meeting.prep.progress
            return (
                tr("%1 of %2").replace("%1", str(done)).replace("%2", str(total)) if total else ""
            )
        if meeting.debrief.completed:
            return meeting.debrief.value_for_me or tr("Written")
        return tr("To write") if meeting.run else ""


class FollowUpsModel(_SelectedModel):
    """Follow-ups with a tick, the due date and how far off it is, the text and contact.

    `compact` shows only how far off the due date is (the date itself is the tooltip),
    for narrow lists such as Today's.
    """

    compact = False
    kinds = (FOLLOWUP, CONTACT)
    columns = 4
    DONE, DUE, TEXT, CONTACT_COLUMN = range(4)

    def header_texts(self) -> list[str]:
        return [tr("Done"), tr("Due"), tr("Follow-up"), tr("Contact")]

    def data(self, index, role=DisplayRole):
        if not index.isValid():
            return None
        followup: FollowUp = self._records[index.row()]
        column = index.column()
        today = self.hub.today()
        if role == ID_ROLE:
            return followup.id
        if column == self.DONE:
            if role == CheckStateRole:
                return Qt.CheckState.Checked if followup.done else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return tr("Done") if followup.done else tr("Not done")
            return None
        if column == self.DUE:
            if role == DisplayRole:
                if followup.done:
                    return date_text(followup.due, today)
                if self.compact:
                    return relative_due(followup.due, today)
                return f"{date_text(followup.due, today)} · {relative_due(followup.due, today)}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return date_text(followup.due)
            if role == EditRole:
                return to_qdate(followup.due)
            if (
                role == Qt.ItemDataRole.ForegroundRole
                and fu.due_state(followup, today) is fu.Due.OVERDUE
            ):
                return QColor("#B5470B")  # a dark vermillion that reads on light rows
            return None
        if column == self.TEXT:
            if role in (DisplayRole, EditRole, Qt.ItemDataRole.ToolTipRole):
                return followup.text
            if role == Qt.ItemDataRole.FontRole and followup.done:
                font = QFont()
                font.setStrikeOut(True)
                return font
            return None
        if role == DisplayRole:
            return self.hub.contact_name(followup.contact_id)
        return None

    def flags(self, index):
        flags = super().flags(index)
        if not index.isValid():
            return flags
        if index.column() == self.DONE:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (self.DUE, self.TEXT):
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=EditRole) -> bool:
        if not index.isValid():
            return False
        followup: FollowUp = self._records[index.row()]
        column = index.column()
        if column == self.DONE and role == CheckStateRole:
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            set_followup_done(self.hub, followup, done)
            return True
        if column == self.TEXT and role == EditRole and str(value).strip():
            followup.text = str(value).strip()
        elif column == self.DUE and role == EditRole and value.isValid():
            followup.due = value.toPython()
        else:
            return False
        self.hub.put_followup(followup)
        return True


def set_followup_done(hub: DataHub, followup: FollowUp, done: bool) -> None:
    """Tick a follow-up on or off; done moves the contact's last interaction to today."""
    if done:
        contact = fu.mark_done(followup, hub.today(), hub.contact(followup.contact_id))
        if contact is not None:
            hub.put_contact(contact)
    else:
        fu.mark_open(followup)
    hub.put_followup(followup)


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
            return _dim_color()
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
                return (
                    tr("%1: %2", "who speaks in a phase: the phase's title")
                    .replace("%1", owner_label(phase.owner))
                    .replace("%2", translated_format_text(phase.title))
                )
            if role == Qt.ItemDataRole.DecorationRole:
                return QColor(phase.display_color)
            return None
        if role == EditRole:
            return own
        if role in (DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return own or translated_format_text(phase.cue)
        if role == Qt.ItemDataRole.ForegroundRole and not own:
            return _dim_color()
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
        self.prep.cues.clear()
        self.prep.cues.update(cues)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 1), self.index(self.rowCount() - 1, 1))
        self.edited.emit()


class _RowsTable(QAbstractTableModel):
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


# --- insights per contact or format ---------------------------------------------------------


@dataclass
class InsightRow:
    label: str
    insights: Insights = field(default_factory=Insights)


class InsightsTableModel(_RowsTable):
    columns = 5

    def header_texts(self) -> list[str]:
        return [
            tr("Name"),
            tr("Meetings"),
            tr("Average overrun"),
            tr("Their share"),
            tr("Follow-ups on time"),
        ]

    def set_rows(self, rows: list[InsightRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def data(self, index, role=DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        found = row.insights
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != DisplayRole:
            return None
        return [
            row.label,
            str(found.meetings),
            overrun_text(found.average_overrun_s) if found.timed else "–",
            share_text(found.their_share),
            share_text(found.on_time_share),
        ][index.column()]


def overrun_text(seconds: float) -> str:
    if seconds < 1:
        return tr("on time")
    whole = round(seconds)
    return f"+{whole // 60}:{whole % 60:02d}"


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
            return tr("%1 (built-in)").replace("%1", name) if fmt.builtin else name
        if role == Qt.ItemDataRole.ToolTipRole:
            return translated_format_text(fmt.description) or None
        return None


# --- a run's phases, for the debrief --------------------------------------------------------


class RunPhasesModel(_RowsTable):
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
