"""`twoway import`, `twoway export` and `twoway restore`, as functions the command line calls.

Exit codes: 0 done, 1 a problem with a file (one line on `err`), 2 bad usage.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from twoway.core.atomic import atomic_write_bytes
from twoway.core.clock import Clock, SystemClock
from twoway.core.format_files import load_formats
from twoway.core.interop.apply import apply_import, undo_journal
from twoway.core.interop.backup import export_backup
from twoway.core.interop.common import IMPORT_FORMATS
from twoway.core.interop.csv_export import contacts_to_csv, meetings_to_csv
from twoway.core.interop.errors import InteropError
from twoway.core.interop.importing import read_contacts
from twoway.core.interop.plan import ImportPlan, plan_import
from twoway.core.interop.reading import LEGACY_NOTE
from twoway.core.interop.transaction import (
    ImportJournal,
    ImportLock,
    JournalState,
    read_journal,
    remove_journal,
)
from twoway.core.interop.vcard_export import contacts_to_vcard
from twoway.core.records import Contact
from twoway.core.store import Store
from twoway.core.store.collector import collector_paused
from twoway.core.store.problems import UNREADABLE, Problem
from twoway.core.store.restore import restore_archive
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


def _label(contact: Contact) -> str:
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


def _print_notes(warnings: list[str], out: TextIO) -> None:
    for warning in warnings[:_MAX_WARNINGS_SHOWN]:
        if getattr(warning, "source", None) == LEGACY_NOTE:
            warning = (
                "The file is not UTF-8; it was read as Western European (Windows-1252) "
                "text. Check that accented letters in the names came through right."
            )
        print(f"Note: {warning}", file=out)
    hidden = len(warnings) - _MAX_WARNINGS_SHOWN
    if hidden > 0:
        print(f"Note: {_count(hidden, 'more note')} not shown.", file=out)


def _dry_run_plan(paths: DataPaths, contacts: list[Contact]) -> ImportPlan:
    """The plan against the folder as it is; a folder that does not exist is not made."""
    if not paths.root.is_dir():
        return plan_import([], contacts)
    return plan_import(Store.open(paths).contacts.values(), contacts)


def _interrupted_error(state: JournalState) -> InteropError:
    return InteropError(
        f"an earlier import of “{state.source}” (started {state.started:%Y-%m-%d %H:%M}) "
        "was stopped part-way. Take it back with `twoway import --undo-last`, then "
        "import again; nothing was imported now."
    )


def _apply_locked(
    paths: DataPaths, file: Path, contacts: list[Contact], clock: Clock
) -> ImportPlan:
    """Plan and write the import while holding the folder's import lock, so a second
    import (here or in the app) waits its turn and finds these contacts already there."""
    with ImportLock(paths.root):
        state = read_journal(paths.root)
        if state is not None and not state.finished:
            raise _interrupted_error(state)
        store = Store.open(paths, clock)
        plan = plan_import(store.contacts.values(), contacts)
        if plan.changes_anything:
            started = clock.wall().replace(microsecond=0)
            journal = ImportJournal.begin(paths.root, Path(file).name, started)
            try:
                apply_import(store, plan, clock, journal)
            except BaseException:
                journal.discard()  # apply_import took back what it wrote
                raise
            journal.finish(clock.wall())
    return plan


def run_import(
    paths: DataPaths,
    file: Path,
    fmt: str | None,
    dry_run: bool,
    out: TextIO,
    err: TextIO,
    clock: Clock | None = None,
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
        with collector_paused():  # tens of thousands of contacts made, kept to the end
            parsed = read_contacts(file, fmt)
            if dry_run:
                plan = _dry_run_plan(paths, parsed.contacts)
            else:
                plan = _apply_locked(paths, file, parsed.contacts, clock or SystemClock())
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
    _print_notes(parsed.warnings, out)
    return OK


def run_undo_last(paths: DataPaths, out: TextIO, err: TextIO, clock: Clock | None = None) -> int:
    """Take back the last import, finished or stopped part-way, from its journal."""
    if read_journal(paths.root) is None:
        print("twoway import: there is no import to undo.", file=err)
        return FILE_PROBLEM
    try:
        with ImportLock(paths.root):
            state = read_journal(paths.root)
            if state is None:
                print("twoway import: there is no import to undo.", file=err)
                return FILE_PROBLEM
            store = Store.open(paths, clock)
            result = undo_journal(store, state, clock)
            if not result.problems:
                remove_journal(paths.root)
    except InteropError as exc:
        print(f"twoway import: {exc.message}", file=err)
        return FILE_PROBLEM
    except OSError as exc:
        print(
            f"twoway import: the data folder could not be used ({exc.strerror or exc}).", file=err
        )
        return FILE_PROBLEM
    how = "finished" if state.finished else "stopped part-way"
    print(
        f"Took back the import of “{state.source}” ({how}, started "
        f"{state.started.astimezone():%Y-%m-%d %H:%M}): removed {_count(result.removed, 'contact')}"
        f", put {result.restored} back as they were.",
        file=out,
    )
    for contact in result.kept:
        print(f"  kept   {_label(contact)}: changed after the import", file=out)
    if result.problems:
        for problem in result.problems:
            print(f"twoway import: {problem.message}", file=err)
        print(
            "twoway import: not everything could be saved; run --undo-last again when the "
            "folder can be written.",
            file=err,
        )
        return FILE_PROBLEM
    return OK


def _export_bytes(
    store: Store, paths: DataPaths, fmt: str, clock: Clock, deadlines_as: str = "todo"
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
    # icalendar is loaded only for this export, not for every command.
    from twoway.core.interop.ics_export import calendar_meetings, calendar_to_ics

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
            left_out = export_backup(store, output)
            what = "a backup of the data folder"
            heading = "could not be backed up"
        else:
            data, what = _export_bytes(store, paths, fmt, clock or SystemClock(), deadlines_as)
            atomic_write_bytes(output, data)
            left_out = [p for p in store.problems if p.kind == UNREADABLE]
            heading = "could not be read"
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
    if left_out:
        noun = "file" if fmt == "backup" else "record"
        _say_left_out(paths, left_out, f"{_count(len(left_out), noun)} {heading}", err)
        return FILE_PROBLEM
    return OK


def _say_left_out(paths: DataPaths, problems: list[Problem], heading: str, err: TextIO) -> None:
    """What an export left out, file by file, on `err`: the user must not miss it."""
    print(f"twoway export: {heading}:", file=err)
    problems = sorted(problems, key=lambda p: p.path)
    for problem in problems[:_MAX_WARNINGS_SHOWN]:
        try:
            name = problem.path.relative_to(paths.root).as_posix()
        except ValueError:
            name = str(problem.path)
        where = f"{name}, line {problem.line}" if problem.line else name
        print(f"  {where}: {problem.message}", file=err)
    hidden = len(problems) - _MAX_WARNINGS_SHOWN
    if hidden > 0:
        print(f"  … and {hidden} more (Settings lists them all).", file=err)


def run_restore(paths: DataPaths, file: Path, dry_run: bool, out: TextIO, err: TextIO) -> int:
    """Make the data folder what the backup `file` holds; with `dry_run`, only say what
    would change. Every entry is checked before anything is written, and a refused or
    failed restore changes nothing."""
    file = Path(file)
    result = restore_archive(paths, file, SystemClock().wall(), dry_run=dry_run)
    if result.problems:
        for problem in result.problems:
            print(f"twoway restore: {problem.message}", file=err)
        return FILE_PROBLEM
    added, replaced, removed = len(result.added), len(result.replaced), len(result.removed)
    same = f" ({_count(result.unchanged, 'file')} already as in the backup)"
    if dry_run:
        print(
            f"Dry run: restoring “{file.name}” would add {_count(added, 'file')}, "
            f"replace {replaced} and remove {removed}{same}. Nothing was written.",
            file=out,
        )
        lines = [f"  add      {name}" for name in result.added]
        lines += [f"  replace  {name}" for name in result.replaced]
        lines += [f"  remove   {name}" for name in result.removed]
        for line in lines:
            print(line, file=out)
        return OK
    print(
        f"Restored “{file.name}”: added {_count(added, 'file')}, replaced {replaced} and "
        f"removed {removed}{same}.",
        file=out,
    )
    if result.before is not None:
        print(f"What you had before is kept in {result.before}.", file=out)
    return OK
