"""DataHub: the main window's one door to the store.

Every view reads records from `hub.store` and changes them through the hub, which
tells the other views (so a contact renamed in its detail page is renamed in the list,
Today and the follow-ups at once) and saves. Saving is debounced: the store writes
once the user pauses for SAVE_DELAY_MS, and at once when a window closes or the app
quits, so nothing typed is lost and a burst of typing is one write.
"""

from __future__ import annotations

import copy
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from twoway.core.clock import Clock
from twoway.core.format_files import load_formats
from twoway.core.formats import Format, FormatLibrary
from twoway.core.records import ChecklistTemplate, Contact, FollowUp, Meeting, utc_now
from twoway.core.workflow.followups import local_date
from twoway.core.workflow.prep import (
    DEFAULT_TEMPLATE_ID,
    template_for_new_meetings,
    templates_in_order,
)
from twoway.paths import DataPaths
from twoway.ui.i18n import filled, problem_text
from twoway.ui.main.common import translated_format_text, translated_prep_text
from twoway.ui.seams import StoreService

SAVE_DELAY_MS = 500

CONTACT = "contact"
MEETING = "meeting"
FOLLOWUP = "followup"
AGENDA = "agenda"
TEMPLATE = "template"


class DataHub(QObject):
    changed = Signal(str, str)  # kind, id: a record was added or changed
    removed = Signal(str, str)  # kind, id
    reset = Signal()  # anything may have changed (a restore, files changed on disk)
    saving = Signal(str)  # "pending", "saved" or a sentence about a problem
    formats_changed = Signal()
    tag_cadences_changed = Signal()  # Settings ▸ Keep in touch: who is due may differ

    def __init__(
        self,
        store: StoreService,
        paths: DataPaths,
        clock: Clock,
        formats: FormatLibrary,
        parent=None,
    ):
        super().__init__(parent)
        self.store = store
        self.paths = paths
        self.clock = clock
        self.formats = formats
        self.undo = QUndoStack(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self.last_problems: list = []
        # follow-up id -> (contact id, last interaction before ticking it done): a tick
        # taken back in this run of the app gives the contact its date back.
        self.last_contact_before_tick: dict[str, tuple[str, date | None]] = {}
        self.settings = None  # the app's SettingsFile, for the tags' cadences (None: none)

    # --- keep in touch ----------------------------------------------------------------

    def tag_cadences(self) -> dict[str, int]:
        """Settings ▸ Keep in touch: the days per (case-folded) tag; {} without settings."""
        return dict(self.settings.values.keep_in_touch.tags) if self.settings else {}

    # --- time ------------------------------------------------------------------------

    def now(self) -> datetime:
        return self.clock.wall()

    def today(self) -> date:
        return local_date(self.clock.wall())

    # --- saving ----------------------------------------------------------------------

    def schedule_save(self) -> None:
        self._timer.start()
        self.saving.emit("pending")

    @property
    def save_pending(self) -> bool:
        return self._timer.isActive()

    def save_now(self) -> list:
        """Write everything changed so far; returns the store's problems, if any."""
        self._timer.stop()
        problems = list(self.store.flush())
        self.last_problems = problems
        if problems:
            self.saving.emit(
                filled(
                    QCoreApplication.translate("DataHub", "Some changes could not be saved: %1"),
                    "; ".join(problem_text(p) for p in problems),
                )
            )
        else:
            self.saving.emit("saved")
        return problems

    def reload(self) -> None:
        """The files changed outside Twoway (a sync, a restore): read them again."""
        self.save_now()
        self.store.rescan()
        self.reset.emit()

    # --- records ---------------------------------------------------------------------

    def contact(self, contact_id: str) -> Contact | None:
        return self.store.contacts.get(contact_id) if contact_id else None

    def contact_name(self, contact_id: str) -> str:
        contact = self.contact(contact_id)
        return contact.name if contact else ""

    def meeting(self, meeting_id: str) -> Meeting | None:
        return self.store.meetings.get(meeting_id) if meeting_id else None

    def put_contact(self, contact: Contact) -> None:
        contact.updated = utc_now()
        self.store.put_contact(contact)
        self.changed.emit(CONTACT, contact.id)
        self.schedule_save()

    def put_meeting(self, meeting: Meeting) -> None:
        meeting.updated = utc_now()
        self.store.put_meeting(meeting)
        self.changed.emit(MEETING, meeting.id)
        self.schedule_save()

    def put_followup(self, followup: FollowUp) -> None:
        followup.updated = utc_now()
        self.store.put_followup(followup)
        self.changed.emit(FOLLOWUP, followup.id)
        self.schedule_save()

    def delete_followup_now(self, followup_id: str) -> None:
        self.store.delete_followup(followup_id)
        self.removed.emit(FOLLOWUP, followup_id)
        self.schedule_save()

    def delete_meeting_now(self, meeting_id: str) -> None:
        """Without undo: for a meeting just made that never came to be."""
        self.store.delete_meeting(meeting_id)
        self.removed.emit(MEETING, meeting_id)
        self.schedule_save()

    def set_agenda(self, agenda) -> None:
        agenda.updated = utc_now()
        self.store.set_agenda(agenda)
        self.changed.emit(AGENDA, "")
        self.schedule_save()

    # --- deleting, with undo ----------------------------------------------------------

    def delete_contact(self, contact_id: str) -> None:
        """Delete a contact with their meetings and follow-ups; Edit ▸ Undo brings all back."""
        contact = self.contact(contact_id)
        if contact is not None:
            self.undo.push(_DeleteContact(self, contact))

    def delete_meeting(self, meeting_id: str) -> None:
        meeting = self.meeting(meeting_id)
        if meeting is not None:
            self.undo.push(_DeleteMeeting(self, meeting))

    def delete_followup(self, followup_id: str) -> None:
        followup = self.store.followups.get(followup_id)
        if followup is not None:
            self.undo.push(_DeleteFollowUp(self, followup))

    def contact_footprint(self, contact_id: str) -> tuple[list[Meeting], list[FollowUp]]:
        return list(self.store.meetings_for(contact_id)), list(self.store.followups_for(contact_id))

    # --- checklist templates -----------------------------------------------------------

    def template(self) -> ChecklistTemplate:
        """The checklist template new meetings start with."""
        return template_for_new_meetings(self.store.templates)

    def templates(self) -> list[ChecklistTemplate]:
        """Every checklist template, the one new meetings start with first."""
        return templates_in_order(self.store.templates, translated_prep_text)

    def put_template(self, template: ChecklistTemplate) -> None:
        self.store.put_template(template)
        self.changed.emit(TEMPLATE, template.id)
        self.schedule_save()

    def template_is_read_only(self, template_id: str) -> bool:
        """Written by a newer Twoway: it can be used, but not saved into."""
        return self.store.is_read_only(TEMPLATE, template_id)

    def delete_template(self, template_id: str) -> None:
        if template_id == DEFAULT_TEMPLATE_ID or template_id not in self.store.templates:
            return  # new meetings always have a checklist to start from
        self.store.delete_template(template_id)
        self.removed.emit(TEMPLATE, template_id)
        self.schedule_save()

    # --- formats -------------------------------------------------------------------------

    def format(self, format_id: str) -> Format | None:
        return self.formats.formats.get(format_id)

    def meeting_format_name(self, meeting: Meeting) -> str:
        """The format's name; for a format no longer there (or the demo's), the name kept
        with its run; the bare id only when neither is known."""
        fmt = self.format(meeting.format_id)
        if fmt is not None:
            return translated_format_text(fmt.name)
        kept = (meeting.run or {}).get("format_name") or ""
        return translated_format_text(kept) if kept else meeting.format_id

    def reload_formats(self) -> None:
        fresh = load_formats(self.paths.formats_dir)
        # The library object is shared with the tray and the CLI: update it in place.
        self.formats.formats.clear()
        self.formats.formats.update(fresh.formats)
        self.formats.problems[:] = fresh.problems
        self.formats_changed.emit()


class _DeleteContact(QUndoCommand):
    def __init__(self, hub: DataHub, contact: Contact) -> None:
        super().__init__(
            filled(
                QCoreApplication.translate("DataHub", "Delete %1"),
                contact.name or QCoreApplication.translate("DataHub", "contact"),
            )
        )
        self.hub = hub
        meetings, followups = hub.contact_footprint(contact.id)
        self.contact = copy.deepcopy(contact)
        self.meetings = copy.deepcopy(meetings)
        self.followups = copy.deepcopy(followups)

    def redo(self) -> None:
        store = self.hub.store
        for followup in self.followups:
            store.delete_followup(followup.id)
            self.hub.removed.emit(FOLLOWUP, followup.id)
        for meeting in self.meetings:
            store.delete_meeting(meeting.id)
            self.hub.removed.emit(MEETING, meeting.id)
        store.delete_contact(self.contact.id)
        self.hub.removed.emit(CONTACT, self.contact.id)
        self.hub.schedule_save()

    def undo(self) -> None:
        store = self.hub.store
        store.put_contact(copy.deepcopy(self.contact))
        self.hub.changed.emit(CONTACT, self.contact.id)
        for meeting in self.meetings:
            store.put_meeting(copy.deepcopy(meeting))
            self.hub.changed.emit(MEETING, meeting.id)
        for followup in self.followups:
            store.put_followup(copy.deepcopy(followup))
            self.hub.changed.emit(FOLLOWUP, followup.id)
        self.hub.schedule_save()


class _DeleteMeeting(QUndoCommand):
    def __init__(self, hub: DataHub, meeting: Meeting) -> None:
        super().__init__(QCoreApplication.translate("DataHub", "Delete meeting"))
        self.hub = hub
        self.meeting = copy.deepcopy(meeting)
        self.followups = copy.deepcopy(
            [f for f in hub.store.followups.values() if f.meeting_id == meeting.id]
        )

    def redo(self) -> None:
        for followup in self.followups:
            self.hub.store.delete_followup(followup.id)
            self.hub.removed.emit(FOLLOWUP, followup.id)
        self.hub.store.delete_meeting(self.meeting.id)
        self.hub.removed.emit(MEETING, self.meeting.id)
        self.hub.schedule_save()

    def undo(self) -> None:
        self.hub.store.put_meeting(copy.deepcopy(self.meeting))
        self.hub.changed.emit(MEETING, self.meeting.id)
        for followup in self.followups:
            self.hub.store.put_followup(copy.deepcopy(followup))
            self.hub.changed.emit(FOLLOWUP, followup.id)
        self.hub.schedule_save()


class _DeleteFollowUp(QUndoCommand):
    def __init__(self, hub: DataHub, followup: FollowUp) -> None:
        super().__init__(QCoreApplication.translate("DataHub", "Delete follow-up"))
        self.hub = hub
        self.followup = copy.deepcopy(followup)

    def redo(self) -> None:
        self.hub.delete_followup_now(self.followup.id)

    def undo(self) -> None:
        self.hub.store.put_followup(copy.deepcopy(self.followup))
        self.hub.changed.emit(FOLLOWUP, self.followup.id)
        self.hub.schedule_save()
