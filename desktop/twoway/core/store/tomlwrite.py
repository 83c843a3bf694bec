"""A quick TOML writer for the documents Twoway itself writes.

An import of 30,000 contacts writes 30,000 files; the general TOML writer took most of
three seconds of that. Records are small tables of strings, numbers, flags, dates, lists
of strings and tables, so this writer handles exactly those, in the same layout the
general writer uses (which `quicktoml` reads back quickly): `key = value` lines first,
then each table under its `[name]` or `[[name]]` header after a blank line; every
array on its own lines, one item per line; a list of small tables as inline tables.
Anything else (a value of another type) returns None, and the caller uses the general
writer. Tests compare both writers' text and read every result back with tomllib.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

_INDENT = "    "
_INLINE_MAX = 100  # a list's table stays inline while its line fits this width
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+\Z")
# What a basic string cannot hold as it is: quote, backslash, control characters but tab.
_MUST_ESCAPE = re.compile(r'["\\\x00-\x08\x0a-\x1f\x7f]')
_MUST_ESCAPE_MULTILINE = re.compile(r'["\\\x00-\x08\x0b-\x1f\x7f]')
_SHORT_ESCAPES = {
    "\b": "\\b",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
    '"': '\\"',
    "\\": "\\\\",
}


class _Unknown(Exception):
    """A value this writer does not write; the general writer takes the document."""


class _CarriageReturn(Exception):
    """A string holds a carriage return: the document is written again, every string
    on one line with escapes (TOML reads a CRLF in a multi-line string back as LF)."""


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _SHORT_ESCAPES.get(char) or f"\\u{ord(char):04x}"


def _string(text: str, multiline: bool) -> str:
    if multiline and "\r" in text:
        raise _CarriageReturn
    if multiline and "\n" in text:
        text = text.replace("\r\n", "\n")
        return '"""\n' + _MUST_ESCAPE_MULTILINE.sub(_escape, text) + '"""'
    if _MUST_ESCAPE.search(text) is None:
        return f'"{text}"'
    return '"' + _MUST_ESCAPE.sub(_escape, text) + '"'


def _key(key: str) -> str:
    if _BARE_KEY.match(key):
        return key
    return _string(key, False)


def _value(value: object, multiline: bool, level: int = 0) -> str:
    # Exact types first: they are nearly all a record holds.
    kind = type(value)
    if kind is str:
        return _string(value, multiline)  # type: ignore[arg-type]
    if kind is bool:
        return "true" if value else "false"
    if isinstance(value, str):  # a str subclass (a choice written as its text)
        return _string(str.__str__(value), multiline)
    if isinstance(value, int | float | date):  # (bool was taken above)
        return str(value)
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        inner = _INDENT * (level + 1)
        items = [inner + _value(item, multiline, level + 1) for item in value]
        return "[\n" + ",\n".join(items) + ",\n" + _INDENT * level + "]"
    if isinstance(value, dict):
        return _inline_table(value, multiline)
    raise _Unknown


def _inline_table(table: dict[str, Any], multiline: bool) -> str:
    if not table:
        return "{}"
    parts = [f"{_key(k)} = {_value(v, multiline)}" for k, v in table.items()]
    return "{ " + ", ".join(parts) + " }"


def _fits_inline(table: dict[str, Any], multiline: bool) -> bool:
    text = _inline_table(table, multiline)
    return len(text) + len(_INDENT) + 1 <= _INLINE_MAX and "\n" not in text


def _table(
    out: list[str], table: dict[str, Any], name: str, multiline: bool, *, in_array: bool
) -> None:
    plain: list[tuple[str, object]] = []
    nested: list[tuple[str, dict[str, Any], bool]] = []  # (key, table, one of an array)
    for key, value in table.items():
        if isinstance(value, dict):
            nested.append((key, value, False))
        elif (
            isinstance(value, list | tuple)
            and value
            and all(isinstance(item, dict) for item in value)
            and not all(_fits_inline(item, multiline) for item in value)
        ):
            nested.extend((key, item, True) for item in value)
        else:
            plain.append((key, value))
    wrote = False
    if in_array or (name and (plain or not nested)):
        out.append(f"[[{name}]]\n" if in_array else f"[{name}]\n")
        wrote = True
    for key, value in plain:
        out.append(f"{_key(key)} = {_value(value, multiline)}\n")
        wrote = True
    for key, value, one_of_array in nested:
        if wrote:
            out.append("\n")
        wrote = True
        full = f"{name}.{_key(key)}" if name else _key(key)
        _table(out, value, full, multiline, in_array=one_of_array)


def dumps(document: dict[str, Any]) -> str | None:
    """The document as TOML text, or None when it holds a value this writer leaves to
    the general one. Text with line breaks is written on several lines, unless some
    string in the document holds a carriage return."""
    out: list[str] = []
    try:
        try:
            _table(out, document, "", True, in_array=False)
        except _CarriageReturn:
            out.clear()
            _table(out, document, "", False, in_array=False)
    except _Unknown:
        return None
    return "".join(out)
