"""The meetings table (the Meetings list, Today, a contact's meetings) and status words."""

from __future__ import annotations

from PySide6.QtCore import Qt

from twoway.core.records import Meeting, MeetingStatus
from twoway.core.workflow.meetings import meeting_date
from twoway.ui.i18n import filled
from twoway.ui.main.common import datetime_text, tr
from twoway.ui.main.hub import CONTACT, MEETING
from twoway.ui.main.models.base import ID_ROLE, DisplayRole, SelectedModel


def status_text(status: MeetingStatus) -> str:
    return {
        MeetingStatus.PLANNED: tr("Planned"),
        MeetingStatus.DONE: tr("Held"),
        MeetingStatus.CANCELLED: tr("Cancelled"),
        MeetingStatus.DECLINED: tr("Declined"),
    }[status]


class MeetingsModel(SelectedModel):
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
            return datetime_text(meeting_date(meeting), self.hub.today())
        if column == self.WITH:
            return self.hub.contact_name(meeting.contact_id) or tr("No contact")
        if column == self.FORMAT:
            return self.hub.meeting_format_name(meeting)
        if column == self.STATUS:
            return status_text(meeting.status)
        if column == self.PREP:
            done, total = meeting.prep.progress
            return filled(tr("%1 of %2"), str(done), str(total)) if total else ""
        if meeting.debrief.completed:
            return meeting.debrief.value_for_me or tr("Written")
        return tr("To write") if meeting.run else ""
