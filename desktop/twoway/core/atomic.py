"""Atomic file writes: a reader sees the old content or the new, never a mix."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
# Our temporary files carry our own prefix, so that clearing the leftovers of an
# interrupted write never touches a sync tool's own temporary files.
TEMP_PREFIX = ".twoway-"
TEMP_SUFFIX = ".tmp"


def ensure_private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory; its rename is already durable enough.
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, fsync it, rename it over, fsync the folder."""
    folder = path.parent
    ensure_private_dir(folder)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f"{TEMP_PREFIX}{path.name}.", suffix=TEMP_SUFFIX, dir=folder
    )
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix":
            os.chmod(tmp_name, PRIVATE_FILE_MODE)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    fsync_dir(folder)


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def _syncfs() -> Callable[[int], None] | None:
    """Linux's syncfs(2), which makes a whole file system durable in one call (raising
    OSError when it fails), or None.

    One sync of the file system costs about what one fsync does; thousands of fsyncs (a
    large import) cost minutes on an ordinary disk.
    """
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # here: loading it costs every start a few milliseconds

    try:
        call = ctypes.CDLL(None, use_errno=True).syncfs
    except (AttributeError, OSError):
        return None

    def syncfs(fd: int) -> None:
        if call(fd) != 0:
            number = ctypes.get_errno()
            raise OSError(number, os.strerror(number))

    return syncfs


def atomic_write_many(items: Iterable[tuple[Path, bytes]]) -> tuple[int, OSError | None]:
    """Write many files atomically each, much faster than one by one.

    Every file is written to a temporary file first; once all of them are on disk (one
    sync of the file system where the system offers it), each is renamed over its
    target, then each folder is synced once. Returns how many targets were replaced (in
    order) and the error that stopped it, if any; temporary files of those not replaced
    are removed.
    """
    syncfs = _syncfs()
    written: list[tuple[Path, str]] = []
    folders: set[str] = set()
    # One random part for the whole batch and a counter: as unguessable as mkstemp's
    # names, without its cost per file (thousands of files in an import).
    batch = os.urandom(4).hex()
    done = 0
    try:
        for number, (path, data) in enumerate(items):
            folder = os.path.dirname(path)  # cheaper than Path.parent, thousands of times
            if folder not in folders:
                ensure_private_dir(path.parent)
                folders.add(folder)
            fd, tmp_name = _create_temp(path, f"{batch}{number:x}")
            written.append((path, tmp_name))
            try:
                _write_all(fd, data)
                if syncfs is None:
                    os.fsync(fd)
            finally:
                os.close(fd)
        if syncfs is not None:
            for folder in folders:
                fd = os.open(folder, os.O_RDONLY)
                try:
                    syncfs(fd)
                finally:
                    os.close(fd)
        for path, tmp_name in written:
            os.replace(tmp_name, path)
            done += 1
    except OSError as exc:
        _remove_temporary(written[done:])
        return done, exc
    except BaseException:
        _remove_temporary(written[done:])  # the caller could not make some file's content
        raise
    for folder in folders:
        fsync_dir(Path(folder))
    return done, None


def _remove_temporary(written: list[tuple[Path, str]]) -> None:
    for _path, tmp_name in written:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)


def _create_temp(path: Path, token: str) -> tuple[int, str]:
    """A new private temporary file next to `path`, with our prefix."""
    folder, base = os.path.split(path)
    name = os.path.join(folder, f"{TEMP_PREFIX}{base}.{token}{TEMP_SUFFIX}")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        return os.open(name, flags, PRIVATE_FILE_MODE), name
    except FileExistsError:  # not ours to touch: take a fresh random name instead
        return tempfile.mkstemp(
            prefix=f"{TEMP_PREFIX}{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent
        )


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
