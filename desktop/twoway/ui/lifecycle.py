"""Quitting cleanly whatever asks for it: SIGTERM, Ctrl+C, the end of the desktop session.

Python runs its signal handlers only when the interpreter gets control, which it does not
while Qt waits for events. So each signal's number is written to a socket pair that Qt
watches (Python's wake-up fd), and the quit happens from the event loop. The Python-level
handler does nothing on purpose: it can also run while Qt is being torn down (when the X
server goes away, Qt ends the process itself), and touching Qt then would crash.
"""

from __future__ import annotations

import logging
import signal
import socket
import weakref

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)

QUIT_SIGNALS = ("SIGTERM", "SIGINT", "SIGHUP")


def _close_pair(read_end: socket.socket, write_end: socket.socket) -> None:
    previous = signal.set_wakeup_fd(-1)
    if previous != write_end.fileno():
        signal.set_wakeup_fd(previous)  # not ours: leave it as it was
    read_end.close()
    write_end.close()


def _ignore(_number, _frame) -> None:
    """Replaces the default action (dying on the spot); the event loop does the rest."""


class SignalWatcher(QObject):
    def __init__(self, on_quit_signal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_quit_signal = on_quit_signal
        self._read_end, self._write_end = socket.socketpair()
        self._read_end.setblocking(False)
        self._write_end.setblocking(False)
        # Close the pair when this watcher goes, however it goes.
        weakref.finalize(self, _close_pair, self._read_end, self._write_end)
        self._numbers = set()
        for name in QUIT_SIGNALS:
            number = getattr(signal, name, None)
            if number is not None:
                self._numbers.add(int(number))
                signal.signal(number, _ignore)
        signal.set_wakeup_fd(self._write_end.fileno(), warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(self._read_end.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        try:
            received = self._read_end.recv(512)
        except OSError:
            return
        if self._numbers.intersection(received):
            log.info("Asked to quit by a signal.")
            self._on_quit_signal()


def install_quit_handlers(context) -> SignalWatcher:
    """Signals and session end quit through the context. The watcher lives with the app."""
    app = context.app
    # The session is ending: save now, since the session manager may not wait for quit.
    app.commitDataRequest.connect(lambda _manager: context.flush())
    app.aboutToQuit.connect(context.shutdown)
    return SignalWatcher(context.request_quit, parent=app)
