"""Fixtures shared by the widget tests: a fake-clock meeting and its overlay."""

from __future__ import annotations

import pytest

from twoway.core.clock import FakeClock
from twoway.ui.meeting import MeetingController
from twoway.ui.overlay import OverlayWindow


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def meeting(clock, qtbot) -> MeetingController:
    return MeetingController(clock)


@pytest.fixture
def overlay(meeting, qtbot) -> OverlayWindow:
    widget = OverlayWindow(meeting, compositing=True)
    qtbot.addWidget(widget)
    widget.show()
    return widget
