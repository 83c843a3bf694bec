"""Reading one file from the data folder without letting an odd file stop Twoway.

A pipe, socket or device named like a record would make a plain read wait forever, and a
huge file would fill memory. Every file of the data folder is therefore checked before
it is opened, opened without blocking, checked again, and read only up to a limit.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from twoway.core.marks import QT_TRANSLATE_NOOP, Message, message

# Settings, formats and window positions: the same ceiling as a record.
MAX_FILE_BYTES = 2 * 1024 * 1024
_CHUNK = 64 * 1024


class FileRefused(OSError):
    """A file Twoway will not read. `strerror` is a short reason that fits "(…)" in a
    sentence ("could not be read (%1)"), as a Message so the UI translates it."""

    def __init__(self, reason: Message) -> None:
        super().__init__(errno.EINVAL, reason)


def not_regular() -> Message:
    return message(
        QT_TRANSLATE_NOOP("Messages", "it is not an ordinary file but a pipe, socket or device")
    )


def too_large(limit: int) -> Message:
    return message(
        QT_TRANSLATE_NOOP("Messages", "it is larger than %1 MB, the most Twoway reads"),
        limit // (1024 * 1024),
    )


def read_regular_file(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of `path`, if it is an ordinary file of at most `limit` bytes.

    Raises FileNotFoundError, IsADirectoryError, FileRefused or another OSError; never
    blocks on a pipe.
    """
    return read_regular(path, limit)[1]


def read_regular(path: Path, limit: int) -> tuple[os.stat_result, bytes]:
    """read_regular_file, also giving the identity (stat) of the very file read."""
    st = os.stat(path)
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if not stat.S_ISREG(st.st_mode):
        raise FileRefused(not_regular())
    if st.st_size > limit:
        raise FileRefused(too_large(limit))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)  # the name may have been swapped for something else meanwhile
        if not stat.S_ISREG(st.st_mode):
            raise FileRefused(not_regular())
        chunks = []
        size = 0
        while True:
            chunk = os.read(fd, _CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise FileRefused(too_large(limit))
            chunks.append(chunk)
        return st, b"".join(chunks)
    finally:
        os.close(fd)
