"""Meetings whose long parts are read from the load cache on first use.

A start-up from the cache builds each meeting's short fields at once (who, when, status)
and leaves the long parts (request, prep, run and debrief) as bytes in the cache until
something first reads one of them. At that moment the object fills itself in and
becomes a plain `Meeting`; until then it is a `Meeting` subclass that compares, prints
and saves exactly like one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from twoway.core.records import Meeting


class Body:
    """Where a meeting's long parts sit in the cache's bytes, and how to build them."""

    __slots__ = ("blob", "end", "start", "unpack")

    def __init__(
        self,
        blob: memoryview,
        start: int,
        end: int,
        unpack: Callable[[list[Any]], dict[str, Any]],
    ) -> None:
        self.blob = blob
        self.start = start
        self.end = end
        self.unpack = unpack  # JSON values -> {field name: value}

    def raw(self) -> bytes:
        return bytes(self.blob[self.start : self.end])

    def fields(self) -> dict[str, Any]:
        return self.unpack(json.loads(self.raw()))


class LazyMeeting(Meeting):
    def __getattr__(self, name: str) -> Any:
        # Only called for attributes not yet in the instance: the long parts.
        if "_body" not in self.__dict__:
            raise AttributeError(name)
        self.fill()
        return getattr(self, name)

    def fill(self) -> None:
        body = self.__dict__.pop("_body", None)
        if body is not None:
            self.__dict__.update(body.fields())
        self.__class__ = Meeting  # type: ignore[assignment]  # becoming a plain Meeting

    def __eq__(self, other: object) -> bool:
        self.fill()
        return self == other

    def __repr__(self) -> str:
        self.fill()
        return repr(self)

    __hash__ = None  # type: ignore[assignment]  # unhashable, as a Meeting is


def lazy_meeting(state: dict[str, Any], body: Body) -> Meeting:
    """A meeting with the short fields in `state`, reading its long parts on first use."""
    meeting = object.__new__(LazyMeeting)
    state["_body"] = body
    meeting.__dict__ = state
    return meeting
