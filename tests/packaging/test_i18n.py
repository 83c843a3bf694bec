"""Switching Twoway's language while it runs: its own strings, Qt's, and dates."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from twoway.core.marks import message
from twoway.ui.i18n import (
    Language,
    LanguageSwitcher,
    available_languages,
    locale_for,
    percent_text,
    resolve_system_language,
    translated,
)


@pytest.fixture
def switcher(qapp, translations):
    switcher = LanguageSwitcher(qapp, translations)
    yield switcher
    switcher.remove()


def first_message(ts) -> tuple[str, str]:
    root = ET.parse(ts).getroot()
    context = root.find("context")
    return context.findtext("name"), context.find("message").findtext("source")


class Probe(QWidget):
    """A window that sets its text again on every language change, as Twoway's do."""

    def __init__(self, context: str, source: str) -> None:
        super().__init__()
        self.context, self.source = context, source
        self.language_changes = 0
        self.label = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(QCoreApplication.translate(self.context, self.source))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.language_changes += 1
            self.retranslate()
        super().changeEvent(event)

    def cancel_text(self) -> str:
        return self.buttons.button(QDialogButtonBox.StandardButton.Cancel).text()


def test_open_window_switches_to_the_pseudo_language_and_back(
    qtbot, switcher, translations, i18n_tools
):
    context, source = first_message(translations / "twoway_xx.ts")
    probe = Probe(context, source)
    qtbot.addWidget(probe)
    probe.show()
    assert probe.label.text() == source

    assert switcher.apply("xx") == "xx"
    qtbot.waitUntil(lambda: probe.label.text() == i18n_tools.pseudo_text(source))
    assert probe.language_changes >= 1

    switcher.apply("en")
    qtbot.waitUntil(lambda: probe.label.text() == source)


def test_qt_dialog_buttons_follow_the_language(qtbot, switcher):
    probe = Probe("Formats", "unused")
    qtbot.addWidget(probe)
    probe.show()
    assert probe.cancel_text() == "Cancel"

    switcher.apply("de")
    qtbot.waitUntil(lambda: probe.cancel_text() == "Abbrechen")
    switcher.apply("fr")
    qtbot.waitUntil(lambda: probe.cancel_text() == "Annuler")
    switcher.apply("es")
    qtbot.waitUntil(lambda: probe.cancel_text() == "Cancelar")
    switcher.apply("en")
    qtbot.waitUntil(lambda: probe.cancel_text() == "Cancel")


def test_dates_follow_the_chosen_language(switcher):
    day = QDate(2025, 3, 4)
    switcher.apply("de")
    assert QLocale().language() == QLocale.Language.German
    assert QLocale().toString(day, QLocale.FormatType.LongFormat).startswith("Dienstag")
    switcher.apply("fr")
    assert QLocale().toString(day, QLocale.FormatType.LongFormat).startswith("mardi")
    switcher.apply(None)
    assert QLocale() == locale_for(switcher.current, QLocale.system())


# Run in a process of its own: Qt reads the system's languages once, from the environment.
_SPEAK = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from twoway.ui.i18n import LanguageSwitcher
app = QCoreApplication([])
switcher = LanguageSwitcher(app, Path(sys.argv[1]))
print(switcher.apply(sys.argv[2] or None))
print(QLocale().toString(QDate(2025, 3, 4), QLocale.FormatType.LongFormat))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="$LANGUAGE is read on Linux")
@pytest.mark.parametrize(
    ("language", "weekday"), [("de", "Dienstag"), ("es", "martes"), ("fr", "mardi")]
)
@pytest.mark.parametrize("chosen", [False, True], ids=["following the system", "chosen"])
def test_dates_speak_the_language_of_the_text_when_only_the_ui_language_is_set(
    translations, language, weekday, chosen
):
    """LANGUAGE=de with LANG=C.UTF-8: Qt's system locale is named German but writes
    dates the C locale's way ("Tuesday"); Twoway's text is German, so are its dates."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("LC_") and key not in ("LANG", "LANGUAGE")
    }
    desktop = str(Path(__file__).resolve().parents[2] / "desktop")
    env.update(
        LANGUAGE=language,
        LANG="C.UTF-8",
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(filter(None, [desktop, env.get("PYTHONPATH")])),
    )
    result = subprocess.run(
        [sys.executable, "-c", _SPEAK, str(translations), language if chosen else ""],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    spoken, date_line = result.stdout.splitlines()[-2:]
    assert spoken == language
    assert date_line.startswith(weekday), date_line


def test_numbers_in_sentences_follow_the_chosen_language(switcher):
    switcher.apply("en")
    assert percent_text(60) == "60%"
    assert translated(message("at most %1 minutes", 12.5)) == "at most 12.5 minutes"
    switcher.apply("de")
    assert percent_text(60) == "60\u00a0%"
    assert translated(message("at most %1 minutes", 12.5)) == "at most 12,5 minutes"


def test_a_language_without_a_translation_falls_back_to_english(qtbot, switcher):
    probe = Probe("Formats", "unused")
    qtbot.addWidget(probe)
    assert switcher.apply("pt") == "en"
    assert probe.cancel_text() == "Cancel"


def test_languages_are_listed_in_their_own_names(translations):
    languages = available_languages(translations)
    assert languages[0] == Language("en", "English")
    assert {
        Language("de", "Deutsch"),
        Language("es", "Español"),
        Language("fr", "Français"),
    } <= set(languages)


def test_no_compiled_translations_means_english_only(tmp_path):
    assert available_languages(tmp_path) == [Language("en", "English")]


@pytest.mark.parametrize(
    ("preferred", "expected"),
    [
        (["de-CH", "en-US"], "de"),
        (["it-IT", "fr-FR", "de-DE"], "fr"),
        (["en-GB", "de-DE"], "en"),  # English first: stay in English
        (["pt-BR"], "en"),
        ([], "en"),
    ],
)
def test_system_languages_are_followed_in_order(preferred, expected):
    assert resolve_system_language(preferred, ["de", "es", "fr"]) == expected


def test_a_regional_translation_wins_over_the_general_one():
    assert resolve_system_language(["fr-CA"], ["fr", "fr_CA"]) == "fr_CA"


def test_chosen_language_keeps_the_system_region_for_formats():
    german_system = QLocale("de_DE")
    english_here = locale_for("en", german_system)
    assert english_here.language() == QLocale.Language.English
    assert english_here.territory() == QLocale.Country.Germany
    # A pairing the locale data lacks takes the language's usual region.
    assert locale_for("fr", QLocale("ja_JP")).name() == "fr_FR"
    assert locale_for("de", german_system) == german_system
