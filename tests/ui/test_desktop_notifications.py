"""Notices reach a real desktop notification service over a private D-Bus session bus."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading

import pytest
from jeepney import DBusAddress, MessageType, new_method_call, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

from twoway.ui.notices import FreedesktopNotifier, Notice, Notices

NAME = "org.freedesktop.Notifications"


@pytest.fixture
def session_bus(tmp_path, monkeypatch):
    """A private session bus of the test's own, started and stopped by its PID."""
    daemon = shutil.which("dbus-daemon")
    assert daemon, "run packaging/setup-env --test (dbus-daemon is missing)"
    socket = tmp_path / "bus"
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--nopidfile", f"--address=unix:path={socket}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    address = f"unix:path={socket}"
    try:
        for _ in range(100):
            if socket.exists():
                break
            assert process.poll() is None, "dbus-daemon exited"
            threading.Event().wait(0.05)
        assert socket.exists(), "the private bus did not start"
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address
    finally:
        process.terminate()
        process.wait(timeout=10)


class NotificationServer(threading.Thread):
    """Stands in for the desktop's notification daemon: answers Notify, keeps what it got."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.received: list[tuple] = []
        self.signatures: list[str] = []
        self.ready = threading.Event()
        self.stop = False

    def run(self) -> None:
        with open_dbus_connection(bus="SESSION") as connection:
            connection.send_and_get_reply(message_bus.RequestName(NAME))
            self.ready.set()
            while not self.stop:
                try:
                    message = connection.receive(timeout=0.2)
                except TimeoutError:
                    continue
                header = message.header
                if header.message_type is not MessageType.method_call:
                    continue
                self.signatures.append(header.fields.get(8, ""))  # 8: the body's signature
                self.received.append(message.body)
                connection.send(new_method_return(message, "u", (len(self.received),)))


def test_a_notice_after_the_call_goes_to_the_desktop_service(session_bus, qapp):
    server = NotificationServer()
    server.start()
    assert server.ready.wait(5)
    try:
        in_call = [True]
        notices = Notices(FreedesktopNotifier("Twoway", "org.twoway.Twoway"), lambda: in_call[0])
        balloons = []
        notices.tray_balloon = balloons.append
        notices.say("A follow-up is due", "• Thank Ravi")
        assert server.received == [], "nothing is said during the call"
        in_call[0] = False
        notices.release()
        assert server.signatures == ["susssasa{sv}i"]
        app, replaces, _icon, title, body, _actions, _hints, timeout = server.received[0]
        assert (app, title, body) == ("Twoway", "A follow-up is due", "• Thank Ravi")
        assert replaces == 0 and timeout > 0
        assert balloons == [], "the desktop said it: no second bubble from the tray"
    finally:
        server.stop = True
        server.join(5)


def test_without_a_service_on_the_bus_the_notice_falls_back(session_bus, qapp):
    sent = FreedesktopNotifier("Twoway").send(Notice("Twoway", "Your desktop has no tray."))
    assert sent is False
    # And the bus is really there: a plain call to it works.
    with open_dbus_connection(bus="SESSION") as connection:
        reply = connection.send_and_get_reply(
            new_method_call(
                DBusAddress(
                    "/org/freedesktop/DBus",
                    bus_name="org.freedesktop.DBus",
                    interface="org.freedesktop.DBus",
                ),
                "ListNames",
            )
        )
    assert "org.freedesktop.DBus" in reply.body[0]
    assert os.environ["DBUS_SESSION_BUS_ADDRESS"] == session_bus
