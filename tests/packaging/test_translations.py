"""The translation sources: present for each language, current with the code, compilable."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = ("de", "es", "fr")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_each_language_has_a_translation_source_for_its_language():
    for language in LANGUAGES:
        ts = REPO / "i18n" / f"twoway_{language}.ts"
        root = ET.parse(ts).getroot()
        assert root.get("language") == language
        assert root.get("sourcelanguage") == "en"
        assert messages(ts), f"{ts.name} holds no strings"


def test_the_translation_sources_match_the_code(tmp_path, i18n_tools):
    """Every string in the code has an entry, and every entry still matches the code.

    When this fails, strings changed in the code: run packaging/i18n_update.py.
    """
    for language in LANGUAGES:
        committed = REPO / "i18n" / f"twoway_{language}.ts"
        copy = tmp_path / committed.name
        shutil.copyfile(committed, copy)
        i18n_tools.update_ts_files([copy], quiet=True)
        before, after = messages(committed), messages(copy)
        stale = [
            key
            for key, message in before.items()
            if message.find("translation").get("type") in ("obsolete", "vanished")
            or key not in after
        ]
        assert not stale, f"{committed.name}: no longer in the code: {stale}"
        new = [key for key in after if key not in before]
        assert not new, f"{committed.name}: {len(new)} strings of the code missing: {new[:5]}"
        # Where each string is (shown to translators) is current too: a fresh checkout
        # running the update changes nothing.
        assert _located(copy) == _located(committed), (
            f"{committed.name}: source locations are out of date; run packaging/i18n_update.py"
        )


def _located(ts: Path) -> str:
    """The file's text with each location's path from `desktop/` on (the copy sits in
    another folder, so its paths climb differently)."""
    return re.sub(r'filename="[^"]*?(desktop/)', r'filename="\1', ts.read_text(encoding="utf-8"))


def test_the_code_has_strings_for_lupdate_to_find(tmp_path, i18n_tools):
    ts = tmp_path / "twoway_de.ts"
    i18n_tools.update_ts_files([ts], quiet=True)
    contexts = {context for context, _ in messages(ts)}
    # Widgets translate in their class's context; data strings in "Formats".
    assert "Formats" in contexts
    assert "OverlayWindow" in contexts


def test_every_language_compiles_and_loads(translations):
    for language in LANGUAGES:
        translator = QTranslator()
        assert translator.load(str(translations / f"twoway_{language}.qm"))
        assert translator.language() == language


def test_pseudo_text_keeps_placeholders_markup_and_accelerators(i18n_tools):
    text = i18n_tools.pseudo_text("&Save %1 of %n <b>now</b> {name} &amp; more")
    for kept in ("&S", "%1", "%n", "<b>", "</b>", "{name}", "&amp;"):
        assert kept in text
    assert text.startswith("[") and text.endswith("]")
    assert "Save" not in text and "now" not in text  # accented: untranslated text stands out


def test_pseudo_text_runs_longer_like_german_or_french(i18n_tools):
    for source in ("Pause", "End the meeting", "Swap who goes first"):
        assert len(i18n_tools.pseudo_text(source)) >= len(source) * 1.4


def test_pseudo_translation_covers_every_string(translations, tmp_path, i18n_tools):
    template = tmp_path / "twoway_de.ts"
    i18n_tools.update_ts_files([template], quiet=True)
    pseudo = messages(translations / "twoway_xx.ts")
    assert pseudo.keys() == messages(template).keys()
    translator = QTranslator()
    assert translator.load(str(translations / "twoway_xx.qm"))
    context, source = next(iter(pseudo))
    assert translator.translate(context, source) == i18n_tools.pseudo_text(source)
