"""Painting the overlay's card: the rounded background (drawn once per size and kept),
the turn chip, the colored phase bands with the "now" marker, and the text boxes that
`overlay_layout.CardLayout` placed."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from twoway.ui.overlay_layout import (
    CARD,
    CARD_BORDER,
    OVERRUN_BAND,
    TEXT,
    WARNING_TEXT,
    CardLayout,
    TextBox,
)
from twoway.ui.overlay_view import BandStatus, Mode, Tone, View, band_letter


def card_path(rect: QRect, scale: float, compositing: bool) -> QPainterPath:
    """The card's outline; its corners are rounder where a compositor smooths them."""
    path = QPainterPath()
    radius = 12 * scale if compositing else 8 * scale
    path.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
    return path


class CardPainter:
    """Paints a card on `widget`, keeping its background between repaints."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget
        self._cache: dict[tuple, QPixmap] = {}

    def forget(self) -> None:
        """Draw the background again on the next paint (the card's size changed)."""
        self._cache.clear()

    def _background(self, slot_over: bool, scale: float, compositing: bool) -> QPixmap:
        """The card's background, drawn once per size: antialiased paths are the
        costliest part of a repaint, and the card rarely changes."""
        widget = self.widget
        ratio = widget.devicePixelRatioF()
        key = (widget.width(), widget.height(), slot_over, ratio)
        if key not in self._cache:
            pixmap = QPixmap(round(widget.width() * ratio), round(widget.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(OVERRUN_BAND if slot_over else CARD_BORDER, 2 if slot_over else 1))
            painter.setBrush(CARD)
            painter.drawPath(card_path(widget.rect(), scale, compositing))
            painter.end()
            self._cache = {k: v for k, v in self._cache.items() if k[:2] == key[:2]}
            self._cache[key] = pixmap
        return self._cache[key]

    def paint(
        self, view: View, boxes: dict[str, TextBox], layout: CardLayout, compositing: bool
    ) -> None:
        widget = self.widget
        p = QPainter(widget)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.drawPixmap(0, 0, self._background(view.slot_over, layout.scale, compositing))
        if view.mode is Mode.RUNNING:
            chip = boxes["owner"].rect
            current = next((b for b in view.bands if b.status is BandStatus.CURRENT), None)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(current.color) if current else TEXT)
            p.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
            pad = layout.px(12)
            band_area = QRect(pad, layout.px(88), widget.width() - 2 * pad, layout.px(16))
            self._paint_bands(p, band_area, view, layout)
        for box in boxes.values():
            p.setFont(box.font)
            p.setPen(box.color)
            p.drawText(box.rect, box.flags, box.text)

    @staticmethod
    def _paint_bands(p: QPainter, area: QRect, view: View, layout: CardLayout) -> None:
        gap = max(2, layout.px(3))
        count = len(view.bands)
        usable = area.width() - gap * (count - 1)
        x = float(area.left())
        label_font = layout.font(10, QFont.Weight.Bold)
        metrics = QFontMetrics(label_font)
        p.setFont(label_font)
        for band in view.bands:
            band_width = usable * band.fraction
            rect = QRectF(x, area.top(), band_width, area.height())
            fill = QColor(band.color)
            current = band.status is BandStatus.CURRENT
            if current and view.tone is Tone.OVERRUN:
                fill = OVERRUN_BAND
            elif current and view.tone is Tone.WARNING:
                fill = WARNING_TEXT
            fill.setAlphaF({"done": 0.35, "current": 1.0, "next": 0.7}[band.status])
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(fill)
            p.drawRoundedRect(rect, 3, 3)
            if current:
                p.setPen(QPen(TEXT, 1.5))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), 3, 3)
            # The owner is told by a letter as well as by color.
            letter = band_letter(band.owner)
            if band_width >= metrics.horizontalAdvance(letter) + 4:
                p.setPen(QColor(17, 17, 17))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, letter)
            x += band_width + gap
        # The marker: where "now" is along the whole meeting.
        marker_x = area.left() + view.marker * area.width()
        p.setPen(QPen(TEXT, 2))
        p.drawLine(
            round(marker_x),
            area.top() - layout.px(3),
            round(marker_x),
            area.bottom() + layout.px(3),
        )
