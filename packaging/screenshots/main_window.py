"""Saves every view of the main window, with the demo data, as PNGs beside this script.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots/main_window.py
The clock is fixed, so the pictures show the same day every time. With the argument
`keep-in-touch`, only Settings ▸ Keep in touch is saved (settings-keep-in-touch.png).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QScrollArea

from twoway.core.clock import FakeClock
from twoway.core.format_files import save_format
from twoway.core.formats import Format, Owner, Phase
from twoway.core.store import Store
from twoway.demo_data import seed_demo
from twoway.paths import DataPaths
from twoway.ui.context import AppContext
from twoway.ui.main import MainWindow

HERE = Path(__file__).resolve().parent
NOW = datetime(2026, 3, 10, 8, 40, tzinfo=UTC)
SIZE = (1180, 780)


def own_format(paths: DataPaths) -> None:
    """A format of the user's own, to show the editor with something to edit."""
    save_format(
        Format(
            id="walk-and-talk",
            name="Walk and talk",
            description="A 25-minute walk: their story on the way out, yours on the way back.",
            slot_minutes=25,
            swappable=True,
            closing_line="Same time next month?",
            phases=(
                Phase("Their story", Owner.THEM, 10, cue="What are they stuck on right now?"),
                Phase("Your story", Owner.ME, 10, cue="Your one specific ask."),
                Phase("Next steps", Owner.BOTH, 3, color="#CC79A7", cue="One step each."),
            ),
        ),
        paths.formats_dir,
    )


def build(app: QApplication) -> MainWindow:
    paths = DataPaths(Path(tempfile.mkdtemp(prefix="twoway-shots-")))
    clock = FakeClock(start=NOW)
    store = Store.open(paths, clock, cache_file=None)
    seed_demo(store, clock.wall())
    own_format(paths)
    context = AppContext.build(app, paths, clock)
    context.store = store
    window = MainWindow(context)
    window.resize(*SIZE)
    window.show()
    return window


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def shoot(app: QApplication, window: MainWindow, name: str) -> Path:
    settle(app)
    path = HERE / f"main-{name}.png"
    window.grab().save(str(path))
    return path


def shoot_keep_in_touch(app: QApplication, window: MainWindow) -> Path:
    """Settings ▸ Keep in touch, two of the demo's tags with a cadence, at the page's top."""
    settings = window.context.settings
    settings.set_tag_cadence("hiring", 30)
    settings.set_tag_cadence("research", 61)
    window.show_view("settings")
    view = window.views["settings"]
    view.keep_in_touch.show_current_values()
    settle(app)
    bar = view.findChild(QScrollArea).verticalScrollBar()
    for _ in range(2):  # the range grows once the page is laid out
        bar.setValue(view.keep_in_touch.y() - 8)
        settle(app)
    path = HERE / "settings-keep-in-touch.png"
    window.grab().save(str(path))
    return path


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = build(app)
    if sys.argv[1:] == ["keep-in-touch"]:
        print(shoot_keep_in_touch(app, window).name)
        return
    saved = []
    for view in ("today", "contacts", "followups", "agenda", "insights", "settings"):
        window.show_view(view)
        saved.append(shoot(app, window, view))

    window.open_contact("c-demo01")  # Inês: a full history
    saved.append(shoot(app, window, "contact-detail"))
    window.views["contacts"].search.setText("lisbon")
    saved.append(shoot(app, window, "contacts-search"))
    window.views["contacts"].search.clear()

    window.show_view("formats")
    window.views["formats"].select("minimastermind")
    saved.append(shoot(app, window, "formats"))
    window.views["formats"].select("walk-and-talk")
    saved.append(shoot(app, window, "formats-edit"))

    for step in ("plan", "request", "prep", "run"):
        window.open_meeting("m-demo10", step)  # Maya, later today
        saved.append(shoot(app, window, f"meeting-{step}"))
    window.open_meeting("m-demo05", "debrief")  # Priya: debrief written
    saved.append(shoot(app, window, "meeting-debrief"))
    window.open_meeting("m-demo07", "debrief")  # Samuel: just held, debrief to write
    saved.append(shoot(app, window, "meeting-debrief-new"))
    window.open_meeting("")  # the Meeting view's first page: every meeting
    saved.append(shoot(app, window, "meetings-list"))
    saved.append(shoot_keep_in_touch(app, window))
    for path in saved:
        print(path.name)


if __name__ == "__main__":
    main()
