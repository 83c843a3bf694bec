"""What the pointer does on the overlay: over the card, the button strip shows; a right-click
opens the menu; a drag moves the card (and snaps it to the screen's edges).

The strip, the end card's buttons and the menu are built on first use: their Qt classes
carry large enums that would otherwise delay the first paint, so `overlay_controls` and
`overlay_menu` are imported only then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt

from twoway.ui import placement, x11
from twoway.ui.overlay_view import Mode, View

if TYPE_CHECKING:
    from twoway.ui.overlay import OverlayWindow
    from twoway.ui.overlay_controls import ControlStrip, EndCardButtons
    from twoway.ui.overlay_menu import OverlayMenu


class CardButtons(QObject):
    """The hover strip, the end card's buttons and the right-click menu of one overlay."""

    def __init__(self, overlay: OverlayWindow) -> None:
        super().__init__(overlay)
        self.overlay = overlay
        self.hovered = False
        self.strip: ControlStrip | None = None
        self.end_buttons: EndCardButtons | None = None
        self.menu: OverlayMenu | None = None
        overlay.installEventFilter(self)

    def ensure(self) -> ControlStrip:
        """The hover buttons and the right-click menu, built the first time they are needed."""
        if self.strip is None:
            from twoway.ui.overlay_controls import ControlStrip
            from twoway.ui.overlay_menu import OverlayMenu

            self.strip = ControlStrip(self.overlay, self.overlay.meeting)
            self.strip.hide()
            self.menu = OverlayMenu(self.overlay)
        return self.strip

    def drop(self) -> None:
        """Forget what was built (the language changed): it is built again when needed."""
        for built in (self.strip, self.menu, self.end_buttons):
            if built is not None:
                built.deleteLater()
        self.strip = self.menu = self.end_buttons = None

    def strip_height(self, view: View) -> int:
        showing = self.hovered and view.mode is Mode.RUNNING
        return round(32 * self.overlay.scale) if showing else 0

    def place(self, view: View) -> None:
        overlay = self.overlay
        scale = overlay.scale
        showing = self.hovered and view.mode is Mode.RUNNING
        if showing:
            self.ensure()
        if self.strip is not None:
            self.strip.setVisible(showing)
            if showing:
                height = self.strip_height(view)
                self.strip.setGeometry(0, overlay.height() - height, overlay.width(), height)
                self.strip.update_state()
        if view.mode is Mode.ENDED:
            if self.end_buttons is None:
                from twoway.ui.overlay_controls import EndCardButtons

                self.end_buttons = EndCardButtons(overlay)
                self.end_buttons.write.clicked.connect(overlay.write_debrief_clicked)
                self.end_buttons.close_button.clicked.connect(overlay.close_end_card)
            pad = round(12 * scale)
            height = round(32 * scale)
            self.end_buttons.setGeometry(
                pad,
                overlay.height() - height - round(10 * scale),
                overlay.width() - 2 * pad,
                height,
            )
            self.end_buttons.show()
        elif self.end_buttons is not None:
            self.end_buttons.hide()

    def set_hovered(self, hovered: bool) -> None:
        changed = hovered != self.hovered
        self.hovered = hovered
        if changed:
            self.overlay.fit_height()
        self.place(self.overlay.view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Enter:
            self.set_hovered(True)
        elif kind == QEvent.Type.Leave:
            self.set_hovered(False)
        elif kind == QEvent.Type.ContextMenu:
            self.ensure()
            self.menu.update_state()
            self.menu.exec(event.globalPos())
            return True
        return False


class CardMover(QObject):
    """Drags the card with the left button, unless it is locked, and snaps it on release."""

    def __init__(self, overlay: OverlayWindow) -> None:
        super().__init__(overlay)
        self.overlay = overlay
        self._drag_from: QPoint | None = None
        overlay.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        overlay = self.overlay
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            # A Wayland client cannot move its own window: there the compositor moves it.
            left = event.button() == Qt.MouseButton.LeftButton and not overlay.locked
            if left and not (x11.on_wayland() and overlay.windowHandle().startSystemMove()):
                where = event.globalPosition().toPoint()
                self._drag_from = where - overlay.frameGeometry().topLeft()
        elif kind == QEvent.Type.MouseMove:
            if self._drag_from is not None and event.buttons() & Qt.MouseButton.LeftButton:
                overlay.move(event.globalPosition().toPoint() - self._drag_from)
        elif kind == QEvent.Type.MouseButtonRelease and self._drag_from is not None:
            self._drag_from = None
            screen = overlay.screen().availableGeometry()
            overlay.move(placement.snap(overlay.frameGeometry(), screen).topLeft())
            overlay.placement_changed.emit()
        return False
