"""The main window's first start on a real screen, to see that it fits.

Run under a virtual screen of a laptop's size, for example with a screen-shooting
wrapper at 1366x768 or 1280x720:
    .venv/bin/python packaging/screenshots/first_start.py [en|de] [view]
It opens the window as a first start does (no saved geometry), prints its frame and
the screen's free area, and quits after a while; the shot is taken of the whole screen.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from twoway.core.clock import FakeClock
from twoway.core.settings import SettingsFile
from twoway.core.store import Store
from twoway.demo_data import seed_demo
from twoway.paths import DataPaths
from twoway.ui import i18n
from twoway.ui.context import AppContext

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import languages  # noqa: E402
import main_window  # noqa: E402

SHOWN_FOR_MS = 12_000


def main(argv: list[str]) -> int:
    language = argv[0] if argv else "en"
    view = argv[1] if len(argv) > 1 else "today"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    catalogs = Path(tempfile.mkdtemp(prefix="twoway-qm-"))
    languages.i18n_tools().compile_translations(catalogs)
    i18n.translations_dir = lambda: catalogs
    paths = DataPaths(Path(tempfile.mkdtemp(prefix="twoway-first-")))
    clock = FakeClock(start=main_window.NOW)
    if language != "en":
        SettingsFile.load(paths.settings_file, paths.backups_dir, clock).set(
            "general.language", language
        )
    context = AppContext.build(app, paths, clock)
    store = Store.open(paths, clock, cache_file=None)
    seed_demo(store, clock.wall(), languages.demo_translation)
    context.store = store
    context.show_main_window()
    window = context.main_window
    if view == "contact":  # Inês, with a history, and a talk logged to show the log
        from datetime import timedelta

        from twoway.core.records import Talk, TalkKind
        from twoway.core.workflow.keep_in_touch import log_talk

        ines = store.contacts["c-demo01"]
        ines.keep_in_touch_days = 30
        note = languages.demo_translation("Coffee after the pricing meetup")
        log_talk(
            ines,
            Talk(clock.wall().date() - timedelta(days=3), TalkKind.COFFEE, note),
            clock.wall().date(),
        )
        window.open_contact("c-demo01")
        view = "contacts"
        detail = window.views["contacts"].detail
        scroller = detail.parentWidget().parentWidget()  # the detail's scroll area
        QTimer.singleShot(500, lambda: scroller.ensureWidgetVisible(detail.keep_in_touch, 0, 200))
    else:
        window.show_view(view)

    def report() -> None:
        frame = window.frameGeometry()
        free = window.screen().availableGeometry()
        print(f"window {frame.x()},{frame.y()} {frame.width()}x{frame.height()}", flush=True)
        print(f"screen free area {free.x()},{free.y()} {free.width()}x{free.height()}", flush=True)
        page = window.views[view]
        need, room = page.body.minimumSizeHint(), page.body.parentWidget().size()
        print(f"page needs {need.width()}x{need.height()}, has {room.width()}x{room.height()}")
        for child in page.body.findChildren(QWidget):
            if child.parentWidget() is page.body and child.isVisible():
                hint = child.minimumSizeHint()
                print(f"  {type(child).__name__} {child.accessibleName()!r} {hint.height()}")

    QTimer.singleShot(2000, report)
    QTimer.singleShot(SHOWN_FOR_MS, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
