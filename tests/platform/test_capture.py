"""Keeping the overlay out of captures on Windows, behind its seam (a stand-in user32)."""

from __future__ import annotations

from twoway.platform.capture import (
    WDA_EXCLUDEFROMCAPTURE,
    WDA_NONE,
    capture_exclusion_possible,
    exclude_from_capture,
)


class User32:
    def __init__(self, agrees: bool = True) -> None:
        self.calls: list[tuple[int, int]] = []
        self.agrees = agrees

    def SetWindowDisplayAffinity(self, hwnd, affinity):  # the Windows name
        self.calls.append((hwnd, affinity))
        return 1 if self.agrees else 0


def test_the_overlay_window_is_excluded_from_capture_and_can_be_included_again():
    user32 = User32()
    assert exclude_from_capture(0x1234, user32=user32) is True
    assert exclude_from_capture(0x1234, exclude=False, user32=user32) is True
    assert user32.calls == [(0x1234, WDA_EXCLUDEFROMCAPTURE), (0x1234, WDA_NONE)]


def test_an_older_windows_that_refuses_is_reported_and_nothing_without_a_window():
    assert exclude_from_capture(0x1234, user32=User32(agrees=False)) is False
    assert exclude_from_capture(0, user32=User32()) is False


def test_only_windows_can_promise_it():
    assert capture_exclusion_possible("win32")
    assert not capture_exclusion_possible("darwin")
    assert not capture_exclusion_possible("linux")
