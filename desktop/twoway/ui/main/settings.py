"""Settings: language, the chime, overlay defaults, start at login, the data folder, backups.

Changes take effect at once on the running parts (the chime, the overlay) and are written
to settings.toml (`context.settings`, a core SettingsFile) one setting at a time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
)

from twoway.ui import autostart, i18n
from twoway.ui.i18n import percent_text, problem_text
from twoway.ui.main import common
from twoway.ui.main.common import SPACING, hint, to_qdatetime, tr
from twoway.ui.main.hub import DataHub
from twoway.ui.main.profile import AboutYouBox
from twoway.ui.main.widgets import Page
from twoway.ui.overlay import OPACITY_CHOICES

SIZE_NAMES = ("small", "medium", "large")


class SettingsAccess:
    """The view's way to the app's preferences: a change goes through them (and so
    reaches the running parts); one that cannot be saved is said in the status bar."""

    def __init__(self, context, report) -> None:
        self.preferences = context.preferences
        self.report = report

    def get(self, key: str, default=None):
        return self.preferences.get(key)

    def set(self, key: str, value) -> None:
        problem = self.preferences.set(key, value)
        if problem is not None:
            self.report(problem_text(problem))


class SettingsView(Page):
    def __init__(self, context, hub: DataHub, nav, parent=None) -> None:
        super().__init__(tr("Settings"), parent, scroll=True)
        self.context = context
        self.hub = hub
        self.nav = nav
        self.access = SettingsAccess(context, nav.status)
        self._volume_timer = QTimer(self)
        self._volume_timer.setSingleShot(True)
        self._volume_timer.setInterval(400)  # a slider drag is one write, not fifty
        self._volume_timer.timeout.connect(
            lambda: self.access.set("sound.volume", self.volume.value() / 100)
        )

        # --- language
        language_box = QGroupBox(tr("Language"), self)
        language_form = QFormLayout(language_box)
        self.language = QComboBox(language_box)
        self.language.setAccessibleName(tr("Language"))
        self.language.addItem(tr("Same as the system"), "")
        for language in i18n.available_languages():
            self.language.addItem(language.native_name, language.code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(self.access.get("general.language", "")))
        )
        language_form.addRow(tr("&Language:"), self.language)
        self.content.addWidget(language_box)
        self.about_you = AboutYouBox(self.access, self)
        self.content.addWidget(self.about_you)

        # --- sound
        sound_box = QGroupBox(tr("Chime"), self)
        sound_form = QFormLayout(sound_box)
        self.chime_on = QCheckBox(tr("&Chime once when a phase runs over"), sound_box)
        self.chime_on.setChecked(context.chime.enabled)
        volume_row = QHBoxLayout()
        self.volume = QSlider(Qt.Orientation.Horizontal, sound_box)
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        self.volume.setValue(round(context.chime.volume * 100))
        self.volume.setAccessibleName(tr("Chime volume"))
        self.volume_value = QLabel(sound_box)
        self.volume_value.setMinimumWidth(self.fontMetrics().horizontalAdvance("100 %") + 8)
        self.test_button = QPushButton(tr("&Test"), sound_box)
        self.test_button.setAccessibleName(tr("Play the chime now"))
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(self.volume_value)
        volume_row.addWidget(self.test_button)
        sound_form.addRow("", self.chime_on)
        volume_label = QLabel(tr("&Volume:"), sound_box)
        volume_label.setBuddy(self.volume)
        sound_form.addRow(volume_label, volume_row)
        self.sound_note = hint("", sound_box)
        self.sound_note.hide()
        sound_form.addRow("", self.sound_note)
        self.content.addWidget(sound_box)

        # --- overlay
        overlay = context.overlay
        overlay_box = QGroupBox(tr("Overlay"), self)
        overlay_form = QFormLayout(overlay_box)
        self.size = QComboBox(overlay_box)
        self.size.setAccessibleName(tr("Overlay size"))
        for name, label in zip(SIZE_NAMES, (tr("Small"), tr("Medium"), tr("Large")), strict=True):
            self.size.addItem(label, name)
        self.size.setCurrentIndex(max(0, self.size.findData(overlay.size_name)))
        self.opacity = QComboBox(overlay_box)
        self.opacity.setAccessibleName(tr("Overlay opacity"))
        for value in OPACITY_CHOICES:
            self.opacity.addItem(percent_text(round(value * 100)), value)
        current = min(OPACITY_CHOICES, key=lambda v: abs(v - overlay.windowOpacity()))
        self.opacity.setCurrentIndex(self.opacity.findData(current))
        self.click_through = QCheckBox(tr("Let clicks &pass through the overlay"), overlay_box)
        self.click_through.setChecked(overlay.click_through)
        self.closing_line = QCheckBox(tr("Show the closing line near the e&nd"), overlay_box)
        self.closing_line.setChecked(overlay.show_closing_line)
        overlay_form.addRow(tr("&Size:"), self.size)
        overlay_form.addRow(tr("&Opacity:"), self.opacity)
        overlay_form.addRow("", self.click_through)
        overlay_form.addRow("", self.closing_line)
        self.content.addWidget(overlay_box)

        # --- start at login
        start_box = QGroupBox(tr("Start"), self)
        start_layout = QVBoxLayout(start_box)
        self.login = QCheckBox(
            tr("Start Twoway when I log &in (in the tray, no window)"), start_box
        )
        self.login.setChecked(self._autostart().is_enabled())
        start_layout.addWidget(self.login)
        self.content.addWidget(start_box)

        # --- during calls: the offer, docking, the shared screen, hotkeys
        from twoway.ui.main.settings_calls import CallSettingsBox

        self.calls = CallSettingsBox(context, self)
        self.content.addWidget(self.calls)

        # --- data folder and backups
        data_box = QGroupBox(tr("Your data"), self)
        data_layout = QVBoxLayout(data_box)
        data_layout.addWidget(
            hint(
                tr(
                    "Everything is kept as readable files in this folder. A sync tool can "
                    "carry it between computers; Twoway notices changes and conflicts."
                ),
                data_box,
            )
        )
        self.folder = QLabel(str(hub.paths.root), data_box)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setAccessibleName(tr("Data folder"))
        self.folder.setWordWrap(True)
        data_layout.addWidget(self.folder)
        self.open_folder = QPushButton(tr("Open the &folder"), data_box)
        self.reload = QPushButton(tr("&Read the files again"), data_box)
        self.reload.setToolTip(tr("After a sync tool or another program changed them."))
        row = QHBoxLayout()
        row.addWidget(self.open_folder)
        row.addWidget(self.reload)
        row.addStretch(1)
        data_layout.addLayout(row)
        self.problems = QListWidget(data_box)
        self.problems.setAccessibleName(tr("Files that need a look"))
        self.problems.setMaximumHeight(110)
        self.problems_label = QLabel(tr("Files that need a look:"), data_box)
        data_layout.addWidget(self.problems_label)
        data_layout.addWidget(self.problems)
        # What can be done about the chosen file; buttons appear when they apply.
        self.retry_button = QPushButton(tr("Tr&y again"), data_box)
        self.retry_button.setToolTip(tr("Read the file again after you fixed it by hand."))
        self.from_backup_button = QPushButton(tr("Restore the file from a &backup"), data_box)
        # Their tooltips depend on the file chosen (see _show_problem_actions).
        self.keep_copy_button = QPushButton(tr("&Use this copy"), data_box)
        self.set_aside_button = QPushButton(tr("Set this copy &aside"), data_box)
        self.noted_button = QPushButton(tr("&Got it"), data_box)
        self.noted_button.setToolTip(tr("Take this notice off the list."))
        self.problem_buttons = QHBoxLayout()
        for button in (
            self.retry_button,
            self.from_backup_button,
            self.keep_copy_button,
            self.set_aside_button,
            self.noted_button,
        ):
            self.problem_buttons.addWidget(button)
        self.problem_buttons.addStretch(1)
        data_layout.addLayout(self.problem_buttons)
        data_layout.addWidget(QLabel(tr("Backups (a daily copy of the whole folder):"), data_box))
        self.backups = QListWidget(data_box)
        self.backups.setAccessibleName(tr("Backups"))
        self.backups.setMaximumHeight(150)
        data_layout.addWidget(self.backups)
        # Two whole phrases, not one sentence around the number, so each language can
        # word them its own way.
        keep_row = QHBoxLayout()
        self.daily = QCheckBox(tr("Back up every &day"), data_box)
        self.daily.setChecked(bool(self.access.get("backups.daily", True)))
        self.keep = QSpinBox(data_box)
        self.keep.setRange(1, 365)
        self.keep.setValue(int(self.access.get("backups.keep", 14)))
        keep_label = QLabel(tr("Backups to &keep:"), data_box)
        keep_label.setBuddy(self.keep)
        keep_row.addWidget(self.daily)
        keep_row.addSpacing(SPACING * 2)
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep)
        keep_row.addStretch(1)
        data_layout.addLayout(keep_row)
        self.backup_button = QPushButton(tr("Back up no&w"), data_box)
        self.restore_button = QPushButton(tr("R&estore the chosen backup…"), data_box)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        data_layout.addLayout(row)
        self.content.addWidget(data_box)
        self.content.addStretch(1)

        self.language.currentIndexChanged.connect(self._language_chosen)
        self.daily.toggled.connect(lambda on: self.access.set("backups.daily", on))
        self.keep.valueChanged.connect(lambda n: self.access.set("backups.keep", n))
        self.chime_on.toggled.connect(self._chime_toggled)
        self.volume.valueChanged.connect(self._volume_changed)
        self.test_button.clicked.connect(self.test_chime)
        self.size.currentIndexChanged.connect(self._size_chosen)
        self.opacity.currentIndexChanged.connect(self._opacity_chosen)
        self.click_through.toggled.connect(self._click_through_toggled)
        self.closing_line.toggled.connect(self._closing_line_toggled)
        self.login.toggled.connect(self._login_toggled)
        self.open_folder.clicked.connect(self.open_data_folder)
        self.reload.clicked.connect(self._reload)
        self.problems.currentRowChanged.connect(lambda _row: self._show_problem_actions())
        self.retry_button.clicked.connect(lambda: self._act_on_problem("retry"))
        self.from_backup_button.clicked.connect(lambda: self._act_on_problem("backup"))
        self.keep_copy_button.clicked.connect(lambda: self._act_on_problem("keep"))
        self.set_aside_button.clicked.connect(lambda: self._act_on_problem("aside"))
        self.noted_button.clicked.connect(lambda: self._act_on_problem("noted"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.backups.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        self.volume_value.setText(percent_text(self.volume.value()))
        self.refresh_data()

    def showEvent(self, event) -> None:
        self._sync_overlay()
        self.refresh_data()
        self.login.blockSignals(True)
        self.login.setChecked(self._autostart().is_enabled())
        self.login.blockSignals(False)
        super().showEvent(event)

    def show_current_values(self) -> None:
        """Settings changed on another device (or by hand) and taken in: show them."""
        self._sync_overlay()
        chime = self.context.chime
        for widget, apply in (
            (self.chime_on, lambda: self.chime_on.setChecked(chime.enabled)),
            (self.volume, lambda: self.volume.setValue(round(chime.volume * 100))),
            (self.closing_line, lambda: self.closing_line.setChecked(
                self.context.overlay.show_closing_line)),
            (self.daily, lambda: self.daily.setChecked(
                bool(self.access.get("backups.daily", True)))),
            (self.keep, lambda: self.keep.setValue(int(self.access.get("backups.keep", 14)))),
        ):  # fmt: skip
            widget.blockSignals(True)
            apply()
            widget.blockSignals(False)
        self.volume_value.setText(percent_text(self.volume.value()))

    def _sync_overlay(self) -> None:
        """The overlay's own menu may have changed these since the view was last seen."""
        overlay = self.context.overlay
        current = min(OPACITY_CHOICES, key=lambda v: abs(v - overlay.windowOpacity()))
        for widget, apply in (
            (self.size, lambda: self.size.setCurrentIndex(self.size.findData(overlay.size_name))),
            (self.opacity, lambda: self.opacity.setCurrentIndex(self.opacity.findData(current))),
            (self.click_through, lambda: self.click_through.setChecked(overlay.click_through)),
        ):
            widget.blockSignals(True)
            apply()
            widget.blockSignals(False)

    # --- language and sound -----------------------------------------------------------------

    def _language_chosen(self, _index: int) -> None:
        # The app switches at once: every window is built again in the new language.
        self.access.set("general.language", self.language.currentData() or "")

    def _chime_toggled(self, enabled: bool) -> None:
        self.access.set("sound.chime", enabled)

    def _volume_changed(self, value: int) -> None:
        self.volume_value.setText(percent_text(value))
        # Heard at once while the slider moves; kept (and so applied for good) when it rests.
        self.context.chime.volume = value / 100
        self._volume_timer.start()

    def test_chime(self) -> bool:
        played = self.context.chime.test()
        self.sound_note.setText(
            "" if played else tr("No sound device answered. The overlay still shows every overrun.")
        )
        self.sound_note.setVisible(not played)
        return played

    # --- overlay ------------------------------------------------------------------------

    def _size_chosen(self, _index: int) -> None:
        name = self.size.currentData()
        self.access.set("overlay.size", name)

    def _opacity_chosen(self, _index: int) -> None:
        value = self.opacity.currentData()
        self.access.set("overlay.opacity", value)

    def _click_through_toggled(self, enabled: bool) -> None:
        self.access.set("overlay.click_through", enabled)

    def _closing_line_toggled(self, enabled: bool) -> None:
        self.access.set("overlay.show_closing_line", enabled)

    # --- start at login -------------------------------------------------------------------

    def _autostart(self):
        return autostart.for_paths(self.hub.paths)

    def _login_toggled(self, enabled: bool) -> None:
        entry = self._autostart()
        try:
            entry.enable() if enabled else entry.disable()
            self.access.set("general.start_at_login", enabled)
        except OSError as exc:
            self.login.blockSignals(True)
            self.login.setChecked(entry.is_enabled())
            self.login.blockSignals(False)
            QMessageBox.warning(
                self,
                tr("Start at login"),
                tr("Twoway could not change this (%1).").replace("%1", exc.strerror or str(exc)),
            )

    # --- data folder and backups ---------------------------------------------------------------

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.hub.paths.root)))

    def _reload(self) -> None:
        self.hub.reload()
        self.refresh_data()
        self.nav.status(tr("Read the data folder again."))

    def refresh_data(self) -> None:
        self.problems.clear()
        self._problems = list(self.hub.store.problems)
        for problem in self._problems:
            item = QListWidgetItem(problem_text(problem), self.problems)
            item.setToolTip(str(problem.path))
        has_problems = self.problems.count() > 0
        self.problems.setVisible(has_problems)
        self.problems_label.setVisible(has_problems)
        self._show_problem_actions()
        self.backups.clear()
        for path in self.hub.store.list_backups():
            item = QListWidgetItem(self._backup_label(path), self.backups)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
        if not self.backups.count():
            item = QListWidgetItem(tr("No backups yet."), self.backups)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.restore_button.setEnabled(False)

    def _chosen_problem(self):
        row = self.problems.currentRow()
        return self._problems[row] if 0 <= row < len(self._problems) else None

    def _show_problem_actions(self) -> None:
        from twoway.core.store.problems import (
            CONFLICT,
            EXTERNAL_CHANGE,
            NEWER_VERSION,
            RETURNED,
            UNREADABLE,
        )

        problem = self._chosen_problem()
        kind = problem.kind if problem is not None else None
        copy = kind in (CONFLICT, EXTERNAL_CHANGE)
        damaged = kind in (UNREADABLE, NEWER_VERSION)
        self.noted_button.setVisible(kind == RETURNED)
        on_file = problem is not None and problem.record_kind == "file"  # settings, a format
        self.keep_copy_button.setToolTip(
            tr("The copy takes the file's place; the file goes to the trash.")
            if on_file
            else tr("The copy replaces the record; the record goes to the trash.")
        )
        self.set_aside_button.setToolTip(
            tr("Keep the file as it is; the copy goes to the trash.")
            if on_file
            else tr("Keep the record as it is; the copy goes to the trash.")
        )
        self.retry_button.setVisible(problem is not None and not copy and kind != RETURNED)
        self.from_backup_button.setVisible(damaged)
        self.keep_copy_button.setVisible(copy)
        self.set_aside_button.setVisible(copy)

    def _act_on_problem(self, action: str) -> None:
        """Retry a file fixed by hand, restore it from a backup, or settle a conflict copy."""
        problem = self._chosen_problem()
        if problem is None:
            return
        from twoway.core.store.problems import NEWER_VERSION, UNREADABLE

        store = self.hub.store
        if action == "noted":
            store.dismiss(problem)
            self.refresh_data()
            return
        if action == "retry" and problem.kind not in (UNREADABLE, NEWER_VERSION):
            failed = self.hub.save_now()  # a save that failed: try writing again
            still = failed[0] if failed else None
        elif action == "retry":
            still = store.retry(problem.path)
        elif action == "backup":
            still = store.restore_from_backup(problem.path)
        else:
            still = store.resolve_conflict(problem.path, keep_copy=action == "keep")
            if problem.record_kind == "file":
                self.context.preferences.reload()  # a settings copy chosen: it applies now
        self.hub.reset.emit()
        self.refresh_data()
        self.nav.status(problem_text(still) if still else tr("Done: the file is in order."))

    def _backup_label(self, path: Path) -> str:
        from twoway.core.store import backups

        taken = backups.snapshot_time(path)
        if taken is None:
            return path.name
        return QLocale().toString(to_qdatetime(taken), QLocale.FormatType.LongFormat)

    def backup_now(self) -> Path | None:
        self.hub.save_now()
        try:
            path = self.hub.store.backup_now(self.keep.value())
        except OSError as exc:
            QMessageBox.warning(
                self,
                tr("Back up now"),
                tr("The backup could not be written (%1).").replace("%1", exc.strerror or str(exc)),
            )
            return None
        self.refresh_data()
        self.nav.status(tr("Backed up to %1.").replace("%1", path.name))
        return path

    def restore_chosen(self) -> None:
        item = self.backups.currentItem()
        raw = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not raw:
            return
        if common.confirm(
            self,
            tr("Restore a backup"),
            tr("Make your data what it was at %1?").replace("%1", item.text()),
            tr("Twoway first backs up what you have now, so you can come back to it."),
            tr("Restore"),
        ):
            self.restore(Path(raw))

    def restore(self, snapshot: Path) -> list:
        self.nav.save_all()
        # The one restore path of the core (core/store/restore.py), as `twoway restore`:
        # every entry is checked first, and a refused or failed restore changes nothing.
        problems = self.hub.store.restore_backup(snapshot).problems
        if problems:
            self.refresh_data()
            QMessageBox.warning(
                self, tr("Restore a backup"), "\n".join(problem_text(p) for p in problems)
            )
            return problems
        self.hub.undo.clear()  # undo steps refer to records from before the restore
        self.hub.reset.emit()
        self.refresh_data()
        self.nav.status(tr("Restored. Your data before the restore is in the newest backup."))
        return problems
