"""The meeting controller wakes when the shown second changes, not four times a second."""

from __future__ import annotations

from twoway.core.clock import FakeClock, SystemClock
from twoway.core.formats import builtin_formats
from twoway.ui.meeting import MAX_TICK_MS, MeetingController, MeetingInfo

MINI = next(f for f in builtin_formats() if f.id == "minimastermind")


def test_next_wake_is_when_the_display_changes(qtbot):
    clock = FakeClock()
    meeting = MeetingController(clock)
    meeting.start(MINI)
    clock.advance(0.3)  # 4:59.7 left: the display shows 5:00 until 0.7 s from now
    assert 700 <= meeting._next_tick_ms() <= 710
    meeting.pause()
    assert meeting._next_tick_ms() == MAX_TICK_MS
    meeting.end()
    assert not meeting._timer.isActive()


def test_real_time_ticks_reach_the_views(qtbot):
    meeting = MeetingController(SystemClock())
    ticks = []
    meeting.ticked.connect(lambda: ticks.append(meeting.status()["phase_remaining_s"]))
    meeting.start(MINI, MeetingInfo(contact_name="Ana"))
    qtbot.waitUntil(lambda: len(ticks) >= 2, timeout=3000)
    assert ticks[0] < 300 and ticks[1] < ticks[0]
    status = meeting.status()
    assert status["state"] == "running" and status["contact"] == "Ana"
    meeting.end()
