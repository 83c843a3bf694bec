"""An import as one transaction: one at a time per data folder, and a journal that lets
an import be taken back even when the process doing it was stopped part-way.

The lock is an operating-system lock on a small file in the data folder, so the command
line and the app see each other, and the system drops it when a process dies: a crash
never leaves the folder locked. The journal is written before any record: its first
line (written atomically) says what import this is, then one line per batch lists each
contact as it was before and as the import writes it, synced to disk before those
contacts are written. A last line marks the import finished. A batch line cut short by
a crash was never followed by its records, so reading stops there.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from twoway.core.atomic import PRIVATE_FILE_MODE, atomic_write_bytes, ensure_private_dir
from twoway.core.clock import Clock, SystemClock
from twoway.core.interop.errors import ImportFileError
from twoway.core.marks import QT_TRANSLATE_NOOP, message
from twoway.core.records import Contact
from twoway.core.store.fields import from_json, to_json

LOCK_NAME = ".twoway-import.lock"
JOURNAL_NAME = ".twoway-import-journal.jsonl"
_JOURNAL_VERSION = 1

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]  # Windows only
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]  # Windows only

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class ImportBusy(ImportFileError):
    """Another process (the app or the command line) is importing into this folder."""


def _busy() -> ImportBusy:
    return ImportBusy(
        message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Another import is running for this data folder. Try again when it has finished; nothing was imported.",
            )
        )
    )


class ImportLock:
    """Held while an import (or the undo of one) writes; `with ImportLock(root):`."""

    def __init__(self, root: Path) -> None:
        self.path = Path(root) / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise ImportBusy at once; never waits."""
        ensure_private_dir(self.path.parent)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
        if not _try_lock(fd):
            os.close(fd)
            raise _busy()
        # Who holds it, for a person looking at the folder; the lock itself is the OS's.
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        # The file stays: removing it while another process waits on it would let two in.
        with contextlib.suppress(OSError):
            _unlock(self._fd)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> ImportLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def import_running(root: Path) -> bool:
    """Whether an import (of any process, this one too) holds this folder's lock now."""
    if not (Path(root) / LOCK_NAME).exists():
        return False
    lock = ImportLock(root)
    try:
        lock.acquire()
    except ImportBusy:
        return True
    except OSError:
        return False
    lock.release()
    return False


# --- the journal -------------------------------------------------------------------------


@dataclass
class JournalEntry:
    """One contact an import writes: as it was before (None: new) and as written."""

    contact_id: str
    before: Contact | None
    after: Contact


@dataclass
class JournalState:
    """A journal read back from the data folder."""

    started: datetime
    source: str  # the imported file's name
    finished: bool
    entries: list[JournalEntry] = field(default_factory=list)


def journal_path(root: Path) -> Path:
    return Path(root) / JOURNAL_NAME


class ImportJournal:
    """The journal of the import being written; begin() before the first record."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def begin(cls, root: Path, source: str, started: datetime) -> ImportJournal:
        path = journal_path(root)
        head = {"journal": _JOURNAL_VERSION, "started": started.isoformat(), "source": source}
        atomic_write_bytes(path, (json.dumps(head) + "\n").encode("utf-8"))
        return cls(path)

    def _append(self, line: dict[str, object]) -> None:
        with open(self.path, "ab") as handle:
            handle.write((json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())

    def record(self, entries: list[JournalEntry]) -> None:
        """Say on disk what the next writes will be; call before writing them."""
        if entries:
            self._append(
                {
                    "batch": [
                        [e.contact_id, to_json(e.before) if e.before else None, to_json(e.after)]
                        for e in entries
                    ]
                }
            )

    def finish(self, when: datetime) -> None:
        """Every record of the import is written: it is now the last import, kept for undo."""
        self._append({"finished": when.isoformat()})

    def discard(self) -> None:
        """The import was taken back as a whole: nothing is left to undo."""
        remove_journal(self.path.parent)


def remove_journal(root: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.remove(journal_path(root))


def read_journal(root: Path, *, entries: bool = True) -> JournalState | None:
    """The last import's journal, or None when there is none or it cannot be read.

    `entries=False` reads only when it started, its file and whether it finished, without
    making a contact of every record it holds (thousands after a large import): enough to
    say whether there is an import to take back."""
    try:
        with open(journal_path(root), "rb") as handle:
            lines = handle.read().split(b"\n")
    except OSError:
        return None
    try:
        head = json.loads(lines[0])
        state = JournalState(
            datetime.fromisoformat(head["started"]), str(head.get("source", "")), False
        )
    except (ValueError, KeyError, TypeError):
        return None
    torn = False
    for raw in lines[1:]:
        if not raw.strip() or (not entries and b'"finished"' not in raw):
            continue
        try:
            line = json.loads(raw)
            if "finished" in line:
                state.finished = True
                break
            if torn or not entries:
                continue
            batch = [
                JournalEntry(
                    contact_id,
                    from_json(Contact, before) if before else None,
                    from_json(Contact, after),
                )
                for contact_id, before, after in line["batch"]
            ]
        except (ValueError, KeyError, TypeError):
            # Cut short by a crash: its records were never written, nor any after it.
            torn = True
            continue
        state.entries.extend(batch)
    return state


def interrupted_import(root: Path) -> JournalState | None:
    """An import that was stopped part-way and is not running now, if there is one."""
    state = read_journal(root)
    if state is None or state.finished or import_running(root):
        return None
    return state


def keep_interrupted(root: Path, clock: Clock | None = None) -> None:
    """The user keeps what an interrupted import wrote: it becomes an ordinary last import."""
    now = (clock or SystemClock()).wall()
    with open(journal_path(root), "ab") as handle:
        # A fresh line: a batch line cut short by the crash must not swallow this one.
        line = json.dumps({"finished": now.isoformat(), "kept": True})
        handle.write(f"\n{line}\n".encode())
        handle.flush()
        os.fsync(handle.fileno())
