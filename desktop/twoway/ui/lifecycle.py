"""Quitting cleanly whatever asks for it: SIGTERM, Ctrl+C, the end of the desktop session.

Python runs its signal handlers only when the interpreter gets control, which it does not
while Qt waits for events. So the handler's wake-up byte goes to a socket pair that Qt
watches: the notifier wakes the event loop, and the Python handler runs right after.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)

QUIT_SIGNALS = ("SIGTERM", "SIGINT", "SIGHUP")


class SignalWatcher(QObject):
    def __init__(self, on_quit_signal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read_end, self._write_end = socket.socketpair()
        self._read_end.setblocking(False)
        self._write_end.setblocking(False)
        signal.set_wakeup_fd(self._write_end.fileno(), warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(self._read_end.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        for name in QUIT_SIGNALS:
            number = getattr(signal, name, None)
            if number is not None:
                signal.signal(number, lambda *_: on_quit_signal())

    def _drain(self) -> None:
        # Reading is all that is needed: the Python-level handler has run by now.
        with contextlib.suppress(OSError):
            self._read_end.recv(512)


def install_quit_handlers(context) -> SignalWatcher:
    """Signals and session end quit through the context. The watcher lives with the app."""
    app = context.app
    # The session is ending: save now, since the session manager may not wait for quit.
    app.commitDataRequest.connect(lambda _manager: context.flush())
    app.aboutToQuit.connect(context.shutdown)
    return SignalWatcher(context.request_quit, parent=app)
