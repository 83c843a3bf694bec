"""Hotkeys on Windows and macOS, as a backend of `ui.hotkeys.Hotkeys` like X11Hotkeys:
`grab(keys) -> problems`, `release()`, `close()`, and `pressed(action)` when a key is
typed anywhere.

Windows: RegisterHotKey; the WM_HOTKEY messages are picked out of Qt's own message loop
by a native event filter. macOS: Carbon's RegisterEventHotKey; its events reach a
handler that Carbon calls from the run loop Qt runs. The system calls themselves are in
`platform/windows_hotkeys.py` and `platform/macos_hotkeys.py`; which key is which action
in `core/key_chords.py`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QObject, Signal

from twoway.core.key_chords import Registrations, macos_codes, windows_codes
from twoway.platform.windows_hotkeys import NATIVE_EVENT_TYPE, hotkey_id

log = logging.getLogger(__name__)


class NativeHotkeys(QObject):
    pressed = Signal(str)

    def __init__(self, kind: str, codes, system, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._system = system  # register(id, modifiers, key) / unregister(id) / close()
        self._keys = Registrations(codes, system.register, system.unregister)

    def grab(self, keys: dict[str, str]) -> dict[str, str]:
        """Register each action's key. Returns the problems: action -> "taken" /
        "unknown" / "refused"."""
        return self._keys.grab(keys)

    def release(self) -> None:
        self._keys.release()

    def hotkey_pressed(self, hotkey_id: int) -> bool:
        """The system reported a hotkey: say which action, if it is one of Twoway's."""
        action = self._keys.action(hotkey_id)
        if action is None:
            return False
        self.pressed.emit(action)
        return True

    def close(self) -> None:
        self.release()
        close = getattr(self._system, "close", None)
        if close is not None:
            close()


class WmHotkeyFilter(QAbstractNativeEventFilter):
    """Picks WM_HOTKEY out of the messages Qt's loop on Windows takes from the queue."""

    def __init__(self, hotkeys: NativeHotkeys) -> None:
        super().__init__()
        self.hotkeys = hotkeys

    def nativeEventFilter(self, event_type, message):
        if bytes(event_type) != NATIVE_EVENT_TYPE:
            return False, 0
        pressed = hotkey_id(int(message))
        if pressed is None:
            return False, 0
        return self.hotkeys.hotkey_pressed(pressed), 0


class WindowsHotkeys(NativeHotkeys):
    def __init__(self, system, parent: QObject | None = None) -> None:
        def codes(chord):
            return windows_codes(chord, system.key_for_character)

        super().__init__("windows", codes, system, parent)
        self.filter = WmHotkeyFilter(self)
        QCoreApplication.instance().installNativeEventFilter(self.filter)

    @classmethod
    def open(cls, parent: QObject | None = None) -> WindowsHotkeys | None:
        from twoway.platform.windows_hotkeys import Win32Hotkeys

        return cls(Win32Hotkeys(), parent) if Win32Hotkeys.available() else None

    def close(self) -> None:
        super().close()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeNativeEventFilter(self.filter)


class MacHotkeys(NativeHotkeys):
    def __init__(self, make_system, parent: QObject | None = None) -> None:
        # The Carbon handler calls back with the id; the system is made around it.
        system = make_system(lambda pressed: self.hotkey_pressed(pressed))

        def codes(chord):
            return macos_codes(chord, self._layout)

        super().__init__("macos", codes, system, parent)
        self._layout: dict[str, int] = {}  # character -> key code, read at each grab

    def grab(self, keys: dict[str, str]) -> dict[str, str]:
        # The layout is read at each grab: the user may have switched it since.
        self._layout = self._system.layout_keys()
        return super().grab(keys)

    @classmethod
    def open(cls, parent: QObject | None = None) -> MacHotkeys | None:
        from twoway.platform.macos_hotkeys import CarbonHotkeys

        if not CarbonHotkeys.available():
            return None
        try:
            return cls(CarbonHotkeys, parent)
        except (OSError, AttributeError):  # Carbon or one of its calls is missing
            log.exception("macOS hotkeys are not available")
            return None
