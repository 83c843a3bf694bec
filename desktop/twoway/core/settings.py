"""Preferences (settings.toml); machine-local window state is in `ui_state`.

Settings have one typed schema with defaults. A missing, unknown or invalid value falls
back to its default and is reported; loading never writes. Only changing a setting
writes the file, and then only that setting changes in the file as it is on disk at that
moment: values this version does not know (from a newer Twoway, or typed by hand) and
values another device changed meanwhile stay as they are. The schema (sections, defaults,
checks) is in `settings_schema`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from twoway.core.atomic import atomic_write_bytes, atomic_write_text
from twoway.core.clock import Clock, SystemClock
from twoway.core.marks import QT_TRANSLATE_NOOP, Message, message
from twoway.core.settings_schema import (
    RULES,
    SETTINGS_SCHEMA,
    Settings,
    apply_value,
    check_cadence,
    get_value,
    read_values,
    tag_key,
    tags_left_out,
)
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

__all__ = ["RULES", "Settings", "SettingsFile", "UiState", "get_value", "tags_left_out"]


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
        self.values, problems = read_values(read.data, LineFinder(read.text), self.path)
        self.problems.extend(problems)
        for key, value in self._unsaved.items():
            apply_value(self.values, key, value)
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
        tags[tag_key(tag)] = check_cadence(days)
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
        apply_value(self.values, key, value)
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
