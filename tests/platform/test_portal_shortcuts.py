"""Global shortcuts through the desktop portal, against a stand-in portal on a private
D-Bus session bus (no desktop here offers the real one): the session is opened, the
keys are bound with Twoway's preferred keys, a pressed key arrives, and after release
the session is closed and the key no longer reaches Twoway."""

from __future__ import annotations

import shutil
import subprocess
import threading
import time

import pytest
from jeepney import DBusAddress, HeaderFields, MessageType, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

from twoway.platform import portal_shortcuts as portal


def wait_until(check, timeout_s=5.0):
    give_up = time.monotonic() + timeout_s
    while time.monotonic() < give_up:
        if check():
            return True
        time.sleep(0.05)
    return check()


class FakePortal(threading.Thread):
    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.conn = open_dbus_connection(bus="SESSION")
        self.conn.send_and_get_reply(message_bus.RequestName(portal.BUS_NAME))
        self.sessions: list[str] = []
        self.closed: list[str] = []
        self.bound: list = []
        self.to_press: list[str] = []
        self.stop = False

    def respond(self, path: str, results: dict) -> None:
        request = DBusAddress(path, interface="org.freedesktop.portal.Request")
        self.conn.send(new_signal(request, "Response", "ua{sv}", (0, results)))

    def run(self) -> None:
        while not self.stop:
            while self.to_press and self.sessions:
                ident = self.to_press.pop(0)
                emitter = DBusAddress(portal.OBJECT_PATH, interface=portal.INTERFACE)
                self.conn.send(new_signal(emitter, "Activated", "osta{sv}",
                                          (self.sessions[-1], ident, 0, {})))  # fmt: skip
            try:
                msg = self.conn.receive(timeout=0.05)
            except TimeoutError:
                continue
            if msg.header.message_type is not MessageType.method_call:
                continue
            member = msg.header.fields[HeaderFields.member]
            sender = msg.header.fields[HeaderFields.sender].lstrip(":").replace(".", "_")
            if member == "Get":
                self.conn.send(new_method_return(msg, "v", (("u", 1),)))
            elif member == "CreateSession":
                token = msg.body[0]["handle_token"][1]
                request = f"{portal.OBJECT_PATH}/request/{sender}/{token}"
                session = f"{portal.OBJECT_PATH}/session/{sender}/{token}"
                self.conn.send(new_method_return(msg, "o", (request,)))
                self.sessions.append(session)
                self.respond(request, {"session_handle": ("s", session)})
            elif member == "BindShortcuts":
                _, listed, _, options = msg.body
                request = f"{portal.OBJECT_PATH}/request/{sender}/{options['handle_token'][1]}"
                self.conn.send(new_method_return(msg, "o", (request,)))
                self.bound.append(listed)
                given = [(ident, {"trigger_description": ("s", props["preferred_trigger"][1])})
                         for ident, props in listed]  # fmt: skip
                self.respond(request, {"shortcuts": ("a(sa{sv})", given)})
            elif member == "Close":
                self.closed.append(msg.header.fields[HeaderFields.path])
                self.conn.send(new_method_return(msg))


@pytest.fixture
def session_bus(monkeypatch):
    assert shutil.which("dbus-daemon"), "install dbus (dbus-daemon)"
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", daemon.stdout.readline().strip())
    yield
    daemon.terminate()
    daemon.wait(timeout=5)
    daemon.stdout.close()


@pytest.fixture
def fake_portal(session_bus):
    fake = FakePortal()
    fake.start()
    yield fake
    fake.stop = True
    fake.join(timeout=5)
    fake.conn.close()


def test_preferred_keys_in_the_portals_words():
    assert portal.portal_accelerator("Ctrl+Alt+Shift+N") == "CTRL+ALT+SHIFT+n"
    assert portal.portal_accelerator("Meta+F9") == "LOGO+F9"


def test_no_portal_on_the_bus_is_no_portal(session_bus):
    assert portal.PortalShortcuts.available() is False


def test_keys_are_bound_pressed_and_given_back(fake_portal):
    assert portal.PortalShortcuts.available() is True
    pressed: list[str] = []
    bound: list[dict] = []
    shortcuts = portal.PortalShortcuts(pressed.append, bound.append)
    try:
        shortcuts.bind({"next": ("next phase", "Ctrl+Alt+Shift+N"),
                        "end": ("end the meeting", "Ctrl+Alt+Shift+E")})  # fmt: skip
        assert wait_until(lambda: bound), "the keys were not bound"
        assert bound[0] == {"next": "CTRL+ALT+SHIFT+n", "end": "CTRL+ALT+SHIFT+e"}
        descriptions = {ident: props["description"][1] for ident, props in fake_portal.bound[0]}
        assert descriptions == {"next": "next phase", "end": "end the meeting"}

        fake_portal.to_press.append("next")
        assert wait_until(lambda: pressed == ["next"])

        shortcuts.release()
        assert wait_until(lambda: fake_portal.closed == [fake_portal.sessions[0]])
        fake_portal.to_press.append("end")
        time.sleep(0.6)
        assert pressed == ["next"], "after release the keys no longer reach Twoway"
    finally:
        shortcuts.close()


def test_the_app_steers_the_meeting_with_the_portals_keys(fake_portal, qtbot, data_dir):
    from PySide6.QtWidgets import QApplication

    from twoway.core.clock import FakeClock
    from twoway.paths import DataPaths
    from twoway.ui.context import AppContext
    from twoway.ui.hotkeys import Hotkeys, PortalHotkeys

    context = AppContext.build(QApplication.instance(), DataPaths(data_dir), FakeClock())
    hotkeys = Hotkeys(context, None)
    context.hotkeys = hotkeys
    try:
        context.meetings.start_by_name(None, "Maya Okafor")  # before the portal is found
        hotkeys.look_for_portal()
        qtbot.waitUntil(lambda: isinstance(hotkeys.backend, PortalHotkeys), timeout=5000)
        qtbot.waitUntil(lambda: bool(fake_portal.bound), timeout=5000)
        assert {ident for ident, _ in fake_portal.bound[0]} == {"start", "toggle", "next",
                                                                "extend", "end"}  # fmt: skip
        assert hotkeys.status()["hotkeys"]["via"] == "portal"
        fake_portal.to_press.append("next")
        qtbot.waitUntil(lambda: context.meeting.session.index == 1, timeout=5000)
        fake_portal.to_press.append("end")
        qtbot.waitUntil(lambda: not context.meeting.active, timeout=5000)
        qtbot.waitUntil(lambda: bool(fake_portal.closed), timeout=5000)
    finally:
        hotkeys.close()
        context.overlay.close_end_card()
        context.overlay.close()
