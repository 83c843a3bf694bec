"""The follow-ups table (Follow-ups, Today, a contact's) and ticking one off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from twoway.core.records import FollowUp
from twoway.core.workflow import followups as fu
from twoway.ui.main.common import date_text, relative_due, to_qdate, tr
from twoway.ui.main.hub import CONTACT, FOLLOWUP, DataHub
from twoway.ui.main.models.base import ID_ROLE, CheckStateRole, DisplayRole, EditRole, SelectedModel


class FollowUpsModel(SelectedModel):
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
        contact = hub.contact(followup.contact_id)
        before = contact.last_interaction if contact is not None else None
        moved = fu.mark_done(followup, hub.today(), contact)
        if moved is not None:
            hub.last_contact_before_tick[followup.id] = (moved.id, before)
            hub.put_contact(moved)
    else:
        remembered = hub.last_contact_before_tick.pop(followup.id, None)
        contact = hub.contact(remembered[0]) if remembered else None
        ticked = (contact, remembered[1]) if contact is not None and remembered else None
        restored = fu.mark_open(followup, ticked)
        if restored is not None:
            hub.put_contact(restored)
    hub.put_followup(followup)
