"""Saves the overlay in each state and size as PNGs beside this script.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots/overlay.py
The meeting runs on a fake clock, so every picture shows an exact, repeatable moment.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from twoway.core.clock import FakeClock
from twoway.core.formats import builtin_formats
from twoway.ui.meeting import MeetingController, MeetingInfo
from twoway.ui.overlay import OverlayWindow

HERE = Path(__file__).resolve().parent
MINI = next(f for f in builtin_formats() if f.id == "minimastermind")
CUES = {0: "Ask Maya how the Lisbon studio launch is going", 1: "Mention the pricing workshop"}


def advance(meeting: MeetingController, clock: FakeClock, seconds: float) -> None:
    for _ in range(int(seconds)):
        clock.advance(1)
        meeting.tick()


def shoot(name: str, setup, size: str = "medium") -> Path:
    clock = FakeClock()
    meeting = MeetingController(clock)
    overlay = OverlayWindow(meeting, compositing=True)
    overlay.apply_size(size)
    meeting.start(MINI, MeetingInfo(contact_name="Maya Okafor"), cues=CUES)
    setup(meeting, clock)
    overlay.refresh()
    path = HERE / f"overlay-{name}.png"
    overlay.grab().save(str(path))
    overlay.deleteLater()
    return path


STATES = {
    "running": lambda m, c: advance(m, c, 78),
    "warning": lambda m, c: advance(m, c, 5 * 60 - 25),
    "overrun": lambda m, c: advance(m, c, 5 * 60 + 42),
    "catch-up": lambda m, c: advance(m, c, 9 * 60 + 10),
    "paused": lambda m, c: (advance(m, c, 130), m.pause()),
    "your-turn": lambda m, c: (advance(m, c, 290), m.next_phase(), advance(m, c, 95)),
    "closing": lambda m, c: (
        advance(m, c, 300),
        m.next_phase(),
        advance(m, c, 300),
        m.next_phase(),
        advance(m, c, 60),
        m.next_phase(),
        advance(m, c, 145),
    ),
    "past-slot": lambda m, c: advance(m, c, 15 * 60 + 20),
}


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    saved = [shoot(name, setup) for name, setup in STATES.items()]
    for size in ("small", "large"):
        saved.append(shoot(f"running-{size}", STATES["running"], size))
    for path in saved:
        print(path.name)
    app.processEvents()


if __name__ == "__main__":
    main()
