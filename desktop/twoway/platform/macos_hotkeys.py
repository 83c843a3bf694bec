"""Hotkeys on macOS: Carbon's RegisterEventHotKey, through ctypes.

Still the only way for an app to have keys for the whole desktop without asking for
Accessibility permission (an event tap would need it). A pressed key arrives as a Carbon
event on the application's event target; the handler installed here is a ctypes callback
that the system calls from the main run loop, which Qt is running. Since macOS 15, a
hotkey whose only modifiers are Option and Shift is refused by the system (it could
watch passwords typed with Option); Twoway's defaults include Command ("Ctrl" in Qt's
text). Carbon is reached through a seam (`carbon`), so tests on any system use a
stand-in that records the calls.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
from collections.abc import Callable

from twoway.core.key_chords import keys_from_layout, macos_problem

log = logging.getLogger(__name__)


def _fourcc(code: str) -> int:
    return int.from_bytes(code.encode("ascii"), "big")


SIGNATURE = _fourcc("TwoW")  # marks Twoway's own hotkeys in each event
EVENT_CLASS_KEYBOARD = _fourcc("keyb")
EVENT_HOT_KEY_PRESSED = 5
PARAM_DIRECT_OBJECT = _fourcc("----")
TYPE_EVENT_HOT_KEY_ID = _fourcc("hkid")
NO_ERR = 0
KEY_ACTION_DISPLAY = 3  # kUCKeyActionDisplay: what the key shows, not a key press
NO_DEAD_KEYS = 1  # kUCKeyTranslateNoDeadKeysMask: an accent key gives its accent
EVENT_NOT_HANDLED = -9874  # eventNotHandledErr: let the next handler have it


class EventHotKeyID(ctypes.Structure):
    _fields_ = [("signature", ctypes.c_uint32), ("id", ctypes.c_uint32)]


class EventTypeSpec(ctypes.Structure):
    _fields_ = [("eventClass", ctypes.c_uint32), ("eventKind", ctypes.c_uint32)]


# OSStatus handler(EventHandlerCallRef, EventRef, void *userData)
EventHandler = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)


def _carbon():
    path = ctypes.util.find_library("Carbon")
    if not path:
        return None
    carbon = ctypes.CDLL(path)
    vp, u32, i32 = ctypes.c_void_p, ctypes.c_uint32, ctypes.c_int32
    signatures = {
        "GetApplicationEventTarget": (vp, []),
        "RegisterEventHotKey": (i32, [u32, u32, EventHotKeyID, vp, u32, ctypes.POINTER(vp)]),
        "UnregisterEventHotKey": (i32, [vp]),
        "InstallEventHandler": (i32, [vp, EventHandler, ctypes.c_ulong,
                                      ctypes.POINTER(EventTypeSpec), vp, ctypes.POINTER(vp)]),
        "RemoveEventHandler": (i32, [vp]),
        "GetEventParameter": (i32, [vp, u32, u32, vp, ctypes.c_ulong, vp,
                                    ctypes.POINTER(EventHotKeyID)]),
    }  # fmt: skip
    # The keyboard layout (Text Input Sources), to find the key that types a letter.
    signatures |= {
        "TISCopyCurrentKeyboardLayoutInputSource": (vp, []),
        "TISGetInputSourceProperty": (vp, [vp, vp]),
        "LMGetKbdType": (ctypes.c_uint8, []),
        "UCKeyTranslate": (i32, [vp, ctypes.c_uint16, ctypes.c_uint16, u32, u32, u32,
                                 ctypes.POINTER(u32), ctypes.c_ulong,
                                 ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_uint16)]),
    }  # fmt: skip
    for name, (restype, argtypes) in signatures.items():
        function = getattr(carbon, name)
        function.restype = restype
        function.argtypes = argtypes
    core_foundation = ctypes.CDLL(ctypes.util.find_library("CoreFoundation"))
    for name, restype in (("CFDataGetBytePtr", vp), ("CFRelease", None)):
        function = getattr(core_foundation, name)
        function.restype = restype
        function.argtypes = [vp]
        setattr(carbon, name, function)  # one object for the seam, as the stand-in is
    carbon.layout_property = ctypes.c_void_p.in_dll(
        carbon, "kTISPropertyUnicodeKeyLayoutData"
    ).value
    return carbon


class CarbonHotkeys:
    """Registers hotkeys with the application's event target; calls `on_pressed(id)`
    when one of Twoway's is pressed."""

    def __init__(self, on_pressed: Callable[[int], None], carbon=None) -> None:
        self._carbon = carbon if carbon is not None else _carbon()
        self._on_pressed = on_pressed
        self._refs: dict[int, int] = {}  # hotkey id -> EventHotKeyRef
        self._target = self._carbon.GetApplicationEventTarget()
        # Kept on self: the system calls it for as long as the handler is installed.
        self._callback = EventHandler(self._on_event)
        self._handler = ctypes.c_void_p()
        spec = EventTypeSpec(EVENT_CLASS_KEYBOARD, EVENT_HOT_KEY_PRESSED)
        status = self._carbon.InstallEventHandler(
            self._target, self._callback, 1, ctypes.pointer(spec), None,
            ctypes.pointer(self._handler),
        )  # fmt: skip
        if status != NO_ERR:
            log.warning("The hotkey handler could not be installed (status %s)", status)

    @classmethod
    def available(cls) -> bool:
        return sys.platform == "darwin" and ctypes.util.find_library("Carbon") is not None

    def register(self, hotkey_id: int, modifiers: int, key_code: int) -> str | None:
        """None when registered; else the problem (another program holds the key)."""
        ref = ctypes.c_void_p()
        status = self._carbon.RegisterEventHotKey(
            key_code, modifiers, EventHotKeyID(SIGNATURE, hotkey_id), self._target, 0,
            ctypes.pointer(ref),
        )  # fmt: skip
        if status != NO_ERR:
            return macos_problem(status)
        self._refs[hotkey_id] = ref.value or 0
        return None

    def unregister(self, hotkey_id: int) -> None:
        ref = self._refs.pop(hotkey_id, None)
        if ref:
            self._carbon.UnregisterEventHotKey(ref)

    def layout_keys(self) -> dict[str, int]:
        """The key that types each character on the keyboard layout in use; empty
        when the layout cannot be read (the US places are used then)."""
        carbon = self._carbon
        source = carbon.TISCopyCurrentKeyboardLayoutInputSource()
        if not source:
            return {}
        try:
            data = carbon.TISGetInputSourceProperty(source, carbon.layout_property)
            if not data:
                return {}
            layout = carbon.CFDataGetBytePtr(data)
            keyboard = carbon.LMGetKbdType()

            def translate(code: int) -> str:
                dead_keys = ctypes.c_uint32(0)
                length = ctypes.c_ulong(0)
                typed = (ctypes.c_uint16 * 4)()
                status = carbon.UCKeyTranslate(
                    layout, code, KEY_ACTION_DISPLAY, 0, keyboard, NO_DEAD_KEYS,
                    ctypes.pointer(dead_keys), len(typed), ctypes.pointer(length), typed,
                )  # fmt: skip
                if status != NO_ERR:
                    return ""
                return "".join(chr(unit) for unit in typed[: length.value])

            return keys_from_layout(translate)
        finally:
            carbon.CFRelease(source)  # a Copy function: the source is Twoway's to free

    def _on_event(self, _call_ref, event, _user_data) -> int:
        try:
            pressed = EventHotKeyID()
            status = self._carbon.GetEventParameter(
                event, PARAM_DIRECT_OBJECT, TYPE_EVENT_HOT_KEY_ID, None,
                ctypes.sizeof(pressed), None, ctypes.pointer(pressed),
            )  # fmt: skip
            if status != NO_ERR or pressed.signature != SIGNATURE:
                return EVENT_NOT_HANDLED
            self._on_pressed(pressed.id)
            return NO_ERR
        except Exception:  # an error must not cross back into the system's C code
            log.exception("A hotkey could not be handled")
            return NO_ERR

    def close(self) -> None:
        for hotkey_id in list(self._refs):
            self.unregister(hotkey_id)
        if self._handler.value:
            self._carbon.RemoveEventHandler(self._handler)
            self._handler = ctypes.c_void_p()
