"""Guards against a Qt binding that corrupts None's reference count.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every Qt call that returns
nothing; an app repainting once a second then aborts after minutes. The dependency pin
keeps that release out; this test catches it (or a relapse) in any environment.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_keep_nones_reference_count(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(20_000):
        widget.update()  # a Qt method that returns void
        widget.setToolTip("")
    after = sys.getrefcount(None)
    # Other code may hold a few more Nones meanwhile; a leak of one per call would be 40,000.
    assert after >= before - 100, f"None lost {before - after} references"
