"""Small pieces the main window's views share: wording for owners and dates, layout helpers."""

from __future__ import annotations

import math
import re
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from twoway.core.formats import Owner
from twoway.ui.i18n import filled, translated_format_text  # noqa: F401  (views import them from here)
from twoway.ui.overlay_view import band_letter

# Generous spacing: the window is calm, not dense.
MARGIN = 18
SPACING = 12


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The main window's words in the user's language.

    Its strings are found by lupdate as plain tr() calls, which it files under the empty
    context; so that is the context they are looked up in. With a count `n`, lupdate marks
    the string as having plural forms (call it as tr("%n contacts", None, count): lupdate
    only sees the count when it is passed by position) and Qt picks the form for n,
    putting n in place of %n.
    """
    return QCoreApplication.translate("", text, disambiguation, n)


def first_upper(text: str) -> str:
    """`text` with its first letter upper-cased and the rest as written: "nächste Phase"
    becomes "Nächste Phase" (str.capitalize() would lower-case the German noun)."""
    return text[:1].upper() + text[1:]


def plural_count(value: float) -> int:
    """The n that picks the word form for a number that may have a fraction (12.5 minutes).

    Whole numbers are themselves; after a fraction English, German, Spanish and French
    all read well with the plural, which any n of 2 or more picks.
    """
    return int(value) if value == int(value) else max(2, math.ceil(value))


def translated_prep_text(text: str) -> str:
    """Checklist texts of the default template are marked for translation in the core."""
    return QCoreApplication.translate("Prep", text) if text else ""


def owner_label(owner: Owner | str) -> str:
    return {
        Owner.THEM: tr("Them"),
        Owner.ME: tr("You"),
        Owner.BOTH: tr("Both"),
    }[Owner(owner)]


def owner_letter(owner: Owner | str) -> str:
    """The letter on a band of this owner: the overlay's own, so the format preview, the
    debrief and Insights show the bands as the overlay will."""
    return band_letter(Owner(owner))


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


def to_qdatetime(value: datetime) -> QDateTime:
    """An aware datetime as a QDateTime in the user's local time."""
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp())).toLocalTime()


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


# A date format of Qt's, in pieces: quoted text, a run of one field letter, other text.
_DATE_PIECES = re.compile(r"'[^']*'|([dMy])\1*|[^'dMy]+")
_SEPARATOR = re.compile(r"[\s\W]*")  # spaces and punctuation between the fields


def compact_date_pattern(locale: QLocale, *, weekday: bool = True, year: bool = True) -> str:
    """The locale's long date with short names, and without the weekday or the year.

    Qt has no short "Fri 20 Nov" format; this one is cut from the long one, so the order
    and the little words stay the locale's: "ddd, MMM d" in the US, "ddd, d. MMM" in
    German, "ddd, d 'de' MMM" in Spanish. A dropped field takes the separators and
    quoted words that lead to it (at the start: those after it; at the end: those after
    it too, such as Russian's year suffix); a letter such as Japanese 日 stays with its field.
    """
    long_format = locale.dateFormat(QLocale.FormatType.LongFormat)
    pieces = [m.group(0) for m in _DATE_PIECES.finditer(long_format)]
    pieces = ["MMM" if p == "MMMM" else "ddd" if p == "dddd" else p for p in pieces]
    if not weekday:
        _drop_field(pieces, lambda piece: piece == "ddd")
    if not year:
        _drop_field(pieces, lambda piece: piece.startswith("y"))
    return "".join(pieces).strip()


def _is_field(piece: str) -> bool:
    return piece[0] in "dMy"


def _drop_field(pieces: list[str], wanted) -> None:
    fields = [i for i, piece in enumerate(pieces) if _is_field(piece)]
    index = next((i for i in fields if wanted(pieces[i])), None)
    if index is None:
        return
    first = last = index
    if index == fields[0]:
        while last + 1 < len(pieces) and not _is_field(pieces[last + 1]):
            last += 1
    else:
        while first > 0 and (
            pieces[first - 1][0] == "'" or _SEPARATOR.fullmatch(pieces[first - 1])
        ):
            first -= 1
        if index == fields[-1]:
            last = len(pieces) - 1
    del pieces[first : last + 1]


def date_text(value: date | None, today: date | None = None) -> str:
    """ "Fri 20 Nov" in the user's locale; without the weekday but with the year when it
    is not this year's (or this year is not known)."""
    if value is None:
        return ""
    this_year = today is not None and today.year == value.year
    pattern = compact_date_pattern(QLocale(), weekday=this_year, year=not this_year)
    return QLocale().toString(to_qdate(value), pattern)


def datetime_text(value: datetime | None, today: date | None = None) -> str:
    """ "Tue 10 Mar, 14:00" in the user's locale and clock, with the year when it is not
    `today`'s (a meeting last December must not read as this December's)."""
    if value is None:
        return tr("No time set")
    local = to_qdatetime(value)
    locale = QLocale()
    year = today is not None and local.date().year() != today.year
    return (
        locale.toString(local.date(), compact_date_pattern(locale, year=year))
        + ", "
        + locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    )


def datetime_edit_format(locale: QLocale | None = None) -> str:
    """The display format for a date and time field: the locale's order, names and clock."""
    locale = locale or QLocale()
    return compact_date_pattern(locale) + ", " + locale.timeFormat(QLocale.FormatType.ShortFormat)


def relative_due(due: date, today: date) -> str:
    days = (due - today).days
    if days == 0:
        return tr("today")
    if days == 1:
        return tr("tomorrow")
    if days == -1:
        return tr("yesterday")
    if days < 0:
        return tr("%n days overdue", None, -days)
    return tr("in %n days", None, days)


def minutes_text(seconds: float) -> str:
    """m:ss for durations shown in tables."""
    whole = round(abs(seconds))
    sign = "-" if seconds < 0 else ""
    return f"{sign}{whole // 60}:{whole % 60:02d}"


def heading(text: str, parent: QWidget | None = None, *, level: int = 1) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * {1: 1.45, 2: 1.15}.get(level, 1.0))
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setAccessibleName(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    """A quieter line of explanation under a heading or a field."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(label.foregroundRole(), palette.color(palette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label


def separator(parent: QWidget | None = None) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def confirm(parent: QWidget, title: str, text: str, details: str, action: str) -> bool:
    """Ask before something the user may regret; Cancel is the default, Escape cancels."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(details)
    chosen = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is chosen


def ask_text(parent: QWidget, title: str, label: str) -> str:
    """One line asked for before something is made; "" when cancelled. Tests replace this."""
    from PySide6.QtWidgets import QInputDialog

    text, accepted = QInputDialog.getText(parent, title, label)
    return text.strip() if accepted else ""
