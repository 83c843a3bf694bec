"""This machine's window places and one-time notes (ui-state.json, outside the synced
data folder), and putting the overlay back where the user left it on this screen layout."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication

from twoway.core.marks import Message
from twoway.core.settings import UiState
from twoway.paths import DataPaths
from twoway.ui import placement
from twoway.ui.overlay import OverlayWindow

log = logging.getLogger(__name__)

# Screens come and go in steps (a dock: the laptop's screen resizes, then the others).
SCREENS_SETTLE_MS = 300


class LocalState:
    def __init__(self, paths: DataPaths, report: Callable[[Message], None]) -> None:
        self.path = paths.ui_state_file
        # Older versions kept it in the data folder, where a sync tool carried it along.
        self.state, problem = UiState.load(self.path, paths.old_ui_state_file)
        if problem is not None:
            log.warning("%s", problem.message)
            report(problem.message)

    def save(self) -> None:
        try:
            self.state.save(self.path)
        except OSError as exc:
            log.warning("Window positions could not be saved: %s", exc)

    def first_time(self, told: str) -> bool:
        """True the first time only for this note about the desktop (the desktop stays)."""
        if getattr(self.state, told):
            return False
        setattr(self.state, told, True)
        self.save()
        return True


class OverlayPlacement(QObject):
    """Shows the overlay where it was last left on the current screens, and remembers
    where the user leaves it, per screen layout (a laptop alone, at the desk…)."""

    def __init__(self, overlay: OverlayWindow, local: LocalState) -> None:
        super().__init__(overlay)  # goes with the overlay, and so do its connections
        self.overlay = overlay
        self.local = local
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._screens_changed)
            app.screenRemoved.connect(self._screens_changed)

    def _screens_changed(self, _screen) -> None:
        """A monitor plugged in or out during a meeting: once the desktop has settled, the
        card goes where it was last left on the new layout (or to its default place on the
        main screen), never left on a screen that is gone."""
        QTimer.singleShot(SCREENS_SETTLE_MS, self, self._replace)

    def _replace(self) -> None:
        if self.overlay.isVisible():
            self.overlay.move(self.place_for(self.overlay.size()))

    @staticmethod
    def _screens() -> tuple[dict[str, QRect], str]:
        screens = {s.name(): s.availableGeometry() for s in QGuiApplication.screens()}
        primary = QGuiApplication.primaryScreen()
        return screens, primary.name() if primary else next(iter(screens), "")

    def place_for(self, size: QSize) -> QPoint:
        """Where a card of `size` goes: where the user last left the overlay on these
        screens (the call offer stands in for the overlay there)."""
        screens, primary = self._screens()
        saved = self.local.state.overlay_positions.get(placement.layout_key(screens))
        return placement.restore(saved, screens, primary, size)

    def show(self) -> None:
        self.overlay.move(self.place_for(self.overlay.size()))
        self.overlay.show()
        self.overlay.raise_()

    def hide(self) -> None:
        self.save()
        self.overlay.hide()

    def save(self) -> None:
        if not self.overlay.isVisible():
            return
        screen = self.overlay.screen()
        if screen is None:
            return
        screens, _ = self._screens()
        saved = placement.to_saved(
            self.overlay.frameGeometry(), screen.name(), screen.availableGeometry()
        )
        self.local.state.overlay_positions[placement.layout_key(screens)] = saved
        self.local.save()
