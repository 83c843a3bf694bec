"""The overlay's right-click menu: the meeting's steps and the card's own preferences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from twoway.core.session import State
from twoway.ui.i18n import percent_text

if TYPE_CHECKING:
    from twoway.ui.overlay import OverlayWindow


class OverlayMenu(QMenu):
    def __init__(self, overlay: OverlayWindow) -> None:
        super().__init__(overlay)
        from twoway.ui.overlay import OPACITY_CHOICES

        self.overlay = overlay
        meeting = overlay.meeting
        self.pause_action = self.addAction(self.tr("Pause"), meeting.toggle_pause)
        self.next_action = self.addAction(self.tr("Next phase"), meeting.next_phase)
        self.prev_action = self.addAction(self.tr("Previous phase"), meeting.previous_phase)
        self.extend_action = self.addAction(self.tr("One more minute"), meeting.extend)
        self.swap_action = self.addAction(self.tr("Swap who goes first"), meeting.swap)
        self.end_action = self.addAction(self.tr("End meeting"), meeting.end)
        self.addSeparator()
        size_menu = self.addMenu(self.tr("Size"))
        self.size_group = QActionGroup(self)
        for name, label in (
            ("small", self.tr("Small")),
            ("medium", self.tr("Medium")),
            ("large", self.tr("Large")),
        ):
            action = QAction(label, self.size_group, checkable=True)
            action.setData(name)
            size_menu.addAction(action)
        self.size_group.triggered.connect(self._size_chosen)
        opacity_menu = self.addMenu(self.tr("Opacity"))
        opacity_menu.setEnabled(overlay.compositing)
        for value in OPACITY_CHOICES:
            action = opacity_menu.addAction(percent_text(round(value * 100)))
            action.triggered.connect(lambda _=False, v=value: self._opacity_chosen(v))
        self.click_through_action = self.addAction(self.tr("Let clicks pass through"))
        self.click_through_action.setCheckable(True)
        self.click_through_action.triggered.connect(overlay.set_click_through)
        self.lock_action = self.addAction(self.tr("Lock position"))
        self.lock_action.setCheckable(True)
        self.lock_action.triggered.connect(self._lock_chosen)
        self.addSeparator()
        self.addAction(self.tr("Hide overlay"), overlay.hide_requested.emit)

    def _size_chosen(self, action) -> None:
        self.overlay.apply_size(action.data())
        self.overlay.settings_changed.emit("overlay.size", self.overlay.size_name)
        self.overlay.placement_changed.emit()

    def _opacity_chosen(self, value: float) -> None:
        self.overlay.apply_opacity(value)
        self.overlay.settings_changed.emit("overlay.opacity", value)

    def _lock_chosen(self, locked: bool) -> None:
        self.overlay.locked = locked
        self.overlay.settings_changed.emit("overlay.locked", locked)

    def update_state(self) -> None:
        overlay = self.overlay
        for action in self.size_group.actions():
            action.setChecked(action.data() == overlay.size_name)
        self.click_through_action.setChecked(overlay.click_through)
        self.lock_action.setChecked(overlay.locked)
        meeting = overlay.meeting
        session = meeting.session
        running = meeting.active
        paused = running and session.state is State.PAUSED
        self.pause_action.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_action.setEnabled(running)
        self.next_action.setEnabled(running and not session.is_last_phase)
        self.prev_action.setEnabled(running and session.index > 0)
        self.extend_action.setEnabled(running)
        self.swap_action.setEnabled(running and session.can_swap)
        self.end_action.setEnabled(running)
