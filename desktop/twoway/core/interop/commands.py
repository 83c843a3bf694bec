"""`twoway import` and `twoway export`, as functions the command line calls.

Exit codes: 0 done, 1 a problem with a file (one line on `err`), 2 bad usage.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from twoway.core.atomic import atomic_write_bytes
from twoway.core.clock import Clock, SystemClock
from twoway.core.formats import load_formats
from twoway.core.interop.apply import apply_import
from twoway.core.interop.backup import export_backup
from twoway.core.interop.common import IMPORT_FORMATS
from twoway.core.interop.csv_export import contacts_to_csv, meetings_to_csv
from twoway.core.interop.errors import InteropError
from twoway.core.interop.ics_export import calendar_meetings, calendar_to_ics
from twoway.core.interop.importing import read_contacts
from twoway.core.interop.plan import ImportPlan, plan_import
from twoway.core.interop.vcard_export import contacts_to_vcard
from twoway.core.store import Store
from twoway.paths import DataPaths

EXPORT_FORMATS = ("vcard", "ics", "csv", "meetings-csv", "backup")
OK, FILE_PROBLEM, USAGE = 0, 1, 2
_MAX_WARNINGS_SHOWN = 10

_FIELD_WORDS = {
    "company": "company",
    "role": "role",
    "emails": "email",
    "phones": "phone",
    "linkedin": "LinkedIn profile",
    "website": "website",
    "met_how": "how you met",
    "tags": "tags",
    "offers": "offers",
    "needs": "needs",
    "notes": "notes",
    "last_interaction": "last contact date",
}


def _count(number: int, word: str) -> str:
    return f"{number} {word}" if number == 1 else f"{number} {word}s"


def _label(contact) -> str:
    return f"{contact.name} ({contact.company})" if contact.company else contact.name


def _summary(plan: ImportPlan, dry_run: bool) -> str:
    added, merged, skipped = len(plan.added), len(plan.merged), len(plan.skipped)
    if dry_run:
        return (
            f"Dry run: the import would add {_count(added, 'contact')}, merge {merged} "
            f"and skip {skipped}. Nothing was written."
        )
    return f"Added {_count(added, 'contact')}, merged {merged} and skipped {skipped}."


def _plan_lines(plan: ImportPlan) -> list[str]:
    lines = [f"  add    {_label(c)}" for c in plan.added]
    for merge in plan.merged:
        what = ", ".join(_FIELD_WORDS.get(change.field, change.field) for change in merge.changes)
        lines.append(f"  merge  {_label(merge.existing)}: adds {what} ({merge.reason})")
    lines.extend(f"  skip   {_label(skip.incoming)}: {skip.reason}" for skip in plan.skipped)
    return lines


def run_import(
    paths: DataPaths,
    file: Path,
    fmt: str | None,
    dry_run: bool,
    out: TextIO,
    err: TextIO,
) -> int:
    """Import contacts from `file` into the data folder; with `dry_run`, only say what would
    happen. The whole file is read and checked before anything is written."""
    if fmt is not None and fmt not in IMPORT_FORMATS:
        print(
            f"twoway import: unknown format “{fmt}”; use {', '.join(IMPORT_FORMATS)}.",
            file=err,
        )
        return USAGE
    try:
        parsed = read_contacts(file, fmt)
        store = Store.open(paths)
        plan = plan_import(store.contacts.values(), parsed.contacts)
        if not dry_run and plan.changes_anything:
            apply_import(store, plan)
    except InteropError as exc:
        print(f"twoway import: {exc.message}", file=err)
        return FILE_PROBLEM
    except OSError as exc:
        print(
            f"twoway import: the data folder could not be used ({exc.strerror or exc}).", file=err
        )
        return FILE_PROBLEM
    print(_summary(plan, dry_run), file=out)
    if dry_run:
        for line in _plan_lines(plan):
            print(line, file=out)
    for warning in parsed.warnings[:_MAX_WARNINGS_SHOWN]:
        print(f"Note: {warning}", file=out)
    hidden = len(parsed.warnings) - _MAX_WARNINGS_SHOWN
    if hidden > 0:
        print(f"Note: {_count(hidden, 'more note')} not shown.", file=out)
    return OK


def _export_bytes(
    store, paths: DataPaths, fmt: str, clock: Clock, deadlines_as: str = "todo"
) -> tuple[bytes, str]:
    """The file's content and a few words on what it holds."""
    formats = load_formats(paths.formats_dir).formats
    contacts, meetings = store.contacts, list(store.meetings.values())
    if fmt == "vcard":
        data = contacts_to_vcard(contacts.values()).encode("utf-8")
        return data, _count(len(contacts), "contact")
    if fmt == "csv":
        return contacts_to_csv(contacts.values()), _count(len(contacts), "contact")
    if fmt == "meetings-csv":
        return meetings_to_csv(meetings, contacts, formats), _count(len(meetings), "meeting")
    followups = list(store.followups.values())
    data = calendar_to_ics(meetings, followups, contacts, formats, clock, deadlines_as)
    events = _count(len(calendar_meetings(meetings)), "meeting")
    return data, f"{events} and {_count(len(followups), 'follow-up')}"


def run_export(
    paths: DataPaths,
    fmt: str,
    output: Path,
    out: TextIO,
    err: TextIO,
    clock: Clock | None = None,
    deadlines_as: str = "todo",
) -> int:
    """Write the user's data to `output` as vcard, ics, csv, meetings-csv or a backup.
    For ics, follow-up deadlines are tasks, or all-day events with `deadlines_as="event"`."""
    if fmt not in EXPORT_FORMATS:
        print(
            f"twoway export: unknown format “{fmt}”; use {', '.join(EXPORT_FORMATS)}.",
            file=err,
        )
        return USAGE
    output = Path(output)
    if output.is_dir():
        print(f"twoway export: “{output}” is a folder; give a file name.", file=err)
        return FILE_PROBLEM
    if not output.parent.is_dir():
        print(f"twoway export: the folder “{output.parent}” does not exist.", file=err)
        return FILE_PROBLEM
    try:
        store = Store.open(paths)
        if fmt == "backup":
            export_backup(store, output)
            what = "a backup of the data folder"
        else:
            data, what = _export_bytes(store, paths, fmt, clock or SystemClock(), deadlines_as)
            atomic_write_bytes(output, data)
    except InteropError as exc:
        print(f"twoway export: {exc.message}", file=err)
        return FILE_PROBLEM
    except OSError as exc:
        print(
            f"twoway export: “{output.name}” could not be written ({exc.strerror or exc}).",
            file=err,
        )
        return FILE_PROBLEM
    print(f"Exported {what} to {output}.", file=out)
    return OK
