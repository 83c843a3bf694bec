"""Starting meetings from anywhere (tray, command line, hotkeys, the call offer, Today)
and what the tray asks about the user's meetings and follow-ups."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from twoway.core.clock import Clock
from twoway.core.formats import Format, FormatLibrary
from twoway.core.marks import fill
from twoway.ui.meeting import MeetingController, MeetingInfo
from twoway.ui.records import Records

if TYPE_CHECKING:
    from twoway.core.records import FollowUp, Meeting


class MeetingService:
    def __init__(
        self,
        meeting: MeetingController,
        formats: FormatLibrary,
        records: Records,
        clock: Clock,
        show_overlay: Callable[[], None],
    ) -> None:
        self.meeting = meeting
        self.formats = formats
        self.records = records
        self.clock = clock
        self.show_overlay = show_overlay

    def start(
        self, fmt: Format, info: MeetingInfo | None = None, cues: dict[int, str] | None = None
    ) -> bool:
        started = self.meeting.start(fmt, info, cues)
        if started:
            self.show_overlay()
        return started

    def start_by_name(self, format_name: str | None, contact_name: str | None) -> str:
        """Start from the CLI or tray: returns "" or a sentence saying why it did not start."""
        fmt = self.formats.find(format_name) if format_name else self.default_format()
        if fmt is None:
            names = ", ".join(sorted(f.name for f in self.formats.formats.values()))
            said = QCoreApplication.translate(
                "AppContext", "There is no format called “%1”. Known: %2."
            )
            return fill(said, (format_name or "", names))
        if not self.start(fmt, MeetingInfo(contact_name=contact_name or "")):
            return QCoreApplication.translate(
                "AppContext", "A meeting is already running. End it first."
            )
        return ""

    def default_format(self) -> Format:
        return self.formats.find("minimastermind") or next(iter(self.formats.formats.values()))

    def start_demo(self) -> None:
        """Run the fast demo meeting, moving on by itself a few seconds into each overrun."""
        from twoway.core.session import EventKind
        from twoway.demo import DEMO_CONTACT, DEMO_OVERRUN_S, demo_format

        def move_on(event) -> None:
            # Only the demo's own meeting moves on by itself, never a later real one.
            if event.kind is not EventKind.PHASE_OVERRUN or self.meeting.session is not demo:
                return
            index = event.phase_index

            def step() -> None:
                if self.meeting.session is not demo or demo.index != index:
                    return  # the user already moved on
                if demo.is_last_phase:
                    self.meeting.end()
                else:
                    self.meeting.next_phase()

            QTimer.singleShot(DEMO_OVERRUN_S * 1000, step)

        self.start(demo_format(), MeetingInfo(contact_name=DEMO_CONTACT))
        demo = self.meeting.session
        self.meeting.event.connect(move_on)

    # --- the user's records, for the tray and the call offer ------------------------------

    def planned(self) -> list[Meeting]:
        from twoway.core.workflow.today import upcoming

        if self.records.loading:
            return []  # asked again once loaded (the tray rebuilds its menu as it opens)
        return upcoming(self.records.open().meetings.values(), self.clock.wall())

    def next_planned(self) -> tuple[Meeting, str] | None:
        """(meeting, contact name) of the next planned meeting, or None."""
        planned = self.planned()
        return (planned[0], self.contact_name(planned[0].contact_id)) if planned else None

    def followups_due(self, when_loaded: Callable[[], None] | None = None) -> list[FollowUp]:
        """Follow-ups due today; while the records load, [] and `when_loaded` runs later."""
        if self.records.loading:
            if when_loaded is not None:
                self.records.when_loaded(when_loaded)
            return []
        today = self.clock.wall().astimezone().date()
        return self.records.open().due_followups(today)

    def contact_name(self, contact_id: str) -> str:
        if self.records.loading:
            return ""
        contact = self.records.open().contacts.get(contact_id)
        return contact.name if contact else ""
