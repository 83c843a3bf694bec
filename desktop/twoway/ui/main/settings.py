"""Settings: language, about you, the chime, overlay defaults, start at login, calls,
keep in touch by tag, the data folder and backups; each group is its own box
(settings_general, profile, settings_calls, settings_keep_in_touch, settings_data).

A change goes through the app's Preferences (`ui/preferences.py`): written to settings.toml
one setting at a time, then taken in by the running parts (the chime, the overlay) as they
follow `Preferences.changed`.
"""

from __future__ import annotations

from twoway.ui.i18n import problem_text
from twoway.ui.main.common import tr
from twoway.ui.main.hub import DataHub
from twoway.ui.main.profile import AboutYouBox
from twoway.ui.main.settings_calls import CallSettingsBox
from twoway.ui.main.settings_data import DataBox
from twoway.ui.main.settings_general import ChimeBox, LanguageBox, OverlayBox, StartBox
from twoway.ui.main.settings_keep_in_touch import KeepInTouchSettingsBox
from twoway.ui.main.widgets import Page


class SettingsAccess:
    """The view's way to the app's preferences: a change goes through them (and so
    reaches the running parts); one that cannot be saved is said in the status bar."""

    def __init__(self, context, report) -> None:
        self.preferences = context.preferences
        self.report = report
        self.saving = ""  # the key this page is saving now: its widget shows it already

    @property
    def file(self):
        return self.preferences.file

    def get(self, key: str):
        return self.preferences.get(key)

    def set(self, key: str, value) -> None:
        self.saving = key
        try:
            self._saved(self.preferences.set(key, value))
        finally:
            self.saving = ""

    def set_tag_cadence(self, tag: str, days: int) -> None:
        self.saving = "keep_in_touch.tags"
        try:
            self._saved(self.preferences.set_tag_cadence(tag, days))
        finally:
            self.saving = ""

    def _saved(self, problem) -> None:
        if problem is not None:
            self.report(problem_text(problem))


class SettingsView(Page):
    def __init__(self, context, hub: DataHub, nav, parent=None) -> None:
        super().__init__(tr("Settings"), parent, scroll=True)
        self.context = context
        self.hub = hub
        self.nav = nav
        self.access = SettingsAccess(context, nav.status)
        self.language = LanguageBox(context, self.access, self)
        self.about_you = AboutYouBox(self.access, self)
        self.chime = ChimeBox(context, self.access, self)
        self.overlay = OverlayBox(context, self.access, self)
        self.start = StartBox(hub.paths, self.access, self)
        self.calls = CallSettingsBox(context, self)
        self.keep_in_touch = KeepInTouchSettingsBox(hub, self.access, self)
        self.data = DataBox(context, hub, nav, self.access, self)
        for box in (self.language, self.about_you, self.keep_in_touch, self.chime,
                    self.overlay, self.start, self.calls, self.data):  # fmt: skip
            self.content.addWidget(box)
        self.content.addStretch(1)  # the sections stay at the top
        context.preferences.changed.connect(self._preference_changed)

    def showEvent(self, event) -> None:
        self.overlay.show_overlay_values()
        self.keep_in_touch.show_current_values()  # contacts may have new tags
        self.data.refresh_data()
        self.start.show_entry()
        super().showEvent(event)

    def show_current_values(self) -> None:
        """Settings changed on another device (or by hand) and taken in: show them."""
        for box in (self.chime, self.overlay, self.keep_in_touch, self.data):
            box.show_current_values()

    def _preference_changed(self, key: str) -> None:
        """A setting changed elsewhere (the overlay's menu, another device): show it in its
        box. Not one this page is saving: rebuilding the box under the user's hand would
        take the focus from the choice they just made."""
        if key == self.access.saving:
            return
        boxes = {
            "sound": self.chime,
            "overlay": self.overlay,
            "keep_in_touch": self.keep_in_touch,
            "backups": self.data,
        }
        box = boxes.get(key.partition(".")[0])
        if box is not None:
            box.show_current_values()
