"""Preferences (settings.toml) and machine-local window state (ui-state.json).

Settings have one typed schema with defaults. A missing, unknown or invalid value falls
back to its default and is reported; loading never writes. Only changing a setting
writes the file, and then only that setting changes in it: values this version does not
know (from a newer Twoway, or typed by hand) stay as they were.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field, fields
from pathlib import Path

from twoway.core.atomic import atomic_write_bytes, atomic_write_text
from twoway.core.clock import Clock, SystemClock
from twoway.core.marks import QT_TRANSLATE_NOOP, Message, message
from twoway.core.store.migrations import schema_of, upgrade
from twoway.core.store.problems import NEWER_VERSION, NOT_SAVED, UNREADABLE, Invalid, Problem
from twoway.core.store.tomltext import LineFinder, Unreadable, dump_text, parse_bytes

SETTINGS_SCHEMA = 1
UI_STATE_SCHEMA = 1
OVERLAY_SIZES = ("small", "medium", "large")
_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})*$")
_FORMAT_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


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
class Profile:
    """About you: used by the request message and offered for your introduction."""

    name: str = ""
    introduction: str = ""  # one line: who you are, as you would say it in a call
    sign_off: str = ""  # "" uses the message's own ("Thank you,")


@dataclass
class Settings:
    general: General = field(default_factory=General)
    overlay: Overlay = field(default_factory=Overlay)
    sound: Sound = field(default_factory=Sound)
    meeting: MeetingDefaults = field(default_factory=MeetingDefaults)
    backups: Backups = field(default_factory=Backups)
    profile: Profile = field(default_factory=Profile)


# --- what each setting accepts ---------------------------------------------------------


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError(message(QT_TRANSLATE_NOOP("Messages", "must be true or false")))
    return value


def _whole(low: int, high: int):
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


def _fraction(low: float, high: float):
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


def _matching(pattern: re.Pattern, example: str, *, empty_ok: bool):
    def check(value: object) -> str:
        if not isinstance(value, str):
            raise ValueError(message(QT_TRANSLATE_NOOP("Messages", "must be text in quotes")))
        if (value == "" and empty_ok) or pattern.match(value):
            return value
        raise ValueError(message(QT_TRANSLATE_NOOP("Messages", 'must look like "%1"'), example))

    return check


def _one_of(choices: tuple[str, ...]):
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


def _line(longest: int):
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


RULES = {
    "general.language": _matching(_LANGUAGE_RE, "de", empty_ok=True),
    "general.start_at_login": _flag,
    "general.show_tray": _flag,
    "overlay.size": _one_of(OVERLAY_SIZES),
    "overlay.opacity": _fraction(0.35, 1.0),
    "overlay.click_through": _flag,
    "overlay.locked": _flag,
    "overlay.show_closing_line": _flag,
    "overlay.closing_line_lead_s": _whole(0, 3600),
    "sound.chime": _flag,
    "sound.volume": _fraction(0.0, 1.0),
    "sound.phase_tones": _flag,
    "meeting.default_format": _matching(_FORMAT_ID_RE, "minimastermind", empty_ok=False),
    "meeting.keep_slot": _flag,
    "meeting.reminder_minutes": _whole(0, 1440),
    "backups.daily": _flag,
    "backups.keep": _whole(1, 365),
    "profile.name": _line(120),
    "profile.introduction": _line(300),
    "profile.sign_off": _line(120),
}


def _section_names() -> list[str]:
    return [f.name for f in fields(Settings)]


def _apply(settings: Settings, key: str, value: object) -> None:
    section, name = key.split(".", 1)
    setattr(getattr(settings, section), name, value)


def _read_values(data: dict, finder: LineFinder, path: Path) -> tuple[Settings, list[Problem]]:
    settings = Settings()
    problems = []

    def report(where: tuple, said: Message) -> None:
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


class SettingsFile:
    """The user's preferences, as loaded from settings.toml, and the way to change them."""

    def __init__(
        self, path: Path, backups_dir: Path | None = None, clock: Clock | None = None
    ) -> None:
        self.path = Path(path)
        self.backups_dir = backups_dir or self.path.parent / "backups"
        self.clock = clock or SystemClock()
        self.values = Settings()
        self.problems: list[Problem] = []
        self.read_only = False  # written by a newer Twoway: changes stay in memory
        self._raw: dict = {}
        self._unreadable: bytes | None = None  # the broken file, kept before replacing it
        self._upgraded_from: tuple[int, bytes] | None = None

    @classmethod
    def load(
        cls, path: Path, backups_dir: Path | None = None, clock: Clock | None = None
    ) -> SettingsFile:
        settings = cls(path, backups_dir, clock)
        settings._load()
        return settings

    def _load(self) -> None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as exc:
            self._problem(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Your settings could not be read (%1); defaults are used."
                    ),
                    exc.strerror,
                )
            )
            self.read_only = True  # we cannot tell what is in it, so we never replace it
            return
        text = ""
        try:
            data, text = parse_bytes(raw)
            schema = schema_of(data)
            if schema > SETTINGS_SCHEMA:
                self.read_only = True
                self.problems.append(
                    Problem(
                        self.path,
                        LineFinder(text).line_of(("schema",)),
                        message(
                            QT_TRANSLATE_NOOP(
                                "Messages",
                                "These settings were written by a newer version of Twoway. They are used where this version understands them, but changes made here are not saved.",
                            )
                        ),
                        NEWER_VERSION,
                    )
                )
            elif schema < SETTINGS_SCHEMA:
                self._upgraded_from = (schema, raw)
                data = upgrade("settings", data, SETTINGS_SCHEMA)
        except Unreadable as exc:
            self._unreadable = raw
            self._problem(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Your settings file could not be read: %1 Defaults are used; the file is kept as it is until you change a setting.",
                    ),
                    exc.message,
                ),
                exc.line,
            )
            return
        except Invalid as exc:
            self._unreadable = raw
            line = LineFinder(text).line_of(exc.where) if exc.where else None
            self._problem(
                message(
                    QT_TRANSLATE_NOOP("Messages", "Your settings file could not be read: %1"),
                    exc.message,
                ),
                line,
            )
            return
        self._raw = data
        self.values, problems = _read_values(data, LineFinder(text), self.path)
        self.problems.extend(problems)

    def _problem(self, message: Message, line: int | None = None, kind: str = UNREADABLE) -> None:
        self.problems.append(Problem(self.path, line, message, kind))

    def get(self, key: str) -> object:
        return get_value(self.values, key)

    def set(self, key: str, value: object) -> Problem | None:
        """Change one setting and save. Raises ValueError for a value the setting refuses.

        Returns a problem when the change could not be saved (it still applies now).
        """
        rule = RULES.get(key)
        if rule is None:
            raise ValueError(f"there is no setting {key!r}")
        try:
            value = rule(value)
        except ValueError as exc:
            raise ValueError(f"{key} {exc}") from None
        _apply(self.values, key, value)
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
        section, name = key.split(".", 1)
        table = self._raw.get(section)
        document = {"schema": SETTINGS_SCHEMA}
        document.update((k, v) for k, v in self._raw.items() if k != "schema")
        document[section] = {**table, name: value} if isinstance(table, dict) else {name: value}
        # The file as it should be, kept even if this save fails, so that a later save
        # also carries this change.
        self._raw = document
        try:
            self._keep_old_file()
            atomic_write_text(self.path, dump_text(self._raw))
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


# --- UI state: window and overlay geometry, machine-local ------------------------------


@dataclass
class UiState:
    """Where windows were: kept apart from preferences, because it belongs to one machine."""

    # Screen-layout key (names and geometries of all screens) -> {"screen", "x", "y"}.
    overlay_positions: dict[str, dict] = field(default_factory=dict)
    main_window_geometry: str = ""  # base64 of the main window's saved geometry
    main_window_state: str = ""  # base64 of its saved toolbar and dock state
    told_no_tray: bool = False  # the "no system tray here" notice was given once
    told_no_on_top: bool = False  # the "overlay may not stay on top here" notice, once
    other: dict = field(default_factory=dict)  # keys this version does not know, kept

    @classmethod
    def load(cls, path: Path) -> tuple[UiState, Problem | None]:
        """Never fails: unreadable state means windows start in their default places."""
        try:
            data = json.loads(Path(path).read_bytes())
        except FileNotFoundError:
            return cls(), None
        except (OSError, ValueError) as exc:
            return cls(), Problem(
                Path(path),
                getattr(exc, "lineno", None),
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Window positions could not be read; windows open in their default places.",
                    )
                ),
                UNREADABLE,
            )
        if not isinstance(data, dict):
            data = {}
        positions = data.pop("overlay_positions", {})
        geometry = data.pop("main_window_geometry", "")
        state = data.pop("main_window_state", "")
        told_no_tray = data.pop("told_no_tray", False)
        told_no_on_top = data.pop("told_no_on_top", False)
        data.pop("schema", None)
        return (
            cls(
                overlay_positions={k: v for k, v in positions.items() if isinstance(v, dict)}
                if isinstance(positions, dict)
                else {},
                main_window_geometry=geometry if isinstance(geometry, str) else "",
                main_window_state=state if isinstance(state, str) else "",
                told_no_tray=told_no_tray is True,
                told_no_on_top=told_no_on_top is True,
                other=data,
            ),
            None,
        )

    def save(self, path: Path) -> None:
        """Write atomically; raises OSError if the file cannot be written."""
        data = {
            **self.other,
            "schema": UI_STATE_SCHEMA,
            "overlay_positions": self.overlay_positions,
            "main_window_geometry": self.main_window_geometry,
            "main_window_state": self.main_window_state,
            "told_no_tray": self.told_no_tray,
            "told_no_on_top": self.told_no_on_top,
        }
        atomic_write_text(Path(path), json.dumps(data, indent=2, ensure_ascii=False))
