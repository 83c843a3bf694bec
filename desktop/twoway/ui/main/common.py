"""Small pieces the main window's views share: wording for owners and dates, layout helpers."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from twoway.core.formats import Owner

# Generous spacing: the window is calm, not dense.
MARGIN = 18
SPACING = 12


def tr(text: str) -> str:
    """The main window's words in the user's language.

    Its strings are found by lupdate as plain tr() calls, which it files under the empty
    context; so that is the context they are looked up in.
    """
    return QCoreApplication.translate("", text)


def translated_format_text(text: str) -> str:
    """Built-in format names, titles and cues are marked in the core for translation."""
    return QCoreApplication.translate("Formats", text)


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
    # The same letters as the overlay's bands.
    return {
        Owner.THEM: QCoreApplication.translate("OverlayWindow", "T"),
        Owner.ME: QCoreApplication.translate("OverlayWindow", "Y"),
        Owner.BOTH: QCoreApplication.translate("OverlayWindow", "B"),
    }[Owner(owner)]


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


def to_qdatetime(value: datetime) -> QDateTime:
    """An aware datetime as a QDateTime in the user's local time."""
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp())).toLocalTime()


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def date_text(value: date | None, today: date | None = None) -> str:
    """ "Fri 20 Nov"; the year is added when it is not this year's (or not known)."""
    if value is None:
        return ""
    pattern = "ddd d MMM" if today is not None and today.year == value.year else "d MMM yyyy"
    return QLocale().toString(to_qdate(value), pattern)


def datetime_text(value: datetime | None) -> str:
    if value is None:
        return tr("No time set")
    local = to_qdatetime(value)
    return QLocale().toString(local, "ddd d MMM, ") + QLocale().toString(
        local.time(), QLocale.FormatType.ShortFormat
    )


def relative_due(due: date, today: date) -> str:
    days = (due - today).days
    if days == 0:
        return tr("today")
    if days == 1:
        return tr("tomorrow")
    if days == -1:
        return tr("yesterday")
    if days < 0:
        return tr("%1 days overdue").replace("%1", str(-days))
    return tr("in %1 days").replace("%1", str(days))


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
