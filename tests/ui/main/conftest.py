"""The main window on a real store in a private data folder, with a fake clock.

The overlay and the meeting controller are the app's own; only the chime's sound
output is replaced, by one that counts what it was asked to play.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication

from twoway.core.clock import FakeClock
from twoway.core.store import Store
from twoway.paths import DataPaths
from twoway.ui.context import AppContext
from twoway.ui.main import MainWindow, common
from twoway.ui.main.hub import SAVE_DELAY_MS

START = datetime(2026, 3, 10, 8, 40, tzinfo=UTC)


class RecordingSound:
    def __init__(self) -> None:
        self.played: list[float] = []

    def play(self, volume: float) -> bool:
        self.played.append(volume)
        return True


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(start=START)


@pytest.fixture
def paths(data_dir) -> DataPaths:
    return DataPaths(data_dir)


@pytest.fixture
def store(paths, clock) -> Store:
    return Store.open(paths, clock, cache_file=None)


@pytest.fixture
def context(qtbot, paths, clock, store):
    ctx = AppContext.build(QApplication.instance(), paths, clock)
    ctx.records.store = store
    ctx.chime.output = RecordingSound()
    yield ctx
    qtbot.wait(150)  # the overlay's window-manager hint fires 100 ms after it shows
    if ctx.meeting.active:
        ctx.meeting.end()
    ctx.overlay.close()
    ctx.overlay.deleteLater()


@pytest.fixture
def window(qtbot, context):
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.hub.save_now()


@pytest.fixture(autouse=True)
def no_unexpected_questions(monkeypatch):
    """A question no test answers would wait forever offscreen: it fails the test instead."""

    def unexpected(parent, title, label) -> str:
        raise AssertionError(f"asked without an answer: {label}")

    monkeypatch.setattr(common, "ask_text", unexpected)


@pytest.fixture
def answer(monkeypatch):
    """Answers the next confirmation questions; records what was asked."""
    asked: list[str] = []
    replies: list[bool] = []

    def fake(parent, title, text, details, action) -> bool:
        asked.append(text)
        return replies.pop(0) if replies else True

    monkeypatch.setattr(common, "confirm", fake)

    class Answer:
        questions = asked

        def will(self, *values: bool) -> None:
            replies.extend(values)

    return Answer()


@pytest.fixture
def wait_saved(qtbot, store):
    """Waits for the debounced save to reach the disk, the way the window would."""

    def wait() -> None:
        qtbot.waitUntil(lambda: store.pending() == 0, timeout=SAVE_DELAY_MS * 4)

    return wait
