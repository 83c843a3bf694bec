"""Call windows by title on Windows and macOS, behind their seams: stand-ins for user32
and kernel32 (EnumWindows), and for CoreGraphics and CoreFoundation
(CGWindowListCopyWindowInfo), answer as the systems would. Nothing here runs on Windows
or macOS themselves; the matching is the same `core` rules Linux uses."""

from __future__ import annotations

from twoway.core.call_apps import built_in_apps
from twoway.core.calls import CallDetector, Observation
from twoway.core.clock import FakeClock
from twoway.platform.desktop import DesktopProbe
from twoway.platform.macos_titles import (
    EXCLUDE_DESKTOP_ELEMENTS,
    ON_SCREEN_ONLY,
    QuartzWindows,
    windows_from_info,
)
from twoway.platform.windows_titles import PROCESS_QUERY_LIMITED_INFORMATION, Win32Windows


def call_app(windows) -> str | None:
    detector = CallDetector(
        FakeClock(), lambda: Observation(windows=windows), tuple(built_in_apps())
    )
    call = detector.poll()
    return call.app if call else None


class FakeUser32:
    """Top-level windows as EnumWindows walks them: (handle, title, visible, process)."""

    def __init__(self, windows: list[tuple[int, str, bool, int]]) -> None:
        self.windows = {hwnd: (title, visible, pid) for hwnd, title, visible, pid in windows}
        self.text_reads = 0

    def EnumWindows(self, callback, lparam):  # the Windows names
        for hwnd in self.windows:
            if not callback(hwnd, lparam):
                break
        return 1

    def IsWindowVisible(self, hwnd):
        return int(self.windows[hwnd][1])

    def GetWindowTextLengthW(self, hwnd):
        return len(self.windows[hwnd][0])

    def GetWindowTextW(self, hwnd, buffer, size):
        self.text_reads += 1
        buffer.value = self.windows[hwnd][0][: size - 1]
        return len(buffer.value)

    def GetWindowThreadProcessId(self, hwnd, pid):
        pid.contents.value = self.windows[hwnd][2]
        return 1


class FakeKernel32:
    def __init__(self, programs: dict[int, str]) -> None:
        self.programs = programs
        self.opened: list[int] = []
        self.closed: list[int] = []

    def OpenProcess(self, access, inherit, pid):
        assert access == PROCESS_QUERY_LIMITED_INFORMATION
        if pid not in self.programs:
            return None  # another user's process: access denied
        self.opened.append(pid)
        return 0x9000 + pid

    def QueryFullProcessImageNameW(self, handle, flags, buffer, size):
        buffer.value = self.programs[handle - 0x9000]
        size.contents.value = len(buffer.value)
        return 1

    def CloseHandle(self, handle):
        self.closed.append(handle)
        return 1


def test_windows_visible_titled_windows_are_listed_with_their_program():
    user32 = FakeUser32([
        (0x10, "Zoom Meeting", True, 40),
        (0x11, "", True, 40),  # a tool window without a title
        (0x12, "Zoom Workplace", False, 40),  # hidden
        (0x13, "Inbox - Outlook", True, 41),
        (0x14, "Secret admin console", True, 42),  # elevated: no access
    ])  # fmt: skip
    kernel32 = FakeKernel32({40: r"C:\Users\maya\AppData\Roaming\Zoom\bin\Zoom.exe",
                             41: r"C:\Program Files\Microsoft Office\OUTLOOK.EXE"})  # fmt: skip
    lister = Win32Windows(user32, kernel32)
    windows = lister.windows()
    assert [(w.window_id, w.title, w.wm_class) for w in windows] == [
        (0x10, "Zoom Meeting", "Zoom.exe"),
        (0x13, "Inbox - Outlook", "OUTLOOK.EXE"),
        (0x14, "Secret admin console", ""),
    ]
    assert sorted(kernel32.closed) == [0x9000 + 40, 0x9000 + 41], "every handle is closed"
    assert call_app(windows) == "Zoom"

    lister.windows()
    assert kernel32.opened == [40, 41], "a process is asked for its program once"
    del user32.windows[0x10]
    user32.windows[0x15] = ("Meet - abc-defg-hij - Google Chrome", True, 43)
    kernel32.programs[43] = r"C:\Program Files\Google\Chrome\Application\chrome.exe"
    assert call_app(lister.windows()) == "Google Meet"


def test_the_windows_probe_is_chosen_on_windows(monkeypatch):
    user32 = FakeUser32([(0x10, "Meeting compact view | Microsoft Teams", True, 40)])
    kernel32 = FakeKernel32({40: r"C:\Program Files\WindowsApps\ms-teams.exe"})
    import twoway.platform.windows_titles as windows_titles

    monkeypatch.setattr(windows_titles, "_libraries", lambda: (user32, kernel32))
    monkeypatch.setattr("sys.platform", "win32")
    monkeypatch.setattr("twoway.platform.windows_mic.default_probe", lambda: None)
    probe = DesktopProbe()
    try:
        assert probe.sees_windows
        seen = probe.look()
        assert [w.wm_class for w in seen.windows] == ["ms-teams.exe"]
        assert call_app(seen.windows) == "Microsoft Teams"
        assert probe.window_geometry(0x10) is None, "docking stays an X11 thing"
    finally:
        probe.close()


class FakeQuartz:
    """CGWindowListCopyWindowInfo's answer as CoreFoundation objects: a list of
    dictionaries keyed by the kCGWindow* names (the stand-in's CFStringRefs)."""

    def __init__(self, infos: list[dict]) -> None:
        self.infos = infos
        self.options: list[tuple[int, int]] = []
        self.released: list = []

    # CoreGraphics
    def CGWindowListCopyWindowInfo(self, options, relative_to):
        self.options.append((options, relative_to))
        return list(self.infos)

    # CoreFoundation
    def CFArrayGetCount(self, array):
        return len(array)

    def CFArrayGetValueAtIndex(self, array, index):
        return array[index]

    def CFDictionaryGetValue(self, info, key):
        return info.get(key)

    def CFStringGetLength(self, ref):
        return len(ref)

    def CFStringGetMaximumSizeForEncoding(self, length, encoding):
        return length * 4

    def CFStringGetCString(self, ref, buffer, size, encoding):
        raw = ref.encode()
        if len(raw) >= size:
            return False
        buffer.value = raw
        return True

    def CFNumberGetValue(self, ref, kind, out):
        out.contents.value = ref
        return True

    def CFRelease(self, ref):
        self.released.append(ref)


KEYS = {name: name for name in ("kCGWindowNumber", "kCGWindowName", "kCGWindowOwnerName",
                                "kCGWindowLayer")}  # fmt: skip


def test_macos_app_windows_are_listed_with_title_and_owner():
    quartz = FakeQuartz([
        {"kCGWindowNumber": 81, "kCGWindowName": "Zoom Meeting", "kCGWindowOwnerName": "zoom.us",
         "kCGWindowLayer": 0},
        {"kCGWindowNumber": 2, "kCGWindowName": "Menubar", "kCGWindowOwnerName": "Window Server",
         "kCGWindowLayer": 24},
        {"kCGWindowNumber": 90, "kCGWindowName": "Jitsi Meet — Café", "kCGWindowOwnerName":
         "Firefox", "kCGWindowLayer": 0},
    ])  # fmt: skip
    lister = QuartzWindows(quartz, quartz, KEYS)
    windows = lister.windows()
    assert quartz.options == [(ON_SCREEN_ONLY | EXCLUDE_DESKTOP_ELEMENTS, 0)]
    assert [(w.window_id, w.title, w.wm_class) for w in windows] == [
        (81, "Zoom Meeting", "zoom.us"),
        (90, "Jitsi Meet — Café", "Firefox"),
    ]
    assert len(quartz.released) == 1, "the copied list is released"
    assert call_app(windows) == "Zoom"


def test_macos_without_screen_recording_permission_titles_are_empty():
    quartz = FakeQuartz([{"kCGWindowNumber": 81, "kCGWindowOwnerName": "zoom.us",
                          "kCGWindowLayer": 0}])  # fmt: skip
    windows = QuartzWindows(quartz, quartz, KEYS).windows()
    assert [(w.title, w.wm_class) for w in windows] == [("", "zoom.us")]
    assert call_app(windows) is None, "no call is made up from an owner's name alone"


def test_macos_window_list_refused_is_cannot_tell():
    class Refusing(FakeQuartz):
        def CGWindowListCopyWindowInfo(self, options, relative_to):
            return None

    quartz = Refusing([])
    assert QuartzWindows(quartz, quartz, KEYS).windows() is None
    assert windows_from_info([]) == ()
