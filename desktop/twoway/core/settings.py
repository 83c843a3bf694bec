"""Preferences (settings.toml); machine-local window state is in `ui_state`.

Settings have one typed schema with defaults. A missing, unknown or invalid value falls
back to its default and is reported; loading never writes. Only changing a setting
writes the file, and then only that setting changes in the file as it is on disk at that
moment: values this version does not know (from a newer Twoway, or typed by hand) and
values another device changed meanwhile stay as they are.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, cast

from twoway.core.atomic import atomic_write_bytes, atomic_write_text
from twoway.core.clock import Clock, SystemClock
from twoway.core.marks import QT_TRANSLATE_NOOP, Message, message
from twoway.core.store.files import read_regular_file
from twoway.core.store.migrations import schema_of, upgrade
from twoway.core.store.problems import NEWER_VERSION, NOT_SAVED, UNREADABLE, Invalid, Problem
from twoway.core.store.tomltext import (
    LineFinder,
    Unreadable,
    dump_text,
    parse_bytes,
)
from twoway.core.ui_state import UiState
from twoway.core.workflow.keep_in_touch import CADENCES

__all__ = ["RULES", "Settings", "SettingsFile", "UiState", "get_value"]

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


def _cadence(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value not in CADENCES:
        raise ValueError(
            message(
                QT_TRANSLATE_NOOP("Messages", "must be a number of days: one of %1"),
                ", ".join(str(days) for days in CADENCES),
            )
        )
    return value


_TAG_LONGEST = 100


def _tag(value: str) -> str:
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
    tag, checked = _tag(name), _cadence(days)
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


def _apply(settings: Settings, key: str, value: object) -> None:
    section, name = key.split(".", 1)
    setattr(getattr(settings, section), name, value)


def _read_values(
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
                _apply(settings, key, _read_table(key, value, report))
                continue
            try:
                _apply(settings, key, rule(value))
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


@dataclass
class _Read:
    """What settings.toml held when it was last read."""

    data: dict[str, Any] | None = None  # the parsed (and upgraded) document; None when unreadable
    text: str = ""
    raw: bytes | None = None  # None: there is no file
    problems: list[Problem] = field(default_factory=list)
    newer: bool = False
    upgraded_from: int | None = None


class SettingsFile:
    """The user's preferences, as loaded from settings.toml, and the way to change them.

    Another device (through a sync tool) or the user (by hand) may change the file while
    Twoway runs. `reload()` takes such changes in, and a change made here is written by
    reading the file again and changing only that setting in it (and any earlier change
    that could not be saved): what the other side changed is never written back over.
    """

    def __init__(
        self, path: Path, backups_dir: Path | None = None, clock: Clock | None = None
    ) -> None:
        self.path = Path(path)
        self.backups_dir = backups_dir or self.path.parent / "backups"
        self.clock = clock or SystemClock()
        self.values = Settings()
        self.problems: list[Problem] = []
        self.read_only = False  # written by a newer Twoway: changes stay in memory
        self._raw: dict[str, Any] = {}  # the document as last read or written
        self._seen: bytes | None = None  # the file's bytes then, to tell outside changes
        self._unsaved: dict[str, object] = {}  # changed here, not written yet
        self._unreadable: bytes | None = None  # the broken file, kept before replacing it
        self._upgraded_from: tuple[int, bytes] | None = None
        # Settings another device changed, taken in by the last set() (see reload()).
        self.changed_outside: list[str] = []

    @classmethod
    def load(
        cls, path: Path, backups_dir: Path | None = None, clock: Clock | None = None
    ) -> SettingsFile:
        settings = cls(path, backups_dir, clock)
        settings._take(settings._read())
        return settings

    def _read(self) -> _Read:
        try:
            raw = read_regular_file(self.path)  # a pipe or a huge file is named, not waited on
        except FileNotFoundError:
            return _Read()
        except OSError as exc:
            problem = self._problem_of(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Your settings could not be read (%1); defaults are used."
                    ),
                    exc.strerror,
                )
            )
            # We cannot tell what is in it, so we never replace it.
            return _Read(raw=b"", problems=[problem], newer=True)
        read = _Read(raw=raw)
        try:
            data, read.text = parse_bytes(raw)
            schema = schema_of(data)
            if schema > SETTINGS_SCHEMA:
                read.newer = True
                read.problems.append(
                    self._problem_of(
                        message(
                            QT_TRANSLATE_NOOP(
                                "Messages",
                                "These settings were written by a newer version of Twoway. They are used where this version understands them, but changes made here are not saved.",
                            )
                        ),
                        LineFinder(read.text).line_of(("schema",)),
                        NEWER_VERSION,
                    )
                )
            elif schema < SETTINGS_SCHEMA:
                read.upgraded_from = schema
                data = upgrade("settings", data, SETTINGS_SCHEMA)
        except Unreadable as exc:
            read.problems.append(
                self._problem_of(
                    message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Your settings file could not be read: %1 Defaults are used; the file is kept as it is until you change a setting.",
                        ),
                        exc.message,
                    ),
                    exc.line,
                )
            )
            return read
        except RecursionError:  # lists inside lists thousands deep: the parser gives up
            read.problems.append(
                self._problem_of(
                    message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Your settings file could not be read: its lists are nested too deeply. Defaults are used; the file is kept as it is until you change a setting.",
                        )
                    )
                )
            )
            return read
        except Invalid as exc:
            line = LineFinder(read.text).line_of(exc.where) if exc.where else None
            read.problems.append(
                self._problem_of(
                    message(
                        QT_TRANSLATE_NOOP("Messages", "Your settings file could not be read: %1"),
                        exc.message,
                    ),
                    line,
                )
            )
            return read
        read.data = data
        return read

    def _take(self, read: _Read) -> list[str]:
        """Make what was read the current settings, with unsaved changes on top.

        Returns the settings whose value changed.
        """
        before = {key: self.get(key) for key in RULES}
        self.problems = list(read.problems)
        self.read_only = read.newer
        self._seen = read.raw
        if read.data is None:
            if read.raw:
                self._unreadable = read.raw  # kept as it is until a change is saved
            return []  # unreadable or missing: what we had stays in use
        self._unreadable = None
        if read.upgraded_from is not None:
            # A document was read, so there were bytes.
            self._upgraded_from = (read.upgraded_from, cast(bytes, read.raw))
        self._raw = read.data
        self.values, problems = _read_values(read.data, LineFinder(read.text), self.path)
        self.problems.extend(problems)
        for key, value in self._unsaved.items():
            _apply(self.values, key, value)
        return [key for key in RULES if self.get(key) != before[key]]

    def reload(self) -> list[str]:
        """Take in a change made to the file outside this app (another device, a hand
        edit). Returns the settings whose value changed; [] when nothing did, or when the
        file is now gone or unreadable (the values in use stay)."""
        try:
            if self.path.read_bytes() == self._seen:
                return []  # our own write, or a touch without a change
        except FileNotFoundError:
            return []  # removed: keep what we have; a change here writes it again
        except OSError:
            pass  # _read() says why
        return self._take(self._read())

    def _problem_of(
        self, said: Message, line: int | None = None, kind: str = UNREADABLE
    ) -> Problem:
        return Problem(self.path, line, said, kind)

    def get(self, key: str) -> object:
        return get_value(self.values, key)

    def set_tag_cadence(self, tag: str, days: int) -> Problem | None:
        """Change one tag's cadence (0: none) and save, keeping the other tags' as the file
        has them now: another device may have changed one of those meanwhile."""
        outside = [] if self.read_only else self.reload()
        tags = dict(self.values.keep_in_touch.tags)
        tags[_tag(tag)] = _cadence(days)
        problem = self.set("keep_in_touch.tags", tags)
        self.changed_outside = sorted({*outside, *self.changed_outside} - {"keep_in_touch.tags"})
        return problem

    def set(self, key: str, value: object) -> Problem | None:
        """Change one setting and save. Raises ValueError for a value the setting refuses.

        Returns a problem when the change could not be saved (it still applies now). Any
        change the file received from outside meanwhile is taken in (see `reload`).
        """
        rule = RULES.get(key)
        if rule is None:
            raise ValueError(f"there is no setting {key!r}")
        try:
            value = rule(value)
        except ValueError as exc:
            raise ValueError(f"{key} {exc}") from None
        _apply(self.values, key, value)
        self._unsaved[key] = value
        self.changed_outside = []
        if not self.read_only:
            # The file as it is now: another device may have changed other settings in it.
            self.changed_outside = [k for k in self.reload() if k != key]
        if self.read_only:
            return Problem(
                self.path,
                None,
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "This setting applies until Twoway closes, but it is not saved: the settings file belongs to a newer version of Twoway or cannot be read.",
                    )
                ),
                NEWER_VERSION,
            )
        document: dict[str, Any] = {"schema": SETTINGS_SCHEMA}
        document.update((k, v) for k, v in self._raw.items() if k != "schema")
        for changed, new in self._unsaved.items():
            section, name = changed.split(".", 1)
            table = document.get(section)
            document[section] = {**table, name: new} if isinstance(table, dict) else {name: new}
        as_read = self._seen and self._unreadable is None and self._upgraded_from is None
        if as_read and document == self._raw:
            # The file says so already (the change came from there): writing it again
            # would only send the same settings back to the other devices.
            self._unsaved.clear()
            return None
        try:
            text = dump_text(document)
            self._keep_old_file()
            atomic_write_text(self.path, text)
        except (OSError, ValueError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            return Problem(
                self.path,
                None,
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "The setting applies now but could not be saved (%1)."
                    ),
                    reason,
                ),
                NOT_SAVED,
            )
        self._raw = document
        self._seen = text.encode("utf-8")
        self._unsaved.clear()
        # What was said about the value the file held there is answered: it is replaced.
        self.problems = [p for p in self.problems if getattr(p.message, "args", ())[:1] != (key,)]
        return None

    def _keep_old_file(self) -> None:
        """Before the first save replaces a broken or older file, keep a copy of it."""
        from twoway.core.store.layout import file_stamp  # rarely needed; keeps start-up light

        stamp = file_stamp(self.clock.wall())
        if self._unreadable is not None:
            target = self.backups_dir / f"settings.unreadable.{stamp}.toml"
            atomic_write_bytes(target, self._unreadable)
            self._unreadable = None
        if self._upgraded_from is not None:
            schema, raw = self._upgraded_from
            target = self.backups_dir / "migrated" / f"settings.schema{schema}.{stamp}.toml"
            atomic_write_bytes(target, raw)
            self._upgraded_from = None
