"""Saves the Today view and the running overlay in each language, as PNGs beside this script.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots/languages.py [de es fr]
The translations are compiled afresh from i18n/*.ts; a language with unfinished entries
is still shot, with a warning, since those strings show in English.
Writes main-today-<lang>.png, overlay-running-<lang>.png and
main-settings-problems-<lang>.png (damaged files explained in that language).
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QScrollArea

from twoway.core.clock import FakeClock
from twoway.core.settings import SettingsFile
from twoway.core.store import Store
from twoway.demo_data import seed_demo
from twoway.paths import DataPaths
from twoway.ui import i18n
from twoway.ui.context import AppContext
from twoway.ui.meeting import MeetingController, MeetingInfo
from twoway.ui.overlay import OverlayWindow

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))
import main_window  # noqa: E402  (the demo set-up the other screenshots use)
import overlay  # noqa: E402

LANGUAGES = ("de", "es", "fr")


def i18n_tools():
    spec = importlib.util.spec_from_file_location(
        "i18n_update", REPO / "packaging" / "i18n_update.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def unfinished(ts: Path) -> int:
    return sum(
        1
        for translation in ET.parse(ts).getroot().iter("translation")
        if translation.get("type") == "unfinished"
    )


def demo_translation(text: str) -> str:
    return QCoreApplication.translate("Demo", text)


def shoot_main(app: QApplication, language: str) -> tuple[Path, AppContext]:
    paths = DataPaths(Path(tempfile.mkdtemp(prefix=f"twoway-shots-{language}-")))
    clock = FakeClock(start=main_window.NOW)
    SettingsFile.load(paths.settings_file, paths.backups_dir, clock).set(
        "general.language", language
    )
    context = AppContext.build(app, paths, clock)  # applies the saved language first
    store = Store.open(paths, clock, cache_file=None)
    seed_demo(store, clock.wall(), demo_translation)  # the demo's own texts, translated
    context.store = store
    context.show_main_window()
    window = context.main_window
    window.resize(*main_window.SIZE)
    window.show_view("today")
    main_window.settle(app)
    path = HERE / f"main-today-{language}.png"
    window.grab().save(str(path))
    return path, context


def shoot_problems(app: QApplication, language: str) -> tuple[Path, AppContext]:
    """Settings' data section with two damaged files, to see the core's messages translated."""
    paths = DataPaths(Path(tempfile.mkdtemp(prefix=f"twoway-shots-{language}-")))
    clock = FakeClock(start=main_window.NOW)
    settings = SettingsFile.load(paths.settings_file, paths.backups_dir, clock)
    settings.set("general.language", language)
    store = Store.open(paths, clock, cache_file=None)
    seed_demo(store, clock.wall())  # only the Settings page is shown
    store.flush()
    (paths.root / "contacts" / "c-damaged.toml").write_text(
        "schema = 2\nname = 5\n", encoding="utf-8"
    )
    (paths.root / "meetings" / "m-damaged.toml").write_text(
        'schema = 1\ncontact_id = "c-demo01"\nformat_id = "minimastermind"\nstatus = "soon"\n',
        encoding="utf-8",
    )
    context = AppContext.build(app, paths, clock)
    context.store = Store.open(paths, clock, cache_file=None)
    context.show_main_window()
    window = context.main_window
    window.resize(*main_window.SIZE)
    window.show_view("settings")
    view = window.views["settings"]
    main_window.settle(app)
    view.data.problems.setCurrentRow(0)
    bar = view.findChild(QScrollArea).verticalScrollBar()
    for _ in range(2):  # the range grows once the page is laid out
        bar.setValue(bar.maximum())
        main_window.settle(app)
    path = HERE / f"main-settings-problems-{language}.png"
    window.grab().save(str(path))
    return path, context


def shoot_overlay(language: str) -> Path:
    clock = FakeClock()
    meeting = MeetingController(clock)
    card = OverlayWindow(meeting, compositing=True)
    # The format's own cues, which are translated, rather than the English demo ones.
    meeting.start(overlay.MINI, MeetingInfo(contact_name="Maya Okafor"))
    overlay.STATES["running"](meeting, clock)
    card.refresh()
    path = HERE / f"overlay-running-{language}.png"
    card.grab().save(str(path))
    card.deleteLater()
    return path


def install_language(app: QApplication, language: str) -> i18n.LanguageSwitcher:
    """Compile the translations afresh and switch the app to `language`."""
    catalogs = Path(tempfile.mkdtemp(prefix="twoway-qm-"))
    i18n_tools().compile_translations(catalogs)
    i18n.translations_dir = lambda: catalogs
    switcher = i18n.LanguageSwitcher(app)
    switcher.apply(language)
    return switcher


def main(argv: list[str]) -> int:
    languages = argv or list(LANGUAGES)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    catalogs = Path(tempfile.mkdtemp(prefix="twoway-qm-"))
    i18n_tools().compile_translations(catalogs)
    i18n.translations_dir = lambda: catalogs  # the fresh catalogs, not an installed copy
    for language in languages:
        missing = unfinished(REPO / "i18n" / f"twoway_{language}.ts")
        if missing:
            print(f"warning: {language} has {missing} unfinished entries", file=sys.stderr)
        path, context = shoot_main(app, language)
        print(path.name)
        print(shoot_overlay(language).name)
        context.main_window.close()
        context.overlay.close()
        context.language.remove()
        app.processEvents()
        path, context = shoot_problems(app, language)
        print(path.name)
        context.main_window.close()
        context.overlay.close()
        context.language.remove()
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
