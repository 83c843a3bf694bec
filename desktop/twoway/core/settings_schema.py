"""The settings' schema: each section and its defaults, what each setting accepts, and
reading a parsed settings.toml into typed values with a problem for each value left out.
The file itself (loading, outside changes, saving one setting) is `settings.SettingsFile`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from twoway.core.marks import QT_TRANSLATE_NOOP, Message, message
from twoway.core.store.problems import UNREADABLE, Problem
from twoway.core.store.tomltext import LineFinder
from twoway.core.workflow.keep_in_touch import CADENCES

SETTINGS_SCHEMA = 1
OVERLAY_SIZES = ("small", "medium", "large")
_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})*$")
_FORMAT_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
# One key with modifiers, in Qt's portable text: "Ctrl+Alt+Shift+N", "Meta+F9".
_KEY_SEQUENCE_RE = re.compile(
    r"^((Ctrl|Alt|Shift|Meta)\+){0,4}"
    r"([A-Z0-9]|F([1-9]|1[0-9]|2[0-4])|Space|Left|Right|Up|Down|PgUp|PgDown|Home|End|Ins|Del"
    r"|[-=,.;/'`\[\]\\])$"
)


@dataclass
class General:
    language: str = ""  # "" follows the system
    start_at_login: bool = False
    show_tray: bool = True


@dataclass
class Overlay:
    size: str = "medium"
    opacity: float = 0.92
    click_through: bool = False
    locked: bool = False
    show_closing_line: bool = True
    closing_line_lead_s: int = 120
    end_card_s: int = 90  # how long the "meeting ended" card stays before it goes
    native_wayland: bool = False  # Twoway runs through XWayland unless this is on


@dataclass
class Sound:
    chime: bool = True
    volume: float = 0.6
    phase_tones: bool = False


@dataclass
class MeetingDefaults:
    default_format: str = "minimastermind"
    keep_slot: bool = True
    reminder_minutes: int = 5


@dataclass
class Backups:
    daily: bool = True
    keep: int = 14


@dataclass
class Calls:
    detect: bool = True  # notice a call (microphone in use, a call app's window)
    offer: str = "ask"  # when a call starts: "off", "ask" (offer on the overlay), "start"
    offer_any_time: bool = False  # also when no meeting is planned within 15 minutes
    debrief_after_call: bool = True  # the meeting ended and the call is over: open it
    dock: bool = True  # the overlay sits at a corner of the call's window (X11)
    screen_share: str = "hide"  # while the screen is shared: "hide", "bar" or "off"


@dataclass
class Hotkeys:
    """Keys for the whole desktop, active only while a meeting runs or is offered.
    Qt's portable key-sequence text; "" turns one off."""

    start: str = "Ctrl+Alt+Shift+M"
    toggle: str = "Ctrl+Alt+Shift+P"
    next: str = "Ctrl+Alt+Shift+N"
    extend: str = "Ctrl+Alt+Shift+X"
    end: str = "Ctrl+Alt+Shift+E"


@dataclass
class Profile:
    """About you: used by the request message and offered for your introduction."""

    name: str = ""
    introduction: str = ""  # one line: who you are, as you would say it in a call
    sign_off: str = ""  # "" uses the message's own ("Thank you,")


@dataclass
class KeepInTouch:
    """How often to reconnect with everyone who has a tag. A contact's own choice on
    their page comes first; of several tags, the shortest cadence counts."""

    # tag, case-folded (as tags are compared) -> days, one of the choices offered (CADENCES)
    tags: dict[str, int] = field(default_factory=dict)


@dataclass
class Settings:
    general: General = field(default_factory=General)
    overlay: Overlay = field(default_factory=Overlay)
    sound: Sound = field(default_factory=Sound)
    meeting: MeetingDefaults = field(default_factory=MeetingDefaults)
    backups: Backups = field(default_factory=Backups)
    calls: Calls = field(default_factory=Calls)
    hotkeys: Hotkeys = field(default_factory=Hotkeys)
    profile: Profile = field(default_factory=Profile)
    keep_in_touch: KeepInTouch = field(default_factory=KeepInTouch)


# --- what each setting accepts ---------------------------------------------------------


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError(message(QT_TRANSLATE_NOOP("Messages", "must be true or false")))
    return value


def _whole(low: int, high: int) -> Callable[[object], int]:
    def check(value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValueError(
                message(
                    QT_TRANSLATE_NOOP("Messages", "must be a whole number from %1 to %2"),
                    str(low),
                    str(high),
                )
            )
        return value

    return check


def _fraction(low: float, high: float) -> Callable[[object], float]:
    def check(value: object) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(
                message(
                    QT_TRANSLATE_NOOP("Messages", "must be a number from %1 to %2"),
                    f"{low:g}",
                    f"{high:g}",
                )
            )
        if math.isnan(value) or not low <= value <= high:
            raise ValueError(
                message(
                    QT_TRANSLATE_NOOP("Messages", "must be a number from %1 to %2"),
                    f"{low:g}",
                    f"{high:g}",
                )
            )
        return float(value)

    return check


def _matching(pattern: re.Pattern[str], example: str, *, empty_ok: bool) -> Callable[[object], str]:
    def check(value: object) -> str:
        if not isinstance(value, str):
            raise ValueError(message(QT_TRANSLATE_NOOP("Messages", "must be text in quotes")))
        if (value == "" and empty_ok) or pattern.match(value):
            return value
        raise ValueError(message(QT_TRANSLATE_NOOP("Messages", 'must look like "%1"'), example))

    return check


def _one_of(choices: tuple[str, ...]) -> Callable[[object], str]:
    def check(value: object) -> str:
        if value not in choices:
            raise ValueError(
                message(
                    QT_TRANSLATE_NOOP("Messages", "must be one of %1"),
                    ", ".join(f'"{c}"' for c in choices),
                )
            )
        return value

    return check


def _line(longest: int) -> Callable[[object], str]:
    def check(value: object) -> str:
        if not isinstance(value, str):
            raise ValueError(message(QT_TRANSLATE_NOOP("Messages", "must be text in quotes")))
        if "\n" in value or len(value) > longest:
            raise ValueError(
                message(
                    QT_TRANSLATE_NOOP("Messages", "must be one line of at most %1 characters"),
                    str(longest),
                )
            )
        return value

    return check


def check_cadence(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value not in CADENCES:
        raise ValueError(
            message(
                QT_TRANSLATE_NOOP("Messages", "must be a number of days: one of %1"),
                ", ".join(str(days) for days in CADENCES),
            )
        )
    return value


_TAG_LONGEST = 100


def tag_key(value: str) -> str:
    tag = value.strip().casefold()
    if not tag or "\n" in tag or len(tag) > _TAG_LONGEST:
        raise ValueError(
            message(
                QT_TRANSLATE_NOOP("Messages", "must name a tag of one line, at most %1 characters"),
                str(_TAG_LONGEST),
            )
        )
    return tag


def _tag_entries(value: object) -> dict[str, object]:
    if not isinstance(value, dict):
        raise ValueError(
            message(
                QT_TRANSLATE_NOOP("Messages", "must be a table of tags and days, such as %1"),
                "investors = 30",
            )
        )
    return value


def _tag_cadences(value: object) -> dict[str, int]:
    """Every entry checked; "no reminder" (0) is the same as no entry, so it is left out."""
    table: dict[str, int] = {}
    for name, days in _tag_entries(value).items():
        _add_tag_cadence(table, name, days)
    return table


def _add_tag_cadence(table: dict[str, int], name: str, days: object) -> None:
    tag, checked = tag_key(name), check_cadence(days)
    if checked:
        # "Investors" and "investors" are one tag: the shorter cadence wins, as on a contact.
        table[tag] = min(checked, table.get(tag, checked))


# Settings whose value is a table checked entry by entry when read: a bad entry is left
# out (and reported), the good ones beside it still count.
_TABLES = {"keep_in_touch.tags"}


# Each setting's check: the value as stored, or ValueError with the reason.
RULES: dict[str, Callable[[object], object]] = {
    "general.language": _matching(_LANGUAGE_RE, "de", empty_ok=True),
    "general.start_at_login": _flag,
    "general.show_tray": _flag,
    "overlay.size": _one_of(OVERLAY_SIZES),
    "overlay.opacity": _fraction(0.35, 1.0),
    "overlay.click_through": _flag,
    "overlay.locked": _flag,
    "overlay.show_closing_line": _flag,
    "overlay.closing_line_lead_s": _whole(0, 3600),
    "overlay.end_card_s": _whole(5, 3600),
    "overlay.native_wayland": _flag,
    "sound.chime": _flag,
    "sound.volume": _fraction(0.0, 1.0),
    "sound.phase_tones": _flag,
    "meeting.default_format": _matching(_FORMAT_ID_RE, "minimastermind", empty_ok=False),
    "meeting.keep_slot": _flag,
    "meeting.reminder_minutes": _whole(0, 1440),
    "backups.daily": _flag,
    "backups.keep": _whole(1, 365),
    "calls.detect": _flag,
    "calls.offer": _one_of(("off", "ask", "start")),
    "calls.offer_any_time": _flag,
    "calls.debrief_after_call": _flag,
    "calls.dock": _flag,
    "calls.screen_share": _one_of(("hide", "bar", "off")),
    **{
        f"hotkeys.{name}": _matching(_KEY_SEQUENCE_RE, "Ctrl+Alt+Shift+N", empty_ok=True)
        for name in ("start", "toggle", "next", "extend", "end")
    },
    "profile.name": _line(120),
    "profile.introduction": _line(300),
    "profile.sign_off": _line(120),
    "keep_in_touch.tags": _tag_cadences,
}


def _section_names() -> list[str]:
    return [f.name for f in fields(Settings)]


def apply_value(settings: Settings, key: str, value: object) -> None:
    section, name = key.split(".", 1)
    setattr(getattr(settings, section), name, value)


def read_values(
    data: dict[str, Any], finder: LineFinder, path: Path
) -> tuple[Settings, list[Problem]]:
    settings = Settings()
    problems = []

    def report(where: tuple[str | int, ...], said: Message) -> None:
        problems.append(Problem(path, finder.line_of(where), said, UNREADABLE))

    for section, table in data.items():
        if section == "schema":
            continue
        if section not in _section_names():
            report(
                (section,),
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages", 'There is no settings section "%1"; it is ignored.'
                    ),
                    section,
                ),
            )
            continue
        if not isinstance(table, dict):
            report(
                (section,),
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages", '"%1" must be a [%1] section; defaults are used.'
                    ),
                    section,
                ),
            )
            continue
        for name, value in table.items():
            key = f"{section}.{name}"
            rule = RULES.get(key)
            if rule is None:
                report(
                    (section, name),
                    message(
                        QT_TRANSLATE_NOOP("Messages", 'There is no setting "%1"; it is ignored.'),
                        key,
                    ),
                )
                continue
            if key in _TABLES and isinstance(value, dict):
                apply_value(settings, key, _read_table(key, value, report))
                continue
            try:
                apply_value(settings, key, rule(value))
            except ValueError as exc:
                default = get_value(Settings(), key)
                report(
                    (section, name),
                    message(
                        QT_TRANSLATE_NOOP("Messages", '"%1" %2, so the default (%3) is used.'),
                        key,
                        exc.args[0],
                        _show(default),
                    ),
                )
    return settings, problems


def _read_table(
    key: str, table: dict[str, Any], report: Callable[[tuple[str | int, ...], Message], None]
) -> dict[str, int]:
    section, name = key.split(".", 1)
    kept: dict[str, int] = {}
    for entry, value in table.items():
        try:
            _add_tag_cadence(kept, entry, value)
        except ValueError as exc:
            report((section, name, entry), message(_TAG_LEFT_OUT, key, entry, exc.args[0]))
    return kept


_TAG_LEFT_OUT = QT_TRANSLATE_NOOP("Messages", '"%1" for the tag "%2" %3, so the tag is ignored.')


def tags_left_out(problems: list[Problem]) -> list[str]:
    """The tags (case-folded) whose cadence in the file could not be used."""
    return [
        str(p.message.args[1]).strip().casefold()
        for p in problems
        if isinstance(p.message, Message) and p.message.source == _TAG_LEFT_OUT
    ]


def _show(value: object) -> str:
    # As it would be typed into settings.toml (0.92, not a localized 0,92).
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    return str(value)


def get_value(settings: Settings, key: str) -> object:
    section, name = key.split(".", 1)
    return getattr(getattr(settings, section), name)
