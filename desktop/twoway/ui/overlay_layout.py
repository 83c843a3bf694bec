"""Where each text of the overlay goes: the card's fonts, colors and lines at its size.

`CardLayout` turns a `View` (from `overlay_view.py`) and the card's width into text boxes
(place, font, words, alignment, color) and the height the card needs; painting and the
tests that check nothing is cut off both read the same boxes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics

from twoway.core.formats import OVERRUN_COLOR
from twoway.ui.overlay_view import Mode, NoteKind, Tone, View

SIZES = {"small": 0.8, "medium": 1.0, "large": 1.3}
BASE_WIDTH = 360
CARD = QColor(24, 25, 28)
CARD_BORDER = QColor(255, 255, 255, 36)
TEXT = QColor(236, 236, 238)
TEXT_DIM = QColor(170, 172, 178)
WARNING_TEXT = QColor("#F0E442")  # Okabe–Ito yellow: calm, readable on the dark card
OVERRUN_TEXT = QColor("#F4875A")  # a light vermillion: calm red with enough contrast
OVERRUN_BAND = QColor(OVERRUN_COLOR)
# The cue is the user's own words: never smaller than this, whatever the card's size.
MIN_CUE_PX = 12
MAX_CUE_LINES = 8
# The turn chip in the card's first row: at most this share of the row beside the step,
# so a long first name never pushes the phase title out; the title keeps at least this.
CHIP_SHARE = 0.4
MIN_TITLE_PX = 96

LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)
WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


@dataclass(frozen=True)
class TextBox:
    """One text the overlay paints: its place, font, words, alignment and color."""

    rect: QRect
    font: QFont
    text: str
    flags: int
    color: QColor


class CardLayout:
    """The card's lines at one size (`scale`), in fonts derived from `base_font`."""

    def __init__(self, base_font: QFont, scale: float) -> None:
        self.base_font = base_font
        self.scale = scale

    def px(self, value: float) -> int:
        return round(value * self.scale)

    def font(self, points: float, weight=QFont.Weight.Normal, digits=False) -> QFont:
        return self.font_px(max(8, round(points * self.scale)), weight, digits)

    def font_px(self, pixels: int, weight=QFont.Weight.Normal, digits=False) -> QFont:
        font = QFont(self.base_font)
        font.setPixelSize(pixels)
        font.setWeight(weight)
        if digits:
            # Tabular figures: the digits do not jiggle as they count down.
            font.setFeature(QFont.Tag("tnum"), 1)
        return font

    def note_font(self) -> QFont:
        return self.font_px(max(MIN_CUE_PX, self.px(12)), QFont.Weight.DemiBold)

    def cue_font(self) -> QFont:
        return self.font_px(max(MIN_CUE_PX, self.px(13)))

    def note_height(self, text: str, width: int) -> int:
        metrics = QFontMetrics(self.note_font())
        return metrics.boundingRect(QRect(0, 0, width, 10_000), WRAP, text).height()

    def cue_layout(self, text: str, width: int) -> tuple[str, int]:
        """The cue as shown (whole, unless longer than MAX_CUE_LINES) and its height."""
        metrics = QFontMetrics(self.cue_font())
        limit = metrics.lineSpacing() * MAX_CUE_LINES
        shown = text
        needed = metrics.boundingRect(QRect(0, 0, width, 10_000), WRAP, shown).height()
        while needed > limit and len(shown) > 1:
            shown = shown[: max(1, int(len(shown) * 0.9))].rstrip() + "…"
            needed = metrics.boundingRect(QRect(0, 0, width, 10_000), WRAP, shown).height()
        return shown, needed

    def content_height(self, view: View, width: int) -> int:
        """The card's height for `view` at `width`, without the button strip."""
        pad = self.px(12)
        if view.mode is Mode.IDLE:
            return self.px(104)
        if view.mode is Mode.ENDED:
            return self.px(52) + self.note_height(view.note, width - 2 * pad) + self.px(44)
        height = self.px(110)
        if view.note:
            height += self.note_height(view.note, width - 2 * pad) + self.px(4)
        if view.cue:
            height += self.cue_layout(view.cue, width - 2 * pad)[1] + self.px(4)
        return height + self.px(8)

    def fit(
        self, text: str, rect: QRect, points: float, weight=QFont.Weight.Normal
    ) -> tuple[QFont, str, int]:
        """One line of `text` in `rect`: a little smaller if need be (down to 11 points),
        cut with "…" only past that (a long phase title of the user's own format)."""
        smallest = min(points, 11)
        size = points
        while size >= smallest:
            font = self.font(size, weight)
            if QFontMetrics(font).horizontalAdvance(text) <= rect.width():
                return font, text, LEFT
            size -= 1
        font = self.font(smallest, weight)
        elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        return font, elided, LEFT

    def chip_text(self, badge: str, font: QFont, room: int) -> tuple[str, int]:
        """The turn chip's words and width in a row with `room` for it and the title.

        A long first name (a one-word e-mail address, a double name) is cut with "…":
        the chip takes at most CHIP_SHARE of the row, and leaves the title at least
        MIN_TITLE_PX (scaled), so the phase stays readable beside it."""
        inner = self.px(14)  # the chip's padding, both sides together
        metrics = QFontMetrics(font)
        most = min(round(room * CHIP_SHARE), room - self.px(MIN_TITLE_PX))
        most = max(most, inner + metrics.horizontalAdvance("…"))
        shown = metrics.elidedText(badge, Qt.TextElideMode.ElideRight, most - inner)
        return shown, min(most, metrics.horizontalAdvance(shown) + inner)

    def text_boxes(self, view: View, card_width: int) -> dict[str, TextBox]:
        """Every text the card paints for `view`: where, in which font and color."""
        pad = self.px(12)
        width = card_width - 2 * pad
        if view.mode is Mode.IDLE:
            return {
                "title": TextBox(
                    QRect(pad, pad, width, self.px(30)),
                    self.font(17, QFont.Weight.DemiBold),
                    view.title,
                    LEFT,
                    TEXT,
                ),
                "note": TextBox(
                    QRect(pad, self.px(46), width, self.px(50)),
                    self.font(13),
                    view.note,
                    WRAP,
                    TEXT_DIM,
                ),
            }
        if view.mode is Mode.ENDED:
            font, text, flags = self.fit(view.title, QRect(0, 0, width, 1), 15, QFont.Weight.Bold)
            return {
                "title": TextBox(QRect(pad, pad, width, self.px(26)), font, text, flags, TEXT),
                "note": TextBox(
                    QRect(pad, self.px(44), width, self.note_height(view.note, width)),
                    self.note_font(),
                    view.note,
                    WRAP,
                    TEXT_DIM,
                ),
            }
        return self._running_boxes(view, card_width, pad, width)

    def _running_boxes(
        self, view: View, card_width: int, pad: int, width: int
    ) -> dict[str, TextBox]:
        boxes = {}
        # Row 1: whose turn, the phase title, the step; side by side, never over each other.
        row_height = self.px(20)
        step_font = self.font(11)
        step_width = QFontMetrics(step_font).horizontalAdvance(view.step) + 2
        step_rect = QRect(card_width - pad - step_width, pad, step_width, row_height)
        boxes["step"] = TextBox(step_rect, step_font, view.step, RIGHT, TEXT_DIM)
        chip_gap, step_gap = self.px(8), 6
        room = width - step_width - step_gap - chip_gap  # for the chip and the title
        chip_font = self.font(11, QFont.Weight.Bold)
        badge, chip_width = self.chip_text(view.badge, chip_font, room)
        chip = QRect(pad, pad, chip_width, row_height)
        boxes["owner"] = TextBox(chip, chip_font, badge, CENTER, QColor(17, 17, 17))
        title_left = chip.right() + 1 + chip_gap
        title_rect = QRect(title_left, pad, step_rect.left() - step_gap - title_left, row_height)
        font, text, flags = self.fit(view.title, title_rect, 13, QFont.Weight.DemiBold)
        boxes["title"] = TextBox(title_rect, font, text, flags, TEXT)

        # Row 2: the time left, large; the slot, small.
        tone_color = {
            Tone.NORMAL: TEXT,
            Tone.WARNING: WARNING_TEXT,
            Tone.OVERRUN: OVERRUN_TEXT,
            Tone.PAUSED: TEXT_DIM,
        }[view.tone]
        boxes["time"] = TextBox(
            QRect(pad, self.px(34), self.px(200), self.px(48)),
            self.font(40, QFont.Weight.DemiBold, digits=True),
            view.time,
            LEFT,
            tone_color,
        )
        # The card's words keep the window's translation context.
        slot_label = (
            QCoreApplication.translate("OverlayWindow", "past the slot")
            if view.slot_over
            else QCoreApplication.translate("OverlayWindow", "left in slot")
        )
        slot_color = OVERRUN_TEXT if view.slot_over else TEXT_DIM
        boxes["slot_label"] = TextBox(
            QRect(pad, self.px(37), width, self.px(14)),
            self.font(11),
            slot_label,
            RIGHT,
            slot_color,
        )
        boxes["slot"] = TextBox(
            QRect(pad, self.px(51), width, self.px(20)),
            self.font(16, QFont.Weight.DemiBold, digits=True),
            view.slot,
            RIGHT,
            OVERRUN_TEXT if view.slot_over else TEXT,
        )
        if view.tone is Tone.PAUSED:
            boxes["paused"] = TextBox(
                QRect(pad, self.px(72), width, self.px(14)),
                self.font(11, QFont.Weight.Bold),
                QCoreApplication.translate("OverlayWindow", "PAUSED"),
                RIGHT,
                TEXT,
            )

        # Row 3 is the phase bands. Then the advice, if any, on its own line; then the cue.
        top = self.px(110)
        if view.note:
            color = {
                NoteKind.PLAN: OVERRUN_TEXT,
                NoteKind.CLOSING: WARNING_TEXT,
                NoteKind.NOTE: TEXT_DIM,
            }[view.note_kind]
            height = self.note_height(view.note, width)
            boxes["note"] = TextBox(
                QRect(pad, top, width, height), self.note_font(), view.note, WRAP, color
            )
            top += height + self.px(4)
        if view.cue:
            shown, height = self.cue_layout(view.cue, width)
            boxes["cue"] = TextBox(
                QRect(pad, top, width, height), self.cue_font(), shown, WRAP, TEXT
            )
        return boxes
