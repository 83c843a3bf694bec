"""The files in the data folder that are not records: settings.toml and format files.

A sync tool makes conflict copies of them as it does of records (Syncthing's
`settings.sync-conflict-<date>-<time>-<device>.toml`, Dropbox's
`settings (Ann's conflicted copy 2026-01-05).toml`); they are found here so that the
Store can list them beside record conflicts and settle them the same way: keep the copy
(the file it was made of goes to the trash) or set the copy aside (into the trash).

Also here: the `.stignore` that tells Syncthing which leftovers of older versions and
which temporary files belong to one machine only.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from twoway.core.atomic import atomic_write_bytes, atomic_write_text
from twoway.core.marks import QT_TRANSLATE_NOOP, Message, message

# Files of the data root that are not records (the agenda is one, handled as a record).
ROOT_FILES = ("settings.toml", "ui-state.json")
# Folders whose files are not records.
OTHER_FOLDERS = ("formats",)
TRASH_SUBDIR = "files"  # inside the trash folder

_SYNCTHING_RE = re.compile(
    r"^(?P<stem>.+?)\.sync-conflict-\d{8}-\d{6}(?:-[A-Za-z0-9]+)?(?P<ext>\.[^.]+)?$"
)
_DROPBOX_RE = re.compile(r"^(?P<stem>.+?) \([^)]*conflicted copy[^)]*\)(?P<ext>\.[^.]+)?$", re.I)

SYNC_IGNORE_FILE = ".stignore"
_IGNORE_HEADER = "// Twoway: files that belong to one machine; they must not sync."
SYNC_IGNORE_LINES = (
    "/.run",  # where older versions kept the instance lock and socket
    "/ui-state.json",  # where older versions kept window positions
    "(?d).*.tmp",  # an atomic write in progress
    "/.twoway-import.lock",  # one import at a time on this machine
    "/.twoway-import-journal.jsonl",  # what this machine's last import changed, for undo
)


@dataclass(frozen=True)
class OtherCopy:
    path: Path  # the conflict copy
    original: Path  # the file it is a copy of
    tool: str  # "Syncthing" or "Dropbox"


def copy_of(name: str) -> tuple[str, str] | None:
    """(original name, tool) when `name` is a sync tool's conflict copy of a file."""
    for tool, pattern in (("Syncthing", _SYNCTHING_RE), ("Dropbox", _DROPBOX_RE)):
        match = pattern.match(name)
        if match:
            return f"{match['stem']}{match['ext'] or ''}", tool
    return None


def other_copies(root: Path) -> list[OtherCopy]:
    """Conflict copies of settings.toml, ui-state.json and format files."""
    found = []
    for folder, wanted in [(root, ROOT_FILES)] + [(root / f, None) for f in OTHER_FOLDERS]:
        try:
            names = sorted(entry.name for entry in os.scandir(folder) if entry.is_file())
        except OSError:
            continue  # missing or unreadable: the store names folders it cannot read
        for name in names:
            copy = copy_of(name)
            if copy is None or (wanted is not None and copy[0] not in wanted):
                continue
            found.append(OtherCopy(folder / name, folder / copy[0], copy[1]))
    return found


def find_copy(root: Path, path: Path) -> OtherCopy | None:
    path = Path(path)
    return next((c for c in other_copies(root) if c.path == path), None)


def describe(copy: OtherCopy) -> Message:
    if copy.original.name == "settings.toml":
        return message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "%1 kept two versions of your settings: this copy and settings.toml. Use this copy to make it your settings, or set it aside.",
            ),
            copy.tool,
        )
    return message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "%1 kept two versions of this file: this copy and %2. Use this copy to put it in place of %2, or set it aside.",
        ),
        copy.tool,
        copy.original.name,
    )


def settle(root: Path, copy: OtherCopy, *, keep_copy: bool, stamp: str) -> None:
    """Keep the copy in the original's place, or set it aside. Raises OSError.

    Whatever is replaced or set aside goes to the trash, so this can be undone by hand.
    """
    if keep_copy:
        raw = copy.path.read_bytes()
        if copy.original.is_file():
            to_trash(root, copy.original, stamp)
        atomic_write_bytes(copy.original, raw)
    to_trash(root, copy.path, stamp)


def to_trash(root: Path, path: Path, stamp: str) -> Path:
    """Move a file of the data folder `root` into its trash/files, named with `stamp`."""
    from twoway.core.store.layout import TRASH_DIR

    folder = root / TRASH_DIR / TRASH_SUBDIR
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = folder / f"{path.stem}.{stamp}{path.suffix}"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{path.stem}.{stamp}-{number}{path.suffix}"
    os.replace(path, target)
    return target


def write_sync_ignore(root: Path) -> None:
    """Make sure the data folder's .stignore names what must not sync.

    Syncthing does not sync .stignore itself, so every device gets its own. Lines the user
    wrote stay; only those of ours that are missing are added. Raises OSError.
    """
    path = root / SYNC_IGNORE_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    except (OSError, UnicodeDecodeError):
        return  # not ours to repair
    have = {line.strip() for line in text.splitlines()}
    missing = [line for line in SYNC_IGNORE_LINES if line not in have]
    if not missing:
        return
    lines = [] if _IGNORE_HEADER in have else [_IGNORE_HEADER]
    if text and not text.endswith("\n"):
        text += "\n"
    atomic_write_text(path, text + "\n".join(lines + missing) + "\n")
