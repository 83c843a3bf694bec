"""The whole app in another language: translated text, English plural forms, nothing cut off.

The catalogs are compiled for these tests from the committed .ts files. A few strings the
tests look for are filled in on the fly where a translation is still unfinished, so the
tests do not wait for the translators; where the translation exists, it is the one checked.
"""

from __future__ import annotations

import importlib.util
import itertools
import re
import shutil
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, QRect, Qt, QTranslator
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStyle,
    QStyleOptionViewItem,
    QTabBar,
    QTreeView,
    QWidget,
)

from twoway.core.clock import FakeClock
from twoway.core.format_files import save_format
from twoway.core.formats import Format, Owner, Phase, builtin_formats
from twoway.core.records import ChecklistItem, Contact, Request
from twoway.core.settings import SettingsFile
from twoway.core.store import Store
from twoway.core.workflow import request as composer
from twoway.core.workflow.fit import Direction, fit_check
from twoway.core.workflow.prep import SECTION_OWN
from twoway.demo_data import seed_demo
from twoway.paths import DataPaths
from twoway.ui import i18n, overlay_paint
from twoway.ui.context import AppContext
from twoway.ui.hotkeys import Hotkeys
from twoway.ui.i18n import LanguageSwitcher
from twoway.ui.main import bands, common
from twoway.ui.main.bands import Band, PhaseBands
from twoway.ui.main.meeting import debrief
from twoway.ui.main.meeting.debrief import BalanceBar
from twoway.ui.main.meeting.step import wording
from twoway.ui.main.models.followups import FollowUpsModel
from twoway.ui.main.models.meeting_steps import ChecklistModel
from twoway.ui.main.window import PREFERRED_SIZE, SMALLEST_FIRST_SIZE
from twoway.ui.meeting import MeetingController, MeetingInfo
from twoway.ui.overlay import OverlayWindow
from twoway.ui.overlay_view import band_letter

REPO = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 3, 10, 8, 40, tzinfo=UTC)  # a Tuesday
LANGUAGES = ("de", "es", "fr")
WEEKDAY = {"de": "Dienstag", "es": "martes", "fr": "mardi"}
# (context, source) of strings the app shows as soon as it starts.
PROBES = {
    "today": ("", "Today"),
    "contacts": ("", "Contacts"),
    "settings": ("", "Settings"),
    "idle": ("OverlayWindow", "No meeting running"),
    # The core's sentences, put together by the UI.
    "at line": ("Messages", "%1, line %2"),
    "problem": ("Messages", "%1: %2"),
    "needs quotes": ("Messages", "%1 must be text in quotes"),
}


def load_i18n_tools():
    spec = importlib.util.spec_from_file_location(
        "twoway_i18n_update", REPO / "packaging" / "i18n_update.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fill_probes(ts: Path, language: str) -> dict[str, str]:
    """The probes' translations in `ts`, each filled in first if still unfinished; and
    under "overdue", what two days overdue reads as: the translation's plural, or while
    that is unfinished, the English one."""
    tree = ET.parse(ts)
    found = {"overdue": "2 days overdue"}
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name") or "", message.findtext("source"))
            translation = message.find("translation")
            if key == ("", "%n days overdue") and not translation.get("type"):
                plural = [form.text for form in translation.iter("numerusform")][-1]
                found["overdue"] = plural.replace("%n", "2")
            for name, probe in PROBES.items():
                if key != probe:
                    continue
                translation = message.find("translation")
                if translation.get("type") or not (translation.text or "").strip():
                    translation.attrib.pop("type", None)
                    translation.text = f"{probe[1]} ({language})"
                found[name] = translation.text
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    assert PROBES.keys() <= found.keys(), f"{ts.name} lacks some of {PROBES}"
    return found


@pytest.fixture(scope="module")
def catalogs(tmp_path_factory):
    """Compiled catalogs for English, German, Spanish, French and the pseudo language,
    and the translation of each probe string by language."""
    tools = load_i18n_tools()
    folder = tmp_path_factory.mktemp("catalogs")
    sources = tmp_path_factory.mktemp("ts")
    expected = {}
    for language in LANGUAGES:
        copy = sources / f"twoway_{language}.ts"
        shutil.copyfile(REPO / "i18n" / f"twoway_{language}.ts", copy)
        expected[language] = fill_probes(copy, language)
    shutil.copyfile(REPO / "i18n" / "twoway_en.ts", sources / "twoway_en.ts")
    tools.compile_translations(folder, sorted(sources.glob("*.ts")))
    tools.build_pseudo_translation(folder)
    return folder, expected, tools


def own_format(paths: DataPaths) -> None:
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


@pytest.fixture
def start_app(qtbot, data_dir, catalogs, monkeypatch):
    """Starts Twoway as a user would, with their language saved in the settings."""
    folder, _, _ = catalogs
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    started: list[AppContext] = []

    def start(language: str, *, demo: bool = True) -> AppContext:
        paths = DataPaths(data_dir)
        clock = FakeClock(start=NOW)
        SettingsFile.load(paths.settings_file, paths.backups_dir, clock).set(
            "general.language", language
        )
        store = Store.open(paths, clock, cache_file=None)
        if demo:
            seed_demo(store, clock.wall())
            own_format(paths)
        context = AppContext.build(QApplication.instance(), paths, clock)
        context.records.store = store
        started.append(context)
        context.show_main_window()
        qtbot.waitExposed(context.main_window)  # closed below: a language switch replaces it
        return context

    yield start
    for context in started:
        context.main_window.hub.save_now()
        context.main_window.close()
        context.overlay.close()
        context.overlay.deleteLater()
        context.language.remove()  # the next test starts in English again


# --- the app speaks the chosen language --------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_app_started_in_a_language_shows_its_translations(start_app, catalogs, language):
    _, expected, _ = catalogs
    context = start_app(language)
    window = context.main_window
    nav = {
        window.nav.item(row).data(Qt.ItemDataRole.UserRole): window.nav.item(row).text()
        for row in range(8)
    }
    assert nav["today"] == expected[language]["today"]
    assert nav["contacts"] == expected[language]["contacts"]
    assert nav["settings"] == expected[language]["settings"]
    assert window.views["today"].heading.text() == expected[language]["today"]
    assert context.overlay.current_view().title == expected[language]["idle"]
    due = window.views["today"].due_model
    assert due.data(due.index(0, FollowUpsModel.DUE)) == expected[language]["overdue"]
    # Dates speak it too: Today's date line names the weekday in that language.
    date_line = window.views["today"].date_label.text()
    assert date_line.startswith(WEEKDAY[language]), date_line
    assert date_line == QLocale().toString(QDate(2026, 3, 10), QLocale.FormatType.LongFormat)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_broken_file_is_explained_in_the_chosen_language(start_app, catalogs, data_dir, language):
    _, expected, _ = catalogs
    said = expected[language]
    broken = data_dir / "contacts" / "c-broken.toml"
    broken.parent.mkdir()
    broken.write_text("schema = 2\nname = 5\n", encoding="utf-8")
    window = start_app(language, demo=False).main_window
    window.show_view("settings")
    listed = window.views["settings"].data.problems
    assert listed.count() == 1
    where = said["at line"].replace("%1", "c-broken.toml").replace("%2", "2")
    what = said["needs quotes"].replace("%1", '"name"')
    assert listed.item(0).text() == said["problem"].replace("%1", where).replace("%2", what)
    assert "must be" not in listed.item(0).text()


def test_short_dates_keep_each_locale_order_and_words():
    day = QDate(2026, 3, 10)

    def short(name: str, **parts) -> str:
        locale = QLocale(name)
        return locale.toString(day, common.compact_date_pattern(locale, **parts))

    assert short("en_US", year=False) == "Tue, Mar 10"
    assert short("en_GB", year=False) == "Tue, 10 Mar"
    assert short("de_DE", year=False) == "Di., 10. März"
    assert short("fr_FR", year=False) == "mar. 10 mars"
    assert short("es_ES", year=False) == "mar, 10 de mar"
    assert short("de_DE", weekday=False) == "10. März 2026"
    assert short("en_US", weekday=False) == "Mar 10, 2026"
    assert short("es_ES", weekday=False, year=False) == "10 de mar"
    assert short("ja_JP", year=False) == "3月10日火"  # a suffix stays with its number


# --- plural forms ---------------------------------------------------------------------------


def test_english_counts_read_right_in_singular_and_plural(start_app):
    context = start_app("en", demo=False)
    today = NOW.date()
    assert common.tr("%n days overdue", None, 1) == "1 day overdue"
    assert common.relative_due(today - timedelta(days=2), today) == "2 days overdue"
    assert common.relative_due(today + timedelta(days=1), today) == "tomorrow"

    hub = context.main_window.hub
    contacts = context.main_window.views["contacts"]
    hub.put_contact(Contact(name="Maya Okafor"))
    context.main_window.show_view("contacts")
    assert contacts.count.text() == "1 contact"
    hub.put_contact(Contact(name="Ravi Shah"))
    assert contacts.count.text() == "2 contacts"


def test_the_request_reads_right_for_one_minute_and_for_many(start_app):
    start_app("en", demo=False)
    one = Request(intent="to hear about your move", minutes=1)
    assert "It will take 1 minute, and" in composer.compose_request(one, "Ines", words=wording(1))
    # The counted sentences written out in the Qt layer are the core's, word for word.
    many = wording(15)
    for name in ("minutes", "subject", "decline_shorter"):
        assert getattr(many, name) == getattr(composer.ENGLISH, name)


def test_an_unfinished_plural_in_another_language_falls_back_to_correct_english(
    qapp, catalogs, tmp_path
):
    """A German catalog without the counted strings yet: English fills in, in both forms."""
    folder, _, tools = catalogs
    bare = tmp_path / "twoway_de.ts"
    bare.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="de" sourcelanguage="en"><context><name></name>'
        "<message><source>Today</source><translation>Heute</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    tools.compile_translations(tmp_path, [bare])
    shutil.copyfile(folder / "twoway_en.qm", tmp_path / "twoway_en.qm")
    switcher = LanguageSwitcher(qapp, tmp_path)
    try:
        assert switcher.apply("de") == "de"
        assert common.tr("Today") == "Heute"
        assert common.tr("%n contacts", None, 1) == "1 contact"
        assert common.tr("%n contacts", None, 3) == "3 contacts"
    finally:
        switcher.remove()


# --- nothing is cut off in a longer language ----------------------------------------------


def _inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _tree_indexes(model, parent: QModelIndex | None = None):
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _tree_indexes(model, index)


def cut_tree_items(tree: QTreeView) -> list[str]:
    found = []
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    for index in _tree_indexes(tree.model()):
        option = QStyleOptionViewItem()
        option.initFrom(tree)
        tree.itemDelegate().initStyleOption(option, index)
        option.rect = tree.visualRect(index)
        room = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, tree)
        needed = option.fontMetrics.boundingRect(QRect(0, 0, room.width(), 0), flags, option.text)
        if needed.height() > room.height():
            found.append(f"item {option.text!r}: {room.height()} px high, needs {needed.height()}")
    return found


def cut_column_titles(header: QHeaderView) -> list[str]:
    """Column titles narrower than the room Qt's style says their text needs."""
    model = header.model()
    found = []
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        needed = header.sectionSizeHint(column)
        if header.sectionSize(column) < needed:
            title = model.headerData(column, Qt.Orientation.Horizontal)
            found.append(f"column {title!r}: {header.sectionSize(column)} px, needs {needed}")
    return found


def clipped_widgets(window: QWidget) -> list[str]:
    """Texts in the window that do not get the room they need, described for a message.

    The method: Qt's layouts give every widget at least its minimum size, which for a
    label or button is the room its whole text needs (its size hint). So a text is cut
    off exactly when a widget ends up smaller than that: a label or button narrower than
    its size hint; a wrapping label lower than its height for its width; a group box
    narrower than its title; a tab narrower than its label. A page that needs a
    horizontal scroll bar, or a widget partly hidden by its parent or a sibling (outside
    scroll areas, where scrolling is the point), is cut off too. Only what Qt computes
    from the fonts is compared, never pixels, so the check is exact and repeatable.
    Table cells are left out: they cut long text with "…" on purpose and show the whole
    text as a tooltip; but a column's title must fit its column. A tree that wraps its text (the checklist) is checked item
    by item: the room Qt's style gives an item's text must hold it, wrapped.
    """
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}"
        if isinstance(widget, QLabel):
            if widget.wordWrap() and widget.hasHeightForWidth():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height():
                    found.append(f"{name}: {widget.height()} px high, needs {needed}")
            elif widget.sizeHint().width() > widget.width():
                found.append(f"{name}: {widget.width()} px wide, needs {widget.sizeHint().width()}")
        elif isinstance(widget, (QAbstractButton, QGroupBox)):
            needed = widget.minimumSizeHint().width()
            if isinstance(widget, QAbstractButton):
                needed = max(needed, widget.sizeHint().width())
            if needed > widget.width():
                found.append(f"{name}: {widget.width()} px wide, needs {needed}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.tabRect(index).width() < widget.tabSizeHint(index).width():
                    found.append(f"tab {widget.tabText(index)!r} is squeezed")
        elif isinstance(widget, QTreeView) and widget.wordWrap():
            found.extend(cut_tree_items(widget))
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            found.extend(cut_column_titles(widget))
        elif type(widget) is QScrollArea and widget.horizontalScrollBar().maximum() > 0:
            found.append(f"a page needs {widget.horizontalScrollBar().maximum()} px more width")
        if isinstance(widget, (QLabel, QAbstractButton)) and not _inside_scroll_area(widget):
            shown = widget.visibleRegion().boundingRect()
            if shown.size() != widget.size():
                found.append(f"{name}: only {shown.size().toTuple()} of it is visible")
    nav = window.nav
    for row in range(nav.count()):
        item = nav.item(row)
        needed = nav.fontMetrics().horizontalAdvance(item.text()) + 8  # the style's margins
        if needed > nav.visualItemRect(item).width():
            found.append(f"view {item.text()!r} in the list of views")
    bar = window.menuBar()
    for action in bar.actions():
        if not bar.rect().contains(bar.actionGeometry(action)):
            found.append(f"menu {action.text()!r} does not fit the menu bar")
    return found


def visit_every_view(window):
    """Shows each view and meeting step in turn; yields a name for each."""
    for key in ("today", "contacts", "followups", "agenda", "insights", "settings"):
        window.show_view(key)
        yield key
    window.open_contact("c-demo01")
    yield "contact with history"
    window.show_view("formats")
    window.views["formats"].select("minimastermind")
    yield "built-in format"
    window.views["formats"].select("walk-and-talk")
    yield "format editor"
    for step in ("plan", "request", "prep", "run"):
        window.open_meeting("m-demo10", step)
        yield f"meeting {step}"
    window.open_meeting("m-demo05", "debrief")
    yield "debrief written"
    window.open_meeting("m-demo07", "debrief")
    yield "debrief to write"


def test_pseudo_translation_cuts_nothing_off_in_the_main_window(start_app, qtbot):
    context = start_app("xx")
    window = context.main_window
    assert window.nav.item(0).text().startswith("[")  # the pseudo language is on
    # The first start on a 1366×768 laptop (the offscreen screen is smaller than any
    # laptop's); narrower windows scroll, which test_main_fit covers.
    window.resize(*PREFERRED_SIZE)
    problems = {}
    for name in visit_every_view(window):
        qtbot.wait(10)  # let the layouts settle
        problems[name] = clipped_widgets(window)
    assert not {name: found for name, found in problems.items() if found}


def test_english_cuts_nothing_off_either(start_app, qtbot):
    """The check itself finds no fault with the layout as designed."""
    window = start_app("en").main_window
    window.resize(*SMALLEST_FIRST_SIZE)
    for name in visit_every_view(window):
        qtbot.wait(10)
        assert clipped_widgets(window) == [], name


# --- the overlay -------------------------------------------------------------------------------

MINI = next(f for f in builtin_formats() if f.id == "minimastermind")


def advance(meeting: MeetingController, clock: FakeClock, seconds: int) -> None:
    for _ in range(seconds):
        clock.advance(1)
        meeting.tick()


# A cue as long as people write them: it must be shown whole at every size.
LONGEST_CUE = (
    "Ask how the Lisbon pilot went and what their team needs before the spring launch; "
    "offer the introduction to Northwind's partnerships lead."
)

# Moments of a Minimastermind meeting that show each kind of text.
MOMENTS = {
    "running": lambda m, c: advance(m, c, 78),
    "warning": lambda m, c: advance(m, c, 5 * 60 - 25),
    "running over": lambda m, c: advance(m, c, 5 * 60 + 42),
    "move on": lambda m, c: advance(m, c, 9 * 60 + 10),
    "end late": lambda m, c: advance(m, c, 13 * 60),
    "past the slot": lambda m, c: advance(m, c, 15 * 60 + 20),
    "paused": lambda m, c: (advance(m, c, 130), m.pause()),
    "closing": lambda m, c: (
        advance(m, c, 300),
        m.next_phase(),
        advance(m, c, 300),
        m.next_phase(),
        advance(m, c, 60),
        m.next_phase(),
        advance(m, c, 145),
    ),
}


def text_extent(box) -> QRect:
    return QFontMetrics(box.font).boundingRect(box.rect, int(box.flags), box.text)


def overlay_problems(overlay: OverlayWindow) -> list[str]:
    """What the overlay paints outside its room, over other text, or cut short.

    Each text is laid out by text_boxes(): its rectangle, font and flags. Qt's font
    metrics give the exact extent the text takes when drawn there (boundingRect); that
    extent must lie inside its rectangle and the card, and no two may overlap. Only the
    phase title may be shortened with "…"; every other text must be painted whole.
    """
    view = overlay.view
    boxes = overlay.text_boxes()
    found = []
    for key, box in boxes.items():
        extent = text_extent(box)
        if not box.rect.contains(extent) or not overlay.rect().contains(extent):
            found.append(f"{key} {box.text!r} needs {extent.size().toTuple()}")
    for (a, first), (b, second) in itertools.combinations(boxes.items(), 2):
        if text_extent(first).intersects(text_extent(second)):
            found.append(f"{a} {first.text!r} overlaps {b} {second.text!r}")
    # Only a phase title may be shortened; advice and the user's own cue are shown whole.
    may_shorten = {"title"}
    whole = {"title": view.title, "note": view.note, "cue": view.cue}
    for key in whole.keys() - may_shorten:
        if key in boxes and whole[key] not in boxes[key].text:
            found.append(f"{key} is cut: {boxes[key].text!r}")
    return found


@pytest.fixture(params=["en", "xx"])
def overlay_language(request, qapp, catalogs):
    switcher = LanguageSwitcher(qapp, catalogs[0])
    assert switcher.apply(request.param) == request.param
    yield request.param
    switcher.remove()


@pytest.mark.parametrize("size", ["small", "medium", "large"])
def test_no_overlay_text_is_cut_off_in_english_or_the_pseudo_language(
    qtbot, overlay_language, size
):
    problems = {}
    for moment, setup in {"idle": None, **MOMENTS}.items():
        clock = FakeClock()
        meeting = MeetingController(clock)
        overlay = OverlayWindow(meeting, compositing=True)
        qtbot.addWidget(overlay)
        overlay.apply_size(size)
        if setup is not None:
            meeting.start(MINI, MeetingInfo(contact_name="Maya Okafor"), cues={0: LONGEST_CUE})
            setup(meeting, clock)
        overlay.refresh()
        if overlay_language == "xx":
            assert overlay.view.title.startswith("[")  # pseudo-translated
        problems[moment] = overlay_problems(overlay)
        if overlay.view.note:
            assert overlay.text_boxes()["note"].text == overlay.view.note, moment
    assert not {moment: found for moment, found in problems.items() if found}


def test_switching_language_live_retranslates_the_main_window_in_place(start_app, catalogs, qtbot):
    _, expected, _ = catalogs
    context = start_app("en")
    window = context.main_window
    window.show_view("settings")
    assert window.views["today"].heading.text() == "Today"

    context.set_language("de")
    qtbot.waitUntil(lambda: context.main_window is not window)
    again = context.main_window
    qtbot.addWidget(again)
    assert again.views["today"].heading.text() == expected["de"]["today"]
    assert again.current_view() == "settings", "the user stays where they were"
    assert again.isVisible()
    assert again.hub is window.hub, "the same records, with nothing reloaded or lost"
    assert context.overlay.current_view().title == expected["de"]["idle"]


def test_after_a_live_switch_undo_and_the_overlay_menu_speak_the_new_language(start_app, qtbot):
    context = start_app("en")
    context.overlay.ensure_controls()  # the menu as first built, in English
    first = context.main_window
    context.set_language("de")
    qtbot.waitUntil(lambda: context.main_window is not first)
    window = context.main_window
    qtbot.wait(10)  # the old window is deleted now

    followup = next(iter(window.hub.store.followups.values()))
    window.hub.delete_followup(followup.id)  # a step on the undo stack both windows saw
    undo = window.actions_by_name["undo"]
    pattern = QCoreApplication.translate("", "&Undo %1")
    assert pattern != "&Undo %1"
    assert undo.text().startswith(pattern.split("%1")[0]) and undo.isEnabled()

    context.overlay.ensure_controls()
    menu_texts = [action.text() for action in context.overlay.buttons.menu.actions()]
    assert QCoreApplication.translate("OverlayMenu", "Hide overlay") in menu_texts
    assert "Hide overlay" not in menu_texts


def accelerator(text: str) -> str:
    match = re.search(r"&(?!&)(\w)", text.replace("&&", ""))
    return match.group(1).casefold() if match else ""


def clashes(texts: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    found = []
    for text in texts:
        key = accelerator(text)
        if key and key in seen:
            found.append(f"{seen[key]!r} and {text!r} share &{key}")
        seen.setdefault(key, text)
    return found


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_no_two_items_of_a_menu_or_of_settings_share_a_shortcut_letter(start_app, language):
    window = start_app(language).main_window
    menus = [action.text() for action in window.menuBar().actions()]
    found = clashes(menus)
    for top in window.menuBar().actions():
        found += clashes([action.text() for action in top.menu().actions()])
    settings = window.views["settings"]
    texts = [
        widget.text()
        for widget in settings.findChildren(QAbstractButton) + settings.findChildren(QLabel)
        if not isinstance(widget, QLabel) or widget.buddy() is not None
    ]
    # Not also against the menu bar: some 24 letters would have to differ, more than the
    # words offer; where a page and a menu share one, Alt and the letter alternates.
    found += clashes(texts)
    assert found == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_demo_reads_in_each_language_and_fits_as_in_english(qapp, catalogs, tmp_path, language):
    folder, _, _ = catalogs
    translator = QTranslator()
    assert translator.load(str(folder / f"twoway_{language}.qm"))
    app = qapp
    app.installTranslator(translator)
    try:
        stores = {}
        for name, translate in (
            ("en", str),
            (language, lambda text: QCoreApplication.translate("Demo", text)),
        ):
            paths, clock = DataPaths(tmp_path / name), FakeClock(start=NOW)
            stores[name] = Store.open(paths, clock, cache_file=None)
            seed_demo(stores[name], NOW, translate)
    finally:
        app.removeTranslator(translator)
    english, local = stores["en"], stores[language]
    for contact_id, contact in english.contacts.items():
        translated = local.contacts[contact_id]
        assert translated.name == contact.name
        assert not contact.needs or translated.needs != contact.needs, contact.name
        want, got = fit_check(contact, english.agenda), fit_check(translated, local.agenda)
        assert got.advice == want.advice, contact.name
        assert matched(got, local.agenda) == matched(want, english.agenda), contact.name


def matched(report, agenda) -> list[tuple[str, int]]:
    """Which of the agenda's needs and offers a fit report matched, by their place."""
    return [
        (
            m.direction,
            (agenda.needs if m.direction is Direction.THEY_HELP_ME else agenda.offers).index(
                m.item
            ),
        )
        for m in report.matches
    ]


def test_items_added_before_and_after_the_section_name_was_kept_in_english_share_a_section(
    start_app,
):
    start_app("de", demo=False)
    stored_translated = QCoreApplication.translate("Prep", SECTION_OWN)  # as older versions did
    assert stored_translated != SECTION_OWN
    model = ChecklistModel()
    model.set_items([ChecklistItem("Alt", stored_translated), ChecklistItem("Neu", SECTION_OWN)])
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)).startswith(stored_translated)


@pytest.mark.parametrize("language", [*LANGUAGES, "xx"])
def test_every_built_in_cue_is_shown_whole_in_each_language_and_size(
    qtbot, qapp, catalogs, language
):
    switcher = LanguageSwitcher(qapp, catalogs[0])
    switcher.apply(language)
    try:
        problems = []
        for size in ("small", "medium", "large"):
            for fmt in builtin_formats():
                clock = FakeClock()
                meeting = MeetingController(clock)
                overlay = OverlayWindow(meeting, compositing=True)
                qtbot.addWidget(overlay)
                overlay.apply_size(size)
                meeting.start(fmt, MeetingInfo(contact_name="Maya Okafor"))
                for index in range(len(fmt.phases)):
                    overlay.refresh()
                    view = overlay.view
                    assert view.cue, (fmt.id, index)
                    found = overlay_problems(overlay)
                    if found:
                        problems.append((size, fmt.id, index, found))
                    meeting.next_phase()
                meeting.end()
        assert problems == []
    finally:
        switcher.remove()


def test_whose_turn_cannot_be_read_backwards_in_german(qtbot, qapp, catalogs):
    switcher = LanguageSwitcher(qapp, catalogs[0])
    switcher.apply("de")
    try:
        clock = FakeClock()
        meeting = MeetingController(clock)
        overlay = OverlayWindow(meeting, compositing=True)
        qtbot.addWidget(overlay)
        meeting.start(MINI)  # no name known: the words must carry it
        badges = [overlay.current_view().badge]
        meeting.next_phase()
        badges.append(overlay.current_view().badge)
        # "SIE" would read as the formal "you": the card speaks of the user as "ICH".
        assert badges == ["GEGENÜBER", "ICH"]
        meeting.end()
        meeting.start(MINI, MeetingInfo(contact_name="Dr. Maya Okafor"))
        assert overlay.current_view().badge == "MAYA"
    finally:
        switcher.remove()


# --- the same letters and words everywhere ------------------------------------------------

THREE_OWNERS = Format(
    id="three-owners",
    name="Three owners",
    slot_minutes=30,
    phases=(
        Phase("Their story", Owner.THEM, 10),
        Phase("Your story", Owner.ME, 10),
        Phase("Next steps", Owner.BOTH, 10),
    ),
)


class LetterPainter(QPainter):
    """A QPainter that notes every single letter it draws: the letters on the bands."""

    letters: ClassVar[list[str]] = []

    def drawText(self, *args):
        text = next((arg for arg in args if isinstance(arg, str)), "")
        if len(text) == 1:
            LetterPainter.letters.append(text)
        return super().drawText(*args)


def painted_letters(widget: QWidget, module, monkeypatch) -> list[str]:
    with monkeypatch.context() as patch:
        patch.setattr(module, "QPainter", LetterPainter)
        LetterPainter.letters = []
        widget.grab()
    return LetterPainter.letters


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_preview_and_the_debrief_letter_the_bands_as_the_overlay_does(
    qtbot, qapp, catalogs, monkeypatch, language
):
    switcher = LanguageSwitcher(qapp, catalogs[0])
    switcher.apply(language)
    try:
        meeting = MeetingController(FakeClock())
        overlay = OverlayWindow(meeting, compositing=True)
        qtbot.addWidget(overlay)
        meeting.start(THREE_OWNERS)
        overlay.refresh()
        on_the_overlay = painted_letters(overlay, overlay_paint, monkeypatch)
        meeting.end()

        preview = PhaseBands()
        qtbot.addWidget(preview)
        preview.resize(600, 60)
        preview.set_bands([Band(p.title, p.owner, p.minutes) for p in THREE_OWNERS.phases])
        balance = BalanceBar()
        qtbot.addWidget(balance)
        balance.resize(600, 30)
        balance.set_balance({"them": 600.0, "me": 600.0, "both": 600.0})

        owners = (Owner.THEM, Owner.ME, Owner.BOTH)
        assert on_the_overlay == [band_letter(owner) for owner in owners]
        assert on_the_overlay != ["T", "Y", "B"], "the letters are the language's own"
        assert painted_letters(preview, bands, monkeypatch) == on_the_overlay
        assert painted_letters(balance, debrief, monkeypatch) == on_the_overlay
        assert [common.owner_letter(owner) for owner in owners] == on_the_overlay
    finally:
        switcher.remove()


def test_hotkey_names_keep_their_capitals_when_they_start_a_label(start_app):
    box = start_app("de", demo=False).main_window.views["settings"].calls
    labels = {label.text() for label in box.findChildren(QLabel)}
    names = [Hotkeys.action_name(action) for action in box.keys]
    assert "nächste Phase" in names  # a German noun inside the name
    for name in names:
        assert name[:1].upper() + name[1:] + ":" in labels
    assert "Nächste Phase:" in labels


@pytest.mark.parametrize(
    ("language", "one_day", "many_days"),
    [
        ("en", "Every 1 day", "Every 45 days"),
        ("de", "Im Abstand von 1 Tag", "Alle 45 Tage"),
        ("es", "Cada 1 día", "Cada 45 días"),
        ("fr", "Intervalle de 1 jour", "Tous les 45 jours"),
    ],
)
def test_a_reminder_interval_typed_into_the_file_is_counted_right(
    start_app, language, one_day, many_days
):
    window = start_app(language, demo=False).main_window
    box = window.views["contacts"].detail.keep_in_touch
    for days, expected in ((1, one_day), (45, many_days)):
        contact = Contact(name=f"Maya Okafor {days}", keep_in_touch_days=days)
        window.hub.put_contact(contact)
        window.open_contact(contact.id)
        assert box.cadence.currentText() == expected
