"""Phase bands as the overlay draws them, for the format editor's preview and the run page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from twoway.core.formats import OWNER_COLORS, Owner
from twoway.ui.i18n import filled, number_text
from twoway.ui.main.common import owner_label, owner_letter, tr

BAND_HEIGHT = 22
LABEL_HEIGHT = 18
DARK_TEXT = QColor(17, 17, 17)  # the overlay's letter color on the bands


@dataclass(frozen=True)
class Band:
    title: str
    owner: Owner
    minutes: float
    color: str = ""

    @property
    def display_color(self) -> str:
        return self.color or OWNER_COLORS[self.owner]


class PhaseBands(QWidget):
    """Colored bands, one a phase, as wide as their minutes; the slot's spare time is
    drawn as an empty outline at the end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bands: tuple[Band, ...] = ()
        self._slot = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(BAND_HEIGHT + LABEL_HEIGHT + 6)
        self.setAccessibleName(tr("Preview of the phases"))

    def sizeHint(self) -> QSize:
        return QSize(360, BAND_HEIGHT + LABEL_HEIGHT + 6)

    def set_bands(self, bands: Sequence[Band], slot_minutes: float = 0.0) -> None:
        self._bands = tuple(bands)
        self._slot = slot_minutes
        self.setAccessibleDescription(self.describe())
        # A narrow band's label is cut short; hovering shows every band in full.
        self.setToolTip(self.describe().replace("; ", "\n"))
        self.update()

    def describe(self) -> str:
        """The bands in words, for screen readers and tooltips."""
        parts = [
            filled(
                tr("%1, %2, %3 min"), band.title, owner_label(band.owner), number_text(band.minutes)
            )
            for band in self._bands
        ]
        planned = sum(b.minutes for b in self._bands)
        if self._slot > planned:
            parts.append(filled(tr("%1 min spare"), number_text(self._slot - planned)))
        return "; ".join(parts)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        planned = sum(max(0.0, b.minutes) for b in self._bands)
        total = max(planned, self._slot)
        if total <= 0:
            return
        gap = 3.0
        width = self.width() - 1
        usable = width - gap * max(0, len(self._bands) - (0 if self._slot > planned else 1))
        letter_font = QFont(self.font())
        letter_font.setWeight(QFont.Weight.Bold)
        label_font = QFont(self.font())
        label_font.setPointSizeF(label_font.pointSizeF() * 0.9)
        label_metrics = QFontMetrics(label_font)
        x = 0.5
        for band in self._bands:
            band_width = usable * max(0.0, band.minutes) / total
            rect = QRectF(x, 0.5, band_width, BAND_HEIGHT)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(band.display_color))
            p.drawRoundedRect(rect, 3, 3)
            p.setPen(DARK_TEXT)
            p.setFont(letter_font)
            letter = owner_letter(band.owner)
            if band_width > QFontMetrics(letter_font).horizontalAdvance(letter) + 4:
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, letter)
            label = label_metrics.elidedText(
                f"{number_text(band.minutes)}′ {band.title}",
                Qt.TextElideMode.ElideRight,
                int(band_width),
            )
            p.setFont(label_font)
            p.setPen(self.palette().color(self.foregroundRole()))
            p.drawText(
                QRectF(x, BAND_HEIGHT + 4, band_width, LABEL_HEIGHT),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            x += band_width + gap
        if self._slot > planned:
            spare = QRectF(x, 0.5, width - x, BAND_HEIGHT)
            pen_color = self.palette().color(self.foregroundRole())
            pen_color.setAlphaF(0.45)
            p.setPen(pen_color)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(spare, 3, 3)
            p.setFont(label_font)
            p.drawText(
                QRectF(x, BAND_HEIGHT + 4, spare.width(), LABEL_HEIGHT),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label_metrics.elidedText(
                    filled(tr("%1′ spare"), number_text(self._slot - planned)),
                    Qt.TextElideMode.ElideRight,
                    int(spare.width()),
                ),
            )
