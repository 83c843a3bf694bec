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


@pytest.fixture
def build_context(qtbot, data_dir):
    """Builds the running app's AppContext on a data folder (the test's own by default),
    as start-up does, with its overlay closed after the test."""
    from PySide6.QtWidgets import QApplication

    from twoway.paths import DataPaths
    from twoway.ui.context import AppContext

    def build(paths: DataPaths | None = None, clock: FakeClock | None = None) -> AppContext:
        context = AppContext.build(
            QApplication.instance(), paths or DataPaths(data_dir), clock or FakeClock()
        )
        qtbot.addWidget(context.overlay)
        return context

    return build
