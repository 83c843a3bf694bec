"""The few X11 window-manager hints Qt does not set for us, through libX11.

Everything here quietly does nothing on other platforms or when libX11 is missing.
"""

from __future__ import annotations

import ctypes
import functools
import logging

from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

_CLIENT_MESSAGE = 33
_SUBSTRUCTURE_NOTIFY = 1 << 19
_SUBSTRUCTURE_REDIRECT = 1 << 20
_NET_WM_STATE_ADD = 1


class _ClientMessageData(ctypes.Union):
    _fields_ = [("l", ctypes.c_long * 5)]


class _XClientMessageEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", _ClientMessageData),
    ]


class _XEvent(ctypes.Union):
    _fields_ = [("xclient", _XClientMessageEvent), ("pad", ctypes.c_long * 24)]


def on_x11() -> bool:
    return QGuiApplication.platformName() == "xcb"


@functools.cache
def _xlib():
    try:
        lib = ctypes.CDLL("libX11.so.6")
    except OSError:
        # find_library runs external tools, so it is only the fallback.
        from ctypes import util  # slow to import, and seldom needed

        name = util.find_library("X11")
        try:
            lib = ctypes.CDLL(name) if name else None
        except OSError:
            lib = None
    if lib is None:
        log.info("libX11 not found; window-manager hints are left to Qt.")
        return None
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XInternAtom.restype = ctypes.c_ulong
    lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XGetSelectionOwner.restype = ctypes.c_ulong
    lib.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    lib.XSendEvent.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_long,
        ctypes.POINTER(_XEvent),
    ]
    lib.XFlush.argtypes = [ctypes.c_void_p]
    lib.XDefaultScreen.argtypes = [ctypes.c_void_p]
    return lib


@functools.cache
def _display():
    lib = _xlib()
    if lib is None:
        return None
    display = lib.XOpenDisplay(None)
    return display or None


def _atom(name: str) -> int:
    return _xlib().XInternAtom(_display(), name.encode(), 0)


def is_compositing() -> bool:
    """Whether a compositing manager runs, so translucency looks right."""
    if not on_x11():
        return True  # Wayland, Windows and macOS always composite.
    if _display() is None:
        return False
    lib = _xlib()
    screen = lib.XDefaultScreen(_display())
    return lib.XGetSelectionOwner(_display(), _atom(f"_NET_WM_CM_S{screen}")) != 0


def keep_out_of_taskbar(window_id: int) -> bool:
    """Ask the window manager to leave the window out of taskbars and pagers."""
    if not on_x11() or _display() is None:
        return False
    lib = _xlib()
    event = _XEvent()
    event.xclient.type = _CLIENT_MESSAGE
    event.xclient.send_event = 1
    event.xclient.window = window_id
    event.xclient.message_type = _atom("_NET_WM_STATE")
    event.xclient.format = 32
    event.xclient.data.l[0] = _NET_WM_STATE_ADD
    event.xclient.data.l[1] = _atom("_NET_WM_STATE_SKIP_TASKBAR")
    event.xclient.data.l[2] = _atom("_NET_WM_STATE_SKIP_PAGER")
    event.xclient.data.l[3] = 1  # source: a normal application
    root = lib.XDefaultRootWindow(_display())
    lib.XSendEvent(
        _display(), root, 0, _SUBSTRUCTURE_REDIRECT | _SUBSTRUCTURE_NOTIFY, ctypes.byref(event)
    )
    lib.XFlush(_display())
    return True


def on_wayland() -> bool:
    """Native Wayland, where the compositor alone places, moves and stacks windows."""
    return QGuiApplication.platformName() == "wayland"


def always_on_top_supported() -> bool:
    """Wayland compositors may ignore "stay on top" for ordinary clients."""
    return not on_wayland()
