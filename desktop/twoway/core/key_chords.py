"""Hotkeys as Windows and macOS want them, from Qt's portable key text.

The settings keep each key as Qt writes it ("Ctrl+Alt+Shift+N"). Windows
(RegisterHotKey) wants MOD_* bits and a virtual-key code; macOS (Carbon's
RegisterEventHotKey) wants its modifier bits and a key code. Turning one into the other,
telling what an error code means, and keeping track of which registration is which
action are plain rules: they live here, without Qt and without the platform, so they are
tested anywhere. The calls into the system sit in `twoway.platform.windows_hotkeys` and
`twoway.platform.macos_hotkeys`.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass

MODIFIER_NAMES = ("Ctrl", "Alt", "Shift", "Meta")

# What went wrong with one key, for `twoway status` and the notice naming the key.
TAKEN = "taken"  # another program holds it
UNKNOWN = "unknown"  # no key on this platform types it
REFUSED = "refused"  # the system said no for another reason


@dataclass(frozen=True)
class Chord:
    text: str  # as the user wrote it, for messages
    modifiers: frozenset[str]  # of MODIFIER_NAMES
    key: str  # "N", "F5", "Space", "+"


def split_chord(text: str) -> Chord | None:
    """Qt's portable text split into modifiers and key; None when it is not one key."""
    if not text:
        return None
    # "Ctrl++" is Ctrl with the plus key itself.
    *mods, key = [*text[:-2].split("+"), "+"] if text.endswith("++") else text.split("+")
    if not key or any(mod not in MODIFIER_NAMES for mod in mods):
        return None
    if len(key) == 1 and not key.isprintable():
        return None
    return Chord(text, frozenset(mods), key)


# --- Windows ---------------------------------------------------------------------------

MOD_ALT, MOD_CONTROL, MOD_SHIFT, MOD_WIN = 0x1, 0x2, 0x4, 0x8
MOD_NOREPEAT = 0x4000  # one WM_HOTKEY per press, not one per auto-repeat
ERROR_HOTKEY_ALREADY_REGISTERED = 1409
_WINDOWS_MODIFIERS = {"Ctrl": MOD_CONTROL, "Alt": MOD_ALT, "Shift": MOD_SHIFT, "Meta": MOD_WIN}
_WINDOWS_NAMED = {
    "Space": 0x20, "PgUp": 0x21, "PgDown": 0x22, "End": 0x23, "Home": 0x24, "Left": 0x25,
    "Up": 0x26, "Right": 0x27, "Down": 0x28, "Ins": 0x2D, "Del": 0x2E,
    # The OEM keys Windows names the same on every layout.
    "+": 0xBB, ",": 0xBC, "-": 0xBD, ".": 0xBE,
}  # fmt: skip


def windows_codes(
    chord: Chord, key_for_character: Callable[[str], int] | None = None
) -> tuple[int, int] | None:
    """(MOD_* bits, virtual-key code) for RegisterHotKey; None when no key types it.

    `key_for_character` is VkKeyScanW: for punctuation whose key differs between
    layouts, the key that types it on the user's layout (low byte), and the modifiers it
    needs (high byte); -1 when none does."""
    modifiers = MOD_NOREPEAT
    for mod in chord.modifiers:
        modifiers |= _WINDOWS_MODIFIERS[mod]
    key = chord.key
    if len(key) == 1 and key.upper() in string.ascii_uppercase + string.digits:
        return modifiers, ord(key.upper())  # VK_A..VK_Z, VK_0..VK_9 are the ASCII codes
    if key in _WINDOWS_NAMED:
        return modifiers, _WINDOWS_NAMED[key]
    number = _function_key(key)
    if number is not None:
        return modifiers, 0x70 + number - 1  # VK_F1..VK_F24
    if len(key) == 1 and key_for_character is not None:
        scan = key_for_character(key)
        # Only a key that types it by itself: one needing Shift or AltGr would be a
        # different key combination from the one the user chose.
        if scan != -1 and (scan >> 8) & 0xFF == 0:
            return modifiers, scan & 0xFF
    return None


def windows_problem(error: int) -> str:
    """What a failed RegisterHotKey's last error means for the user."""
    return TAKEN if error == ERROR_HOTKEY_ALREADY_REGISTERED else REFUSED


# --- macOS -----------------------------------------------------------------------------

CMD_KEY, SHIFT_KEY, OPTION_KEY, CONTROL_KEY = 0x100, 0x200, 0x800, 0x1000
EVENT_HOT_KEY_EXISTS = -9878  # eventHotKeyExistsErr
# Qt writes the Command key as "Ctrl" and the Control key as "Meta" on macOS, so the
# same settings file means the same familiar keys on every system.
_MAC_MODIFIERS = {"Ctrl": CMD_KEY, "Alt": OPTION_KEY, "Shift": SHIFT_KEY, "Meta": CONTROL_KEY}
# Key codes of a US (ANSI) keyboard: Carbon names keys by place, not by the letter they
# type. The user's own layout (`keys_from_layout`) wins where it is known; these are
# what is left when it is not.
_MAC_CHARACTERS = {
    "A": 0x00, "S": 0x01, "D": 0x02, "F": 0x03, "H": 0x04, "G": 0x05, "Z": 0x06, "X": 0x07,
    "C": 0x08, "V": 0x09, "B": 0x0B, "Q": 0x0C, "W": 0x0D, "E": 0x0E, "R": 0x0F, "Y": 0x10,
    "T": 0x11, "1": 0x12, "2": 0x13, "3": 0x14, "4": 0x15, "6": 0x16, "5": 0x17, "=": 0x18,
    "9": 0x19, "7": 0x1A, "-": 0x1B, "8": 0x1C, "0": 0x1D, "]": 0x1E, "O": 0x1F, "U": 0x20,
    "[": 0x21, "I": 0x22, "P": 0x23, "L": 0x25, "J": 0x26, "'": 0x27, "K": 0x28, ";": 0x29,
    "\\": 0x2A, ",": 0x2B, "/": 0x2C, "N": 0x2D, "M": 0x2E, ".": 0x2F, "`": 0x32,
}  # fmt: skip
_MAC_NAMED = {
    "Space": 0x31, "Home": 0x73, "PgUp": 0x74, "Del": 0x75, "End": 0x77, "PgDown": 0x79,
    "Left": 0x7B, "Right": 0x7C, "Down": 0x7D, "Up": 0x7E, "Ins": 0x72,  # Help, where Ins is
}  # fmt: skip
_MAC_FUNCTION = (0x7A, 0x78, 0x63, 0x76, 0x60, 0x61, 0x62, 0x64, 0x65, 0x6D, 0x67, 0x6F,
                 0x69, 0x6B, 0x71, 0x6A, 0x40, 0x4F, 0x50, 0x5A)  # F1..F20  # fmt: skip


_MAC_KEYPAD = range(0x41, 0x5D)  # the numeric keypad's keys (and F18-F20, typing nothing)


def keys_from_layout(translate: Callable[[int], str]) -> dict[str, int]:
    """Which key types which character on the user's layout: `translate(key code)` is
    what the key types without modifiers (UCKeyTranslate). A character two keys type
    goes to the lower code, the main keys; the keypad is left out (laptops have none)."""
    found: dict[str, int] = {}
    for code in range(128):
        if code in _MAC_KEYPAD:
            continue
        typed = translate(code)
        if len(typed) == 1 and typed.isprintable() and not typed.isspace():
            found.setdefault(typed.upper(), code)
    return found


def macos_codes(chord: Chord, layout: dict[str, int] | None = None) -> tuple[int, int] | None:
    """(Carbon modifier bits, key code) for RegisterEventHotKey; None when there is no
    such key on a Mac keyboard. `layout`: the user's keys (`keys_from_layout`), so
    Command+M is the key that types M on a French keyboard too."""
    modifiers = 0
    for mod in chord.modifiers:
        modifiers |= _MAC_MODIFIERS[mod]
    key = chord.key.upper() if len(chord.key) == 1 else chord.key
    if layout and key in layout:
        return modifiers, layout[key]
    if key in _MAC_CHARACTERS:
        return modifiers, _MAC_CHARACTERS[key]
    if key in _MAC_NAMED:
        return modifiers, _MAC_NAMED[key]
    number = _function_key(key)
    if number is not None and number <= len(_MAC_FUNCTION):
        return modifiers, _MAC_FUNCTION[number - 1]
    return None


def macos_problem(status: int) -> str:
    """What a failed RegisterEventHotKey's status means for the user."""
    return TAKEN if status == EVENT_HOT_KEY_EXISTS else REFUSED


def _function_key(key: str) -> int | None:
    number = key[1:]
    if key.startswith("F") and number.isascii() and number.isdigit() and 1 <= int(number) <= 24:
        return int(number)
    return None


# --- which registration is which action -------------------------------------------------

# register(hotkey id, modifiers, key code) -> None when it worked, else a problem.
Register = Callable[[int, int, int], "str | None"]
Unregister = Callable[[int], None]
Codes = Callable[[Chord], "tuple[int, int] | None"]


class Registrations:
    """Registers each action's key under its own id, remembers which id is which action,
    and gives every key back. The system calls come in as functions, so the same rules
    serve Windows and macOS."""

    FIRST_ID = 1  # Windows takes 0x0000..0xBFFF from an application

    def __init__(self, codes: Codes, register: Register, unregister: Unregister) -> None:
        self._codes = codes
        self._register = register
        self._unregister = unregister
        self._actions: dict[int, str] = {}  # hotkey id -> action

    def grab(self, keys: dict[str, str]) -> dict[str, str]:
        """Register each action's key (the ones held before are given back first).
        Returns the problems: action -> TAKEN / UNKNOWN / REFUSED."""
        self.release()
        problems: dict[str, str] = {}
        for number, (action, text) in enumerate(keys.items()):
            chord = split_chord(text)
            codes = self._codes(chord) if chord is not None else None
            if codes is None:
                problems[action] = UNKNOWN
                continue
            hotkey_id = self.FIRST_ID + number
            problem = self._register(hotkey_id, *codes)
            if problem is None:
                self._actions[hotkey_id] = action
            else:
                problems[action] = problem
        return problems

    def release(self) -> None:
        for hotkey_id in list(self._actions):
            self._unregister(hotkey_id)
        self._actions.clear()

    def action(self, hotkey_id: int) -> str | None:
        """The action a pressed hotkey stands for; None for ids that are not Twoway's."""
        return self._actions.get(hotkey_id)
