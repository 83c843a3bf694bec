"""A small binding to libxcb through ctypes: Twoway's own connection to the X server
(X11, or XWayland under a Wayland session), for what Qt does not offer: other programs'
windows (titles, place), and keys grabbed for the whole desktop.

xcb rather than Xlib because an X error (a window that closed a moment ago, a key
another program holds) comes back as a value to look at, never as a handler that ends
the process. Each user opens its own connection; nothing here is shared or global.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import logging
import os
from dataclasses import dataclass

log = logging.getLogger(__name__)

PROPERTY_CHANGE_MASK = 0x400000
STRUCTURE_NOTIFY_MASK = 0x20000
_CW_EVENT_MASK = 0x800
KEY_PRESS = 2
PROPERTY_NOTIFY = 28
BAD_ACCESS = 10
_GRAB_MODE_ASYNC = 1


class _Cookie(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_uint)]


class _ScreenIterator(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("rem", ctypes.c_int), ("index", ctypes.c_int)]


def _load(name: str, short: str):
    try:
        return ctypes.CDLL(name)
    except OSError:
        found = ctypes.util.find_library(short)
        try:
            return ctypes.CDLL(found) if found else None
        except OSError:
            return None


@functools.cache
def _lib():
    lib = _load("libxcb.so.1", "xcb")
    if lib is None:
        return None
    vp, u32, u16, u8 = ctypes.c_void_p, ctypes.c_uint32, ctypes.c_uint16, ctypes.c_uint8
    err = ctypes.POINTER(ctypes.c_void_p)
    signatures = {
        "xcb_connect": (vp, [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]),
        "xcb_connection_has_error": (ctypes.c_int, [vp]),
        "xcb_disconnect": (None, [vp]),
        "xcb_get_setup": (vp, [vp]),
        "xcb_setup_roots_iterator": (_ScreenIterator, [vp]),
        "xcb_get_file_descriptor": (ctypes.c_int, [vp]),
        "xcb_flush": (ctypes.c_int, [vp]),
        "xcb_intern_atom": (_Cookie, [vp, u8, u16, ctypes.c_char_p]),
        "xcb_intern_atom_reply": (vp, [vp, _Cookie, err]),
        "xcb_get_property": (_Cookie, [vp, u8, u32, u32, u32, u32, u32]),
        "xcb_get_property_reply": (vp, [vp, _Cookie, err]),
        "xcb_get_property_value": (vp, [vp]),
        "xcb_get_property_value_length": (ctypes.c_int, [vp]),
        "xcb_get_geometry": (_Cookie, [vp, u32]),
        "xcb_get_geometry_reply": (vp, [vp, _Cookie, err]),
        "xcb_translate_coordinates": (_Cookie, [vp, u32, u32, ctypes.c_int16, ctypes.c_int16]),
        "xcb_translate_coordinates_reply": (vp, [vp, _Cookie, err]),
        "xcb_change_window_attributes": (_Cookie, [vp, u32, u32, ctypes.POINTER(u32)]),
        "xcb_grab_key_checked": (_Cookie, [vp, u8, u32, u16, u8, u8, u8]),
        "xcb_ungrab_key": (_Cookie, [vp, u8, u32, u16]),
        "xcb_request_check": (vp, [vp, _Cookie]),
        "xcb_poll_for_event": (vp, [vp]),
    }
    for name, (restype, argtypes) in signatures.items():
        function = getattr(lib, name)
        function.restype = restype
        function.argtypes = argtypes
    return lib


@functools.cache
def _libc():
    libc = ctypes.CDLL(None)
    libc.free.argtypes = [ctypes.c_void_p]
    return libc


@functools.cache
def _keysyms_lib():
    lib = _load("libxcb-keysyms.so.1", "xcb-keysyms")
    if lib is not None:
        lib.xcb_key_symbols_alloc.restype = ctypes.c_void_p
        lib.xcb_key_symbols_alloc.argtypes = [ctypes.c_void_p]
        lib.xcb_key_symbols_get_keycode.restype = ctypes.POINTER(ctypes.c_uint8)
        lib.xcb_key_symbols_get_keycode.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
        lib.xcb_key_symbols_free.argtypes = [ctypes.c_void_p]
    return lib


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    width: int
    height: int


class Connection:
    """One connection to the X server named by DISPLAY. `Connection.open()` returns None
    where there is no X server or no libxcb."""

    def __init__(self, lib, handle: int) -> None:
        self._lib = lib
        self._c = handle
        screen = lib.xcb_setup_roots_iterator(lib.xcb_get_setup(handle))
        self.root = ctypes.c_uint32.from_address(screen.data).value  # xcb_screen_t.root
        self._atoms: dict[str, int] = {}
        self._keysyms = None

    @classmethod
    def open(cls, display: str | None = None) -> Connection | None:
        display = display or os.environ.get("DISPLAY")
        lib = _lib()
        if not display or lib is None:
            return None
        handle = lib.xcb_connect(display.encode(), None)
        if not handle or lib.xcb_connection_has_error(handle):
            if handle:
                lib.xcb_disconnect(handle)
            return None
        return cls(lib, handle)

    def close(self) -> None:
        if self._c:
            if self._keysyms:
                _keysyms_lib().xcb_key_symbols_free(self._keysyms)
            self._lib.xcb_disconnect(self._c)
            self._c = None

    def fileno(self) -> int:
        return self._lib.xcb_get_file_descriptor(self._c)

    def flush(self) -> None:
        self._lib.xcb_flush(self._c)

    def _reply(self, function, cookie) -> int | None:
        error = ctypes.c_void_p()
        reply = function(self._c, cookie, ctypes.byref(error))
        if error.value:
            _libc().free(error.value)
        return reply or None

    def atom(self, name: str) -> int:
        if name not in self._atoms:
            raw = name.encode()
            cookie = self._lib.xcb_intern_atom(self._c, 0, len(raw), raw)
            reply = self._reply(self._lib.xcb_intern_atom_reply, cookie)
            if reply is None:
                return 0
            self._atoms[name] = ctypes.c_uint32.from_address(reply + 8).value
            _libc().free(reply)
        return self._atoms[name]

    def property(self, window: int, name: str, max_bytes: int = 4096) -> tuple[bytes, int]:
        """A window property's bytes and format (8, 16, 32); (b"", 0) when it has none."""
        cookie = self._lib.xcb_get_property(
            self._c, 0, window, self.atom(name), 0, 0, max_bytes // 4
        )
        reply = self._reply(self._lib.xcb_get_property_reply, cookie)
        if reply is None:
            return b"", 0
        try:
            fmt = ctypes.c_uint8.from_address(reply + 1).value
            count = self._lib.xcb_get_property_value_length(reply)
            value = self._lib.xcb_get_property_value(reply)
            return ctypes.string_at(value, count) if count > 0 else b"", fmt
        finally:
            _libc().free(reply)

    def window_list(self) -> list[int]:
        raw, fmt = self.property(self.root, "_NET_CLIENT_LIST", 64 * 1024)
        if fmt != 32:
            return []
        return list((ctypes.c_uint32 * (len(raw) // 4)).from_buffer_copy(raw))

    def title(self, window: int) -> str:
        raw, _ = self.property(window, "_NET_WM_NAME")
        if not raw:
            raw, _ = self.property(window, "WM_NAME")
        return raw.decode("utf-8", errors="replace")

    def wm_class(self, window: int) -> str:
        raw, _ = self.property(window, "WM_CLASS")
        return " ".join(part.decode(errors="replace") for part in raw.split(b"\0") if part)

    def geometry(self, window: int) -> Rect | None:
        """Where the window's content is on the screen, or None when it is gone."""
        reply = self._reply(
            self._lib.xcb_get_geometry_reply, self._lib.xcb_get_geometry(self._c, window)
        )
        if reply is None:
            return None
        width = ctypes.c_uint16.from_address(reply + 16).value
        height = ctypes.c_uint16.from_address(reply + 18).value
        _libc().free(reply)
        cookie = self._lib.xcb_translate_coordinates(self._c, window, self.root, 0, 0)
        reply = self._reply(self._lib.xcb_translate_coordinates_reply, cookie)
        if reply is None:
            return None
        x = ctypes.c_int16.from_address(reply + 12).value
        y = ctypes.c_int16.from_address(reply + 14).value
        _libc().free(reply)
        return Rect(x, y, width, height)

    def watch(self, window: int, mask: int = PROPERTY_CHANGE_MASK) -> None:
        """Be told (as events) when the window's properties change."""
        value = ctypes.c_uint32(mask)
        self._lib.xcb_change_window_attributes(self._c, window, _CW_EVENT_MASK, value)

    def events(self) -> list[tuple[int, bytes]]:
        """Every event waiting, as (type, its 32 bytes); never blocks."""
        found = []
        while True:
            event = self._lib.xcb_poll_for_event(self._c)
            if not event:
                return found
            raw = ctypes.string_at(event, 32)
            _libc().free(event)
            found.append((raw[0] & 0x7F, raw))

    def keycode(self, keysym: int) -> int:
        """The key that types this keysym on the current layout; 0 when none does."""
        lib = _keysyms_lib()
        if lib is None:
            return 0
        if self._keysyms is None:
            self._keysyms = lib.xcb_key_symbols_alloc(self._c)
        codes = lib.xcb_key_symbols_get_keycode(self._keysyms, keysym)
        if not codes:
            return 0
        code = codes[0]
        _libc().free(ctypes.cast(codes, ctypes.c_void_p))
        return code

    def grab_key(self, keycode: int, modifiers: int) -> int:
        """Grab a key on the whole screen. 0 when grabbed; else the X error code
        (BAD_ACCESS: another program holds it)."""
        cookie = self._lib.xcb_grab_key_checked(
            self._c, 1, self.root, modifiers, keycode, _GRAB_MODE_ASYNC, _GRAB_MODE_ASYNC
        )
        error = self._lib.xcb_request_check(self._c, cookie)
        if not error:
            return 0
        code = ctypes.c_uint8.from_address(error + 1).value
        _libc().free(error)
        return code

    def ungrab_key(self, keycode: int, modifiers: int) -> None:
        self._lib.xcb_ungrab_key(self._c, keycode, self.root, modifiers)
