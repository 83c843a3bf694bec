"""Records to TOML documents and back (each field checked, see `fields.py`), and the
parts of the load cache's compact form that keep a record's long "body" apart.
"""

from __future__ import annotations

import hashlib
import typing
from collections.abc import Callable
from datetime import datetime
from typing import Any, cast

from twoway.core.store.fields import (
    TableListValue,
    TableValue,
    field_spec,
    read_fields,
    write_fields,
)
from twoway.core.store.layout import AGENDA, Kind
from twoway.core.store.tomltext import dump_text
from twoway.core.store.values import OptionalValue

if typing.TYPE_CHECKING:
    from twoway.core.store.values import JsonConverter

    _F = typing.TypeVar("_F", bound=Callable[..., Any])

    def cache(function: _F) -> _F:
        """functools.cache as the checker should see it (see fields.py)."""
        ...

else:
    from functools import cache


def _skip(kind: Kind) -> tuple[str, ...]:
    # A record's id is its file name; writing it inside as well could only disagree.
    return () if kind is AGENDA else ("id",)


def record_document(kind: Kind, record: object) -> dict[str, Any]:
    return {"schema": kind.schema, **write_fields(record, _skip(kind))}


def record_file(kind: Kind, record: object) -> bytes:
    """A record's file as Twoway writes it. Raises ValueError or TypeError for a value
    that cannot be written (text with a broken character)."""
    return dump_text(record_document(kind, record)).encode("utf-8")


def read_record(
    kind: Kind, data: dict[str, Any], record_id: str, now: datetime, *, strict: bool = True
) -> object:
    """Build a record from a document already brought to the current schema."""
    body = {key: value for key, value in data.items() if key != "schema"}
    skip = _skip(kind)
    if not strict:
        body = {k: v for k, v in _known_only(kind.cls, body).items() if k not in skip}
    for key in ("created", "updated"):
        if key not in body and key in field_spec(kind.cls).names:
            body[key] = now  # a hand-made file without times: stamped when first read
    record: Any = read_fields(kind.cls, body, (), strict=True, skip=skip)  # has an id if skip
    if skip:
        record.id = record_id
    return record


def _known_only(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """Drop fields this version does not know (a newer Twoway may have added them)."""
    spec = field_spec(cls)
    result = {}
    for f in spec.fields:
        if f.name not in data:
            continue
        value = data[f.name]
        conv = f.conv.inner if isinstance(f.conv, OptionalValue) else f.conv
        if isinstance(conv, TableValue) and isinstance(value, dict):
            value = _known_only(conv.cls, value)
        elif isinstance(conv, TableListValue) and isinstance(value, list):
            value = [_known_only(conv.cls, v) if isinstance(v, dict) else v for v in value]
        result[f.name] = value
    return result


# A record's long parts (its "body") can be kept apart in the cache and read on first use.


def _body_indices(cls: type, names: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(i for i, f in enumerate(field_spec(cls).fields) if f.name in names)


def split_values(
    cls: type, names: tuple[str, ...], values: list[Any]
) -> tuple[list[Any], list[Any]]:
    """Cached values -> (values with the body left as None, the body's values)."""
    indices = _body_indices(cls, names)
    light = list(values)
    for index in indices:
        light[index] = None
    return light, [values[index] for index in indices]


@cache
def light_state(cls: type, names: tuple[str, ...]) -> Callable[[list[Any]], dict[str, Any]]:
    """Cached values -> the instance dict of a `cls` without its body fields."""
    fields = field_spec(cls).fields
    keep = [(i, f.name) for i, f in enumerate(fields) if f.name not in names]
    fixes = [
        (fields[i].name, decode)
        for i, decode in field_spec(cls).json_fixes
        if fields[i].name not in names
    ]

    def state(values: list[Any]) -> dict[str, Any]:
        result = {name: values[i] for i, name in keep}
        for name, decode in fixes:
            result[name] = decode(result[name])
        return result

    return state


@cache
def body_unpacker(cls: type, names: tuple[str, ...]) -> Callable[[list[Any]], dict[str, Any]]:
    """The body's cached values -> {field name: value}."""
    fields = [field_spec(cls).fields[i] for i in _body_indices(cls, names)]

    def unpack(values: list[Any]) -> dict[str, Any]:
        return {
            f.name: cast("JsonConverter", f.conv).from_json(value) if f.conv.json_fix else value
            for f, value in zip(fields, values, strict=True)
        }

    return unpack


def fingerprint() -> str:
    """Changes whenever a record's fields change, so an old cache is never misread."""
    from twoway.core.store.layout import ALL_KINDS

    text = repr(
        [
            (
                kind.name,
                kind.schema,
                [(f.name, type(f.conv).__name__) for f in field_spec(c).fields],
            )
            for kind in ALL_KINDS
            for c in _record_classes(kind.cls)
        ]
    )
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _record_classes(cls: type) -> list[type]:
    found = [cls]
    for f in field_spec(cls).fields:
        conv = f.conv.inner if isinstance(f.conv, OptionalValue) else f.conv
        if isinstance(conv, TableValue | TableListValue):
            found += _record_classes(conv.cls)
    return found
