"""Signals reach the running Qt event loop and quit through the app's own path."""

from __future__ import annotations

import os
import signal

import pytest

from twoway.ui.lifecycle import SignalWatcher


@pytest.fixture
def restore_signals():
    saved = {
        name: signal.getsignal(getattr(signal, name)) for name in ("SIGTERM", "SIGINT", "SIGHUP")
    }
    yield
    signal.set_wakeup_fd(-1)
    for name, handler in saved.items():
        signal.signal(getattr(signal, name), handler)


@pytest.mark.parametrize("name", ["SIGTERM", "SIGINT", "SIGHUP"])
def test_a_quit_signal_reaches_the_app_while_qt_waits(qtbot, restore_signals, name):
    asked: list[int] = []
    watcher = SignalWatcher(lambda: asked.append(1))
    os.kill(os.getpid(), getattr(signal, name))
    qtbot.waitUntil(lambda: asked == [1], timeout=2000)
    watcher.deleteLater()
