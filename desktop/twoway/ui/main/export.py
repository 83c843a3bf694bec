"""What File ▸ Export writes: the kinds of export, their titles and file names, and the
bytes of each, written atomically; the menu and the file dialog stay in `transfer.py`."""

from __future__ import annotations

from pathlib import Path

from twoway.core.atomic import atomic_write_bytes
from twoway.core.interop import (
    ExportFileError,
    calendar_to_ics,
    contacts_to_csv,
    contacts_to_vcard,
    meetings_to_csv,
)
from twoway.core.interop.ics_export import calendar_meetings
from twoway.ui.i18n import filled
from twoway.ui.main.common import tr
from twoway.ui.main.hub import DataHub

EXPORTS = ("vcard", "csv", "meetings", "ics", "backup")


def export_choice(kind: str, today: str) -> tuple[str, str, str]:
    """Title, suggested file name and file filter of one kind of export."""
    return {
        "vcard": (
            tr("Export contacts as vCard"),
            "twoway-contacts.vcf",
            tr("vCard files (*.vcf)"),
        ),
        "csv": (
            tr("Export contacts as CSV"),
            "twoway-contacts.csv",
            tr("CSV files (*.csv)"),
        ),
        "meetings": (
            tr("Export meetings and debriefs as CSV"),
            "twoway-meetings.csv",
            tr("CSV files (*.csv)"),
        ),
        "ics": (
            tr("Export to your calendar"),
            "twoway-calendar.ics",
            tr("Calendar files (*.ics)"),
        ),
        "backup": (
            tr("Export a backup of all data"),
            f"twoway-backup-{today}.zip",
            tr("Zip archives (*.zip)"),
        ),
    }[kind]


def nothing_to_export(hub: DataHub, kind: str) -> str:
    """Why there is nothing to write for `kind` yet, or "" when there is."""
    store = hub.store
    if kind in ("vcard", "csv") and not store.contacts:
        return tr("There are no contacts to export yet.")
    if kind == "meetings" and not store.meetings:
        return tr("There are no meetings to export yet.")
    return ""


def write_export(hub: DataHub, kind: str, target: Path) -> str:
    """Write one export to `target`; returns the sentence saying so."""
    store = hub.store
    contacts = store.contacts
    meetings = list(store.meetings.values())
    formats = hub.formats.formats
    where = str(target)
    if kind == "vcard":
        data = contacts_to_vcard(contacts.values()).encode("utf-8")
        done = filled(tr("Saved %n contacts to %1.", None, len(contacts)), where)
    elif kind == "csv":
        data = contacts_to_csv(contacts.values())
        done = filled(tr("Saved %n contacts to %1.", None, len(contacts)), where)
    elif kind == "meetings":
        data = meetings_to_csv(meetings, contacts, formats)
        done = filled(tr("Saved %n meetings to %1.", None, len(meetings)), where)
    elif kind == "ics":
        followups = list(store.followups.values())
        data = calendar_to_ics(meetings, followups, contacts, formats, hub.clock)
        done = filled(
            tr("Saved the calendar to %1 (%2, %3)."),
            where,
            tr("%n meetings", None, len(calendar_meetings(meetings))),
            tr("%n follow-ups", None, len(followups)),
        )
    else:
        data = backup_bytes(hub)
        done = filled(tr("Saved a backup of all your data to %1."), where)
    atomic_write_bytes(target, data)
    return done


def backup_bytes(hub: DataHub) -> bytes:
    """A fresh snapshot of the data folder. An export never removes older backups."""
    try:
        return hub.store.backups.take_now().read_bytes()
    except OSError as exc:
        raise ExportFileError(
            filled(tr("The backup could not be made (%1)."), exc.strerror or str(exc))
        ) from None
