"""A finished run, kept with its meeting: the one rule for every way a meeting ends.

The overlay, the tray, the command line and the main window all end meetings through
the same controller; whatever started it, the run is stored here, before anything is
shown to the user, so nothing depends on a window being open.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from twoway.core.records import Contact, Meeting, MeetingStatus
from twoway.core.session import RunRecord
from twoway.core.workflow.fit import fold

if TYPE_CHECKING:
    from twoway.core.store import Store


def contact_named(store: Store, name: str) -> str:
    """The id of the contact a typed name means; a new contact when nobody has it, so a
    quick meeting with a name joins a history instead of floating free. "" for no name."""
    wanted = fold(name.strip())
    if not wanted:
        return ""
    for contact in store.contacts.values():
        if fold(contact.name) == wanted:
            return contact.id
    contact = Contact(name=name.strip())
    store.put_contact(contact)
    return contact.id


def record_run(
    store: Store,
    record: RunRecord,
    *,
    meeting_id: str = "",
    contact_id: str = "",
    contact_name: str = "",
    now: datetime,
) -> Meeting:
    """Keep `record` with its planned meeting, or with a new one for a quick start.

    A planned meeting becomes held; the store alone decides what that means for the
    contact's last interaction (the day it was held, not the day it is written down).
    """
    meeting = store.meetings.get(meeting_id) if meeting_id else None
    if meeting is None:
        contact_id = contact_id or contact_named(store, contact_name)
        meeting = Meeting(contact_id=contact_id, format_id=record.format_id)
        meeting.scheduled = record.started_at
    meeting.run = record.to_dict()
    if meeting.status is MeetingStatus.PLANNED:
        meeting.status = MeetingStatus.DONE
    meeting.updated = now
    store.put_meeting(meeting)
    return meeting
