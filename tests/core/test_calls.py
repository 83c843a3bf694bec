"""The call rules: when a call is on, in which app, since when, and what to offer."""

from __future__ import annotations

import re
from datetime import timedelta

from twoway.core.call_apps import built_in_apps
from twoway.core.calls import (
    CallDetector,
    MicUser,
    Observation,
    OfferMode,
    PlannedMeeting,
    Suggestion,
    WindowSeen,
    meeting_for_call,
    on_call_change,
)
from twoway.core.clock import FakeClock


class Desktop:
    """What the probes would see; counts the looks."""

    def __init__(self) -> None:
        self.mic: tuple[MicUser, ...] = ()
        self.windows: tuple[WindowSeen, ...] = ()
        self.looks = 0

    def look(self) -> Observation:
        self.looks += 1
        return Observation(self.mic, self.windows, None)


def detector(desktop: Desktop, clock: FakeClock) -> CallDetector:
    return CallDetector(
        clock, desktop.look, tuple(built_in_apps()), ignored_recorders=("pavucontrol",)
    )


def test_the_desktop_is_looked_at_at_most_every_two_seconds():
    clock, desktop = FakeClock(), Desktop()
    calls = detector(desktop, clock)
    for _ in range(20):
        calls.poll()
        clock.advance(0.25)
    assert desktop.looks == 3  # at 0, 2 and 4 s


def test_a_microphone_in_use_is_a_call_named_after_its_app():
    clock, desktop = FakeClock(), Desktop()
    calls = detector(desktop, clock)
    assert calls.poll() is None and calls.status() is None
    desktop.mic = (MicUser("ZOOM VoiceEngine", "zoom", 42),)
    clock.advance(2)
    call = calls.poll()
    assert call.app == "Zoom" and call.by_microphone and not call.by_window
    clock.advance(12.3)
    assert calls.status() == {
        "detected": True,
        "app": "Zoom",
        "since_s": 12.3,
        "by": ["microphone"],
    }


def test_an_unknown_recorder_is_named_as_it_names_itself_and_volume_meters_are_not_calls():
    clock, desktop = FakeClock(), Desktop()
    calls = detector(desktop, clock)
    desktop.mic = (MicUser("pavucontrol", "pavucontrol"),)
    assert calls.poll() is None
    desktop.mic = (MicUser("Firefox", "firefox"),)
    clock.advance(2)
    assert calls.poll().app == "Firefox"


def test_call_windows_are_recognised_by_title_and_other_windows_are_not():
    clock, desktop = FakeClock(), Desktop()
    calls = detector(desktop, clock)
    cases = {
        "Zoom Meeting": "Zoom",
        "Meet - abc-defg-hij - Google Chrome": "Google Meet",
        "Meet – xyz-abcd-efg — Mozilla Firefox": "Google Meet",
        "TeamSync | Jitsi Meet — Mozilla Firefox": "Jitsi Meet",
        "Meeting with Maya | Microsoft Teams": "Microsoft Teams",
        "Huddle with Maya - Acme - Slack": "Slack huddle",
        "weekly-sync | Whereby - Google Chrome": "Whereby",
    }
    for title, app in cases.items():
        desktop.windows = (WindowSeen(7, "Inbox - Thunderbird"), WindowSeen(9, title))
        clock.advance(10)  # the call before has ended
        desktop.windows = ()
        calls.poll()
        clock.advance(10)
        calls.poll()
        desktop.windows = (WindowSeen(7, "Inbox - Thunderbird"), WindowSeen(9, title))
        clock.advance(2)
        call = calls.poll()
        assert call is not None and call.app == app, title
        assert call.window_id == 9
    for title in ("Zoom", "Meeting notes.odt - LibreOffice", "Chat | Microsoft Teams",
                  "Google Meet alternatives - Search"):  # fmt: skip
        desktop.windows = (WindowSeen(3, title),)
        clock.advance(10)
        calls.poll()
        clock.advance(10)
        assert calls.poll() is None, title


def test_a_call_ends_only_after_nothing_showed_it_for_a_few_seconds():
    clock, desktop = FakeClock(), Desktop()
    calls = detector(desktop, clock)
    desktop.windows = (WindowSeen(9, "Zoom Meeting"),)
    first = calls.poll()
    desktop.windows = ()
    clock.advance(2)
    assert calls.poll() is first, "a brief gap does not end the call"
    desktop.windows = (WindowSeen(9, "Zoom Meeting"),)
    clock.advance(2)
    assert calls.poll().since == first.since, "the same call, the same start"
    desktop.windows = ()
    for _ in range(3):
        clock.advance(2)
        calls.poll()
    assert calls.poll() is None


def test_the_planned_meeting_of_a_call_is_the_one_within_15_minutes():
    clock = FakeClock()
    now = clock.wall()
    maya = PlannedMeeting("m1", "Maya Okafor", now + timedelta(minutes=10))
    lin = PlannedMeeting("m2", "Lin", now + timedelta(hours=3))
    loose = PlannedMeeting("m3", "Bo", None)
    assert meeting_for_call([lin, maya], now, any_time=False) == maya
    assert meeting_for_call([lin, loose], now, any_time=False) is None
    assert meeting_for_call([lin, loose], now, any_time=True) == lin
    late = PlannedMeeting("m4", "Ada", now - timedelta(minutes=14))
    assert meeting_for_call([late, lin], now, any_time=False) == late
    assert meeting_for_call([], now, any_time=True) is None


def test_what_to_do_when_a_call_starts_or_ends():
    def decide(**changes):
        values = dict(call_started=True, mode=OfferMode.ASK, meeting_running=False,
                      meeting_offered=False, debrief_waiting=False, debrief_after_call=True)  # fmt: skip
        values.update(changes)
        return on_call_change(**values)

    assert decide() is Suggestion.OFFER_START
    assert decide(mode=OfferMode.START) is Suggestion.START
    assert decide(mode=OfferMode.OFF) is Suggestion.NOTHING
    assert decide(meeting_running=True) is Suggestion.NOTHING
    assert decide(call_started=False, meeting_running=True) is Suggestion.OFFER_END
    assert decide(call_started=False, debrief_waiting=True) is Suggestion.OPEN_DEBRIEF
    assert (
        decide(call_started=False, debrief_waiting=True, debrief_after_call=False)
        is Suggestion.NOTHING
    )


def test_every_built_in_title_pattern_compiles_and_each_app_is_named_once():
    apps = built_in_apps()
    assert len({app.name for app in apps}) == len(apps)
    assert all(isinstance(p, re.Pattern) for app in apps for p in app.titles)
