"""Hotkeys on Windows: RegisterHotKey and UnregisterHotKey (user32), through ctypes.

Registered without a window, a hotkey arrives as a WM_HOTKEY message in the queue of the
thread that registered it: Qt's main thread, where a native event filter
(`ui/hotkeys_native.py`) hands it to `hotkey_id()`. user32 is reached through a seam
(`user32`, `last_error`), so tests on any system use a stand-in that records the calls.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

from twoway.core.key_chords import windows_problem

WM_HOTKEY = 0x0312
NATIVE_EVENT_TYPE = b"windows_generic_MSG"  # what Qt calls the messages it filters


class MSG(ctypes.Structure):
    """The start of Windows' MSG: all that a WM_HOTKEY needs."""

    _fields_ = [
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint32),
        ("wParam", ctypes.c_size_t),  # WPARAM: the hotkey's id
        ("lParam", ctypes.c_ssize_t),  # LPARAM: modifiers (low word), key (high word)
    ]


def hotkey_id(message_address: int) -> int | None:
    """The id of the hotkey a native message reports, or None for any other message."""
    if not message_address:
        return None
    msg = MSG.from_address(message_address)
    return int(msg.wParam) if msg.message == WM_HOTKEY else None


def _user32():
    user32 = ctypes.WinDLL("user32", use_last_error=True)
    user32.RegisterHotKey.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_uint,
                                      ctypes.c_uint]  # fmt: skip
    user32.RegisterHotKey.restype = ctypes.c_int
    user32.UnregisterHotKey.argtypes = [ctypes.c_void_p, ctypes.c_int]
    user32.UnregisterHotKey.restype = ctypes.c_int
    user32.VkKeyScanW.argtypes = [ctypes.c_wchar]
    user32.VkKeyScanW.restype = ctypes.c_short
    return user32


class Win32Hotkeys:
    """Registers and gives back hotkeys for this thread (no window: hWnd is NULL)."""

    def __init__(self, user32=None, last_error: Callable[[], int] | None = None) -> None:
        self._user32 = user32 if user32 is not None else _user32()
        self._last_error = last_error or ctypes.get_last_error

    @classmethod
    def available(cls) -> bool:
        return sys.platform == "win32"

    def register(self, hotkey_id: int, modifiers: int, virtual_key: int) -> str | None:
        """None when registered; else the problem (another program holds the key)."""
        if self._user32.RegisterHotKey(None, hotkey_id, modifiers, virtual_key):
            return None
        return windows_problem(self._last_error())

    def unregister(self, hotkey_id: int) -> None:
        self._user32.UnregisterHotKey(None, hotkey_id)

    def key_for_character(self, character: str) -> int:
        """VkKeyScanW on the current keyboard layout: key code and the shift state it
        needs, or -1 when no key types the character."""
        return int(self._user32.VkKeyScanW(character))
