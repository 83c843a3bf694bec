"""Snapshots of the data folder as zip files, and restoring from them."""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from twoway.core.atomic import atomic_write_bytes
from twoway.core.store.layout import TRASH_DIR, file_stamp

SNAPSHOT_RE = re.compile(r"^snapshot-(\d{8}T\d{6}Z)(?:-\d+)?\.zip$")
_STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
DAY_S = 24 * 3600


def _skipped_top(name: str, backups_name: str) -> bool:
    # Backups do not contain backups; the trash and hidden files (the running
    # instance's lock, temporary files, sync tools' own files) are not data.
    return name in (backups_name, TRASH_DIR) or name.startswith(".")


def data_files(root: Path, backups_dir: Path) -> Iterator[tuple[str, Path]]:
    """Every file a snapshot holds: (name inside the zip, path on disk)."""
    if not root.is_dir():
        return
    for top in sorted(os.scandir(root), key=lambda e: e.name):
        if _skipped_top(top.name, backups_dir.name):
            continue
        if top.is_file(follow_symlinks=False):
            yield top.name, Path(top.path)
        elif top.is_dir(follow_symlinks=False):
            for folder, dirs, files in os.walk(top.path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    path = Path(folder) / name
                    yield path.relative_to(root).as_posix(), path


def snapshot(root: Path, backups_dir: Path, when: datetime) -> Path:
    """Zip the data folder into backups/snapshot-<time>.zip, written atomically."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, strict_timestamps=False) as archive:
        for arcname, path in data_files(root, backups_dir):
            try:
                archive.write(path, arcname)
            except FileNotFoundError:
                continue  # removed while we were zipping; the snapshot is of what exists
    target = backups_dir / f"snapshot-{file_stamp(when)}.zip"
    number = 1
    while target.exists():
        number += 1
        target = backups_dir / f"snapshot-{file_stamp(when)}-{number}.zip"
    atomic_write_bytes(target, buffer.getvalue())
    return target


def snapshot_time(path: Path) -> datetime | None:
    match = SNAPSHOT_RE.match(path.name)
    if not match:
        return None
    return datetime.strptime(match.group(1), _STAMP_FORMAT).replace(tzinfo=UTC)


def list_snapshots(backups_dir: Path) -> list[Path]:
    """Snapshots, newest first."""
    if not backups_dir.is_dir():
        return []
    found = [path for path in backups_dir.iterdir() if SNAPSHOT_RE.match(path.name)]
    return sorted(found, key=lambda p: (snapshot_time(p), _number(p)), reverse=True)


def _number(path: Path) -> int:
    stem = path.stem
    tail = stem.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() and stem.count("-") > 1 else 1


def prune(backups_dir: Path, keep: int) -> list[Path]:
    """Remove all but the newest `keep` snapshots; returns what was removed."""
    removed = []
    for old in list_snapshots(backups_dir)[max(keep, 1) :]:
        try:
            old.unlink()
        except OSError:
            continue
        removed.append(old)
    return removed


def safe_members(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """Members that stay inside the data folder; anything else in the zip is ignored."""
    members = []
    for info in archive.infolist():
        name = PurePosixPath(info.filename)
        if info.is_dir() or name.is_absolute() or ".." in name.parts or "\\" in info.filename:
            continue
        if not name.parts or _skipped_top(name.parts[0], "backups"):
            continue
        members.append(info)
    return members
