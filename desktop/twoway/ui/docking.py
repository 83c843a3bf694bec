"""The overlay docked to the call: it sits at a corner of the call's window, clear of the
call app's own toolbar, and follows the window when it moves or is maximized.

X11 and XWayland only: another program's window can be found and followed there (on
native Wayland no program may know where another's windows are). The corner is chosen
by dragging the overlay: dropped inside the call window, it docks to the nearest corner
and remembers it for that call app; dropped outside, it stays where it was put for the
rest of the call.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QPoint, QTimer

log = logging.getLogger(__name__)

CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")
MARGIN_PX = 16
# How much room a call app's toolbar takes at its edge of the window.
TOOLBAR_PX = 72
FOLLOW_MS = 250  # while docked: how often the call window's place is read (two X requests)
_STATE_KEY = "call_docks"  # in ui-state.json: call app -> corner


def docked_position(
    window: tuple[int, int, int, int], size: tuple[int, int], corner: str, toolbar: str
) -> tuple[int, int]:
    """Top-left of an overlay of `size` at `corner` inside `window` (x, y, w, h), kept off
    the edge where the call app has its toolbar."""
    x, y, width, height = window
    overlay_w, overlay_h = size
    top_gap = MARGIN_PX + (TOOLBAR_PX if toolbar == "top" else 0)
    bottom_gap = MARGIN_PX + (TOOLBAR_PX if toolbar == "bottom" else 0)
    left = x + MARGIN_PX
    right = x + width - overlay_w - MARGIN_PX
    top = y + top_gap
    bottom = y + height - overlay_h - bottom_gap
    column = right if corner.endswith("right") else left
    row = bottom if corner.startswith("bottom") else top
    # A window smaller than the overlay: stay at its top-left rather than outside it.
    return max(x, column), max(y, row)


def nearest_corner(window: tuple[int, int, int, int], centre: tuple[int, int]) -> str | None:
    """The corner of `window` nearest to the point, or None when it is outside the window."""
    x, y, width, height = window
    cx, cy = centre
    if not (x <= cx < x + width and y <= cy < y + height):
        return None
    vertical = "bottom" if cy >= y + height / 2 else "top"
    horizontal = "right" if cx >= x + width / 2 else "left"
    return f"{vertical}-{horizontal}"


def default_corner(toolbar: str) -> str:
    # Away from the toolbar, on the right: where call apps rarely put their own controls.
    return "bottom-right" if toolbar == "top" else "top-right"


class Docking(QObject):
    def __init__(self, context, calls, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.calls = calls
        self.window_id: int | None = None
        self.app = ""
        self._undocked_from: int | None = None  # the call window the user dragged away from
        self._last: tuple[int, int, int, int] | None = None
        self._follow = QTimer(self)
        self._follow.setInterval(FOLLOW_MS)
        self._follow.timeout.connect(self.follow)
        calls.checked.connect(self.update)
        # After the start has shown the overlay at its usual place: then dock it.
        context.meeting.started.connect(lambda *_: QTimer.singleShot(0, self, self.redock))
        context.meeting.ended.connect(self.update)
        context.overlay.placement_changed.connect(self.dragged)

    @property
    def docked(self) -> bool:
        return self.window_id is not None

    def _wanted_window(self) -> int | None:
        call = self.calls.call
        if (
            call is None
            or call.window_id is None
            or not self.context.settings.values.calls.dock
            or not self.context.meeting.active
            or call.window_id == self._undocked_from
        ):
            return None
        return call.window_id

    def update(self, *_args) -> None:
        wanted = self._wanted_window()
        if wanted == self.window_id:
            return
        self.window_id = wanted
        self._last = None
        if wanted is None:
            self._follow.stop()
            return
        self.app = self.calls.call.app
        self._follow.start()
        self.follow()

    def redock(self) -> None:
        self._last = None
        self.update()
        self.follow()

    def corner(self) -> str:
        docks = self.context.local.state.other.get(_STATE_KEY, {})
        chosen = docks.get(self.app) if isinstance(docks, dict) else None
        return chosen if chosen in CORNERS else default_corner(self._toolbar())

    def _toolbar(self) -> str:
        app = self.calls.detector.app_named(self.app)
        return app.toolbar if app is not None else "bottom"

    def _geometry(self) -> tuple[int, int, int, int] | None:
        rect = self.calls.probe.window_geometry(self.window_id)
        if rect is None:
            return None
        ratio = self.context.overlay.devicePixelRatioF() or 1.0  # X pixels -> Qt's
        return (round(rect.x / ratio), round(rect.y / ratio), round(rect.width / ratio),
                round(rect.height / ratio))  # fmt: skip

    def follow(self) -> None:
        """Move the overlay to its corner of the call window. It only moves: an overlay
        hidden (by the user, or out of a shared screen) stays hidden, and is put in its
        place again while hidden, so it is there when it shows."""
        if self.window_id is None:
            return
        geometry = self._geometry()
        if geometry is None:  # the window closed; the call check decides what follows
            return
        if geometry == self._last:
            return
        overlay = self.context.overlay
        # Shown again at its saved place (`twoway show`), it is docked at the next look.
        self._last = geometry if overlay.isVisible() else None
        x, y = docked_position(
            geometry, (overlay.width(), overlay.height()), self.corner(), self._toolbar()
        )
        log.debug("docking to %s at %s: overlay to %s,%s", self.app, geometry, x, y)
        overlay.move(QPoint(x, y))

    def dragged(self) -> None:
        """The user put the overlay somewhere: a corner of the call window, or away."""
        if self.window_id is None:
            return
        geometry = self._geometry()
        frame = self.context.overlay.frameGeometry()
        corner = (
            nearest_corner(geometry, (frame.center().x(), frame.center().y())) if geometry else None
        )
        if corner is None:
            log.info("overlay undocked from the %s window", self.app)
            self._undocked_from = self.window_id
            self.window_id = None
            self._follow.stop()
            return
        docks = self.context.local.state.other.setdefault(_STATE_KEY, {})
        docks[self.app] = corner
        self.context.local.save()
        self._last = None
        self.follow()
