"""Saves the overlay in each state and size as PNGs beside this script.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots/overlay.py [de]
The meeting runs on a fake clock, so every picture shows an exact, repeatable moment.
With a language code, the same states are shot in that language, named
overlay-<state>-<language>.png (the translations are compiled afresh).
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
LONG_CUE = (
    "Ask how the Lisbon pilot went, then what their team needs before the spring launch — "
    "and whether an introduction to Northwind's partnerships lead would help."
)
SUFFIX = ""


def advance(meeting: MeetingController, clock: FakeClock, seconds: float) -> None:
    for _ in range(int(seconds)):
        clock.advance(1)
        meeting.tick()


def shoot(name: str, setup, size: str = "medium", cues=None, after=None) -> Path:
    clock = FakeClock()
    meeting = MeetingController(clock)
    overlay = OverlayWindow(meeting, compositing=True)
    overlay.apply_size(size)
    meeting.start(MINI, MeetingInfo(contact_name="Maya Okafor"), cues=cues or CUES)
    setup(meeting, clock)
    overlay.refresh()
    if after is not None:
        after(overlay, meeting)
    path = HERE / f"overlay-{name}{SUFFIX}.png"
    overlay.grab().save(str(path))
    overlay.deleteLater()
    return path


def hovered(overlay, _meeting) -> None:
    overlay.buttons.set_hovered(True)


def ended(overlay, meeting) -> None:
    meeting.end()
    overlay.show_ended("m-1", "Maya Okafor")


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
    global SUFFIX
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if len(sys.argv) > 1:
        from languages import install_language

        SUFFIX = f"-{sys.argv[1]}"
        install_language(app, sys.argv[1])
    saved = [shoot(name, setup) for name, setup in STATES.items()]
    for size in ("small", "large"):
        saved.append(shoot(f"running-{size}", STATES["running"], size))
    saved.append(shoot("long-cue", STATES["running"], cues={0: LONG_CUE}))
    saved.append(shoot("long-cue-overrun", STATES["overrun"], cues={0: LONG_CUE}))
    saved.append(shoot("controls", STATES["running"], after=hovered))
    saved.append(shoot("ended", STATES["running"], after=ended))
    for path in saved:
        print(path.name)
    app.processEvents()


if __name__ == "__main__":
    main()
