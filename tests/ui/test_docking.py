"""Docking rules: where the overlay goes at each corner of a call window, clear of the
call app's toolbar, and which corner a drop chooses. (Remembering the corner per app:
tests/ui/test_call_watch.py; on a real desktop: tests/e2e/test_call_docking.py.)"""

from __future__ import annotations

from twoway.ui.docking import (
    MARGIN_PX,
    TOOLBAR_PX,
    default_corner,
    docked_position,
    nearest_corner,
)

CALL = (100, 50, 1000, 600)


def test_each_corner_keeps_clear_of_the_toolbar():
    size = (360, 150)
    assert docked_position(CALL, size, "top-right", "bottom") == (
        100 + 1000 - 360 - MARGIN_PX,
        50 + MARGIN_PX,
    )
    assert docked_position(CALL, size, "bottom-left", "bottom") == (
        100 + MARGIN_PX,
        50 + 600 - 150 - MARGIN_PX - TOOLBAR_PX,
    )
    assert docked_position(CALL, size, "top-left", "top") == (
        100 + MARGIN_PX,
        50 + MARGIN_PX + TOOLBAR_PX,
    )
    assert docked_position((0, 0, 200, 100), size, "bottom-right", "bottom") == (0, 0), (
        "never outside a small window"
    )  # fmt: skip
    assert default_corner("bottom") == "top-right"
    assert default_corner("top") == "bottom-right"


def test_a_drop_chooses_the_nearest_corner_or_none_outside():
    assert nearest_corner(CALL, (150, 600)) == "bottom-left"
    assert nearest_corner(CALL, (1000, 60)) == "top-right"
    assert nearest_corner(CALL, (20, 20)) is None
