"""Snapshots of the data folder as zip files, and restoring from them."""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from twoway.core.atomic import atomic_write_bytes
from twoway.core.marks import QT_TRANSLATE_NOOP, Message, message
from twoway.core.store.files import not_regular, read_regular
from twoway.core.store.layout import MAX_RECORD_BYTES, TRASH_DIR, file_stamp

# ASCII digits only: a hand-named "snapshot-…-².zip" is not ours, and int() would fail on it.
SNAPSHOT_RE = re.compile(r"^snapshot-([0-9]{8}T[0-9]{6}Z)(?:-[0-9]+)?\.zip$")
_STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
DAY_S = 24 * 3600


# Everything Twoway keeps in its data folder is TOML or JSON; a snapshot holds those.
DATA_SUFFIXES = (".toml", ".json")


@dataclass(frozen=True)
class Skipped:
    """A file a snapshot left out, and why (a short reason that fits "(…)")."""

    rel: str
    path: Path
    reason: str


def _skipped_top(name: str, backups_name: str) -> bool:
    # Backups do not contain backups; the trash and hidden files (the running
    # instance's lock, temporary files, sync tools' own files) are not data.
    return name in (backups_name, TRASH_DIR) or name.startswith(".")


def scan(root: Path, backups_dir: Path) -> tuple[list[tuple[str, Path]], list[Skipped]]:
    """The files a snapshot holds, (name inside the zip, path on disk), and what it must
    leave out: links (never followed, so nothing from outside the data folder ends up
    in a backup) and data files that are not ordinary files."""
    found: list[tuple[str, Path]] = []
    odd: list[Skipped] = []
    if not root.is_dir():
        return found, odd
    folders = [(root, "")]
    while folders:
        folder, base = folders.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            odd.append(Skipped(base or ".", folder, exc.strerror or str(exc)))
            continue
        for entry in entries:
            rel = f"{base}{entry.name}"
            if entry.name.startswith(".") or (
                not base and _skipped_top(entry.name, backups_dir.name)
            ):
                continue
            if entry.is_symlink():
                odd.append(Skipped(rel, Path(entry.path), _a_link()))
            elif entry.is_dir(follow_symlinks=False):
                folders.append((Path(entry.path), f"{rel}/"))
            elif not entry.name.endswith(DATA_SUFFIXES):
                continue  # not Twoway's: neither backed up nor ever replaced by a restore
            elif entry.is_file(follow_symlinks=False):
                found.append((rel, Path(entry.path)))
            else:
                odd.append(Skipped(rel, Path(entry.path), not_regular()))
    found.sort()
    return found, odd


def data_files(root: Path, backups_dir: Path) -> list[tuple[str, Path]]:
    """Every file a snapshot holds: (name inside the zip, path on disk)."""
    return scan(root, backups_dir)[0]


def _a_link() -> Message:
    return message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "it is a link to somewhere else; backups hold only the data folder's own files",
        )
    )


def snapshot(
    root: Path, backups_dir: Path, when: datetime, skipped: list[Skipped] | None = None
) -> Path:
    """Zip the data folder into backups/snapshot-<time>.zip, written atomically.

    A file that cannot be read is left out and added to `skipped`; it never stops the
    backup of everything else.
    """
    left_out: list[Skipped] = []
    data = archive(root, backups_dir, left_out)
    target = backups_dir / f"snapshot-{file_stamp(when)}.zip"
    number = 1
    while target.exists():
        number += 1
        target = backups_dir / f"snapshot-{file_stamp(when)}-{number}.zip"
    atomic_write_bytes(target, data)
    if skipped is not None:
        skipped.extend(left_out)
    return target


def archive(root: Path, backups_dir: Path, skipped: list[Skipped]) -> bytes:
    """The data folder zipped as a snapshot holds it, in memory; what had to be left out
    is added to `skipped`."""
    files, odd = scan(root, backups_dir)
    left_out = list(odd)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, strict_timestamps=False) as zipped:
        for arcname, path in files:
            try:
                st, data = read_regular(path, MAX_RECORD_BYTES)
            except FileNotFoundError:
                continue  # removed while we were zipping; the snapshot is of what exists
            except OSError as exc:
                left_out.append(Skipped(arcname, path, exc.strerror or str(exc)))
                continue
            info = zipfile.ZipInfo(arcname, _zip_time(st.st_mtime))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o600) << 16
            zipped.writestr(info, data)
    skipped.extend(sorted(left_out, key=lambda s: s.rel))
    return buffer.getvalue()


def _zip_time(mtime: float) -> tuple[int, int, int, int, int, int]:
    moment = datetime.fromtimestamp(mtime)
    # Zip cannot hold times before 1980 (or after 2107): such files get the nearest one.
    moment = min(max(moment, datetime(1980, 1, 1)), datetime(2107, 12, 31, 23, 59, 58))
    return moment.timetuple()[:6]


def snapshot_time(path: Path) -> datetime | None:
    match = SNAPSHOT_RE.match(path.name)
    if not match:
        return None
    return datetime.strptime(match.group(1), _STAMP_FORMAT).replace(tzinfo=UTC)


def is_future(path: Path, now: datetime) -> bool:
    taken = snapshot_time(path)
    return taken is not None and taken > now


def newest_taken(backups_dir: Path, now: datetime) -> datetime | None:
    """When the newest snapshot not dated in the future was taken."""
    for path in list_snapshots(backups_dir):
        taken = snapshot_time(path)
        if taken is not None and taken <= now:
            return taken
    return None


def list_snapshots(backups_dir: Path) -> list[Path]:
    """Snapshots, newest first."""
    if not backups_dir.is_dir():
        return []
    found = [path for path in backups_dir.iterdir() if SNAPSHOT_RE.match(path.name)]
    return sorted(found, key=lambda p: (snapshot_time(p), _number(p)), reverse=True)


def _number(path: Path) -> int:
    stem = path.stem
    tail = stem.rsplit("-", 1)[-1]
    return int(tail) if tail.isascii() and tail.isdigit() and stem.count("-") > 1 else 1


def prune(backups_dir: Path, keep: int, now: datetime | None = None) -> list[Path]:
    """Remove all but the newest `keep` snapshots; returns what was removed.

    A snapshot dated after `now` (made on a machine whose clock was wrong) counts as
    the oldest, so it never pushes out today's.
    """
    snapshots = list_snapshots(backups_dir)
    if now is not None:
        past = [p for p in snapshots if not is_future(p, now)]
        snapshots = past + [p for p in snapshots if is_future(p, now)]
    removed = []
    for old in snapshots[max(keep, 1) :]:
        try:
            old.unlink()
        except OSError:
            continue
        removed.append(old)
    return removed
