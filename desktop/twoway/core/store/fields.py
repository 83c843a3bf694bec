"""A record's fields read from a TOML table and written back, each checked by the
converter its type hint calls for (`values.py`, and the tables of records here), so a field
added to a record in `twoway.core.records` (with a default) is stored and read without
further work; and a record's values in field order, JSON-safe, for the load cache.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from itertools import starmap
from typing import Any, TypeVar, cast

from twoway.core.marks import QT_TRANSLATE_NOOP, message
from twoway.core.store.problems import Invalid
from twoway.core.store.values import (
    OMIT,
    ChoiceValue,
    CueMapValue,
    DayValue,
    FlagValue,
    FreeTableValue,
    NumberValue,
    OptionalValue,
    StampValue,
    TextsValue,
    TextValue,
    WholeValue,
    describe,
)

if typing.TYPE_CHECKING:
    from twoway.core.store.values import Converter, JsonConverter, Where

    _R = TypeVar("_R")
    _F = TypeVar("_F", bound=Callable[..., Any])

    def cache(function: _F) -> _F:
        """functools.cache as the checker should see it: the function's own signature
        (the library's wrapper takes only Hashable arguments, which classes are not)."""
        ...

else:
    from functools import cache


class TableValue:
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
            return OMIT
        return write_fields(value)

    def to_json(self, value: object) -> list[Any]:
        return to_json(value)

    def from_json(self, value: list[Any]) -> object:
        return _builder(self.cls)(value)


class TableListValue:
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
        return [write_fields(item) for item in value] if value else OMIT

    def to_json(self, value: list[object]) -> list[list[Any]]:
        return [to_json(item) for item in value]

    def from_json(self, value: list[list[Any]]) -> list[object]:
        if not field_spec(self.cls).json_fixes:
            return list(starmap(self.cls, value))  # the common case, checklist items
        build = _builder(self.cls)
        return [build(item) for item in value]


def _converter(hint: Any) -> Converter:  # a class or a typing form such as `str | None`
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType) and type(None) in args:
        (inner,) = [arg for arg in args if arg is not type(None)]
        return OptionalValue(_converter(inner))
    simple: dict[object, Callable[[], Converter]] = {
        str: TextValue,
        int: WholeValue,
        float: NumberValue,
        bool: FlagValue,
        datetime: StampValue,
        date: DayValue,
    }
    if hint in simple:
        return simple[hint]()
    if isinstance(hint, type) and issubclass(hint, Enum):
        return ChoiceValue(hint)
    if dataclasses.is_dataclass(hint):
        return TableValue(cast(type, hint))  # a dataclass itself: hints are classes
    if origin is list and args[0] is str:
        return TextsValue()
    if origin is list and dataclasses.is_dataclass(args[0]):
        return TableListValue(cast(type, args[0]))
    if origin is dict and args == (int, str):
        return CueMapValue()
    if hint is dict or origin is dict:
        return FreeTableValue()
    raise TypeError(f"no storage rule for {hint!r}")


@dataclasses.dataclass(frozen=True)
class _Field:
    name: str
    conv: Converter
    required: bool


@dataclasses.dataclass(frozen=True)
class _Spec:
    fields: tuple[_Field, ...]
    names: frozenset[str]
    # (field index, decoder) for cached values
    json_fixes: tuple[tuple[int, Callable[[Any], Any]], ...]


@cache
def field_spec(cls: type) -> _Spec:
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
        (i, cast("JsonConverter", f.conv).from_json)
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
    spec = field_spec(cls)
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
        elif f.required and isinstance(f.conv, TextValue):
            values[f.name] = ""  # empty text is simply left out of the file
        elif f.required:
            raise Invalid(
                message(QT_TRANSLATE_NOOP("Messages", "%1 is missing"), describe((*where, f.name))),
                (*where, f.name),
            )
    return cls(**values)


def write_fields(obj: object, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    result = {}
    for f in field_spec(type(obj)).fields:
        if f.name in skip:
            continue
        value = f.conv.write(getattr(obj, f.name))
        if value is not OMIT:
            result[f.name] = value
    return result


# --- the load cache's compact form: field values in order, JSON-safe ------------------


def to_json(obj: object) -> list[Any]:
    values = []
    for f in field_spec(type(obj)).fields:
        value = getattr(obj, f.name)
        values.append(cast("JsonConverter", f.conv).to_json(value) if f.conv.json_fix else value)
    return values


def from_json(cls: type[_R], values: list[Any]) -> _R:
    return _builder(cls)(values)


@cache
def _builder(cls: type[_R]) -> Callable[[list[Any]], _R]:
    """A function making a `cls` from its cached values; the hot path of a start-up."""
    fixes = field_spec(cls).json_fixes
    if not fixes:
        return lambda values: cls(*values)  # nothing to convert: values in field order

    def build(values: list[Any]) -> _R:
        values = list(values)  # the cache keeps its own lists; they must stay JSON-safe
        for index, decode in fixes:
            values[index] = decode(values[index])
        return cls(*values)

    return build
