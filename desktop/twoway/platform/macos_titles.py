"""Which windows are open, with their titles, on macOS: CGWindowListCopyWindowInfo.

The owner's name ("zoom.us", "Google Chrome") is given to every app. A window's own
title (kCGWindowName) only to an app the user allowed to record the screen (System
Settings → Privacy & Security → Screen Recording, macOS 10.15 and later); without it
the titles are empty and only the microphone tells of a call. macOS does not ask by
itself when the list is read. CoreGraphics and CoreFoundation are reached through a seam
(`cg`, `cf`, `keys`), so tests on any system use stand-ins.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

from twoway.core.calls import WindowSeen

ON_SCREEN_ONLY = 1 << 0  # kCGWindowListOptionOnScreenOnly
EXCLUDE_DESKTOP_ELEMENTS = 1 << 4  # kCGWindowListExcludeDesktopElements
NULL_WINDOW_ID = 0
UTF8 = 0x08000100  # kCFStringEncodingUTF8
SINT64 = 4  # kCFNumberSInt64Type
NORMAL_LAYER = 0  # app windows; menus, the Dock and status items sit on other layers
KEYS = ("kCGWindowNumber", "kCGWindowName", "kCGWindowOwnerName", "kCGWindowLayer")
_NUMBERS = ("kCGWindowNumber", "kCGWindowLayer")


def windows_from_info(infos: list[dict]) -> tuple[WindowSeen, ...]:
    """The app windows among what CGWindowListCopyWindowInfo described."""
    return tuple(
        WindowSeen(
            int(info.get("kCGWindowNumber") or 0),
            info.get("kCGWindowName") or "",
            info.get("kCGWindowOwnerName") or "",
        )
        for info in infos
        if info.get("kCGWindowLayer", NORMAL_LAYER) == NORMAL_LAYER
    )


def _frameworks():
    cg_path = ctypes.util.find_library("CoreGraphics")
    cf_path = ctypes.util.find_library("CoreFoundation")
    if not cg_path or not cf_path:
        return None
    cg, cf = ctypes.CDLL(cg_path), ctypes.CDLL(cf_path)
    vp, long_ = ctypes.c_void_p, ctypes.c_long
    signatures = {
        (cg, "CGWindowListCopyWindowInfo"): (vp, [ctypes.c_uint32, ctypes.c_uint32]),
        (cf, "CFArrayGetCount"): (long_, [vp]),
        (cf, "CFArrayGetValueAtIndex"): (vp, [vp, long_]),
        (cf, "CFDictionaryGetValue"): (vp, [vp, vp]),
        (cf, "CFStringGetLength"): (long_, [vp]),
        (cf, "CFStringGetMaximumSizeForEncoding"): (long_, [long_, ctypes.c_uint32]),
        (cf, "CFStringGetCString"): (ctypes.c_bool, [vp, ctypes.c_char_p, long_,
                                                     ctypes.c_uint32]),
        (cf, "CFNumberGetValue"): (ctypes.c_bool, [vp, long_,
                                                   ctypes.POINTER(ctypes.c_int64)]),
        (cf, "CFRelease"): (None, [vp]),
    }  # fmt: skip
    for (library, name), (restype, argtypes) in signatures.items():
        function = getattr(library, name)
        function.restype = restype
        function.argtypes = argtypes
    keys = {name: ctypes.c_void_p.in_dll(cg, name).value for name in KEYS}
    return cg, cf, keys


class QuartzWindows:
    def __init__(self, cg=None, cf=None, keys: dict | None = None) -> None:
        if cg is None or cf is None or keys is None:
            found = _frameworks()
            if found is None:
                raise OSError("CoreGraphics is not available")
            cg, cf, keys = found
        self._cg = cg
        self._cf = cf
        self._keys = keys  # name -> the CFStringRef the dictionaries are keyed by
        self.reads = 0  # how often the list was read (benchmark, tests)

    @classmethod
    def available(cls) -> bool:
        return sys.platform == "darwin"

    def windows(self) -> tuple[WindowSeen, ...] | None:
        self.reads += 1
        array = self._cg.CGWindowListCopyWindowInfo(
            ON_SCREEN_ONLY | EXCLUDE_DESKTOP_ELEMENTS, NULL_WINDOW_ID
        )
        if not array:
            return None
        try:
            count = self._cf.CFArrayGetCount(array)
            infos = [self._read(self._cf.CFArrayGetValueAtIndex(array, i)) for i in range(count)]
        finally:
            self._cf.CFRelease(array)  # a Copy function: the list is Twoway's to free
        return windows_from_info(infos)

    def _read(self, info) -> dict:
        read = {}
        for name in KEYS:
            value = self._cf.CFDictionaryGetValue(info, self._keys[name])
            if (
                value is not None
            ):  # a missing title (no Screen Recording permission) is simply absent
                read[name] = self._number(value) if name in _NUMBERS else self._string(value)
        return read

    def _string(self, ref) -> str:
        length = self._cf.CFStringGetLength(ref)
        size = self._cf.CFStringGetMaximumSizeForEncoding(length, UTF8) + 1
        buffer = ctypes.create_string_buffer(size)
        if not self._cf.CFStringGetCString(ref, buffer, size, UTF8):
            return ""
        return buffer.value.decode("utf-8", errors="replace")

    def _number(self, ref) -> int:
        value = ctypes.c_int64(0)
        self._cf.CFNumberGetValue(ref, SINT64, ctypes.pointer(value))
        return value.value

    def geometry(self, window: int) -> None:
        return None  # the overlay docks to call windows on X11 only

    def close(self) -> None:
        pass
