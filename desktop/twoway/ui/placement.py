"""Where the overlay goes: snapping, and a position remembered per screen layout.

A position is kept relative to its screen (as fractions of the room left on it), so an
overlay snapped to the right edge stays there when the resolution changes, and it is
always brought back onto a visible screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize

SNAP_PX = 24
MARGIN_PX = 24


def layout_key(screens: dict[str, QRect]) -> str:
    """Names and geometries of all screens: a new monitor setup gets its own positions."""
    parts = [
        f"{name}@{rect.width()}x{rect.height()}+{rect.x()}+{rect.y()}"
        for name, rect in sorted(screens.items())
    ]
    return ";".join(parts)


def snap(frame: QRect, area: QRect, threshold: int = SNAP_PX) -> QRect:
    """Snap to an edge or corner of `area` when within `threshold` pixels of it."""
    result = QRect(frame)
    if abs(frame.left() - area.left()) <= threshold:
        result.moveLeft(area.left())
    elif abs(frame.right() - area.right()) <= threshold:
        result.moveRight(area.right())
    if abs(frame.top() - area.top()) <= threshold:
        result.moveTop(area.top())
    elif abs(frame.bottom() - area.bottom()) <= threshold:
        result.moveBottom(area.bottom())
    return result


def _fraction(offset: int, room: int) -> float:
    return 0.0 if room <= 0 else max(0.0, min(1.0, offset / room))


def to_saved(frame: QRect, screen_name: str, area: QRect) -> dict:
    return {
        "screen": screen_name,
        "x": round(_fraction(frame.x() - area.x(), area.width() - frame.width()), 4),
        "y": round(_fraction(frame.y() - area.y(), area.height() - frame.height()), 4),
    }


def default_position(area: QRect, size: QSize) -> QPoint:
    """Top centre, just under the edge: beside the camera, so reading the card looks like
    looking at the other person; clear of the call's toolbar at the bottom and of the
    buttons down the right of Twoway's own window (only its title bar is behind it)."""
    return QPoint(area.left() + (area.width() - size.width()) // 2, area.top() + MARGIN_PX)


def clamp(point: QPoint, size: QSize, area: QRect) -> QPoint:
    x = max(area.left(), min(point.x(), area.right() - size.width() + 1))
    y = max(area.top(), min(point.y(), area.bottom() - size.height() + 1))
    return QPoint(x, y)


def resized(old: QRect, size: QSize, area: QRect, threshold: int = SNAP_PX) -> QPoint:
    """Where a card that was at `old` goes once it is `size`: it keeps to the right and
    bottom edges of `area` it was against (within `threshold`), growing left and up from
    them, and its whole frame stays inside `area`."""
    point = old.topLeft()
    if old.right() >= area.right() - threshold:
        point.setX(old.right() - size.width() + 1)
    if old.bottom() >= area.bottom() - threshold:
        point.setY(old.bottom() - size.height() + 1)
    return clamp(point, size, area)


def restore(saved: dict | None, screens: dict[str, QRect], primary: str, size: QSize) -> QPoint:
    """The saved position on its screen; if that screen is gone, the default on the primary."""
    area = screens.get(primary) or next(iter(screens.values()), QRect(0, 0, 1280, 800))
    if not isinstance(saved, dict) or saved.get("screen") not in screens:
        return clamp(default_position(area, size), size, area)
    area = screens[saved["screen"]]
    try:
        fx = float(saved.get("x", 1.0))
        fy = float(saved.get("y", 0.0))
    except (TypeError, ValueError):
        return clamp(default_position(area, size), size, area)
    fx, fy = max(0.0, min(1.0, fx)), max(0.0, min(1.0, fy))
    point = QPoint(
        area.x() + round(fx * max(0, area.width() - size.width())),
        area.y() + round(fy * max(0, area.height() - size.height())),
    )
    return clamp(point, size, area)
