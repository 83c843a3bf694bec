"""Reading TOML bytes with errors that point at a line, and writing TOML that round-trips."""

from __future__ import annotations

import re
import tomllib
from typing import Any, cast

from twoway.core.marks import QT_TRANSLATE_NOOP, Message, message
from twoway.core.store import quicktoml

MAX_FILE_BYTES = 16 * 1024 * 1024  # far beyond any record; guards against a stray huge file

_TOML_AT = re.compile(r"\s*\(at line (\d+), column \d+\)|\s*\(at end of document\)")
_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")


# The parser's wording for the mistakes hand edits and damaged files usually make.
_PLAIN_REASONS = {
    "Cannot overwrite a value": QT_TRANSLATE_NOOP("Messages", "the same key appears twice"),
    "Cannot declare": QT_TRANSLATE_NOOP("Messages", "the same table appears twice"),
    "Unterminated string": QT_TRANSLATE_NOOP(
        "Messages", "a text value is not closed (the file may have been cut short)"
    ),
    "Expected '=' after a key": QT_TRANSLATE_NOOP(
        "Messages", "a key has no value (an = sign is missing)"
    ),
    "Invalid value": QT_TRANSLATE_NOOP("Messages", "a value is not valid (text needs quotes)"),
}


class Unreadable(Exception):
    """A file that cannot become a record; carries the line to point at, if known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


# Twoway's own files nest four or five levels; anything far deeper is damage or mischief.
MAX_NESTING = 32


def _may_nest_deeply(text: str) -> bool:
    # Counting brackets is quick; only a file with many of them is walked.
    return text.count("[") + text.count("{") > MAX_NESTING


def nested_too_deeply(value: object, limit: int = MAX_NESTING) -> bool:
    """True when lists and tables sit more than `limit` levels inside one another."""
    level = [(value, 0)]
    while level:
        item, depth = level.pop()
        if depth > limit:
            return True
        if isinstance(item, dict):
            level.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            level.extend((v, depth + 1) for v in item)
    return False


def too_deep() -> Message:
    """Why a file of lists or tables nested thousands of levels deep is not read."""
    return message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "It holds lists or tables nested inside one another more than %1 levels deep, so it was not read. It may have been damaged.",
        ),
        MAX_NESTING,
    )


def parse_bytes(raw: bytes) -> tuple[dict[str, Any], str]:
    """Decode and parse one file. Raises Unreadable with a plain reason and a line."""
    if len(raw) > MAX_FILE_BYTES:
        raise Unreadable(
            message(
                QT_TRANSLATE_NOOP("Messages", "The file is larger than %1 MB."),
                MAX_FILE_BYTES // (1024 * 1024),
            )
        )
    if not raw.strip():
        raise Unreadable(message(QT_TRANSLATE_NOOP("Messages", "The file is empty.")))
    line: int | None  # where the reason points, when known
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise Unreadable(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The file is not UTF-8 text (it has a byte that is not valid here). Save it as UTF-8 and try again.",
                )
            ),
            line,
        ) from None
    text = text.removeprefix("\ufeff")  # some editors add a byte-order mark
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise Unreadable(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "The file contains NUL bytes; it may have been damaged."
                )
            ),
            line,
        )
    try:
        # Files Twoway wrote are read by the quick reader; anything else, and every
        # mistake, by tomllib, which also says what is wrong and where.
        data = quicktoml.read(text)
        if data is None:
            data = tomllib.loads(text)
        if _may_nest_deeply(text) and nested_too_deeply(data):
            # Read, but every step after (checking, saving) would run out of stack.
            raise Unreadable(too_deep())
    except RecursionError:
        raise Unreadable(too_deep()) from None
    except tomllib.TOMLDecodeError as exc:
        detail = str(exc)
        match = _TOML_AT.search(detail)
        line = None
        if match and match.group(1):
            line = int(match.group(1))
        elif match:
            line = text.count("\n") + 1
        reason = _TOML_AT.sub("", detail).rstrip(".")
        for start, plain in _PLAIN_REASONS.items():
            if reason.startswith(start):
                reason = message(plain)
                break
        raise Unreadable(
            message(QT_TRANSLATE_NOOP("Messages", "This is not valid TOML: %1."), reason), line
        ) from None
    return data, text


def _has_carriage_return(value: object) -> bool:
    if isinstance(value, str):
        return "\r" in value
    if isinstance(value, dict):
        return any(_has_carriage_return(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_carriage_return(v) for v in value)
    return False


def dump_text(document: dict[str, Any]) -> str:
    # Multi-line strings read best, but TOML turns a CRLF inside them into LF. A document
    # holding a carriage return is written with escaped strings so it comes back exact.
    # Imported here: start-up reads files, and writes none before the overlay is up.
    from twoway.core.store import tomlwrite

    text = tomlwrite.dumps(document)  # Twoway's own documents, quickly
    if text is not None:
        return text
    multiline = not _has_carriage_return(document)
    import tomli_w

    return tomli_w.dumps(document, multiline_strings=multiline)


class LineFinder:
    """Finds the line where a key sits, so a problem can point at it.

    `where` is a key path such as ("debrief", "fit") or ("prep", "items", 2, "done");
    integers count entries of an array of tables. Good enough for files written by
    Twoway and for ordinary hand edits; returns None when unsure.
    """

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def line_of(self, where: tuple[str | int, ...]) -> int | None:
        keys = list(where)
        while keys and isinstance(keys[-1], int):
            keys.pop()  # a bad entry of a plain array: point at the array's key
        if not keys:
            return None
        key = keys[-1]
        table = keys[:-1]
        if all(isinstance(p, str) for p in keys):
            own_header = self._table_start(".".join(cast("list[str]", keys)), None)
            if own_header is not None:
                return own_header + 1  # the key is itself a [table]
        index = next((p for p in reversed(table) if isinstance(p, int)), None)
        header = ".".join(str(p) for p in table if not isinstance(p, int))
        start = self._table_start(header, index)
        if start is None:
            return self._anywhere(key)
        key_re = re.compile(rf"^\s*\"?{re.escape(str(key))}\"?\s*=")
        for number in range(start, len(self.lines)):
            line = self.lines[number]
            if number > start and _HEADER.match(line):
                break
            if key_re.match(line):
                return number + 1
        return start + 1 if header else self._anywhere(key)

    def _table_start(self, header: str, index: int | None) -> int | None:
        if not header:
            return 0
        seen = -1
        for number, line in enumerate(self.lines):
            match = _HEADER.match(line)
            if match and match.group(2).replace(" ", "") == header:
                seen += 1
                if index is None or seen == index:
                    return number
        return None

    def _anywhere(self, key: object) -> int | None:
        key_re = re.compile(rf"(^|[\s{{,])\"?{re.escape(str(key))}\"?\s*=")
        for number, line in enumerate(self.lines):
            if key_re.search(line):
                return number + 1
        return None
