"""Records to TOML documents and back (checked field by field), and to the compact form
kept in the load cache.

The rules follow each record dataclass's type hints, so a field added to a record in
`twoway.core.records` (with a default) is stored and read without further work.
"""

from __future__ import annotations

import dataclasses
import hashlib
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from itertools import starmap
from typing import Any, TypeVar, cast

from twoway.core.marks import QT_TRANSLATE_NOOP, message
from twoway.core.store.layout import AGENDA, Kind
from twoway.core.store.problems import Invalid

if typing.TYPE_CHECKING:
    # A key path into a document: table keys, and item numbers in arrays of tables.
    Where = tuple[str | int, ...]

    class _Converter(typing.Protocol):
        """How one field's values are checked and written (see the classes below)."""

        json_fix: bool  # True: the value needs converting for the load cache's JSON

        def read(self, value: object, where: Where) -> Any: ...

        def write(self, value: Any) -> object: ...

    class _JsonConverter(_Converter, typing.Protocol):
        """A converter whose values are not JSON as they are (`json_fix` is True)."""

        def to_json(self, value: Any) -> Any: ...

        def from_json(self, value: Any) -> Any: ...

    _R = TypeVar("_R")
    _F = TypeVar("_F", bound=Callable[..., Any])

    def cache(function: _F) -> _F:
        """functools.cache as the checker should see it: the function's own signature
        (the library's wrapper takes only Hashable arguments, which classes are not)."""
        ...

else:
    from functools import cache

_OMIT = object()


def describe(where: Where) -> str:
    """A key path in words: '"name"', '"debrief.fit"', '"done" in item 3 of prep.items'."""
    last = max((i for i, part in enumerate(where) if isinstance(part, int)), default=None)
    if last is None:
        return '"' + ".".join(cast("tuple[str, ...]", where)) + '"'
    number = cast(int, where[last]) + 1
    inner = ".".join(str(part) for part in where[last + 1 :])
    table = ".".join(str(part) for part in where[:last] if not isinstance(part, int))
    if inner:
        return message(QT_TRANSLATE_NOOP("Messages", '"%1" in item %2 of %3'), inner, number, table)
    return message(QT_TRANSLATE_NOOP("Messages", "item %1 of %2"), number, table)


# --- one converter per kind of value --------------------------------------------------


class _Text:
    json_fix = False

    def read(self, value: object, where: Where) -> str:
        if not isinstance(value, str):
            raise Invalid(
                message(
                    QT_TRANSLATE_NOOP("Messages", "%1 must be text in quotes"), describe(where)
                ),
                where,
            )
        return value

    def write(self, value: str) -> object:
        return value if value else _OMIT


class _Whole:
    json_fix = False

    def read(self, value: object, where: Where) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise Invalid(
                message(
                    QT_TRANSLATE_NOOP("Messages", "%1 must be a whole number"), describe(where)
                ),
                where,
            )
        return value

    def write(self, value: int) -> int:
        return value


class _Number:
    json_fix = False

    def read(self, value: object, where: Where) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise Invalid(
                message(QT_TRANSLATE_NOOP("Messages", "%1 must be a number"), describe(where)),
                where,
            )
        return float(value)

    def write(self, value: float) -> float:
        return value


class _Flag:
    json_fix = False

    def read(self, value: object, where: Where) -> bool:
        if not isinstance(value, bool):
            raise Invalid(
                message(QT_TRANSLATE_NOOP("Messages", "%1 must be true or false"), describe(where)),
                where,
            )
        return value

    def write(self, value: bool) -> bool:
        return value


class _Texts:
    json_fix = False

    def read(self, value: object, where: Where) -> list[str]:
        if not isinstance(value, list):
            raise Invalid(
                message(
                    QT_TRANSLATE_NOOP("Messages", '%1 must be a list such as ["one", "two"]'),
                    describe(where),
                ),
                where,
            )
        for index, item in enumerate(value):
            if not isinstance(item, str):
                raise Invalid(
                    message(
                        QT_TRANSLATE_NOOP("Messages", "entry %1 of %2 must be text in quotes"),
                        index + 1,
                        describe(where),
                    ),
                    where,
                )
        return value

    def write(self, value: list[str]) -> object:
        return list(value) if value else _OMIT


class _IsoDateTime(datetime):
    """Written as 2026-01-05T09:30:00+00:00 (TOML would also accept a space for the T)."""

    def __str__(self) -> str:
        return self.isoformat()


class _Stamp:
    json_fix = True

    def read(self, value: object, where: Where) -> datetime:
        if isinstance(value, str):
            try:
                value = datetime.fromisoformat(value)
            except ValueError:
                value = None
        if not isinstance(value, datetime):
            raise Invalid(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "%1 must be a date and time such as 2026-01-05T09:30:00Z"
                    ),
                    describe(where),
                ),
                where,
            )
        return value if value.tzinfo else value.astimezone()  # no offset: local time

    def write(self, value: datetime) -> datetime:
        return _IsoDateTime.combine(value.date(), value.timetz())

    def to_json(self, value: datetime) -> str:
        return value.isoformat()

    from_json = staticmethod(datetime.fromisoformat)


class _Day:
    json_fix = True

    def read(self, value: object, where: Where) -> date:
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value)
            except ValueError:
                value = None
        if not isinstance(value, date) or isinstance(value, datetime):
            raise Invalid(
                message(
                    QT_TRANSLATE_NOOP("Messages", "%1 must be a date such as 2026-01-05"),
                    describe(where),
                ),
                where,
            )
        return value

    def write(self, value: date) -> date:
        return value

    def to_json(self, value: date) -> str:
        return value.isoformat()

    from_json = staticmethod(date.fromisoformat)


class _Optional:
    def __init__(self, inner: _Converter) -> None:
        self.inner = inner
        self.json_fix = inner.json_fix
        decode = getattr(inner, "from_json", None)
        if decode is not None:
            self.from_json = lambda value: None if value is None else decode(value)

    def read(self, value: object, where: Where) -> Any:
        return self.inner.read(value, where)

    def write(self, value: object) -> object:
        return _OMIT if value is None else self.inner.write(value)

    def to_json(self, value: object) -> Any:
        return None if value is None else cast("_JsonConverter", self.inner).to_json(value)


class _Choice:
    json_fix = True

    def __init__(self, enum: type[Enum]) -> None:
        self.enum = enum
        self.from_json = {member.value: member for member in enum}.__getitem__

    def read(self, value: object, where: Where) -> Enum:
        try:
            return self.enum(value)
        except ValueError:
            choices = ", ".join(f'"{member.value}"' for member in self.enum)
            raise Invalid(
                message(
                    QT_TRANSLATE_NOOP("Messages", "%1 must be one of %2"), describe(where), choices
                ),
                where,
            ) from None

    def write(self, value: Enum) -> object:
        return value.value

    def to_json(self, value: Enum) -> object:
        return value.value


class _Table:
    json_fix = True

    def __init__(self, cls: type[Any]) -> None:
        self.cls = cls
        try:
            self.empty = cls()
        except TypeError:
            self.empty = None

    def read(self, value: object, where: Where) -> object:
        if not isinstance(value, dict):
            raise Invalid(
                message(QT_TRANSLATE_NOOP("Messages", "%1 must be a table"), describe(where)), where
            )
        return read_fields(self.cls, value, where, strict=True)

    def write(self, value: object) -> object:
        if self.empty is not None and value == self.empty:
            return _OMIT
        return write_fields(value)

    def to_json(self, value: object) -> list[Any]:
        return to_json(value)

    def from_json(self, value: list[Any]) -> object:
        return _builder(self.cls)(value)


class _TableList:
    json_fix = True

    def __init__(self, cls: type[Any]) -> None:
        self.cls = cls

    def read(self, value: object, where: Where) -> list[object]:
        if not isinstance(value, list):
            raise Invalid(
                message(
                    QT_TRANSLATE_NOOP("Messages", "%1 must be a list of tables"), describe(where)
                ),
                where,
            )
        result: list[object] = []
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                raise Invalid(
                    message(
                        QT_TRANSLATE_NOOP("Messages", "%1 must be a table"),
                        describe((*where, index)),
                    ),
                    (*where, index),
                )
            result.append(read_fields(self.cls, item, (*where, index), strict=True))
        return result

    def write(self, value: list[object]) -> object:
        return [write_fields(item) for item in value] if value else _OMIT

    def to_json(self, value: list[object]) -> list[list[Any]]:
        return [to_json(item) for item in value]

    def from_json(self, value: list[list[Any]]) -> list[object]:
        if not _spec(self.cls).json_fixes:
            return list(starmap(self.cls, value))  # the common case, checklist items
        build = _builder(self.cls)
        return [build(item) for item in value]


class _CueMap:
    """Prep cues by phase number; TOML keys are text, so "0", "1", ..."""

    json_fix = True

    def read(self, value: object, where: Where) -> dict[int, str]:
        if not isinstance(value, dict):
            raise Invalid(
                message(QT_TRANSLATE_NOOP("Messages", "%1 must be a table"), describe(where)), where
            )
        result: dict[int, str] = {}
        for key, text in value.items():
            if not key.isdigit():
                raise Invalid(
                    message(
                        QT_TRANSLATE_NOOP("Messages", '%1 keys must be phase numbers such as "0"'),
                        describe(where),
                    ),
                    where,
                )
            if not isinstance(text, str):
                raise Invalid(
                    message(
                        QT_TRANSLATE_NOOP("Messages", "%1 must be text in quotes"),
                        describe((*where, key)),
                    ),
                    (*where, key),
                )
            result[int(key)] = text
        return result

    def write(self, value: dict[int, str]) -> object:
        return {str(key): text for key, text in sorted(value.items())} if value else _OMIT

    def to_json(self, value: dict[int, str]) -> dict[str, str]:
        return {str(key): text for key, text in value.items()}

    def from_json(self, value: dict[str, str]) -> dict[int, str]:
        return {int(key): text for key, text in value.items()}


def _plain(value: object) -> object:
    """Machine records keep dates as text, so they read the same from TOML and JSON."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


class _FreeTable:
    """A machine-written table (the meeting's run record), kept as it is."""

    json_fix = False

    def read(self, value: object, where: Where) -> object:
        if not isinstance(value, dict):
            raise Invalid(
                message(QT_TRANSLATE_NOOP("Messages", "%1 must be a table"), describe(where)), where
            )
        return _plain(value)

    def write(self, value: dict[str, Any]) -> object:
        return value if value else _OMIT


def _converter(hint: Any) -> _Converter:  # a class or a typing form such as `str | None`
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType) and type(None) in args:
        (inner,) = [arg for arg in args if arg is not type(None)]
        return _Optional(_converter(inner))
    simple: dict[object, Callable[[], _Converter]] = {
        str: _Text,
        int: _Whole,
        float: _Number,
        bool: _Flag,
        datetime: _Stamp,
        date: _Day,
    }
    if hint in simple:
        return simple[hint]()
    if isinstance(hint, type) and issubclass(hint, Enum):
        return _Choice(hint)
    if dataclasses.is_dataclass(hint):
        return _Table(cast(type, hint))  # a dataclass itself: hints are classes
    if origin is list and args[0] is str:
        return _Texts()
    if origin is list and dataclasses.is_dataclass(args[0]):
        return _TableList(cast(type, args[0]))
    if origin is dict and args == (int, str):
        return _CueMap()
    if hint is dict or origin is dict:
        return _FreeTable()
    raise TypeError(f"no storage rule for {hint!r}")


@dataclasses.dataclass(frozen=True)
class _Field:
    name: str
    conv: _Converter
    required: bool


@dataclasses.dataclass(frozen=True)
class _Spec:
    fields: tuple[_Field, ...]
    names: frozenset[str]
    # (field index, decoder) for cached values
    json_fixes: tuple[tuple[int, Callable[[Any], Any]], ...]


@cache
def _spec(cls: type) -> _Spec:
    hints = typing.get_type_hints(cls)
    fields = tuple(
        _Field(
            f.name,
            _converter(hints[f.name]),
            f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING,
        )
        for f in dataclasses.fields(cls)
    )
    fixes = tuple(
        (i, cast("_JsonConverter", f.conv).from_json)
        for i, f in enumerate(fields)
        if f.conv.json_fix
    )
    return _Spec(fields, frozenset(f.name for f in fields), fixes)


# --- documents (what the TOML files hold) ---------------------------------------------


def read_fields(
    cls: type[_R],
    data: dict[str, Any],
    where: Where,
    *,
    strict: bool,
    skip: tuple[str, ...] = (),
) -> _R:
    spec = _spec(cls)
    if strict:
        for key in data:
            if key not in spec.names or key in skip:
                raise Invalid(
                    message(
                        QT_TRANSLATE_NOOP(
                            "Messages", 'there is no field "%1" in %2 (is it a typo?)'
                        ),
                        key,
                        describe(where),
                    )
                    if where
                    else message(
                        QT_TRANSLATE_NOOP("Messages", 'there is no field "%1" (is it a typo?)'), key
                    ),
                    (*where, key),
                )
    values: dict[str, Any] = {}
    for f in spec.fields:
        if f.name in skip:
            continue
        if f.name in data:
            values[f.name] = f.conv.read(data[f.name], (*where, f.name))
        elif f.required and isinstance(f.conv, _Text):
            values[f.name] = ""  # empty text is simply left out of the file
        elif f.required:
            raise Invalid(
                message(QT_TRANSLATE_NOOP("Messages", "%1 is missing"), describe((*where, f.name))),
                (*where, f.name),
            )
    return cls(**values)


def write_fields(obj: object, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    result = {}
    for f in _spec(type(obj)).fields:
        if f.name in skip:
            continue
        value = f.conv.write(getattr(obj, f.name))
        if value is not _OMIT:
            result[f.name] = value
    return result


def _skip(kind: Kind) -> tuple[str, ...]:
    # A record's id is its file name; writing it inside as well could only disagree.
    return () if kind is AGENDA else ("id",)


def record_document(kind: Kind, record: object) -> dict[str, Any]:
    return {"schema": kind.schema, **write_fields(record, _skip(kind))}


def read_record(
    kind: Kind, data: dict[str, Any], record_id: str, now: datetime, *, strict: bool = True
) -> object:
    """Build a record from a document already brought to the current schema."""
    body = {key: value for key, value in data.items() if key != "schema"}
    skip = _skip(kind)
    if not strict:
        body = {k: v for k, v in _known_only(kind.cls, body).items() if k not in skip}
    for key in ("created", "updated"):
        if key not in body and key in _spec(kind.cls).names:
            body[key] = now  # a hand-made file without times: stamped when first read
    record: Any = read_fields(kind.cls, body, (), strict=True, skip=skip)  # has an id if skip
    if skip:
        record.id = record_id
    return record


def _known_only(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """Drop fields this version does not know (a newer Twoway may have added them)."""
    spec = _spec(cls)
    result = {}
    for f in spec.fields:
        if f.name not in data:
            continue
        value = data[f.name]
        conv = f.conv.inner if isinstance(f.conv, _Optional) else f.conv
        if isinstance(conv, _Table) and isinstance(value, dict):
            value = _known_only(conv.cls, value)
        elif isinstance(conv, _TableList) and isinstance(value, list):
            value = [_known_only(conv.cls, v) if isinstance(v, dict) else v for v in value]
        result[f.name] = value
    return result


# --- the load cache's compact form: field values in order, JSON-safe ------------------


def to_json(obj: object) -> list[Any]:
    values = []
    for f in _spec(type(obj)).fields:
        value = getattr(obj, f.name)
        values.append(cast("_JsonConverter", f.conv).to_json(value) if f.conv.json_fix else value)
    return values


def from_json(cls: type[_R], values: list[Any]) -> _R:
    return _builder(cls)(values)


@cache
def _builder(cls: type[_R]) -> Callable[[list[Any]], _R]:
    """A function making a `cls` from its cached values; the hot path of a start-up."""
    fixes = _spec(cls).json_fixes
    if not fixes:
        return lambda values: cls(*values)  # nothing to convert: values in field order

    def build(values: list[Any]) -> _R:
        values = list(values)  # the cache keeps its own lists; they must stay JSON-safe
        for index, decode in fixes:
            values[index] = decode(values[index])
        return cls(*values)

    return build


# A record's long parts (its "body") can be kept apart in the cache and read on first use.


def _body_indices(cls: type, names: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(i for i, f in enumerate(_spec(cls).fields) if f.name in names)


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
    fields = _spec(cls).fields
    keep = [(i, f.name) for i, f in enumerate(fields) if f.name not in names]
    fixes = [
        (fields[i].name, decode)
        for i, decode in _spec(cls).json_fixes
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
    fields = [_spec(cls).fields[i] for i in _body_indices(cls, names)]

    def unpack(values: list[Any]) -> dict[str, Any]:
        return {
            f.name: cast("_JsonConverter", f.conv).from_json(value) if f.conv.json_fix else value
            for f, value in zip(fields, values, strict=True)
        }

    return unpack


def fingerprint() -> str:
    """Changes whenever a record's fields change, so an old cache is never misread."""
    from twoway.core.store.layout import ALL_KINDS

    text = repr(
        [
            (kind.name, kind.schema, [(f.name, type(f.conv).__name__) for f in _spec(c).fields])
            for kind in ALL_KINDS
            for c in _record_classes(kind.cls)
        ]
    )
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _record_classes(cls: type) -> list[type]:
    found = [cls]
    for f in _spec(cls).fields:
        conv = f.conv.inner if isinstance(f.conv, _Optional) else f.conv
        if isinstance(conv, _Table | _TableList):
            found += _record_classes(conv.cls)
    return found
