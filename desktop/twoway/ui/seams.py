"""The seams between the UI's parts, as typing Protocols: what a view may ask of the main
window (`Navigation`), of the record store (`StoreService`) and of the app (`AppServices`).

They name exactly what crosses each seam, so a part can be built or tested against a
small stand-in, and a change on one side shows which callers it touches. The classes
that provide them (`MainWindow`, `Store`, `AppContext`) do not inherit from them; a test
checks that each still has every member named here.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QApplication, QWidget

    from twoway.core.clock import Clock
    from twoway.core.formats import FormatLibrary
    from twoway.core.records import Agenda, ChecklistTemplate, Contact, FollowUp, Meeting
    from twoway.core.settings import SettingsFile
    from twoway.core.store.problems import Problem
    from twoway.paths import DataPaths
    from twoway.ui.local_state import OverlayPlacement
    from twoway.ui.main.hub import DataHub
    from twoway.ui.meeting import MeetingController
    from twoway.ui.meeting_service import MeetingService
    from twoway.ui.overlay import OverlayWindow
    from twoway.ui.preferences import Preferences
    from twoway.ui.records import Records
    from twoway.ui.sound import Chime


class Snapshots(Protocol):
    """The data folder's snapshots, as the store keeps them (`store.backups`)."""

    def files(self) -> list[Path]: ...
    def take_now(self, keep: int | None = None) -> Path: ...
    def restore_file(self, path: Path) -> Problem | None: ...


@runtime_checkable
class StoreService(Protocol):
    """The user's records as the main window reads and changes them (`core.store.Store`)."""

    root: Path
    contacts: dict[str, Contact]
    meetings: dict[str, Meeting]
    followups: dict[str, FollowUp]
    templates: dict[str, ChecklistTemplate]
    agenda: Agenda
    backups: Snapshots

    @property
    def problems(self) -> list[Problem]: ...

    def put_contact(self, contact: Contact) -> None: ...
    def delete_contact(self, contact_id: str) -> None: ...
    def put_meeting(self, meeting: Meeting) -> None: ...
    def delete_meeting(self, meeting_id: str) -> None: ...
    def put_followup(self, followup: FollowUp) -> None: ...
    def delete_followup(self, followup_id: str) -> None: ...
    def put_template(self, template: ChecklistTemplate) -> None: ...
    def delete_template(self, template_id: str) -> None: ...
    def set_agenda(self, agenda: Agenda) -> None: ...
    def meetings_for(self, contact_id: str) -> list[Meeting]: ...
    def followups_for(self, contact_id: str) -> list[FollowUp]: ...
    def due_followups(self, today: date) -> list[FollowUp]: ...
    def is_read_only(self, kind: str, record_id: str) -> bool: ...
    def flush(self) -> list[Problem]: ...
    def rescan(self) -> Any: ...
    def dismiss(self, problem: Problem) -> None: ...
    def retry(self, path: Path) -> Problem | None: ...
    def resolve_conflict(self, path: Path, *, keep_copy: bool) -> Problem | None: ...
    def restore_backup(self, archive: Path, *, dry_run: bool = False) -> Any: ...


@runtime_checkable
class AppServices(Protocol):
    """What the main window's views and the overlay's owners ask of the app (`AppContext`)."""

    app: QApplication
    paths: DataPaths
    clock: Clock
    formats: FormatLibrary
    meeting: MeetingController
    overlay: OverlayWindow
    chime: Chime
    settings: SettingsFile
    preferences: Preferences
    records: Records
    meetings: MeetingService
    placement: OverlayPlacement
    main_window: QWidget | None

    def sync_service(self) -> Any: ...


@runtime_checkable
class Navigation(Protocol):
    """What a view of the main window asks of the window (`MainWindow`): go elsewhere,
    say something in the status bar, start or end a meeting."""

    context: AppServices
    hub: DataHub
    meeting_running_changed: SignalInstance

    def show_view(self, key: str) -> None: ...
    def status(self, text: str) -> None: ...
    def open_meeting(self, meeting_id: str, step: str = "") -> None: ...
    def open_contact(self, contact_id: str) -> None: ...
    def plan_meeting(self, contact_id: str) -> str: ...
    def meeting_running(self) -> bool: ...
    def running_meeting_id(self) -> str: ...
    def meeting_header_changed(self) -> None: ...
    def start_meeting(self, meeting_id: str) -> bool: ...
    def quick_start(self, format_id: str, contact_id: str = "") -> bool: ...
    def end_meeting(self) -> None: ...
    def save_all(self) -> list[Problem]: ...
