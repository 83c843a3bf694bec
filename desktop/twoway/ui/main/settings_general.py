"""Settings ▸ Language, Chime, Overlay and Start: groups on the Settings page whose
changes apply at once to the running parts and are kept in settings.toml."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSlider,
    QVBoxLayout,
)

from twoway.ui import autostart, i18n
from twoway.ui.i18n import filled, percent_text
from twoway.ui.main.common import hint, tr
from twoway.ui.overlay import OPACITY_CHOICES

SIZE_NAMES = ("small", "medium", "large")


def _quietly(widget, apply) -> None:
    """Show a value without taking it for a change the user made."""
    widget.blockSignals(True)
    apply()
    widget.blockSignals(False)


class LanguageBox(QGroupBox):
    def __init__(self, context, access, parent=None) -> None:
        super().__init__(tr("Language"), parent)
        self.context = context
        self.access = access
        form = QFormLayout(self)
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(tr("Language"))
        self.choice.addItem(tr("Same as the system"), "")
        for language in i18n.available_languages():
            self.choice.addItem(language.native_name, language.code)
        self.choice.setCurrentIndex(
            max(0, self.choice.findData(self.access.get("general.language")))
        )
        form.addRow(tr("&Language:"), self.choice)
        self.choice.currentIndexChanged.connect(self._chosen)

    def _chosen(self, _index: int) -> None:
        # The app switches at once: every window is built again in the new language.
        self.access.set("general.language", self.choice.currentData() or "")


class ChimeBox(QGroupBox):
    def __init__(self, context, access, parent=None) -> None:
        super().__init__(tr("Chime"), parent)
        self.context = context
        self.access = access
        self._volume_timer = QTimer(self)
        self._volume_timer.setSingleShot(True)
        self._volume_timer.setInterval(400)  # a slider drag is one write, not fifty
        self._volume_timer.timeout.connect(
            lambda: self.access.set("sound.volume", self.volume.value() / 100)
        )
        form = QFormLayout(self)
        self.on = QCheckBox(tr("&Chime once when a phase runs over"), self)
        self.on.setChecked(context.chime.enabled)
        volume_row = QHBoxLayout()
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        self.volume.setValue(round(context.chime.volume * 100))
        self.volume.setAccessibleName(tr("Chime volume"))
        self.volume_value = QLabel(self)
        self.volume_value.setMinimumWidth(self.fontMetrics().horizontalAdvance("100 %") + 8)
        self.test_button = QPushButton(tr("&Test"), self)
        self.test_button.setAccessibleName(tr("Play the chime now"))
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(self.volume_value)
        volume_row.addWidget(self.test_button)
        form.addRow("", self.on)
        volume_label = QLabel(tr("&Volume:"), self)
        volume_label.setBuddy(self.volume)
        form.addRow(volume_label, volume_row)
        self.note = hint("", self)
        self.note.hide()
        form.addRow("", self.note)
        self.volume_value.setText(percent_text(self.volume.value()))
        self.on.toggled.connect(self._toggled)
        self.volume.valueChanged.connect(self._volume_changed)
        self.test_button.clicked.connect(self.test)

    def show_current_values(self) -> None:
        chime = self.context.chime
        _quietly(self.on, lambda: self.on.setChecked(chime.enabled))
        _quietly(self.volume, lambda: self.volume.setValue(round(chime.volume * 100)))
        self.volume_value.setText(percent_text(self.volume.value()))

    def _toggled(self, enabled: bool) -> None:
        self.access.set("sound.chime", enabled)

    def _volume_changed(self, value: int) -> None:
        self.volume_value.setText(percent_text(value))
        # Heard at once while the slider moves; kept (and so applied for good) when it rests.
        self.context.chime.volume = value / 100
        self._volume_timer.start()

    def test(self) -> bool:
        played = self.context.chime.test()
        self.note.setText(
            "" if played else tr("No sound device answered. The overlay still shows every overrun.")
        )
        self.note.setVisible(not played)
        return played


class OverlayBox(QGroupBox):
    def __init__(self, context, access, parent=None) -> None:
        super().__init__(tr("Overlay"), parent)
        self.context = context
        self.access = access
        overlay = context.overlay
        form = QFormLayout(self)
        self.size_choice = QComboBox(self)
        self.size_choice.setAccessibleName(tr("Overlay size"))
        for name, label in zip(SIZE_NAMES, (tr("Small"), tr("Medium"), tr("Large")), strict=True):
            self.size_choice.addItem(label, name)
        self.opacity_choice = QComboBox(self)
        self.opacity_choice.setAccessibleName(tr("Overlay opacity"))
        for value in OPACITY_CHOICES:
            self.opacity_choice.addItem(percent_text(round(value * 100)), value)
        self.click_through = QCheckBox(tr("Let clicks &pass through the overlay"), self)
        self.closing_line = QCheckBox(tr("Show the closing line near the e&nd"), self)
        self.closing_line.setChecked(overlay.show_closing_line)
        form.addRow(tr("&Size:"), self.size_choice)
        form.addRow(tr("&Opacity:"), self.opacity_choice)
        form.addRow("", self.click_through)
        form.addRow("", self.closing_line)
        self.show_overlay_values()
        self.size_choice.currentIndexChanged.connect(self._size_chosen)
        self.opacity_choice.currentIndexChanged.connect(self._opacity_chosen)
        self.click_through.toggled.connect(self._click_through_toggled)
        self.closing_line.toggled.connect(self._closing_line_toggled)

    def show_overlay_values(self) -> None:
        """The overlay's own menu may have changed these since the view was last seen."""
        overlay = self.context.overlay
        current = min(OPACITY_CHOICES, key=lambda v: abs(v - overlay.windowOpacity()))
        size, opacity = self.size_choice, self.opacity_choice
        _quietly(size, lambda: size.setCurrentIndex(max(0, size.findData(overlay.size_name))))
        _quietly(opacity, lambda: opacity.setCurrentIndex(opacity.findData(current)))
        _quietly(self.click_through, lambda: self.click_through.setChecked(overlay.click_through))

    def show_current_values(self) -> None:
        self.show_overlay_values()
        overlay = self.context.overlay
        _quietly(self.closing_line, lambda: self.closing_line.setChecked(overlay.show_closing_line))

    def _size_chosen(self, _index: int) -> None:
        name = self.size_choice.currentData()
        self.access.set("overlay.size", name)

    def _opacity_chosen(self, _index: int) -> None:
        value = self.opacity_choice.currentData()
        self.access.set("overlay.opacity", value)

    def _click_through_toggled(self, enabled: bool) -> None:
        self.access.set("overlay.click_through", enabled)

    def _closing_line_toggled(self, enabled: bool) -> None:
        self.access.set("overlay.show_closing_line", enabled)


class StartBox(QGroupBox):
    """Start at login: the entry is the desktop's (autostart), the setting a record of it."""

    def __init__(self, paths, access, parent=None) -> None:
        super().__init__(tr("Start"), parent)
        self.paths = paths
        self.access = access
        layout = QVBoxLayout(self)
        self.login = QCheckBox(tr("Start Twoway when I log &in (in the tray, no window)"), self)
        self.show_entry()
        layout.addWidget(self.login)
        self.login.toggled.connect(self._toggled)

    def _autostart(self):
        return autostart.for_paths(self.paths)

    def show_entry(self) -> None:
        _quietly(self.login, lambda: self.login.setChecked(self._autostart().is_enabled()))

    def _toggled(self, enabled: bool) -> None:
        entry = self._autostart()
        try:
            entry.enable() if enabled else entry.disable()
            self.access.set("general.start_at_login", enabled)
        except OSError as exc:
            self.show_entry()
            QMessageBox.warning(
                self,
                tr("Start at login"),
                filled(tr("Twoway could not change this (%1)."), exc.strerror or str(exc)),
            )
