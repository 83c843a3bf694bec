"""Keys for the whole desktop — start, pause/resume, next, +1 minute, end — that work while
the call has the keyboard, and only while a meeting runs or is offered, so they never
take a key from the rest of the user's day.

X11 and XWayland: the keys are grabbed on Twoway's own X connection (`platform.xcb`); a
key another program holds already is reported by its name, in `twoway status` and in a
notice. Native Wayland offers no grabbing: there, desktop shortcuts that run `twoway
next` etc. do the same (see README). Windows and macOS register them with the system
(`ui/hotkeys_native.py`).
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtGui import QKeySequence

from twoway.core.key_chords import split_chord
from twoway.platform.xcb import BAD_ACCESS, KEY_PRESS, Connection
from twoway.ui.i18n import filled

log = logging.getLogger(__name__)

ACTIONS = ("start", "toggle", "next", "extend", "end")

# X modifier bits.
SHIFT, LOCK, CONTROL, MOD1, MOD2, MOD4 = 1, 2, 4, 8, 16, 64
# Caps Lock and Num Lock change the state a key arrives with; a grab covers each mix.
_IGNORED = (0, LOCK, MOD2, LOCK | MOD2)
_NAMED_KEYSYMS = {
    "Space": 0x20, "Left": 0xFF51, "Up": 0xFF52, "Right": 0xFF53, "Down": 0xFF54,
    "PgUp": 0xFF55, "PgDown": 0xFF56, "Home": 0xFF50, "End": 0xFF57, "Ins": 0xFF63,
    "Del": 0xFFFF,
}  # fmt: skip


@dataclass(frozen=True)
class KeyChord:
    text: str  # as the user wrote it, for messages
    keysym: int
    modifiers: int


def parse_chord(text: str) -> KeyChord | None:
    """Qt's portable text ("Ctrl+Alt+Shift+N") as an X keysym and modifier mask."""
    chord = split_chord(text)
    if chord is None:
        return None
    masks = {"Ctrl": CONTROL, "Alt": MOD1, "Shift": SHIFT, "Meta": MOD4}
    modifiers = 0
    for mod in chord.modifiers:
        modifiers |= masks[mod]
    key = chord.key
    if len(key) == 1:
        keysym = ord(key.lower())
    elif key in _NAMED_KEYSYMS:
        keysym = _NAMED_KEYSYMS[key]
    elif key.startswith("F") and key[1:].isdigit() and 1 <= int(key[1:]) <= 24:
        keysym = 0xFFBE + int(key[1:]) - 1
    else:
        return None
    return KeyChord(text, keysym, modifiers)


def shown(text: str) -> str:
    """The key as this desktop writes it ("Strg+Alt+Umschalt+N" in German)."""
    return QKeySequence.fromString(text, QKeySequence.SequenceFormat.PortableText).toString(
        QKeySequence.SequenceFormat.NativeText
    )


class X11Hotkeys(QObject):
    """Grabs keys on the X server; `pressed(action)` when one is typed anywhere."""

    pressed = Signal(str)
    kind = "x11"

    def __init__(self, connection: Connection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._x = connection
        self._grabbed: dict[tuple[int, int], str] = {}  # (keycode, modifiers) -> action
        self._notifier = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    @classmethod
    def open(cls, parent: QObject | None = None) -> X11Hotkeys | None:
        connection = Connection.open()
        return cls(connection, parent) if connection is not None else None

    def grab(self, keys: dict[str, str]) -> dict[str, str]:
        """Grab each action's key. Returns the problems: action -> "taken" / "unknown"."""
        self.release()
        problems = {}
        for action, text in keys.items():
            chord = parse_chord(text)
            keycode = self._x.keycode(chord.keysym) if chord else 0
            if not keycode:
                problems[action] = "unknown"
                continue
            taken = False
            for extra in _IGNORED:
                error = self._x.grab_key(keycode, chord.modifiers | extra)
                if error == BAD_ACCESS:
                    taken = True
                    break
                if error == 0:
                    self._grabbed[(keycode, chord.modifiers | extra)] = action
            if taken:
                self._release_action(action)
                problems[action] = "taken"
        self._x.flush()
        QTimer.singleShot(0, self, self._read)  # events read while waiting for replies
        return problems

    def _release_action(self, action: str) -> None:
        for (keycode, modifiers), owner in list(self._grabbed.items()):
            if owner == action:
                self._x.ungrab_key(keycode, modifiers)
                del self._grabbed[(keycode, modifiers)]

    def release(self) -> None:
        for keycode, modifiers in self._grabbed:
            self._x.ungrab_key(keycode, modifiers)
        self._grabbed.clear()
        self._x.flush()

    def _read(self) -> None:
        for kind, raw in self._x.events():
            if kind != KEY_PRESS:
                continue
            keycode = raw[1]
            state = int.from_bytes(raw[28:30], "little")
            action = self._grabbed.get((keycode, state))
            if action:
                self.pressed.emit(action)

    def close(self) -> None:
        self.release()
        self._notifier.setEnabled(False)
        self._x.close()


class PortalHotkeys(QObject):
    """The desktop portal's global shortcuts (Wayland: KDE, Hyprland). The desktop owns the
    keys and may let the user choose others; what it gave arrives in `bound`."""

    pressed = Signal(str)
    bound = Signal(object)  # {action: the key in the desktop's words}
    kind = "portal"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from twoway.platform.portal_shortcuts import PortalShortcuts

        # Called on the portal's thread; Qt hands the signals over to this one.
        self._portal = PortalShortcuts(self.pressed.emit, self.bound.emit)

    def grab(self, keys: dict[str, str]) -> dict[str, str]:
        wanted = {
            action: (Hotkeys.action_name(action), text)
            for action, text in keys.items()
            if parse_chord(text)
        }
        self._portal.bind(wanted)
        return {action: "unknown" for action, text in keys.items() if not parse_chord(text)}

    def release(self) -> None:
        self._portal.release()

    def close(self) -> None:
        self._portal.close()


class Hotkeys(QObject):
    """Turns the keys on while a meeting runs or is offered, off otherwise, and does what
    each asks. `problems` (action -> "taken"/"unknown"/"refused") feeds `twoway status`."""

    portal_found = Signal()  # the desktop offers global shortcuts (found on a thread)

    def __init__(self, context, backend, parent: QObject | None = None):
        super().__init__(parent)
        self.context = context
        self.backend = backend
        self.active = False
        self.problems: dict[str, str] = {}
        self._told: set[tuple[str, str]] = set()
        if backend is not None:
            backend.pressed.connect(self.run)
        meeting = context.meeting
        for signal in (meeting.started, meeting.ended, meeting.changed):
            signal.connect(self.update)
        if context.calls is not None:
            context.calls.offer_changed.connect(self.update)

    @classmethod
    def install(cls, context) -> Hotkeys:
        from PySide6.QtGui import QGuiApplication

        backend = None
        if QGuiApplication.platformName() == "xcb":
            backend = X11Hotkeys.open(context.app)
        elif sys.platform in ("win32", "darwin"):
            from twoway.ui.hotkeys_native import MacHotkeys, WindowsHotkeys

            native = WindowsHotkeys if sys.platform == "win32" else MacHotkeys
            backend = native.open(context.app)
        hotkeys = cls(context, backend, context.app)
        if os.environ.get("WAYLAND_DISPLAY"):
            hotkeys.look_for_portal()
        return hotkeys

    def look_for_portal(self) -> None:
        """Ask the session bus for the portal on a thread: a portal that is still being
        started by the bus must not hold up the overlay's first paint."""
        import threading

        from twoway.platform.portal_shortcuts import PortalShortcuts

        self.portal_found.connect(self.use_portal)

        def ask() -> None:
            if PortalShortcuts.available():
                self.portal_found.emit()  # handed to the main thread by Qt

        threading.Thread(target=ask, name="portal-check", daemon=True).start()

    def use_portal(self) -> None:
        """The desktop offers global shortcuts: they work with every window, so they win
        over X11 grabs (which work only while an X11 window has the focus)."""
        self.set_backend(PortalHotkeys(self))

    def set_backend(self, backend) -> None:
        if self.backend is not None:
            self.backend.close()
        self.backend = backend
        self.active = False
        backend.pressed.connect(self.run)
        self.update()  # a meeting that already runs gets its keys now

    def wanted(self) -> bool:
        calls = self.context.calls
        offered = calls is not None and bool(calls.card.offering)
        return self.context.meeting.active or offered

    def keys(self) -> dict[str, str]:
        chosen = self.context.settings.values.hotkeys
        return {action: getattr(chosen, action) for action in ACTIONS if getattr(chosen, action)}

    def update(self, *_args) -> None:
        if self.backend is None:
            return
        if self.wanted() and not self.active:
            self.active = True
            self.problems = self.backend.grab(self.keys())
            self._tell(self.problems)
        elif not self.wanted() and self.active:
            self.active = False
            self.backend.release()

    def reload(self) -> None:
        """The keys changed in Settings: grab the new ones if the keys are on now."""
        if self.active and self.backend is not None:
            self.problems = self.backend.grab(self.keys())
            self._tell(self.problems)

    def status(self) -> dict:
        if self.backend is None:
            return {"hotkeys": None}
        return {
            "hotkeys": {
                "active": self.active,
                "problems": dict(self.problems),
                "via": self.backend.kind,
            }
        }

    def run(self, action: str) -> None:
        meeting = self.context.meeting
        calls = self.context.calls
        if action == "start":
            if calls is not None and calls.card.offering == "start":
                calls.start_offered()
            return
        if not meeting.active:
            return
        {"toggle": meeting.toggle_pause, "next": meeting.next_phase,
         "extend": meeting.extend, "end": meeting.end}[action]()  # fmt: skip

    def _tell(self, problems: dict[str, str]) -> None:
        keys = self.keys()
        for action, problem in problems.items():
            if (action, keys[action]) in self._told:
                continue  # said once per key, not at every meeting
            self._told.add((action, keys[action]))
            if problem == "taken":
                text = QCoreApplication.translate(
                    "Hotkeys",
                    "The key %1 (%2) is already taken by another program, so Twoway cannot "
                    "use it. Choose another in Settings.",
                )
            elif problem == "refused":
                text = QCoreApplication.translate(
                    "Hotkeys",
                    "The system did not let Twoway use the key %1 (%2). Choose another in "
                    "Settings.",
                )
            else:
                text = QCoreApplication.translate(
                    "Hotkeys", "The key %1 (%2) cannot be typed on this keyboard layout."
                )
            text = filled(text, shown(keys[action]), self.action_name(action))
            log.warning("%s", text)
            self.context.notices.say(QCoreApplication.applicationName(), text)

    @staticmethod
    def action_name(action: str) -> str:
        names = {
            "start": QCoreApplication.translate("Hotkeys", "start the offered meeting"),
            "toggle": QCoreApplication.translate("Hotkeys", "pause or resume"),
            "next": QCoreApplication.translate("Hotkeys", "next phase"),
            "extend": QCoreApplication.translate("Hotkeys", "one more minute"),
            "end": QCoreApplication.translate("Hotkeys", "end the meeting"),
        }
        return names[action]

    def close(self) -> None:
        if self.backend is not None:
            self.backend.close()
            self.backend = None
