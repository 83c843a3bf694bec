"""The contacts table: filters and sorts in plain Python lists (one pass over precomputed,
folded text per keystroke), which keeps search fast with thousands of contacts.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from twoway.core.workflow.search import contact_haystack, fold, matches, query_words
from twoway.ui.main.common import date_text, tr
from twoway.ui.main.hub import CONTACT, DataHub
from twoway.ui.main.models.base import ID_ROLE, ROOT, DisplayRole

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
        # The contact open beside the list stays listed while it is edited, even when an
        # edit stops it matching the search: removing its row would move the selection,
        # and with it the page being typed into, to another contact.
        self.kept_listed = ""
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
        visible = self._visible(contact_id) or (row >= 0 and contact_id == self.kept_listed)
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
