"""The running app's side of remote control: it listens on the local socket that
`twoway.remote` talks to, and maps each command to what the app does.

Apart from `instance.py` because QtNetwork is loaded only once the overlay has painted:
a command sent meanwhile waits for the app to listen (see `remote.request`).
"""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from twoway import remote
from twoway.core.workflow.today import debrief_to_open
from twoway.ui.i18n import filled

log = logging.getLogger(__name__)

CLIENT_TIMEOUT_MS = 5_000


class RequestServer(QObject):
    """Answers one JSON request per connection with one JSON reply."""

    def __init__(self, names: list[str], handler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names = names
        self.handler = handler  # request dict -> reply dict
        self.error_text = ""
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Listen on the first name that works (see `remote.server_names`)."""
        for name in self.names:
            # We hold the lock, so a socket already there was left by a crash.
            QLocalServer.removeServer(name)
            if self._server.listen(name):
                return True
            self.error_text = self._server.errorString()
            log.info("Cannot listen on %s: %s", name, self.error_text)
        return False

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            self._buffers[connection] = b""
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(lambda c=connection: self._forget(c))
            # A client that never finishes its request does not keep a connection open.
            QTimer.singleShot(CLIENT_TIMEOUT_MS, connection, connection.abort)
            if connection.bytesAvailable():
                self._read(connection)

    def _forget(self, connection: QLocalSocket) -> None:
        self._buffers.pop(connection, None)
        connection.deleteLater()

    def _read(self, connection: QLocalSocket) -> None:
        if connection not in self._buffers:
            return
        data = self._buffers[connection] + bytes(connection.readAll().data())
        if b"\n" not in data:
            if len(data) > remote.MAX_MESSAGE_BYTES:
                self._forget(connection)
                connection.abort()
            else:
                self._buffers[connection] = data
            return
        del self._buffers[connection]  # one request per connection
        line = data.split(b"\n", 1)[0]
        try:
            message = json.loads(line)
            if not isinstance(message, dict):
                raise ValueError("not an object")
        except ValueError:
            reply = {"ok": False, "error": "The request was not readable."}
        else:
            reply = self._handle(message)
        connection.write((json.dumps(reply, ensure_ascii=False) + "\n").encode())
        connection.flush()
        connection.disconnectFromServer()

    def _handle(self, message: dict) -> dict:
        try:
            return self.handler(message)
        except Exception:  # a bug in one command must not take the app down
            log.exception("Remote command %r failed", message.get("command"))
            return {"ok": False, "error": "Twoway could not do that; see its log for why."}


def call_status(calls) -> dict:
    """`"call"`: the call Twoway noticed, or null; `"screen_shared"`: true, false, or null
    when this desktop cannot tell (or calls are not watched)."""
    if calls is None:
        return {"call": None, "screen_shared": None, "offer": None}
    return {
        "call": calls.status(),
        "screen_shared": calls.detector.screen_shared,
        "offer": calls.card.offering or None,  # "start" or "end" while the card asks
    }


class RemoteControl(QObject):
    """Maps each remote command to what the app does, and says why when it cannot."""

    def __init__(self, context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        meeting = context.meeting
        self._actions = {
            "start": self._start,
            "pause": self._meeting_op(meeting.pause, self.tr("The meeting is already paused.")),
            "resume": self._meeting_op(meeting.resume, self.tr("The meeting is not paused.")),
            "toggle": self._meeting_op(meeting.toggle_pause, ""),
            "next": self._meeting_op(
                meeting.next_phase,
                self.tr("This is the last phase. `twoway end` ends the meeting."),
            ),
            "prev": self._meeting_op(meeting.previous_phase, self.tr("This is the first phase.")),
            "extend": self._meeting_op(meeting.extend, ""),
            "swap": self._meeting_op(
                meeting.swap,
                self.tr("Who goes first can no longer be swapped in this meeting."),
            ),
            "end": self._meeting_op(meeting.end, ""),
            "debrief": self._debrief,
            "show": self._show,
            "hide": self._hide,
            "click-through": self._click_through,
            "status": lambda _message: "",
            "quit": self._quit,
        }

    def handle(self, message: dict) -> dict:
        command = message.get("command")
        action = self._actions.get(command)
        if action is None:
            problem = filled(self.tr("Twoway does not know the command “%1”."), str(command))
            return {"ok": False, "error": problem}
        problem = action(message)
        if problem:
            return {"ok": False, "error": problem}
        return {"ok": True, "status": self.status()}

    def status(self) -> dict:
        """The meeting's state, and the overlay's, so a stream deck can light its buttons."""
        overlay = self.context.overlay
        return {
            **self.context.meeting.status(),
            "overlay_visible": overlay.isVisible(),
            "click_through": overlay.click_through,
            **call_status(self.context.calls),
            **(self.context.hotkeys.status() if self.context.hotkeys else {"hotkeys": None}),
        }

    def _meeting_op(self, operation, refusal: str):
        def run(_message: dict) -> str:
            if not self.context.meeting.active:
                return self.tr("No meeting is running.")
            if operation():
                return ""
            return refusal or self._not_now()

        return run

    def _start(self, message: dict) -> str:
        calls = self.context.calls
        plain = not message.get("format") and not message.get("contact")
        if plain and calls is not None and calls.offering_start:
            # A shortcut's `twoway start` answers the offer: the planned meeting starts.
            calls.start_offered()
            return ""
        return self.context.meetings.start_by_name(message.get("format"), message.get("contact"))

    def _debrief(self, _message: dict) -> str:
        # During a meeting nothing but the overlay shows: its debrief comes once it ended.
        if self.context.meeting.active:
            return self._not_now()
        ended = self.context.overlay.ended_meeting_id
        if not ended:
            records = self.context.records
            if records.loading:
                return self._not_now()
            if debrief_to_open(records.open().meetings.values(), self.context.clock.wall()) is None:
                # The main window's own words (its context is the empty one).
                return QCoreApplication.translate("", "No meeting has been run yet.")
        self.context.open_debrief(ended)
        return ""

    def _not_now(self) -> str:
        return self.tr("That cannot be done at this point of the meeting.")

    def _show(self, message: dict) -> str:
        self.context.placement.show()
        if message.get("window"):
            self.context.show_main_window()
        return ""

    def _hide(self, _message: dict) -> str:
        self.context.placement.hide()
        return ""

    def _click_through(self, message: dict) -> str:
        mode = message.get("mode")
        if mode not in ("on", "off"):
            return self.tr("Say “on” or “off”.")
        self.context.overlay.set_click_through(mode == "on")
        return ""

    def _quit(self, _message: dict) -> str:
        # After the reply has gone out; a running meeting is ended and kept for its debrief.
        QTimer.singleShot(0, self.context.request_quit)
        return ""
