"""Restoring the data folder from a backup zip, in a way a bad archive cannot hurt.

1. Check: every entry is looked at before anything is touched: its name (nothing that
   could lead out of the data folder on any system: absolute paths, "..", drive letters,
   network paths, backslashes), its kind (no links), its size and the total expanded
   size (a small zip can claim to hold gigabytes), clashes (a file and a folder of the
   same name, in the zip or against the data folder) and folders in the data folder
   that are links to somewhere else.
2. Stage: the files are unpacked into a hidden folder of our own inside the data folder
   (so that each move in step 4 stays on one file system and is atomic), with the size
   limits counted on the bytes really read, never on what the zip says.
3. Snapshot: what the folder holds now is zipped into backups/, so a restore can itself
   be undone. If the snapshot had to leave out a file the restore would replace or
   remove (too large, not readable), the restore is refused: that file would be lost.
4. Swap, file by file: files to be replaced or removed are moved aside first, then the
   staged files are moved in. Any failure moves everything back.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from twoway.core.atomic import PRIVATE_DIR_MODE, TEMP_PREFIX, ensure_private_dir, fsync_dir
from twoway.core.marks import QT_TRANSLATE_NOOP, message
from twoway.core.store import backups, restore_checks
from twoway.core.store.files import read_regular_file
from twoway.core.store.layout import MAX_RECORD_BYTES
from twoway.core.store.problems import NOT_BACKED_UP, NOT_SAVED, Problem
from twoway.core.store.restore_checks import (
    Refused,
    check_against_folder,
    check_entries,
    open_zip,
    read_entry,
    too_big_in_all,
)
from twoway.paths import DataPaths

_STAGE_PREFIX = f"{TEMP_PREFIX}restore-"
_MAX_NAMED = 10  # files named in a refusal; the rest are counted


@dataclass
class RestoreResult:
    """What a restore did (or, for a dry run, would do); file names relative to the folder."""

    archive: Path
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    before: Path | None = None  # the snapshot of what was there before
    problems: list[Problem] = field(default_factory=list)


def restore_archive(
    paths: DataPaths, archive: Path, when: datetime, *, dry_run: bool = False
) -> RestoreResult:
    """Make the data folder what the backup `archive` holds (see the module's steps).

    With `dry_run`, only check and say what would change; nothing is written. A refusal
    or failure changes nothing and is the one problem in the result.
    """
    archive = Path(archive)
    result = RestoreResult(archive)
    try:
        with open_zip(archive) as opened:
            files = check_entries(archive, opened.infolist())
            names = [info.orig_filename for info in files]
            check_against_folder(archive, paths.root, names)
            current = dict(backups.data_files(paths.root, paths.backups_dir))
            if dry_run:
                _compare(opened, files, current, result, stage=None)
                return result
            ensure_private_dir(paths.root)
            stage = Path(tempfile.mkdtemp(prefix=_STAGE_PREFIX, suffix=".tmp", dir=paths.root))
            try:
                _compare(opened, files, current, result, stage=stage / "new")
                _flush_to_disk(stage)
                result.before, skipped = _snapshot_first(paths, when)
                _refuse_if_not_backed_up(paths.root, result, skipped)
                _swap(paths.root, stage, result, current)
            except _KeepStage:
                raise  # it holds files that could not be put back
            except BaseException:
                _remove_stage(stage)
                raise
            _remove_stage(stage)
    except Refused as exc:
        result.problems.append(Problem(archive, None, exc.said, exc.kind))
    except OSError as exc:
        result.problems.append(
            Problem(
                archive,
                None,
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The backup could not be unpacked into the data folder (%1); nothing was changed.",
                    ),
                    exc.strerror or str(exc),
                ),
                NOT_SAVED,
            )
        )
    if result.problems:
        result.added, result.replaced, result.removed, result.unchanged = [], [], [], 0
    return result


def _compare(
    opened: zipfile.ZipFile,
    files: list[zipfile.ZipInfo],
    current: dict[str, Path],
    result: RestoreResult,
    stage: Path | None,
) -> None:
    """Read every entry (checking its real size); sort it into added, replaced or
    unchanged; and, unless this is a dry run, unpack it into `stage`."""
    total = 0
    wanted = set()
    for info in files:
        name = info.orig_filename
        data = read_entry(opened, info, MAX_RECORD_BYTES)
        total += len(data)
        if total > restore_checks.MAX_TOTAL_BYTES:
            raise too_big_in_all(result.archive)
        wanted.add(name)
        if name in current:
            try:
                same = read_regular_file(current[name], MAX_RECORD_BYTES) == data
            except OSError:
                same = False
            if same:
                result.unchanged += 1
                continue
            result.replaced.append(name)
        else:
            result.added.append(name)
        if stage is not None:
            target = stage / name
            target.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
            with open(target, "xb") as handle:
                handle.write(data)
            if os.name == "posix":
                os.chmod(target, 0o600)
    result.removed = sorted(name for name in current if name not in wanted)


def _flush_to_disk(stage: Path) -> None:
    # One sync for the whole stage instead of one per file: the swap must not move in
    # files whose bytes are not yet on disk.
    if hasattr(os, "sync"):
        os.sync()
        return
    for folder, _, names in os.walk(stage):
        for name in names:
            with open(Path(folder) / name, "rb+") as handle:
                os.fsync(handle.fileno())


def _snapshot_first(paths: DataPaths, when: datetime) -> tuple[Path, list[backups.Skipped]]:
    """The snapshot of what the folder holds now, and what it had to leave out."""
    skipped: list[backups.Skipped] = []
    try:
        return backups.snapshot(paths.root, paths.backups_dir, when, skipped), skipped
    except OSError as exc:
        raise Refused(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "What you have now could not be backed up first (%1), so nothing was restored.",
                ),
                exc.strerror or str(exc),
            ),
            NOT_SAVED,
        ) from None


def _refuse_if_not_backed_up(
    root: Path, result: RestoreResult, skipped: list[backups.Skipped]
) -> None:
    """The swap moves every file it replaces or removes aside, and the stage goes once
    the restore is done: only the snapshot keeps them then. A file the snapshot left out
    (too large, not readable) would be lost, so the restore is refused instead."""
    if not skipped:
        return
    aside = [*result.replaced, *result.removed]
    # Files the listing left out (in a folder that could not be read) that the swap
    # would move aside to make room; a link is only a pointer, its target stays.
    aside += [
        name
        for name in result.added
        if os.path.lexists(root / name) and not os.path.islink(root / name)
    ]
    at_risk = []
    for name in sorted(aside):
        reason = _left_out(name, skipped)
        if reason is not None:
            at_risk.append(message(QT_TRANSLATE_NOOP("Messages", "%1 (%2)"), name, reason))
    if not at_risk:
        return
    listed = at_risk[0]
    for item in at_risk[1:_MAX_NAMED]:
        listed = message(QT_TRANSLATE_NOOP("Messages", "%1; %2"), listed, item)
    if len(at_risk) > _MAX_NAMED:
        more = message(QT_TRANSLATE_NOOP("Messages", "and %1 more"), len(at_risk) - _MAX_NAMED)
        listed = message(QT_TRANSLATE_NOOP("Messages", "%1; %2"), listed, more)
    raise Refused(
        message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Nothing was restored: some of the files you have now could not be backed up first, and the restore would replace or remove them. So that nothing is lost, move them out of the data folder (or fix what keeps them from being read), then try again: %1.",
            ),
            listed,
        ),
        NOT_BACKED_UP,
    )


def _left_out(name: str, skipped: list[backups.Skipped]) -> str | None:
    """Why the snapshot does not hold `name` (a file or a folder it lies in), if it does not."""
    for item in skipped:
        folder = item.rel == "." or (item.rel.endswith("/") and name.startswith(item.rel))
        if item.rel == name or folder:
            return item.reason
    return None


def _swap(root: Path, stage: Path, result: RestoreResult, current: dict[str, Path]) -> None:
    """Move the old files aside and the staged ones in; on any failure, move back."""
    done: list[tuple[Path, Path]] = []  # (from, to), to be undone in reverse
    made: list[Path] = []  # folders made in the data folder

    def move(source: Path, target: Path) -> None:
        os.replace(source, target)
        done.append((source, target))

    try:
        for name in (*result.replaced, *result.removed):
            aside = stage / "old" / name
            aside.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
            move(current[name], aside)
        for name in (*result.added, *result.replaced):
            target = root / name
            _make_folders(root, target.parent, made)
            if os.path.lexists(target):  # a link or a stray file the listing left out
                aside = stage / "old" / name
                aside.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
                move(target, aside)
            move(stage / "new" / name, target)
    except OSError as exc:
        stuck = _undo(done, made)
        if stuck:
            # The stage holds the files that could not go back: it must stay.
            raise _not_put_back(exc, stage) from None
        raise Refused(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The restore could not be finished (%1); every file was put back as it was.",
                ),
                exc.strerror or str(exc),
            ),
            NOT_SAVED,
        ) from None
    # Make the moves durable: each folder that gained or lost a file.
    changed = (*result.added, *result.replaced, *result.removed)
    for folder in {(root / name).parent for name in changed} | {root}:
        with contextlib.suppress(OSError):
            fsync_dir(folder)


class _KeepStage(Refused):
    pass


def _not_put_back(exc: OSError, stage: Path) -> Refused:
    return _KeepStage(
        message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The restore could not be finished (%1) and some files could not be put back. Nothing is lost: they are in the folder “%2” inside your data folder, and everything was backed up before the restore.",
            ),
            exc.strerror or str(exc),
            stage.name,
        ),
        NOT_SAVED,
    )


def _make_folders(root: Path, folder: Path, made: list[Path]) -> None:
    missing = []
    while folder != root and not os.path.lexists(folder):
        missing.append(folder)
        folder = folder.parent
    st = os.lstat(folder)
    if stat.S_ISLNK(st.st_mode) or not stat.S_ISDIR(st.st_mode):
        raise NotADirectoryError(f"{folder.name} is not a folder")  # changed since checked
    for new in reversed(missing):
        os.mkdir(new, PRIVATE_DIR_MODE)
        made.append(new)


def _undo(done: list[tuple[Path, Path]], made: list[Path]) -> bool:
    """Move everything back; True when something could not be."""
    stuck = False
    for source, target in reversed(done):
        try:
            os.replace(target, source)
        except OSError:
            stuck = True
    for folder in reversed(made):
        with contextlib.suppress(OSError):
            os.rmdir(folder)
    return stuck


def _remove_stage(stage: Path) -> None:
    # Only our own stage, and only once everything in it is either in place or back.
    shutil.rmtree(stage, ignore_errors=True)
