"""Settings for the call: what to offer when one starts, docking, the shared screen, and
the hotkeys (each changeable and clearable). A group on the Settings page."""

from __future__ import annotations

import os

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QKeySequenceEdit,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from twoway.core.settings import RULES
from twoway.platform import gnome_shortcuts
from twoway.ui.hotkeys import ACTIONS, Hotkeys
from twoway.ui.i18n import filled
from twoway.ui.main.common import first_upper, hint, tr
from twoway.ui.seams import AppServices

_PORTABLE = QKeySequence.SequenceFormat.PortableText


class CallSettingsBox(QGroupBox):
    def __init__(self, context: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(tr("During calls"), parent)
        self.context = context
        values = context.settings.values if context.settings else None
        calls = values.calls if values else None
        form = QFormLayout(self)

        self.offer = QComboBox(self)
        self.offer.setAccessibleName(tr("When a call starts"))
        for mode, label in (("ask", tr("Offer to start the meeting")),
                            ("start", tr("Start the meeting by itself")),
                            ("off", tr("Do nothing"))):  # fmt: skip
            self.offer.addItem(label, mode)
        self.offer.setCurrentIndex(max(0, self.offer.findData(calls.offer if calls else "ask")))
        form.addRow(tr("When a call starts:"), self.offer)
        self.any_time = QCheckBox(tr("Also when no meeting is planned within 15 minutes"), self)
        self.debrief = QCheckBox(tr("Open the debrief when the call is over"), self)
        self.dock = QCheckBox(tr("Keep the overlay at a corner of the call's window"), self)
        for box, key in ((self.any_time, "offer_any_time"), (self.debrief, "debrief_after_call"),
                         (self.dock, "dock")):  # fmt: skip
            box.setChecked(bool(getattr(calls, key)) if calls else False)
            box.toggled.connect(lambda on, key=key: self._set(f"calls.{key}", on))
            form.addRow("", box)
        self.share = QComboBox(self)
        self.share.setAccessibleName(tr("While the screen is shared"))
        for mode, label in (("hide", tr("Hide the overlay")), ("bar", tr("Shrink it to a thin bar")),
                            ("off", tr("Leave it as it is"))):  # fmt: skip
            self.share.addItem(label, mode)
        self.share.setCurrentIndex(
            max(0, self.share.findData(calls.screen_share if calls else "hide"))
        )
        form.addRow(tr("While the screen is shared:"), self.share)
        self.offer.currentIndexChanged.connect(
            lambda: self._set("calls.offer", self.offer.currentData())
        )
        self.share.currentIndexChanged.connect(
            lambda: self._set("calls.screen_share", self.share.currentData())
        )

        self.keys: dict[str, QKeySequenceEdit] = {}
        self.clear_buttons: dict[str, QPushButton] = {}
        for action in ACTIONS:
            edit = QKeySequenceEdit(self)
            edit.setMaximumSequenceLength(1)
            edit.setAccessibleName(Hotkeys.action_name(action))
            for inner in edit.findChildren(QLineEdit):  # what a screen reader lands on
                inner.setAccessibleName(Hotkeys.action_name(action))
            current = getattr(values.hotkeys, action) if values else ""
            edit.setKeySequence(QKeySequence.fromString(current, _PORTABLE))
            edit.editingFinished.connect(lambda action=action: self._key_chosen(action))
            clear = QPushButton(tr("Clear"), self)
            clear.setAccessibleName(tr("Turn this key off"))
            clear.clicked.connect(lambda _=False, action=action: self._clear(action))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(clear)
            form.addRow(first_upper(Hotkeys.action_name(action)) + ":", row)
            self.keys[action] = edit
            self.clear_buttons[action] = clear
        self.key_note = hint(
            tr(
                "These keys work anywhere, even while your call has the keyboard, but only "
                "while a meeting runs or is offered."
            ),
            self,
        )
        form.addRow("", self.key_note)
        if os.environ.get("WAYLAND_DISPLAY") and gnome_shortcuts.available():
            self.gnome_button = QPushButton(tr("Add them to GNOME's keyboard shortcuts…"), self)
            self.gnome_button.clicked.connect(self.offer_gnome_shortcuts)
            form.addRow("", self.gnome_button)
        if os.environ.get("WAYLAND_DISPLAY"):
            form.addRow(
                "",
                hint(
                    tr(
                        "Under Wayland they reach Twoway only while an X11 window, such as "
                        "Zoom's, has the keyboard. For other windows, add desktop shortcuts "
                        "that run “twoway toggle”, “twoway next”, “twoway extend” and "
                        "“twoway end”."
                    ),
                    self,
                ),
            )

    def offer_gnome_shortcuts(self) -> None:
        """Only with the user's consent: GNOME shortcuts are active all day, in GNOME's list."""
        asked = QMessageBox.question(
            self,
            tr("GNOME keyboard shortcuts"),
            tr(
                "Add these keys to GNOME's Custom Shortcuts, each running a Twoway command? "
                "They work with any window, all day (they do nothing when no meeting runs), "
                "and you can change or remove them in GNOME's Settings → Keyboard."
            ),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        from twoway.launch import own_command

        values = self.context.settings.values.hotkeys
        keys = {action: getattr(values, action) for action in ACTIONS}
        names = {action: Hotkeys.action_name(action) for action in ACTIONS}
        try:
            added = gnome_shortcuts.install(
                keys, [*own_command(), "--data-dir", str(self.context.paths.root)], names
            )
        except (OSError, ValueError, SyntaxError) as exc:
            self.key_note.setText(
                filled(tr("GNOME's shortcuts could not be changed: %1"), str(exc))
            )
            return
        self.key_note.setText(tr("%n shortcuts added to GNOME.", None, len(added)))

    def _set(self, key: str, value) -> None:
        self.context.preferences.set(key, value)

    def _key_chosen(self, action: str) -> None:
        text = self.keys[action].keySequence().toString(_PORTABLE)
        try:
            RULES[f"hotkeys.{action}"](text)
        except ValueError:
            self.key_note.setText(
                filled(tr("“%1” cannot be used as a hotkey; choose a letter, digit or F-key with Ctrl, Alt or Shift."), self.keys[action].keySequence().toString(QKeySequence.SequenceFormat.NativeText))
            )  # fmt: skip
            return
        self._set(f"hotkeys.{action}", text)

    def _clear(self, action: str) -> None:
        self.keys[action].clear()
        self._set(f"hotkeys.{action}", "")
