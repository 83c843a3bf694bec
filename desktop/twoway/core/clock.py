"""Time sources for the engine. Everything that measures time takes a Clock."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds from an arbitrary origin; never jumps back, unaffected by clock changes."""

    def wall(self) -> datetime:
        """The current date and time (aware, UTC), for records people read."""


def _suspend_aware_monotonic() -> float:
    # CLOCK_BOOTTIME keeps counting while the machine sleeps, so the engine can notice
    # a suspend as a gap between observations; plain monotonic would hide it.
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        return time.clock_gettime(boottime)
    return time.monotonic()


class SystemClock:
    def monotonic(self) -> float:
        return _suspend_aware_monotonic()

    def wall(self) -> datetime:
        return datetime.now(UTC)


class FakeClock:
    """A clock that moves only when told to; for tests, benchmarks and the demo."""

    def __init__(self, start: datetime | None = None) -> None:
        self._mono = 1000.0
        self._wall = start or datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

    def monotonic(self) -> float:
        return self._mono

    def wall(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a clock cannot go back")
        self._mono += seconds
        self._wall += timedelta(seconds=seconds)

    def set_wall(self, when: datetime) -> None:
        """Change the wall clock only, as a user or NTP would; monotonic time is untouched."""
        self._wall = when
