"""How one value of a record is checked when read from TOML and written back, for the
plain kinds of value (text, numbers, flags, dates, choices, lists of text, cues); the
tables of records inside a record are in `fields.py`, which picks a converter for each
field from the record's type hints.
"""

from __future__ import annotations

import re
import typing
from datetime import date, datetime
from enum import Enum
from typing import Any, cast

from twoway.core.marks import QT_TRANSLATE_NOOP, message
from twoway.core.store.problems import Invalid

if typing.TYPE_CHECKING:
    # A key path into a document: table keys, and item numbers in arrays of tables.
    Where = tuple[str | int, ...]

    class Converter(typing.Protocol):
        """How one field's values are checked and written (see the classes below)."""

        json_fix: bool  # True: the value needs converting for the load cache's JSON

        def read(self, value: object, where: Where) -> Any: ...

        def write(self, value: Any) -> object: ...

    class JsonConverter(Converter, typing.Protocol):
        """A converter whose values are not JSON as they are (`json_fix` is True)."""

        def to_json(self, value: Any) -> Any: ...

        def from_json(self, value: Any) -> Any: ...


OMIT = object()


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


class TextValue:
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
        return value if value else OMIT


class WholeValue:
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


class NumberValue:
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


class FlagValue:
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


class TextsValue:
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
        return list(value) if value else OMIT


class _IsoDateTime(datetime):
    """Written as 2026-01-05T09:30:00+00:00 (TOML would also accept a space for the T)."""

    def __str__(self) -> str:
        return self.isoformat()


class StampValue:
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


class DayValue:
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


class OptionalValue:
    def __init__(self, inner: Converter) -> None:
        self.inner = inner
        self.json_fix = inner.json_fix
        decode = getattr(inner, "from_json", None)
        if decode is not None:
            self.from_json = lambda value: None if value is None else decode(value)

    def read(self, value: object, where: Where) -> Any:
        return self.inner.read(value, where)

    def write(self, value: object) -> object:
        return OMIT if value is None else self.inner.write(value)

    def to_json(self, value: object) -> Any:
        return None if value is None else cast("JsonConverter", self.inner).to_json(value)


class ChoiceValue:
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


class CueMapValue:
    """Prep cues by phase number; TOML keys are text, so "0", "1", ..."""

    json_fix = True

    def read(self, value: object, where: Where) -> dict[int, str]:
        if not isinstance(value, dict):
            raise Invalid(
                message(QT_TRANSLATE_NOOP("Messages", "%1 must be a table"), describe(where)), where
            )
        result: dict[int, str] = {}
        keys: dict[int, str] = {}  # each number's key as written, to name a repeat
        for key, text in value.items():
            number = _phase_number(key)
            if number is None:
                raise Invalid(
                    message(
                        QT_TRANSLATE_NOOP("Messages", '%1 keys must be phase numbers such as "0"'),
                        describe(where),
                    ),
                    (*where, key),
                )
            if number in keys:
                # "0" and "00" are one phase: saving would keep only one of the two cues.
                raise Invalid(
                    message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            '%1 has two cues for the same phase ("%2" and "%3"); keep only one of them',
                        ),
                        describe(where),
                        keys[number],
                        key,
                    ),
                    (*where, key),
                )
            keys[number] = key
            if not isinstance(text, str):
                raise Invalid(
                    message(
                        QT_TRANSLATE_NOOP("Messages", "%1 must be text in quotes"),
                        describe((*where, key)),
                    ),
                    (*where, key),
                )
            result[number] = text
        return result

    def write(self, value: dict[int, str]) -> object:
        return {str(key): text for key, text in sorted(value.items())} if value else OMIT

    def to_json(self, value: dict[int, str]) -> dict[str, str]:
        return {str(key): text for key, text in value.items()}

    def from_json(self, value: dict[str, str]) -> dict[int, str]:
        return {int(key): text for key, text in value.items()}


_PHASE_NUMBER = re.compile(r"[0-9]+")


def _phase_number(key: object) -> int | None:
    """A cue's phase number from its key, or None: only the digits 0 to 9 count (not
    "²" or other digits Python's int() would take or choke on)."""
    if not isinstance(key, str) or not _PHASE_NUMBER.fullmatch(key):
        return None
    try:
        return int(key)
    except ValueError:  # more digits than Python turns into a number
        return None


def _plain(value: object) -> object:
    """Machine records keep dates as text, so they read the same from TOML and JSON."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


class FreeTableValue:
    """A machine-written table (the meeting's run record), kept as it is."""

    json_fix = False

    def read(self, value: object, where: Where) -> object:
        if not isinstance(value, dict):
            raise Invalid(
                message(QT_TRANSLATE_NOOP("Messages", "%1 must be a table"), describe(where)), where
            )
        return _plain(value)

    def write(self, value: dict[str, Any]) -> object:
        return value if value else OMIT
