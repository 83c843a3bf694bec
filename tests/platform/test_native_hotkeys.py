"""Hotkeys on Windows and macOS, behind their seams: a stand-in user32 and a stand-in
Carbon record what Twoway asks of the system and answer as the system would. Nothing
here runs on Windows or macOS themselves. In the running app: a key another program
holds is reported by name, a WM_HOTKEY in Qt's message loop (or a Carbon hotkey event)
steers the meeting, and every key is given back when the meeting ends."""

from __future__ import annotations

import ctypes

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication

from twoway.core.clock import FakeClock
from twoway.core.key_chords import (
    CMD_KEY,
    ERROR_HOTKEY_ALREADY_REGISTERED,
    EVENT_HOT_KEY_EXISTS,
    MOD_ALT,
    MOD_CONTROL,
    MOD_NOREPEAT,
    MOD_SHIFT,
    OPTION_KEY,
    SHIFT_KEY,
)
from twoway.paths import DataPaths
from twoway.platform import macos_hotkeys as mac
from twoway.platform.macos_hotkeys import CarbonHotkeys
from twoway.platform.windows_hotkeys import (
    MSG,
    NATIVE_EVENT_TYPE,
    WM_HOTKEY,
    Win32Hotkeys,
    hotkey_id,
)
from twoway.ui.context import AppContext
from twoway.ui.hotkeys import Hotkeys
from twoway.ui.hotkeys_native import MacHotkeys, WindowsHotkeys

CTRL_ALT_SHIFT = MOD_CONTROL | MOD_ALT | MOD_SHIFT | MOD_NOREPEAT


class FakeUser32:
    """RegisterHotKey as Windows answers it: FALSE and ERROR_HOTKEY_ALREADY_REGISTERED
    for a key another program registered."""

    def __init__(self, held: set[tuple[int, int]] = frozenset()) -> None:
        self.held = set(held)
        self.registered: dict[int, tuple[int, int]] = {}
        self.calls: list[tuple] = []
        self.last_error = 0

    def RegisterHotKey(self, hwnd, hotkey_id, modifiers, vk):  # the Windows names
        self.calls.append(("RegisterHotKey", hwnd, hotkey_id, modifiers, vk))
        if (modifiers & ~MOD_NOREPEAT, vk) in self.held:
            self.last_error = ERROR_HOTKEY_ALREADY_REGISTERED
            return 0
        self.registered[hotkey_id] = (modifiers, vk)
        return 1

    def VkKeyScanW(self, character):
        return {"/": 0x00BF, "?": 0x01BF}.get(character, -1)  # a US layout

    def UnregisterHotKey(self, hwnd, hotkey_id):
        self.calls.append(("UnregisterHotKey", hwnd, hotkey_id))
        return 1 if self.registered.pop(hotkey_id, None) else 0


def test_windows_registers_for_the_thread_and_names_a_key_already_registered():
    user32 = FakeUser32(held={(MOD_CONTROL | MOD_ALT | MOD_SHIFT, ord("E"))})
    system = Win32Hotkeys(user32, last_error=lambda: user32.last_error)
    assert system.register(1, CTRL_ALT_SHIFT, ord("N")) is None
    assert system.register(2, CTRL_ALT_SHIFT, ord("E")) == "taken"
    assert user32.calls[0] == ("RegisterHotKey", None, 1, CTRL_ALT_SHIFT, ord("N"))
    system.unregister(1)
    assert user32.registered == {}
    assert user32.calls[-1] == ("UnregisterHotKey", None, 1)


def test_a_wm_hotkey_message_carries_the_id_other_messages_none():
    msg = MSG(None, WM_HOTKEY, 3, (ord("N") << 16) | 7)
    assert hotkey_id(ctypes.addressof(msg)) == 3
    other = MSG(None, 0x0100, 3, 0)  # WM_KEYDOWN
    assert hotkey_id(ctypes.addressof(other)) is None
    assert hotkey_id(0) is None


class FakeCarbon:
    """The Carbon Event Manager calls Twoway makes, answered as macOS would; `press(id)`
    calls the installed handler the way the run loop does."""

    TARGET = 0xA000
    layout_property = "kTISPropertyUnicodeKeyLayoutData"

    def __init__(
        self, held: set[tuple[int, int]] = frozenset(), layout: dict[int, str] | None = None
    ) -> None:
        self.held = set(held)
        self.layout = layout  # key code -> what it types; None: no layout to be read
        self.released: list = []
        self.handlers: list = []
        self.removed: list = []
        self.registered: dict[int, tuple[int, int, int, int]] = {}  # ref -> key, mods, sig, id
        self.unregistered: list[int] = []
        self._events: dict[int, tuple[int, int]] = {}
        self._next_ref = 0x100

    def GetApplicationEventTarget(self):
        return self.TARGET

    def InstallEventHandler(self, target, handler, count, specs, user_data, out_ref):
        spec = specs.contents
        self.handlers.append((target, handler, count, spec.eventClass, spec.eventKind))
        out_ref.contents.value = 0xBEEF
        return 0

    def RemoveEventHandler(self, ref):
        self.removed.append(ref.value)
        return 0

    def RegisterEventHotKey(self, key, modifiers, hotkey, target, options, out_ref):
        assert target == self.TARGET
        if (modifiers, key) in self.held:
            return EVENT_HOT_KEY_EXISTS
        self._next_ref += 1
        self.registered[self._next_ref] = (key, modifiers, hotkey.signature, hotkey.id)
        out_ref.contents.value = self._next_ref
        return 0

    def UnregisterEventHotKey(self, ref):
        self.unregistered.append(ref)
        del self.registered[ref]
        return 0

    def GetEventParameter(self, event, name, kind, actual, size, actual_size, out):
        assert (name, kind) == (mac.PARAM_DIRECT_OBJECT, mac.TYPE_EVENT_HOT_KEY_ID)
        assert size == ctypes.sizeof(mac.EventHotKeyID)
        signature, hotkey_id = self._events[event]
        out.contents.signature = signature
        out.contents.id = hotkey_id
        return 0

    # Text Input Sources: the keyboard layout in use.
    def TISCopyCurrentKeyboardLayoutInputSource(self):
        return 0x7000 if self.layout is not None else None

    def TISGetInputSourceProperty(self, source, key):
        assert (source, key) == (0x7000, self.layout_property)
        return 0x7100

    def CFDataGetBytePtr(self, data):
        assert data == 0x7100
        return 0x7200

    def LMGetKbdType(self):
        return 40

    def UCKeyTranslate(self, layout, code, action, modifiers, kind, options, dead, size, length,
                       typed):  # fmt: skip
        assert (layout, action, modifiers, kind) == (0x7200, mac.KEY_ACTION_DISPLAY, 0, 40)
        text = self.layout.get(code, "")[:size]
        for index, character in enumerate(text):
            typed[index] = ord(character)
        length.contents.value = len(text)
        return 0

    def CFRelease(self, ref):
        self.released.append(ref)

    def press(self, hotkey_id: int, signature: int = mac.SIGNATURE) -> int:
        event = 0x5000 + len(self._events)
        self._events[event] = (signature, hotkey_id)
        _target, handler, *_ = self.handlers[-1]
        return handler(None, event, None)  # through the real C callback


def test_macos_registers_with_the_app_target_and_a_press_reaches_twoway():
    taken = (CMD_KEY | OPTION_KEY | SHIFT_KEY, 0x0E)
    carbon = FakeCarbon(held={taken})
    pressed: list[int] = []
    system = mac.CarbonHotkeys(pressed.append, carbon)
    assert carbon.handlers[0][2:] == (1, mac.EVENT_CLASS_KEYBOARD, mac.EVENT_HOT_KEY_PRESSED)

    assert system.register(1, CMD_KEY | OPTION_KEY | SHIFT_KEY, 0x2D) is None
    assert system.register(2, *taken) == "taken"
    assert list(carbon.registered.values()) == [
        (0x2D, CMD_KEY | OPTION_KEY | SHIFT_KEY, mac.SIGNATURE, 1)
    ]

    assert carbon.press(1) == mac.NO_ERR
    assert pressed == [1]
    assert carbon.press(1, signature=0x41424344) == mac.EVENT_NOT_HANDLED, "another app's"
    assert pressed == [1]

    system.close()
    assert carbon.registered == {}
    assert carbon.removed == [0xBEEF]


@pytest.fixture
def context(qtbot, data_dir):
    ctx = AppContext.build(QApplication.instance(), DataPaths(data_dir), FakeClock())
    yield ctx
    if ctx.meeting.active:
        ctx.meeting.end()
    ctx.overlay.close_end_card()
    ctx.overlay.close()


def wm_hotkey(backend: WindowsHotkeys, user32: FakeUser32, key: str) -> bool:
    """What Qt's loop on Windows does with a WM_HOTKEY for this key: hand it to the filter."""
    (hotkey_id,) = [i for i, (_mods, vk) in user32.registered.items() if vk == ord(key)]
    msg = MSG(None, WM_HOTKEY, hotkey_id, 0)
    handled, _result = backend.filter.nativeEventFilter(
        QByteArray(NATIVE_EVENT_TYPE), ctypes.addressof(msg)
    )
    return handled


def test_windows_keys_steer_the_meeting_and_a_taken_key_is_named(context, qtbot):
    user32 = FakeUser32(held={(MOD_CONTROL | MOD_ALT | MOD_SHIFT, ord("X"))})
    backend = WindowsHotkeys(Win32Hotkeys(user32, last_error=lambda: user32.last_error))
    hotkeys = Hotkeys(context, backend)
    said: list[str] = []
    context.notices.say = lambda title, text: said.append(text)
    try:
        assert user32.registered == {}, "no key is taken while no meeting runs"
        context.meetings.start_by_name(None, "Maya Okafor")
        assert hotkeys.active
        assert len(user32.registered) == 4  # start, toggle, next, end
        assert hotkeys.status()["hotkeys"] == {
            "active": True, "problems": {"extend": "taken"}, "via": "windows",
        }  # fmt: skip
        assert len(said) == 1 and "already taken by another program" in said[0]
        assert "one more minute" in said[0]

        assert wm_hotkey(backend, user32, "N")
        assert context.meeting.session.index == 1
        other = MSG(None, WM_HOTKEY, 0x7000, 0)  # someone else's id in the same thread
        handled, _ = backend.filter.nativeEventFilter(NATIVE_EVENT_TYPE, ctypes.addressof(other))
        assert not handled

        assert wm_hotkey(backend, user32, "E")
        assert not context.meeting.active
        assert user32.registered == {}, "every key is given back after the meeting"
    finally:
        hotkeys.close()
    assert all(call[0] != "RegisterHotKey" or call[1] is None for call in user32.calls)


def test_windows_punctuation_keys_are_found_on_the_users_layout(context):
    user32 = FakeUser32()
    backend = WindowsHotkeys(Win32Hotkeys(user32, last_error=lambda: 0))
    try:
        problems = backend.grab({"next": "Ctrl+Alt+/", "end": "Ctrl+Alt+;"})
        assert problems == {"end": "unknown"}
        assert list(user32.registered.values()) == [(MOD_CONTROL | MOD_ALT | MOD_NOREPEAT, 0xBF)]
    finally:
        backend.close()


def test_windows_backend_leaves_the_message_loop_when_closed(context):
    user32 = FakeUser32()
    backend = WindowsHotkeys(Win32Hotkeys(user32, last_error=lambda: 0))
    backend.grab({"next": "Ctrl+Alt+Shift+N"})
    backend.close()
    assert user32.registered == {}
    # The filter was removed from the application: removing it again is harmless, and
    # messages handed to it no longer reach an action.
    msg = MSG(None, WM_HOTKEY, 1, 0)
    handled, _ = backend.filter.nativeEventFilter(NATIVE_EVENT_TYPE, ctypes.addressof(msg))
    assert not handled


def test_macos_keys_steer_the_meeting_through_the_carbon_handler(context):
    carbon = FakeCarbon()
    backend = MacHotkeys(lambda on_pressed: CarbonHotkeys(on_pressed, carbon))
    hotkeys = Hotkeys(context, backend)
    try:
        context.meetings.start_by_name(None, "Maya Okafor")
        assert hotkeys.status()["hotkeys"]["via"] == "macos"
        assert len(carbon.registered) == 5
        ids = {key: hotkey_id for key, _mods, _sig, hotkey_id in carbon.registered.values()}
        carbon.press(ids[0x23])  # P: pause
        assert context.meeting.session.status_word() == "paused"
        carbon.press(ids[0x0E])  # E: end
        assert not context.meeting.active
        assert carbon.registered == {}
    finally:
        hotkeys.close()
    assert carbon.removed == [0xBEEF], "the handler is removed with the backend"


def test_on_windows_the_app_picks_the_registered_keys(context, monkeypatch):
    import twoway.platform.windows_hotkeys as windows_hotkeys

    user32 = FakeUser32()
    monkeypatch.setattr(windows_hotkeys, "_user32", lambda: user32)
    monkeypatch.setattr(ctypes, "get_last_error", lambda: 0, raising=False)
    monkeypatch.setattr("sys.platform", "win32")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    hotkeys = Hotkeys.install(context)
    try:
        assert isinstance(hotkeys.backend, WindowsHotkeys)
        context.meetings.start_by_name(None, "Maya Okafor")
        assert len(user32.registered) == 5
    finally:
        hotkeys.close()
    assert user32.registered == {}


def test_on_macos_the_app_picks_the_carbon_hot_keys(context, monkeypatch):
    import twoway.platform.macos_hotkeys as macos_hotkeys

    carbon = FakeCarbon()
    monkeypatch.setattr(macos_hotkeys, "_carbon", lambda: carbon)
    monkeypatch.setattr(CarbonHotkeys, "available", classmethod(lambda cls: True))
    monkeypatch.setattr("sys.platform", "darwin")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    hotkeys = Hotkeys.install(context)
    try:
        assert isinstance(hotkeys.backend, MacHotkeys)
        context.meetings.start_by_name(None, "Maya Okafor")
        assert len(carbon.registered) == 5
    finally:
        hotkeys.close()
    assert carbon.registered == {} and carbon.removed == [0xBEEF]


def test_macos_letters_are_the_keys_that_type_them_on_the_users_layout(context):
    # A French (AZERTY) Mac keyboard: M sits where a US keyboard has ";", A and Q swap.
    azerty = {0x00: "q", 0x0C: "a", 0x29: "m", 0x2E: ",", 0x0E: "e", 0x53: "1", 0x12: "&"}
    carbon = FakeCarbon(layout=azerty)
    backend = MacHotkeys(lambda on_pressed: CarbonHotkeys(on_pressed, carbon))
    try:
        problems = backend.grab({"start": "Ctrl+Alt+Shift+M", "end": "Ctrl+A", "next": "Ctrl+1"})
        assert problems == {}
        pressed: list[str] = []
        backend.pressed.connect(pressed.append)
        by_action = {}
        for key, _mods, _sig, hotkey_id in list(carbon.registered.values()):
            carbon.press(hotkey_id)
            by_action[pressed[-1]] = key
        assert by_action == {"start": 0x29, "end": 0x0C, "next": 0x12}, (
            "the key typing the letter; a digit on the main row, never the keypad"
        )
        assert carbon.released == [0x7000], "the layout source is released"
    finally:
        backend.close()
