"""Is the microphone in use, on macOS: CoreAudio's "running somewhere" of the default
input device. macOS does not say which program records, so the call is named after the
call window when one is known, else just "microphone". Reached through a seam
(`read_property`), so the rules are tested on any system.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from collections.abc import Callable

from twoway.core.calls import MicUser


def _fourcc(code: str) -> int:
    return int.from_bytes(code.encode("ascii"), "big")


SYSTEM_OBJECT = 1  # kAudioObjectSystemObject
DEFAULT_INPUT_DEVICE = _fourcc("dIn ")  # kAudioHardwarePropertyDefaultInputDevice
RUNNING_SOMEWHERE = _fourcc("gone")  # kAudioDevicePropertyDeviceIsRunningSomewhere
SCOPE_GLOBAL = _fourcc("glob")
ELEMENT_MAIN = 0

# (object id, selector) -> the property's 32-bit value, or None when it cannot be read.
PropertyReader = Callable[[int, int], int | None]


def microphone_users(read_property: PropertyReader) -> tuple[MicUser, ...] | None:
    device = read_property(SYSTEM_OBJECT, DEFAULT_INPUT_DEVICE)
    if device is None:
        return None
    if not device:
        return ()  # no microphone at all
    running = read_property(device, RUNNING_SOMEWHERE)
    if running is None:
        return None
    return (MicUser(name="microphone"),) if running else ()


class _Address(ctypes.Structure):
    _fields_ = [("selector", ctypes.c_uint32), ("scope", ctypes.c_uint32),
                ("element", ctypes.c_uint32)]  # fmt: skip


def core_audio_reader() -> PropertyReader | None:
    """AudioObjectGetPropertyData for 32-bit properties (macOS only)."""
    if sys.platform != "darwin":
        return None
    path = ctypes.util.find_library("CoreAudio")
    if not path:
        return None
    core_audio = ctypes.CDLL(path)
    get = core_audio.AudioObjectGetPropertyData
    get.argtypes = [ctypes.c_uint32, ctypes.POINTER(_Address), ctypes.c_uint32, ctypes.c_void_p,
                    ctypes.POINTER(ctypes.c_uint32), ctypes.c_void_p]  # fmt: skip
    get.restype = ctypes.c_int32

    def read(object_id: int, selector: int) -> int | None:
        address = _Address(selector, SCOPE_GLOBAL, ELEMENT_MAIN)
        value = ctypes.c_uint32(0)
        size = ctypes.c_uint32(4)
        status = get(object_id, ctypes.byref(address), 0, None, ctypes.byref(size),
                     ctypes.byref(value))  # fmt: skip
        return value.value if status == 0 else None

    return read
