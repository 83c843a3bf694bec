"""Hotkeys from the settings' key text to what Windows and macOS register, and which
registration is which action."""

from __future__ import annotations

from twoway.core import key_chords as kc


def test_the_settings_text_splits_into_modifiers_and_key():
    chord = kc.split_chord("Ctrl+Alt+Shift+N")
    assert chord is not None
    assert chord.modifiers == {"Ctrl", "Alt", "Shift"}
    assert chord.key == "N"
    plus = kc.split_chord("Ctrl++")
    assert plus is not None and plus.key == "+" and plus.modifiers == {"Ctrl"}
    assert kc.split_chord("") is None
    assert kc.split_chord("Hyper+N") is None, "not a modifier Qt writes"
    assert kc.split_chord("Ctrl+") is None


def test_windows_gets_mod_bits_and_virtual_keys_without_auto_repeat():
    def codes(text: str) -> tuple[int, int] | None:
        chord = kc.split_chord(text)
        assert chord is not None
        return kc.windows_codes(chord)

    assert codes("Ctrl+Alt+Shift+N") == (
        kc.MOD_CONTROL | kc.MOD_ALT | kc.MOD_SHIFT | kc.MOD_NOREPEAT,
        ord("N"),
    )
    assert codes("Meta+e") == (kc.MOD_WIN | kc.MOD_NOREPEAT, 0x45)
    assert codes("Ctrl+7") == (kc.MOD_CONTROL | kc.MOD_NOREPEAT, 0x37)
    assert codes("Alt+F1") == (kc.MOD_ALT | kc.MOD_NOREPEAT, 0x70)
    assert codes("Alt+F24") == (kc.MOD_ALT | kc.MOD_NOREPEAT, 0x87)
    assert codes("Ctrl+Space")[1] == 0x20
    assert codes("Ctrl+PgDown")[1] == 0x22
    assert codes("Ctrl++")[1] == 0xBB
    assert codes("Ctrl+§") is None, "no key that types it on every layout"
    assert codes("Alt+F²") is None, "a superscript digit names no function key"


def test_windows_punctuation_is_looked_up_on_the_users_layout():
    # VkKeyScanW's answers: key code in the low byte, the shift state it needs above.
    us = {"/": 0x00BF, "[": 0x00DB}
    german = {"/": 0x0137, "[": 0x06DB}  # Shift+7; AltGr+8 (Ctrl+Alt)
    slash = kc.split_chord("Ctrl+Alt+/")
    assert slash is not None
    assert kc.windows_codes(slash, lambda ch: us.get(ch, -1)) == (
        kc.MOD_CONTROL | kc.MOD_ALT | kc.MOD_NOREPEAT,
        0xBF,
    )
    assert kc.windows_codes(slash, lambda ch: german.get(ch, -1)) is None, "needs Shift there"
    assert kc.windows_codes(slash, lambda ch: -1) is None, "no key types it"
    assert kc.windows_codes(slash) is None, "without the layout it cannot be told"


def test_macos_reads_ctrl_as_command_and_meta_as_control_as_qt_does():
    def codes(text: str) -> tuple[int, int] | None:
        chord = kc.split_chord(text)
        assert chord is not None
        return kc.macos_codes(chord)

    assert codes("Ctrl+Alt+Shift+N") == (kc.CMD_KEY | kc.OPTION_KEY | kc.SHIFT_KEY, 0x2D)
    assert codes("Meta+M") == (kc.CONTROL_KEY, 0x2E)
    assert codes("Ctrl+a") == (kc.CMD_KEY, 0x00)
    assert codes("Ctrl+F5") == (kc.CMD_KEY, 0x60)
    assert codes("Ctrl+Left") == (kc.CMD_KEY, 0x7B)
    assert codes("Ctrl+F21") is None, "Mac keyboards stop at F20"
    # The five default keys all have a key on a Mac keyboard.
    for letter, code in {"M": 0x2E, "P": 0x23, "N": 0x2D, "X": 0x07, "E": 0x0E}.items():
        assert codes(f"Ctrl+Alt+Shift+{letter}") == (
            kc.CMD_KEY | kc.OPTION_KEY | kc.SHIFT_KEY,
            code,
        )


def test_macos_uses_the_users_layout_where_it_is_known():
    qwertz = {0x06: "y", 0x10: "z", 0x2D: "n", 0x59: "7", 0x1A: "7", 0x31: " "}
    layout = kc.keys_from_layout(lambda code: qwertz.get(code, ""))
    assert layout == {"Y": 0x06, "Z": 0x10, "N": 0x2D, "7": 0x1A}, "no keypad, no space"
    z = kc.split_chord("Ctrl+Z")
    assert z is not None
    assert kc.macos_codes(z, layout) == (kc.CMD_KEY, 0x10)
    assert kc.macos_codes(z) == (kc.CMD_KEY, 0x06), "without the layout: the US place"
    f5 = kc.split_chord("Ctrl+F5")
    assert f5 is not None and kc.macos_codes(f5, layout) == (kc.CMD_KEY, 0x60)


def test_a_key_held_by_another_program_is_taken_other_errors_refused():
    assert kc.windows_problem(kc.ERROR_HOTKEY_ALREADY_REGISTERED) == kc.TAKEN
    assert kc.windows_problem(87) == kc.REFUSED  # ERROR_INVALID_PARAMETER
    assert kc.macos_problem(kc.EVENT_HOT_KEY_EXISTS) == kc.TAKEN
    assert kc.macos_problem(-9879) == kc.REFUSED  # eventHotKeyInvalidErr


class System:
    """Registers like an operating system would, with one key held by another program."""

    def __init__(self, held: tuple[int, int] | None = None) -> None:
        self.held = held
        self.registered: dict[int, tuple[int, int]] = {}
        self.calls: list[tuple] = []

    def register(self, hotkey_id: int, modifiers: int, key: int) -> str | None:
        self.calls.append(("register", hotkey_id, modifiers, key))
        if (modifiers, key) == self.held:
            return kc.TAKEN
        self.registered[hotkey_id] = (modifiers, key)
        return None

    def unregister(self, hotkey_id: int) -> None:
        self.calls.append(("unregister", hotkey_id))
        del self.registered[hotkey_id]


def test_registrations_name_the_taken_key_and_give_every_key_back():
    held = kc.windows_codes(kc.split_chord("Ctrl+Alt+Shift+E"))  # type: ignore[arg-type]
    system = System(held=held)
    keys = kc.Registrations(kc.windows_codes, system.register, system.unregister)
    problems = keys.grab(
        {"next": "Ctrl+Alt+Shift+N", "end": "Ctrl+Alt+Shift+E", "extend": "Ctrl+§"}
    )
    assert problems == {"end": kc.TAKEN, "extend": kc.UNKNOWN}
    assert len(system.registered) == 1
    (next_id,) = system.registered
    assert keys.action(next_id) == "next"
    assert keys.action(next_id + 100) is None, "an id that is not Twoway's"

    keys.release()
    assert system.registered == {}
    assert keys.action(next_id) is None

    keys.grab({"toggle": "Ctrl+Alt+Shift+P"})
    keys.grab({"toggle": "Ctrl+Alt+Shift+O"})  # new keys from Settings
    assert [kc.windows_codes(kc.split_chord("Ctrl+Alt+Shift+O"))] == list(  # type: ignore[arg-type]
        system.registered.values()
    ), "the old key was given back before the new one was taken"
