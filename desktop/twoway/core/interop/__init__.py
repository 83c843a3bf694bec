"""Contacts in from vCard, LinkedIn and CSV files; contacts, meetings and follow-ups out
as vCard, iCalendar and CSV; backups. Qt-free, so the app and the command line share it.
"""

from twoway.core.interop.apply import ImportReceipt, UndoResult, apply_import, undo_import
from twoway.core.interop.backup import export_backup, restore_from_backup
from twoway.core.interop.common import CSV, IMPORT_FORMATS, LINKEDIN, VCARD, ParsedFile
from twoway.core.interop.csv_export import contacts_to_csv, meetings_to_csv, safe_cell
from twoway.core.interop.csv_import import (
    TARGET_FIELDS,
    csv_headers,
    guess_mapping,
    parse_csv,
    parse_linkedin,
)
from twoway.core.interop.errors import ExportFileError, ImportFileError, InteropError
from twoway.core.interop.importing import detect_format, file_headers, read_contacts
from twoway.core.interop.plan import (
    MERGE,
    SKIP,
    FieldChange,
    ImportPlan,
    Match,
    Merge,
    Skip,
    SkipWhy,
    contacts_state,
    plan_import,
)
from twoway.core.interop.reading import MAX_IMPORT_BYTES
from twoway.core.interop.vcard_export import contacts_to_vcard
from twoway.core.interop.vcard_import import parse_vcards

__all__ = [
    "CSV",
    "IMPORT_FORMATS",
    "LINKEDIN",
    "MAX_IMPORT_BYTES",
    "MERGE",
    "SKIP",
    "TARGET_FIELDS",
    "VCARD",
    "ExportFileError",
    "FieldChange",
    "ImportFileError",
    "ImportPlan",
    "ImportReceipt",
    "InteropError",
    "Match",
    "Merge",
    "ParsedFile",
    "Skip",
    "SkipWhy",
    "UndoResult",
    "apply_import",
    "calendar_to_ics",
    "contacts_state",
    "contacts_to_csv",
    "contacts_to_vcard",
    "csv_headers",
    "detect_format",
    "export_backup",
    "file_headers",
    "guess_mapping",
    "meetings_to_csv",
    "parse_csv",
    "parse_linkedin",
    "parse_vcards",
    "plan_import",
    "read_contacts",
    "restore_from_backup",
    "safe_cell",
    "undo_import",
]


def __getattr__(name: str) -> object:
    # The iCalendar export needs icalendar, which takes a tenth of a second to load:
    # only when it is asked for, not for every command line run.
    if name == "calendar_to_ics":
        from twoway.core.interop.ics_export import calendar_to_ics

        return calendar_to_ics
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
