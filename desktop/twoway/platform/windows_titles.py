"""Which windows are open, with their titles, on Windows: EnumWindows over the top-level
windows, the visible ones with a title, and the program each belongs to ("Zoom.exe"),
so an app in `call-apps.toml` can be narrowed to its program with `window_classes`.

One pass over the window list every two seconds costs well under a millisecond; the
program of a process is asked once and remembered while the process has windows. user32
and kernel32 are reached through a seam, so tests on any system use stand-ins.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from twoway.core.calls import WindowSeen

log = logging.getLogger(__name__)

PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
_FUNCTION_TYPE = getattr(ctypes, "WINFUNCTYPE", ctypes.CFUNCTYPE)  # stdcall on Windows
# BOOL CALLBACK EnumWindowsProc(HWND, LPARAM)
EnumWindowsProc = _FUNCTION_TYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_ssize_t)


def _libraries():
    user32 = ctypes.WinDLL("user32", use_last_error=True)
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    vp, i, u32 = ctypes.c_void_p, ctypes.c_int, ctypes.c_uint32
    signatures = {
        (user32, "EnumWindows"): (i, [EnumWindowsProc, ctypes.c_ssize_t]),
        (user32, "IsWindowVisible"): (i, [vp]),
        (user32, "GetWindowTextLengthW"): (i, [vp]),
        (user32, "GetWindowTextW"): (i, [vp, ctypes.c_wchar_p, i]),
        (user32, "GetWindowThreadProcessId"): (u32, [vp, ctypes.POINTER(u32)]),
        (kernel32, "OpenProcess"): (vp, [u32, i, u32]),
        (kernel32, "QueryFullProcessImageNameW"): (i, [vp, u32, ctypes.c_wchar_p,
                                                       ctypes.POINTER(u32)]),
        (kernel32, "CloseHandle"): (i, [vp]),
    }  # fmt: skip
    for (library, name), (restype, argtypes) in signatures.items():
        function = getattr(library, name)
        function.restype = restype
        function.argtypes = argtypes
    return user32, kernel32


class Win32Windows:
    def __init__(self, user32=None, kernel32=None) -> None:
        if user32 is None or kernel32 is None:
            user32, kernel32 = _libraries()
        self._user32 = user32
        self._kernel32 = kernel32
        self._programs: dict[int, str] = {}  # process id -> "Zoom.exe"
        self.reads = 0  # how often the list was read (benchmark, tests)

    @classmethod
    def available(cls) -> bool:
        return sys.platform == "win32"

    def windows(self) -> tuple[WindowSeen, ...] | None:
        self.reads += 1
        titled: list[tuple[int, str]] = []

        def visit(hwnd, _lparam) -> int:
            try:
                if hwnd and self._user32.IsWindowVisible(hwnd):
                    title = self._title(hwnd)
                    if title:
                        titled.append((int(hwnd), title))
            except Exception:  # an error must not cross back into the system's C code
                log.exception("A window could not be read")
            return 1  # go on with the next window

        if not self._user32.EnumWindows(EnumWindowsProc(visit), 0):
            return None
        seen_processes: set[int] = set()
        found = []
        for hwnd, title in titled:
            pid = self._process_id(hwnd)
            seen_processes.add(pid)
            found.append(WindowSeen(hwnd, title, self._program(pid)))
        for gone in set(self._programs) - seen_processes:
            del self._programs[gone]  # a new process may get the same id later
        return tuple(found)

    def _title(self, hwnd: int) -> str:
        length = self._user32.GetWindowTextLengthW(hwnd)
        if length <= 0:
            return ""
        buffer = ctypes.create_unicode_buffer(length + 1)
        self._user32.GetWindowTextW(hwnd, buffer, length + 1)
        return buffer.value

    def _process_id(self, hwnd: int) -> int:
        pid = ctypes.c_uint32(0)
        self._user32.GetWindowThreadProcessId(hwnd, ctypes.pointer(pid))
        return pid.value

    def _program(self, pid: int) -> str:
        if not pid:
            return ""
        if pid not in self._programs:
            self._programs[pid] = self._read_program(pid)
        return self._programs[pid]

    def _read_program(self, pid: int) -> str:
        handle = self._kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid)
        if not handle:
            return ""  # a process of another user or an elevated one: the title still counts
        try:
            size = ctypes.c_uint32(1024)
            buffer = ctypes.create_unicode_buffer(size.value)
            if not self._kernel32.QueryFullProcessImageNameW(
                handle, 0, buffer, ctypes.pointer(size)
            ):
                return ""
            return buffer.value.rsplit("\\", 1)[-1]
        finally:
            self._kernel32.CloseHandle(handle)

    def geometry(self, window: int) -> None:
        return None  # the overlay docks to call windows on X11 only

    def close(self) -> None:
        self._programs.clear()
