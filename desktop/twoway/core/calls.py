"""Is the user in a call? The rules, free of Qt and of any platform.

What the desktop shows is read by probes (`twoway.platform`): which other programs
record from a microphone, which windows are open with which titles. This module decides
from those observations whether a call is on, in which app, since when, and what Twoway
should offer about it. Everything takes an injected clock, so the rules are tested
without a desktop.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from twoway.core.clock import Clock

# At most one look at the desktop this often: a call is noticed within a few seconds,
# and polling costs nothing measurable.
CHECK_INTERVAL_S = 2.0
# A call is over only after nothing showed it this long: a call app briefly closing its
# microphone stream (switching devices) does not end it.
END_AFTER_S = 5.0
# A call this close to a planned meeting's time is that meeting.
PLANNED_WINDOW = timedelta(minutes=15)


@dataclass(frozen=True)
class CallApp:
    """A program people hold calls in, as the call-app list describes it."""

    name: str
    titles: tuple[re.Pattern[str], ...] = ()  # a window title matching one is a call window
    window_classes: tuple[str, ...] = ()  # WM_CLASS names that narrow the titles down
    recorders: tuple[str, ...] = ()  # names the app gives its microphone stream
    toolbar: str = "bottom"  # where the app keeps its own call controls

    def matches_window(self, window: WindowSeen) -> bool:
        if self.window_classes and not any(
            wanted.lower() in window.wm_class.lower() for wanted in self.window_classes
        ):
            return False
        return any(pattern.search(window.title) for pattern in self.titles)

    def matches_recorder(self, user: MicUser) -> bool:
        names = {user.name.lower(), user.binary.lower()}
        return any(recorder.lower() in names for recorder in self.recorders)


@dataclass(frozen=True)
class WindowSeen:
    window_id: int
    title: str
    wm_class: str = ""


@dataclass(frozen=True)
class MicUser:
    """Another program recording from a microphone."""

    name: str  # as it names itself to the sound server ("ZOOM VoiceEngine", "Firefox")
    binary: str = ""
    pid: int | None = None


@dataclass(frozen=True)
class Observation:
    """One look at the desktop. None: that probe cannot tell on this desktop."""

    mic_users: tuple[MicUser, ...] | None = None
    windows: tuple[WindowSeen, ...] | None = None
    screen_shared: bool | None = None


@dataclass(frozen=True)
class Call:
    app: str  # the call app's name, or the recording program's when no app is known
    since: float  # clock.monotonic() when first noticed
    window_id: int | None = None  # the call's window, when one is known (for docking)
    by_microphone: bool = False
    by_window: bool = False


@dataclass
class CallDetector:
    """Turns looks at the desktop into one answer: the call that is on, or None.

    `poll()` may be called as often as a timer likes; it looks at most once every
    CHECK_INTERVAL_S and otherwise returns what it saw last.
    """

    clock: Clock
    look: Callable[[], Observation]
    apps: tuple[CallApp, ...]
    interval_s: float = CHECK_INTERVAL_S
    end_after_s: float = END_AFTER_S
    ignored_recorders: tuple[str, ...] = ()
    call: Call | None = None
    screen_shared: bool | None = None
    checks: int = 0
    _last_look: float | None = None
    _last_seen: float | None = None

    def poll(self) -> Call | None:
        now = self.clock.monotonic()
        if self._last_look is not None and now - self._last_look < self.interval_s:
            return self.call
        self._last_look = now
        self.checks += 1
        seen = self.look()
        self.screen_shared = seen.screen_shared
        found = self._recognise(seen, now)
        if found is not None:
            self._last_seen = now
            self.call = found
        elif self.call is not None and now - (self._last_seen or now) >= self.end_after_s:
            self.call = None
        return self.call

    def _recognise(self, seen: Observation, now: float) -> Call | None:
        window_app, window = self._call_window(seen.windows or ())
        recorders = [
            user
            for user in seen.mic_users or ()
            if not any(
                ignored.lower() in (user.name.lower(), user.binary.lower())
                for ignored in self.ignored_recorders
            )
        ]
        if window_app is None and not recorders:
            return None
        name = window_app.name if window_app else self._recorder_app(recorders)
        previous = self.call
        # The same call goes on: it keeps its start, even if its app is now better known.
        since = previous.since if previous is not None else now
        return Call(
            app=name,
            since=since,
            window_id=window.window_id if window else None,
            by_microphone=bool(recorders),
            by_window=window_app is not None,
        )

    def _call_window(
        self, windows: Iterable[WindowSeen]
    ) -> tuple[CallApp | None, WindowSeen | None]:
        for window in windows:
            for app in self.apps:
                if app.matches_window(window):
                    return app, window
        return None, None

    def _recorder_app(self, recorders: list[MicUser]) -> str:
        for user in recorders:
            for app in self.apps:
                if app.matches_recorder(user):
                    return app.name
        first = recorders[0]
        return first.name or first.binary or "?"

    def app_named(self, name: str) -> CallApp | None:
        return next((app for app in self.apps if app.name == name), None)

    def status(self) -> dict[str, object] | None:
        """For `twoway status`: {"detected": true, "app": ..., "since_s": ...} or None."""
        if self.call is None:
            return None
        since_s = max(0.0, self.clock.monotonic() - self.call.since)
        return {
            "detected": True,
            "app": self.call.app,
            "since_s": round(since_s, 1),
            "by": [
                way
                for way, used in (
                    ("microphone", self.call.by_microphone),
                    ("window", self.call.by_window),
                )
                if used
            ],
        }


# --- what to offer ----------------------------------------------------------------------


class OfferMode(Enum):
    OFF = "off"
    ASK = "ask"
    START = "start"


@dataclass(frozen=True)
class PlannedMeeting:
    meeting_id: str
    contact_name: str
    scheduled: datetime | None


def meeting_for_call(
    planned: Iterable[PlannedMeeting], now: datetime, *, any_time: bool
) -> PlannedMeeting | None:
    """The planned meeting a call that starts now is, or None.

    The closest scheduled one within PLANNED_WINDOW either side of now; with `any_time`,
    else the next planned one (or one with no time at all)."""
    planned = list(planned)
    timed = [(m.scheduled, m) for m in planned if m.scheduled is not None]
    near = [(abs(when - now), m) for when, m in timed if abs(when - now) <= PLANNED_WINDOW]
    if near:
        return min(near, key=lambda pair: pair[0])[1]
    if not any_time:
        return None
    later = [m for when, m in sorted(timed, key=lambda pair: pair[0]) if when >= now]
    untimed = [m for m in planned if m.scheduled is None]
    return (later + untimed)[0] if later or untimed else None


class Suggestion(Enum):
    NOTHING = "nothing"
    OFFER_START = "offer-start"  # ask: "Start Minimastermind with Maya?"
    START = "start"  # start by itself
    OFFER_END = "offer-end"  # the call is over, the meeting runs on
    OPEN_DEBRIEF = "open-debrief"  # the meeting ended earlier, and now the call is over


def on_call_change(
    *,
    call_started: bool,
    mode: OfferMode,
    meeting_running: bool,
    meeting_offered: bool,
    debrief_waiting: bool,
    debrief_after_call: bool,
) -> Suggestion:
    """What to do when a call begins or ends. The only moment Twoway may take the focus
    is after the call is over (the debrief)."""
    if call_started:
        if mode is OfferMode.OFF or meeting_running or meeting_offered:
            return Suggestion.NOTHING
        return Suggestion.START if mode is OfferMode.START else Suggestion.OFFER_START
    if meeting_running:
        return Suggestion.OFFER_END
    if debrief_waiting and debrief_after_call:
        return Suggestion.OPEN_DEBRIEF
    return Suggestion.NOTHING
