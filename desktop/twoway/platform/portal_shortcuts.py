"""Global shortcuts through the desktop portal (org.freedesktop.portal.GlobalShortcuts):
how a Wayland program gets keys that work while another window has the focus, on
desktops that offer it (KDE Plasma, Hyprland; not GNOME 46 and older).

The desktop owns the keys: Twoway asks for its shortcuts with preferred keys, and the
desktop may ask the user to confirm or choose others. The exchange with the portal waits
on the user, so it runs on a thread of its own with its own D-Bus connection; a pressed
shortcut is handed back through `on_activated(shortcut_id)`, called on that thread.
A session is opened while Twoway needs its keys and closed after, so the keys are the
desktop's again the rest of the day.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import threading
from collections import deque
from collections.abc import Callable

log = logging.getLogger(__name__)

BUS_NAME = "org.freedesktop.portal.Desktop"
OBJECT_PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.GlobalShortcuts"
REPLY_TIMEOUT_S = 5.0
USER_TIMEOUT_S = 300.0  # the desktop may ask the user to confirm the keys


class PortalError(Exception):
    pass


def _jeepney():
    from jeepney import DBusAddress, MatchRule, new_method_call
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    return DBusAddress, MatchRule, new_method_call, message_bus, open_dbus_connection


def portal_accelerator(portable: str) -> str:
    """Qt's "Ctrl+Alt+Shift+N" in the portal's (XDG shortcut) form: "CTRL+ALT+SHIFT+n"."""
    *mods, key = portable.split("+")
    names = {"Ctrl": "CTRL", "Alt": "ALT", "Shift": "SHIFT", "Meta": "LOGO"}
    return "+".join([*(names[mod] for mod in mods), key.lower() if len(key) == 1 else key])


class PortalSession:
    """One session with the portal on one D-Bus connection (blocking calls)."""

    def __init__(self, connection) -> None:
        DBusAddress, MatchRule, new_method_call, message_bus, _ = _jeepney()
        self._rule = MatchRule
        self._call = new_method_call
        self._bus = message_bus
        self.conn = connection
        self.portal = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=INTERFACE)
        self.handle: str | None = None
        activated = MatchRule(type="signal", interface=INTERFACE, member="Activated")
        self._send(message_bus.AddMatch(activated))
        self.activations: deque = deque()
        self._filter = connection.filter(activated, queue=self.activations)
        self._filter.__enter__()

    def _send(self, message, timeout: float = REPLY_TIMEOUT_S):
        reply = self.conn.send_and_get_reply(message, timeout=timeout)
        if reply.header.message_type.name == "error":
            raise PortalError(str(reply.body[0]) if reply.body else "the portal refused")
        return reply.body

    def available(self) -> bool:
        from jeepney import DBusAddress, Properties

        try:
            props = Properties(DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=INTERFACE))
            self._send(props.get("version"))
        except (PortalError, TimeoutError, OSError):
            return False
        return True

    def _request(self, method: str, signature: str, args: tuple, token: str) -> dict:
        sender = self.conn.unique_name.lstrip(":").replace(".", "_")
        path = f"{OBJECT_PATH}/request/{sender}/{token}"
        rule = self._rule(type="signal", interface="org.freedesktop.portal.Request",
                          member="Response", path=path)  # fmt: skip
        self._send(self._bus.AddMatch(rule))
        with self.conn.filter(rule) as responses:
            self._send(self._call(self.portal, method, signature, args))
            response = self.conn.recv_until_filtered(responses, timeout=USER_TIMEOUT_S)
        code, results = response.body
        if code != 0:
            raise PortalError("declined" if code == 1 else "the portal could not do it")
        return results

    def open(self) -> None:
        token = "twoway" + secrets.token_hex(6)
        results = self._request(
            "CreateSession", "a{sv}",
            ({"handle_token": ("s", token), "session_handle_token": ("s", token)},), token,
        )  # fmt: skip
        self.handle = str(results["session_handle"][1])

    def bind(self, shortcuts: dict[str, tuple[str, str]]) -> dict[str, str]:
        """shortcut id -> (description, preferred key in Qt's text). Returns id -> the key
        the desktop gave it, in the desktop's words ("" when it gave none)."""
        token = "twoway" + secrets.token_hex(6)
        listed = [
            (ident, {"description": ("s", description),
                     "preferred_trigger": ("s", portal_accelerator(key))})
            for ident, (description, key) in shortcuts.items()
        ]  # fmt: skip
        results = self._request(
            "BindShortcuts", "oa(sa{sv})sa{sv}",
            (self.handle, listed, "", {"handle_token": ("s", token)}), token,
        )  # fmt: skip
        bound = results.get("shortcuts", ("a(sa{sv})", []))[1]
        return {
            ident: str(props.get("trigger_description", ("s", ""))[1]) for ident, props in bound
        }

    def close(self) -> None:
        if self.handle is None:
            return
        from jeepney import DBusAddress

        session = DBusAddress(self.handle, bus_name=BUS_NAME,
                              interface="org.freedesktop.portal.Session")  # fmt: skip
        try:
            self._send(self._call(session, "Close"))
        except (PortalError, TimeoutError, OSError) as exc:
            log.info("portal session not closed: %s", exc)
        self.handle = None

    def pressed(self) -> list[str]:
        """Shortcut ids activated in this session, from what arrived so far."""
        ids = []
        while self.activations:
            message = self.activations.popleft()
            session, ident = message.body[0], message.body[1]
            if session == self.handle:
                ids.append(str(ident))
        return ids


class PortalShortcuts:
    """Runs the portal on a thread: `bind(shortcuts)` opens a session and binds; `release()`
    closes it; `on_activated(id)` is called (on that thread) for each key pressed."""

    def __init__(self, on_activated: Callable[[str], None],
                 on_bound: Callable[[dict], None] | None = None) -> None:  # fmt: skip
        self.on_activated = on_activated
        self.on_bound = on_bound or (lambda _bound: None)
        self._wanted: dict | None = None
        self._changed = threading.Condition()
        self._stop = False
        self._thread: threading.Thread | None = None

    @staticmethod
    def available() -> bool:
        try:
            *_, open_dbus_connection = _jeepney()
            with open_dbus_connection(bus="SESSION") as connection:
                return PortalSession(connection).available()
        except Exception:  # no session bus, no jeepney, no portal
            return False

    def bind(self, shortcuts: dict[str, tuple[str, str]]) -> None:
        self._ask(dict(shortcuts))

    def release(self) -> None:
        self._ask({})

    def close(self) -> None:
        with self._changed:
            self._stop = True
            self._changed.notify()

    def _ask(self, wanted: dict) -> None:
        with self._changed:
            self._wanted = wanted
            self._changed.notify()
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="portal-shortcuts", daemon=True)
            self._thread.start()

    def _next_wish(self, timeout: float) -> tuple[bool, dict | None]:
        with self._changed:
            if self._wanted is None and not self._stop:
                self._changed.wait(timeout)
            wish, self._wanted = self._wanted, None
            return self._stop, wish

    def _run(self) -> None:
        *_, open_dbus_connection = _jeepney()
        try:
            connection = open_dbus_connection(bus="SESSION")
        except Exception as exc:
            log.warning("No session bus for global shortcuts: %s", exc)
            return
        session = PortalSession(connection)
        with connection:
            while True:
                stop, wish = self._next_wish(0.2 if session.handle else 3600)
                if stop:
                    session.close()
                    return
                if wish is not None:
                    session.close()
                    if wish:
                        try:
                            session.open()
                            self.on_bound(session.bind(wish))
                        except (PortalError, TimeoutError, OSError, KeyError) as exc:
                            log.warning("Global shortcuts not bound: %s", exc)
                            session.close()
                if session.handle:
                    with contextlib.suppress(TimeoutError):
                        connection.recv_messages(timeout=0.2)
                    for ident in session.pressed():
                        self.on_activated(ident)
