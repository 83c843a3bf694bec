"""Notices: what Twoway has to tell the user, said at a moment that does not hurt the call.

While a meeting runs, and while the "meeting ended" card is up, notices wait. Then they
go, in this order of preference, through the desktop's own notification service
(org.freedesktop.Notifications on the session bus, where the desktop has one), the tray
icon's balloon, or the main window, the next time the user opens it. Nothing here ever
opens a window by itself.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject

from twoway import APP_ID
from twoway.core.marks import fill

log = logging.getLogger(__name__)

NOTIFY_TIMEOUT_MS = 10_000


@dataclass(frozen=True)
class Notice:
    title: str
    text: str


class DesktopNotifier(Protocol):
    def send(self, notice: Notice) -> bool:
        """Hand the notice to the desktop; False where nobody took it."""
        ...


class FreedesktopNotifier:
    """org.freedesktop.Notifications over the session bus (GNOME, KDE, most Linux desktops)."""

    def __init__(self, app_name: str, icon: str = "") -> None:
        self.app_name = app_name
        self.icon = icon

    def send(self, notice: Notice) -> bool:
        if not sys.platform.startswith("linux"):
            return False
        try:
            from jeepney import DBusAddress, new_method_call
            from jeepney.io.blocking import open_dbus_connection
        except ImportError:
            return False
        address = DBusAddress(
            "/org/freedesktop/Notifications",
            bus_name="org.freedesktop.Notifications",
            interface="org.freedesktop.Notifications",
        )
        call = new_method_call(
            address,
            "Notify",
            "susssasa{sv}i",
            (self.app_name, 0, self.icon, notice.title, notice.text, [], {}, NOTIFY_TIMEOUT_MS),
        )
        try:
            with open_dbus_connection(bus="SESSION") as connection:
                reply = connection.send_and_get_reply(call, timeout=2)
        except Exception as exc:  # no session bus, no service, a slow one: fall back
            log.info("desktop notification not sent: %s", exc)
            return False
        return reply.header.message_type.name == "method_return"


class Notices(QObject):
    """Holds notices while the call needs the screen; hands them on afterwards."""

    def __init__(
        self,
        desktop: DesktopNotifier | None,
        must_wait: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.desktop = desktop
        self.must_wait = must_wait  # while it says so (a call, start-up), notices are held
        self.tray_balloon: Callable[[Notice], None] | None = None  # set once a tray exists
        self.held: list[Notice] = []  # waiting for the call to end
        self.for_window: list[Notice] = []  # nobody else could say them: the main window will

    def say(self, title: str, text: str) -> None:
        notice = Notice(title, text)
        if self.must_wait():
            self.held.append(notice)
        else:
            self._deliver(notice)

    def release(self) -> None:
        """The call is over: say what waited."""
        if self.must_wait():
            return
        held, self.held = self.held, []
        for notice in held:
            self._deliver(notice)

    def _deliver(self, notice: Notice) -> None:
        if self.desktop is not None and self.desktop.send(notice):
            return
        if self.tray_balloon is not None:
            self.tray_balloon(notice)
            return
        self.for_window.append(notice)

    def take_for_window(self) -> list[Notice]:
        taken, self.for_window = self.for_window, []
        return taken


# --- notes about the desktop, given once (AppContext._notice_once) ----------------------


def no_on_top_text() -> str:
    said = QCoreApplication.translate(
        "AppContext",
        "Twoway runs natively on Wayland here, where the desktop alone decides which "
        "windows stay on top, so the timer may slip behind your call. To pin it: on GNOME, "
        "hold the Super key, right-click the timer and choose “Always on Top”; on "
        "KDE Plasma, add a window rule for the window class “%1” that forces “Keep "
        'above other windows”; on sway, add “for_window [app_id="%1"] floating '
        "enable, sticky enable” to your configuration. Or turn off the setting "
        "overlay.native_wayland to run Twoway through XWayland, which keeps the "
        "timer on top by itself.",
    )
    return fill(said, (APP_ID,))


def no_tray_text() -> str:
    return QCoreApplication.translate(
        "AppContext",
        "Your desktop has no system tray, so Twoway cannot put an icon there. Its "
        "window is its home instead, and closing the main window quits Twoway. To "
        "bring a hidden Twoway back, open it again from your applications or run "
        "`twoway show`.",
    )


def unsaved_copies_text(folder) -> str:
    said = QCoreApplication.translate(
        "AppContext",
        "When Twoway last quit, it could not save some changes in your data folder. "
        "They are kept in %1, each file where it belongs in the data folder: copy them "
        "back once the folder can be written again.",
    )
    return fill(said, (str(folder),))
