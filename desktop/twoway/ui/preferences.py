"""Preferences: the one way a setting takes effect.

Whoever changes a setting (the Settings view, the overlay's menu, the command line,
another device through the synced settings.toml) goes through `Preferences`, which keeps
it in settings.toml and then says `changed(key)`. The running parts listen to that
signal and take the new value from `values`; nobody sets attributes on another part.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from twoway.core.marks import Message
from twoway.core.settings import Settings, SettingsFile
from twoway.core.store.problems import Problem

log = logging.getLogger(__name__)


class Preferences(QObject):
    changed = Signal(str)  # the dotted key ("overlay.size") whose value may have changed

    def __init__(
        self,
        file: SettingsFile,
        report: Callable[[Message], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.file = file
        self.report = report  # a sentence for the user when a change cannot be kept
        self._told: set[str] = set()
        self.tell_problems()

    def tell_problems(self) -> None:
        """Say what is wrong with settings.toml (a broken file, a value that cannot be
        used), each once: Twoway uses the defaults there and keeps the file as it is."""
        for problem in self.file.problems:
            said = repr(problem.message)
            if said not in self._told:
                self._told.add(said)
                self.report(problem.message)

    @property
    def values(self) -> Settings:
        return self.file.values

    def get(self, key: str) -> object:
        return self.file.get(key)

    def set(self, key: str, value: object) -> Problem | None:
        """Keep the value and tell the parts. A value the schema refuses raises ValueError
        and changes nothing; a value that applies but could not be saved is a problem."""
        problem = self.file.set(key, value)
        self.changed.emit(key)
        # Saving read the file again: what another device changed meanwhile applies too.
        self._announce([k for k in self.file.changed_outside if k != key])
        return problem

    def set_tag_cadence(self, tag: str, days: int) -> Problem | None:
        """One tag's keep-in-touch cadence (0: none), the other tags' as the file has them."""
        problem = self.file.set_tag_cadence(tag, days)
        self.changed.emit("keep_in_touch.tags")
        self._announce(list(self.file.changed_outside))
        return problem

    def change(self, key: str, value: object) -> None:
        """`set` for menus and shortcuts, which have no place to show a problem: a notice."""
        try:
            problem = self.set(key, value)
        except ValueError as exc:
            log.warning("Setting %s refused: %s", key, exc)
            return
        if problem is not None:
            self.report(problem.message)

    def reload(self) -> None:
        """settings.toml changed outside Twoway (another device, a hand edit): use it."""
        changed = self.file.reload()
        for problem in self.file.problems:
            log.warning("%s", problem)
        self.tell_problems()
        self._announce(changed)

    def _announce(self, keys: list[str]) -> None:
        if keys:
            log.info("Settings changed outside Twoway: %s", ", ".join(keys))
        for key in keys:
            self.changed.emit(key)
