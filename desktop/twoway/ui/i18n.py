"""Which language Twoway speaks: its own translations plus Qt's, switched while running.

Twoway follows the system's preferred languages unless the user chose one. Switching
removes the old translators and installs the new ones; Qt then sends every widget a
QEvent.LanguageChange, and each widget sets its texts again in changeEvent().
English has a small catalog of its own, twoway_en, with only the strings that take a
count: Qt picks "1 day overdue" or "2 days overdue" from it, for English and as the
fallback under every other language. It is never offered as a choice of its own.
Dates and times follow too: the language in effect, chosen or followed, becomes QLocale's
default, keeping the system's region where that pairing exists (English in Germany writes
24-hour times).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from twoway.core.marks import MESSAGES, Message, fill
from twoway.paths import translations_dir

SOURCE_LANGUAGE = "en"
TRANSLATION_PREFIX = "twoway_"
# Qt's own catalogs that hold strings Twoway shows (dialog buttons, text field menus).
QT_CATALOGS = ("qtbase",)

# Each language named in itself, as a language menu shows it.
_NATIVE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español", "fr": "Français"}


@dataclass(frozen=True)
class Language:
    code: str
    native_name: str


def native_name(code: str) -> str:
    return _NATIVE_NAMES.get(code) or code


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def available_languages(directory: Path | None = None) -> list[Language]:
    """English (the source language) first, then every language with a compiled translation."""
    directory = directory or translations_dir()
    codes = set()
    if directory is not None:
        codes = {qm.stem.removeprefix(TRANSLATION_PREFIX) for qm in directory.glob("*.qm")}
    codes.discard(SOURCE_LANGUAGE)
    others = sorted((Language(c, native_name(c)) for c in codes), key=lambda lang: lang.native_name)
    return [Language(SOURCE_LANGUAGE, native_name(SOURCE_LANGUAGE)), *others]


def resolve_system_language(ui_languages: Iterable[str], available: Iterable[str]) -> str:
    """The first of the system's preferred languages that Twoway speaks, else English.

    ui_languages come as BCP 47 tags ("de-CH", "pt-BR"); a regional translation wins
    over the general one when both exist.
    """
    available = set(available) | {SOURCE_LANGUAGE}
    for tag in ui_languages:
        full = tag.replace("-", "_")
        for candidate in (full, full.split("_")[0]):
            if candidate in available:
                return candidate
    return SOURCE_LANGUAGE


def locale_for(code: str, system: QLocale) -> QLocale:
    """The chosen language with the system's region, or the language's usual region.

    The system's own locale is kept where it already writes dates in that language (the
    C locale writes English). Its name is not enough: on Linux the name follows the
    preferred languages while dates follow LC_TIME, so LANGUAGE=de with LANG=C.UTF-8
    names German but writes "Tuesday".
    """
    named = system.name().split("_")[0]
    if system.language() == QLocale.Language.C:
        named = SOURCE_LANGUAGE
    if code == named and _names_days_as(system, QLocale(system.name())):
        return system
    chosen = QLocale(code)
    if chosen.language() == QLocale.Language.C:  # not a real language, e.g. a test one
        return system
    paired = QLocale(chosen.language(), system.territory())
    return paired if paired.language() == chosen.language() else chosen


def _names_days_as(locale: QLocale, other: QLocale) -> bool:
    """Whether `locale` writes the names of days and months as `other` does."""
    return all(locale.dayName(day) == other.dayName(day) for day in range(1, 8)) and all(
        locale.monthName(month) == other.monthName(month) for month in range(1, 13)
    )


class LanguageSwitcher:
    """Installs the translators for one language at a time on the application."""

    def __init__(
        self,
        app: QCoreApplication,
        directory: Path | None = None,
        qt_directory: Path | None = None,
    ) -> None:
        self._app = app
        self._directory = directory or translations_dir()
        self._qt_directory = qt_directory or qt_translations_dir()
        self._installed: list[QTranslator] = []
        self.current = SOURCE_LANGUAGE

    def languages(self) -> list[Language]:
        return available_languages(self._directory)

    def apply(self, code: str | None = None) -> str:
        """Speak `code` ("de"), or follow the system when it is None or empty.

        Returns the language now in effect: a language without a translation falls
        back to English, so the app never shows a half-chosen mix.
        """
        system = QLocale.system()
        available = [lang.code for lang in self.languages()]
        if code:
            language = code if code in available else SOURCE_LANGUAGE
            QLocale.setDefault(locale_for(language, system))
        else:
            language = resolve_system_language(system.uiLanguages(), available)
            QLocale.setDefault(locale_for(language, system))
        self._install(self._load(language))
        self.current = language
        return language

    def remove(self) -> None:
        """Back to the source language and the system's locale, as before apply()."""
        self._install([])
        QLocale.setDefault(QLocale.system())
        self.current = SOURCE_LANGUAGE

    def _load(self, language: str) -> list[QTranslator]:
        # English's own catalog holds only the plural forms ("1 day overdue"); it goes
        # first so that a string another language has not translated yet still reads
        # as correct English. Translators installed later are asked first.
        english = self._own(SOURCE_LANGUAGE)
        translators = [english] if english is not None else []
        if language == SOURCE_LANGUAGE:
            return translators
        own = self._own(language)
        if own is not None:
            translators.append(own)
        for catalog in QT_CATALOGS:
            qt = QTranslator(self._app)
            if qt.load(f"{catalog}_{language}", str(self._qt_directory)):
                translators.append(qt)
        return translators

    def _own(self, language: str) -> QTranslator | None:
        # Parented to the app so Python does not collect a translator Qt still uses.
        translator = QTranslator(self._app)
        if self._directory and translator.load(TRANSLATION_PREFIX + language, str(self._directory)):
            return translator
        translator.deleteLater()
        return None

    def _install(self, translators: list[QTranslator]) -> None:
        for old in self._installed:
            self._app.removeTranslator(old)
            old.deleteLater()
        for new in translators:
            self._app.installTranslator(new)
        self._installed = translators


def translated_format_text(text: str) -> str:
    """Built-in format names, titles, cues and closing lines are marked in the core for
    translation; a user's own text has no entry and comes back as it is."""
    return QCoreApplication.translate("Formats", text)


def filled(pattern: str, *values: str) -> str:
    """A translated `pattern` with %1, %2… replaced by `values` in one pass (the core's
    `fill`), so a value the user typed that contains "%2" is shown as typed."""
    return fill(pattern, values)


def translated(text: str) -> str:
    """A sentence from the core in the user's language; other text as it is.

    Messages carry their English source and arguments; arguments that are Messages are
    translated too, and numbers are written the locale's way (12,5 in German). Values
    the user types into a file are passed as text, so they keep the file's own syntax.
    """
    if not isinstance(text, Message):
        return text
    source = QCoreApplication.translate(MESSAGES, text.source)
    return fill(source, tuple(_argument_text(arg) for arg in text.args))


def _argument_text(value: object) -> str:
    if isinstance(value, str):
        return translated(value)
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, float):
        return number_text(value)
    return str(value)


def number_text(value: float) -> str:
    """12.5 as the user's locale writes it (12,5 in German), without needless zeros."""
    return QLocale().toString(
        float(value), "g", QLocale.FloatingPointPrecisionOption.FloatingPointShortest
    )


def percent_text(percent: int) -> str:
    """60% in English; 60 % in German, French and Spanish, as each language writes it."""
    number = QLocale().toString(percent)
    return filled(QCoreApplication.translate("Numbers", "%1%", "a percentage"), number)


class _Located(Protocol):
    path: Path
    line: int | None
    message: str


def problem_text(problem: _Located) -> str:
    """A file problem as one line in the user's language: where it is, then what is wrong."""
    name, what = problem.path.name, translated(problem.message)
    if problem.line:
        line = QLocale().toString(problem.line)
        where = fill(QCoreApplication.translate("Messages", "%1, line %2"), (name, line))
    else:
        where = name
    # The context is written out: lupdate reads only literal text.
    return fill(QCoreApplication.translate("Messages", "%1: %2"), (where, what))
