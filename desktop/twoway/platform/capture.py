"""Keeping the overlay out of screen captures, where the platform allows it.

Windows 10 2004 and later: SetWindowDisplayAffinity(WDA_EXCLUDEFROMCAPTURE) leaves the
window out of every capture (screen sharing in call apps included) while the user still
sees it. It belongs to the native window, so it is applied again whenever Qt makes a new
one. macOS: no way that current capture (ScreenCaptureKit) respects is open to apps, so
Twoway does not promise it there. Linux: no capture exclusion exists; Twoway notices the
screen cast instead and hides or shrinks the overlay (`ui/screencast.py`).
"""

from __future__ import annotations

import ctypes
import sys

WDA_NONE = 0x0
WDA_EXCLUDEFROMCAPTURE = 0x11


def _user32():
    if sys.platform != "win32":
        return None
    user32 = ctypes.WinDLL("user32", use_last_error=True)
    user32.SetWindowDisplayAffinity.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
    user32.SetWindowDisplayAffinity.restype = ctypes.c_int
    return user32


def exclude_from_capture(window_handle: int, *, exclude: bool = True, user32=None) -> bool:
    """Ask Windows to leave the window out of captures. True when it agreed; False where
    it cannot (older Windows, other platforms)."""
    user32 = user32 if user32 is not None else _user32()
    if user32 is None or not window_handle:
        return False
    affinity = WDA_EXCLUDEFROMCAPTURE if exclude else WDA_NONE
    return bool(user32.SetWindowDisplayAffinity(window_handle, affinity))


def capture_exclusion_possible(platform: str = sys.platform) -> bool:
    """Whether this platform can keep a window out of what is shared."""
    return platform == "win32"
