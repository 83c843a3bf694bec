"""The overlay: a small always-on-top card over the video call.

It shows whose turn it is, the phase, the time left (large), the slot left (small),
colored phase bands with a marker, a line of advice when one is due (the catch-up plan,
the closing line) and, under it, the user's own cue for this phase, whole: the card
grows a few lines for a long cue rather than cutting it.

It never takes the keyboard focus: the call keeps its own shortcuts (mute, video), and
clicks on the card and its buttons work all the same. What it shows is decided in
`overlay_view.py`; this module lays it out and paints it, and repaints only when
something shown has changed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QRegion,
)
from PySide6.QtWidgets import QWidget

from twoway.core.formats import OVERRUN_COLOR, Owner
from twoway.core.session import EventKind, State
from twoway.ui import placement, x11
from twoway.ui.meeting import MeetingController
from twoway.ui.overlay_view import (
    BandStatus,
    Mode,
    NoteKind,
    Options,
    Tone,
    View,
    band_letter,
    ended_view,
    idle_view,
    present,
)

if TYPE_CHECKING:
    from twoway.ui.overlay_controls import ControlStrip, EndCardButtons

SIZES = {"small": 0.8, "medium": 1.0, "large": 1.3}
BASE_WIDTH = 360
CARD = QColor(24, 25, 28)
CARD_BORDER = QColor(255, 255, 255, 36)
TEXT = QColor(236, 236, 238)
TEXT_DIM = QColor(170, 172, 178)
WARNING_TEXT = QColor("#F0E442")  # Okabe–Ito yellow: calm, readable on the dark card
OVERRUN_TEXT = QColor("#F4875A")  # a light vermillion: calm red with enough contrast
OVERRUN_BAND = QColor(OVERRUN_COLOR)
OPACITY_CHOICES = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5)
# The cue is the user's own words: never smaller than this, whatever the card's size.
MIN_CUE_PX = 12
MAX_CUE_LINES = 8


@dataclass(frozen=True)
class TextBox:
    """One text the overlay paints: its place, font, words, alignment and color."""

    rect: QRect
    font: QFont
    text: str
    flags: int
    color: QColor


class OverlayWindow(QWidget):
    first_painted = Signal()
    placement_changed = Signal()  # moved or resized by the user: worth saving
    settings_changed = Signal(str, object)  # a setting changed from the overlay's menu
    hide_requested = Signal()
    debrief_requested = Signal(str)  # the ended meeting's id: the user asked for its debrief
    end_card_closed = Signal()  # the "meeting ended" card went away: the call is the user's

    def __init__(self, meeting: MeetingController, *, compositing: bool, parent=None) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.compositing = compositing
        self.size_name = "medium"
        self.locked = False
        self.click_through = False
        self.options = Options()
        self.end_card_s = 90
        self._view = View()
        self._drag_from: QPoint | None = None
        self._accessible_minute: int | None = None
        self._asleep = False  # paused because the computer slept
        self._painted = False
        self._hovered = False
        self._ended: tuple[str, str] | None = None  # (meeting id, contact name) of the end card
        self._card_cache: dict[tuple, QPixmap] = {}
        self._end_timer = QTimer(self)
        self._end_timer.setSingleShot(True)
        self._end_timer.timeout.connect(self.close_end_card)

        self.setWindowTitle(self.tr("Twoway meeting timer"))
        self.setObjectName("twoway-overlay")
        self._apply_flags()
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        if compositing:
            self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Twoway meeting timer"))
        # The buttons and the menu are built on first use: their Qt classes carry large
        # enums that would otherwise delay the first paint.
        self._strip: ControlStrip | None = None
        self._end_buttons: EndCardButtons | None = None
        self._menu = None
        self.apply_size("medium")

        meeting.ticked.connect(self.refresh)
        meeting.changed.connect(self.refresh)
        meeting.started.connect(self._meeting_started)
        meeting.event.connect(self._note_event)
        self.refresh()

    # --- window set-up ---------------------------------------------------------------

    def _apply_flags(self) -> None:
        flags = (
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.NoDropShadowWindowHint
            # Clicks work, the keyboard stays with the call: its own shortcuts keep working.
            | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        if self.click_through:
            flags |= Qt.WindowType.WindowTransparentForInput
        self.setWindowFlags(flags)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Tool windows still show in some taskbars on X11; tell the window manager plainly,
        # once the window is mapped (a hint sent before that is ignored).
        if x11.on_x11():
            # With self as context, the call is dropped if the overlay is gone by then.
            QTimer.singleShot(100, self, lambda: x11.keep_out_of_taskbar(int(self.winId())))

    def set_click_through(self, enabled: bool) -> None:
        if enabled == self.click_through:
            return
        self.click_through = enabled
        visible = self.isVisible()
        position = self.pos()
        self._apply_flags()  # changing flags hides the window; put it back where it was
        self.move(position)
        if visible:
            self.show()
        self.settings_changed.emit("overlay.click_through", enabled)

    def set_locked(self, locked: bool) -> None:
        self.locked = locked

    # Preferences the main window's Settings page sets one by one.
    @property
    def show_closing_line(self) -> bool:
        return self.options.show_closing_line

    @show_closing_line.setter
    def show_closing_line(self, shown: bool) -> None:
        self.options = replace(self.options, show_closing_line=shown)
        self.refresh()

    @property
    def closing_line_lead_s(self) -> int:
        return self.options.closing_line_lead_s

    @closing_line_lead_s.setter
    def closing_line_lead_s(self, seconds: int) -> None:
        self.options = replace(self.options, closing_line_lead_s=seconds)
        self.refresh()

    def apply_size(self, name: str) -> None:
        self.size_name = name if name in SIZES else "medium"
        self._card_cache.clear()
        self._fit_height(force=True)
        self.update()

    def apply_opacity(self, opacity: float) -> None:
        self.setWindowOpacity(max(0.35, min(1.0, opacity)))

    @property
    def scale(self) -> float:
        return SIZES[self.size_name]

    def _px(self, value: float) -> int:
        return round(value * self.scale)

    # --- the card's height follows what it shows ---------------------------------------

    def _fit_height(self, *, force: bool = False) -> None:
        width = self._px(BASE_WIDTH)
        height = self._content_height(width) + self._strip_height()
        if force or height != self.height() or width != self.width():
            bottom = self.frameGeometry().bottom()
            self.setFixedSize(QSize(width, height))
            if not self.compositing:
                # No compositor: no translucency, so cut the rounded corners with a mask.
                self.setMask(QRegion(self._card_path().toFillPolygon().toPolygon()))
            self._keep_on_screen(bottom)
            self._place_buttons()

    def _keep_on_screen(self, old_bottom: int) -> None:
        """A card near the bottom edge grows upwards, so it never leaves the screen."""
        screen = self.screen()
        if not self.isVisible() or screen is None:
            return
        area = screen.availableGeometry()
        if self.frameGeometry().bottom() > area.bottom():
            self.move(self.x(), max(area.top(), area.bottom() - self.height() + 1))
        elif old_bottom >= area.bottom() - placement.SNAP_PX:
            self.move(self.x(), max(area.top(), old_bottom - self.height() + 1))

    def _strip_height(self) -> int:
        showing = self._hovered and self._view.mode is Mode.RUNNING
        return self._px(32) if showing else 0

    def _content_height(self, width: int) -> int:
        view = self._view
        pad = self._px(12)
        if view.mode is Mode.IDLE:
            return self._px(104)
        if view.mode is Mode.ENDED:
            return self._px(52) + self._note_height(view.note, width - 2 * pad) + self._px(44)
        height = self._px(110)
        if view.note:
            height += self._note_height(view.note, width - 2 * pad) + self._px(4)
        if view.cue:
            height += self._cue_layout(view.cue, width - 2 * pad)[1] + self._px(4)
        return height + self._px(8)

    def _note_font(self) -> QFont:
        return self._font_px(max(MIN_CUE_PX, self._px(12)), QFont.Weight.DemiBold)

    def _cue_font(self) -> QFont:
        return self._font_px(max(MIN_CUE_PX, self._px(13)))

    def _note_height(self, text: str, width: int) -> int:
        metrics = QFontMetrics(self._note_font())
        return metrics.boundingRect(QRect(0, 0, width, 10_000), _WRAP, text).height()

    def _cue_layout(self, text: str, width: int) -> tuple[str, int]:
        """The cue as shown (whole, unless longer than MAX_CUE_LINES) and its height."""
        metrics = QFontMetrics(self._cue_font())
        limit = metrics.lineSpacing() * MAX_CUE_LINES
        shown = text
        needed = metrics.boundingRect(QRect(0, 0, width, 10_000), _WRAP, shown).height()
        while needed > limit and len(shown) > 1:
            shown = shown[: max(1, int(len(shown) * 0.9))].rstrip() + "…"
            needed = metrics.boundingRect(QRect(0, 0, width, 10_000), _WRAP, shown).height()
        return shown, needed

    # --- buttons and menu --------------------------------------------------------------

    def ensure_controls(self) -> ControlStrip:
        """The hover buttons and the right-click menu, built the first time they are needed."""
        if self._strip is None:
            from twoway.ui.overlay_controls import ControlStrip
            from twoway.ui.overlay_menu import OverlayMenu

            self._strip = ControlStrip(self, self.meeting)
            self._strip.hide()
            self._menu = OverlayMenu(self)
        return self._strip

    def _drop_controls(self) -> None:
        for built in (self._strip, self._menu, self._end_buttons):
            if built is not None:
                built.deleteLater()
        self._strip = self._menu = self._end_buttons = None

    def _place_buttons(self) -> None:
        view = self._view
        showing = self._hovered and view.mode is Mode.RUNNING
        if showing:
            self.ensure_controls()
        if self._strip is not None:
            self._strip.setVisible(showing)
            if showing:
                height = self._strip_height()
                self._strip.setGeometry(0, self.height() - height, self.width(), height)
                self._strip.update_state()
        if view.mode is Mode.ENDED:
            if self._end_buttons is None:
                from twoway.ui.overlay_controls import EndCardButtons

                self._end_buttons = EndCardButtons(self)
                self._end_buttons.write.clicked.connect(self._write_debrief_clicked)
                self._end_buttons.close_button.clicked.connect(self.close_end_card)
            pad = self._px(12)
            height = self._px(32)
            self._end_buttons.setGeometry(
                pad, self.height() - height - self._px(10), self.width() - 2 * pad, height
            )
            self._end_buttons.show()
        elif self._end_buttons is not None:
            self._end_buttons.hide()

    def contextMenuEvent(self, event) -> None:
        self.ensure_controls()
        self._menu.update_state()
        self._menu.exec(event.globalPos())

    def enterEvent(self, event) -> None:
        self._set_hovered(True)
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:
        self._set_hovered(False)
        super().leaveEvent(event)

    def _set_hovered(self, hovered: bool) -> None:
        changed = hovered != self._hovered
        self._hovered = hovered
        if changed:
            self._fit_height()
        self._place_buttons()

    def keyPressEvent(self, event) -> None:
        # The card takes no focus from the call; keys arrive only where a platform hands
        # them over anyway (some Wayland compositors), and do the obvious thing there.
        actions = {
            Qt.Key.Key_Space: self.meeting.toggle_pause,
            Qt.Key.Key_Right: self.meeting.next_phase,
            Qt.Key.Key_Left: self.meeting.previous_phase,
            Qt.Key.Key_Plus: self.meeting.extend,
            Qt.Key.Key_Equal: self.meeting.extend,  # + without Shift on many layouts
        }
        action = actions.get(event.key())
        if action is None:
            super().keyPressEvent(event)
            return
        action()
        event.accept()

    # --- the end card ---------------------------------------------------------------------

    def show_ended(self, meeting_id: str, contact_name: str) -> None:
        """Offer the debrief on a small card, without taking the focus; it goes by itself."""
        self._ended = (meeting_id, contact_name)
        self.refresh()
        self._end_timer.start(max(5, self.end_card_s) * 1000)

    @property
    def ended_meeting_id(self) -> str:
        return self._ended[0] if self._ended else ""

    def close_end_card(self) -> None:
        if self._ended is None:
            return
        self._ended = None
        self._end_timer.stop()
        self.hide()
        self.refresh()
        self.end_card_closed.emit()

    def _write_debrief_clicked(self) -> None:
        meeting_id = self.ended_meeting_id
        self.close_end_card()
        self.debrief_requested.emit(meeting_id)

    def _meeting_started(self) -> None:
        self._ended = None
        self._end_timer.stop()
        self.refresh()

    # --- moving --------------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        # A Wayland client cannot move its own window: there the compositor moves it.
        left = event.button() == Qt.MouseButton.LeftButton and not self.locked
        if left and not (x11.on_wayland() and self.windowHandle().startSystemMove()):
            self._drag_from = event.globalPosition().toPoint() - self.frameGeometry().topLeft()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._drag_from is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self.move(event.globalPosition().toPoint() - self._drag_from)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._drag_from is not None:
            self._drag_from = None
            screen = self.screen().availableGeometry()
            self.move(placement.snap(self.frameGeometry(), screen).topLeft())
            self.placement_changed.emit()
        super().mouseReleaseEvent(event)

    # --- what to show ----------------------------------------------------------------------

    def current_view(self) -> View:
        session = self.meeting.session
        if session is not None and session.state is not State.ENDED:
            info = self.meeting.info
            return present(
                session,
                contact_name=info.contact_name,
                closing_line=info.closing_line,
                asleep=self._asleep,
                options=self.options,
                marker_pixels=self.width() - self._px(24),
            )
        if self._ended is not None:
            return ended_view(self._ended[1])
        return idle_view()

    def _note_event(self, event) -> None:
        if event.kind in (EventKind.SUSPENDED, EventKind.PAUSED, EventKind.RESUMED):
            self._asleep = event.kind is EventKind.SUSPENDED
            self.refresh()

    def refresh(self) -> None:
        view = self.current_view()
        if view != self._view:
            old = self._view
            self._view = view
            if (view.mode, view.note, view.cue) != (old.mode, old.note, old.cue):
                self._fit_height()
            self._place_buttons()
            if self._strip is not None and self._strip.isVisible():
                self._strip.update_state()
            self.update()
            phase_changed = (view.title, view.owner) != (old.title, old.owner)
            if phase_changed or self._minute_changed():
                self._announce()

    def _minute_changed(self) -> bool:
        session = self.meeting.session
        minute = None if session is None else int(session.phase_remaining() // 60)
        changed = minute != self._accessible_minute
        self._accessible_minute = minute
        return changed

    def accessible_summary(self) -> str:
        view = self._view
        if view.mode is not Mode.RUNNING:
            return f"{view.title}. {view.note}"
        owner = {
            Owner.THEM: self.tr("Their turn"),
            Owner.ME: self.tr("Your turn"),
            Owner.BOTH: self.tr("Shared"),
        }[view.owner]
        session = self.meeting.session
        minutes_left = 0 if session is None else max(0, int(session.phase_remaining() // 60))
        if view.tone is Tone.OVERRUN:
            timing = self.tr("over time")
        else:
            timing = self.tr("%n min left", "", minutes_left)
        return " ".join(
            part for part in (f"{owner}: {view.title}, {timing}.", view.note, view.cue) if part
        )

    def _announce(self) -> None:
        # Screen readers hear of phase changes and each new minute, not every second.
        if not self._painted:
            return  # said right after the first paint, which should not wait for it
        from PySide6.QtGui import QAccessible, QAccessibleEvent

        self.setAccessibleDescription(self.accessible_summary())
        QAccessible.updateAccessibility(
            QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
        )

    # --- painting ----------------------------------------------------------------------------

    def _card_path(self) -> QPainterPath:
        path = QPainterPath()
        radius = 12 * self.scale if self.compositing else 8 * self.scale
        path.addRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        return path

    def _card(self, slot_over: bool) -> QPixmap:
        """The card's background, drawn once per size: antialiased paths are the
        costliest part of a repaint, and the card rarely changes."""
        key = (self.width(), self.height(), slot_over, self.devicePixelRatioF())
        if key not in self._card_cache:
            ratio = self.devicePixelRatioF()
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(OVERRUN_BAND if slot_over else CARD_BORDER, 2 if slot_over else 1))
            painter.setBrush(CARD)
            painter.drawPath(self._card_path())
            painter.end()
            self._card_cache = {k: v for k, v in self._card_cache.items() if k[:2] == key[:2]}
            self._card_cache[key] = pixmap
        return self._card_cache[key]

    def _font(self, points: float, weight=QFont.Weight.Normal, digits=False) -> QFont:
        return self._font_px(max(8, round(points * self.scale)), weight, digits)

    def _font_px(self, pixels: int, weight=QFont.Weight.Normal, digits=False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(pixels)
        font.setWeight(weight)
        if digits:
            # Tabular figures: the digits do not jiggle as they count down.
            font.setFeature(QFont.Tag("tnum"), 1)
        return font

    def paintEvent(self, _event) -> None:
        self._paint()
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._announce)
            self.first_painted.emit()

    def _paint(self) -> None:
        view = self._view
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.drawPixmap(0, 0, self._card(view.slot_over))
        boxes = self.text_boxes()
        if view.mode is Mode.RUNNING:
            chip = boxes["owner"].rect
            current = next((b for b in view.bands if b.status is BandStatus.CURRENT), None)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(current.color) if current else TEXT)
            p.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
            pad = self._px(12)
            band_area = QRect(pad, self._px(88), self.width() - 2 * pad, self._px(16))
            self._paint_bands(p, band_area, view)
        for box in boxes.values():
            p.setFont(box.font)
            p.setPen(box.color)
            p.drawText(box.rect, box.flags, box.text)

    def text_boxes(self) -> dict[str, TextBox]:
        """Every text the overlay paints now: where, in which font and color.

        Painting and the tests that check nothing is cut off both read this.
        """
        view = self._view
        pad = self._px(12)
        width = self.width() - 2 * pad
        if view.mode is Mode.IDLE:
            return {
                "title": TextBox(
                    QRect(pad, pad, width, self._px(30)),
                    self._font(17, QFont.Weight.DemiBold),
                    view.title,
                    int(_LEFT),
                    TEXT,
                ),
                "note": TextBox(
                    QRect(pad, self._px(46), width, self._px(50)),
                    self._font(13),
                    view.note,
                    _WRAP,
                    TEXT_DIM,
                ),
            }
        if view.mode is Mode.ENDED:
            font, text, flags = self._fit(view.title, QRect(0, 0, width, 1), 15, QFont.Weight.Bold)
            return {
                "title": TextBox(QRect(pad, pad, width, self._px(26)), font, text, flags, TEXT),
                "note": TextBox(
                    QRect(pad, self._px(44), width, self._note_height(view.note, width)),
                    self._note_font(),
                    view.note,
                    _WRAP,
                    TEXT_DIM,
                ),
            }
        return self._running_boxes(view, pad, width)

    def _running_boxes(self, view: View, pad: int, width: int) -> dict[str, TextBox]:
        boxes = {}
        # Row 1: whose turn, the phase title, the step.
        chip_font = self._font(11, QFont.Weight.Bold)
        chip = QRect(
            pad,
            pad,
            QFontMetrics(chip_font).horizontalAdvance(view.badge) + self._px(14),
            self._px(20),
        )
        boxes["owner"] = TextBox(chip, chip_font, view.badge, int(_CENTER), QColor(17, 17, 17))
        step_font = self._font(11)
        step_width = QFontMetrics(step_font).horizontalAdvance(view.step) + 2
        step_rect = QRect(self.width() - pad - step_width, pad, step_width, chip.height())
        boxes["step"] = TextBox(step_rect, step_font, view.step, int(_RIGHT), TEXT_DIM)
        title_left = chip.right() + self._px(8)
        title_rect = QRect(
            title_left, pad, self.width() - pad - step_width - title_left - 6, chip.height()
        )
        font, text, flags = self._fit(view.title, title_rect, 13, QFont.Weight.DemiBold)
        boxes["title"] = TextBox(title_rect, font, text, flags, TEXT)

        # Row 2: the time left, large; the slot, small.
        tone_color = {
            Tone.NORMAL: TEXT,
            Tone.WARNING: WARNING_TEXT,
            Tone.OVERRUN: OVERRUN_TEXT,
            Tone.PAUSED: TEXT_DIM,
        }[view.tone]
        boxes["time"] = TextBox(
            QRect(pad, self._px(34), self._px(200), self._px(48)),
            self._font(40, QFont.Weight.DemiBold, digits=True),
            view.time,
            int(_LEFT),
            tone_color,
        )
        slot_label = self.tr("past the slot") if view.slot_over else self.tr("left in slot")
        slot_color = OVERRUN_TEXT if view.slot_over else TEXT_DIM
        boxes["slot_label"] = TextBox(
            QRect(pad, self._px(37), width, self._px(14)),
            self._font(11),
            slot_label,
            int(_RIGHT),
            slot_color,
        )
        boxes["slot"] = TextBox(
            QRect(pad, self._px(51), width, self._px(20)),
            self._font(16, QFont.Weight.DemiBold, digits=True),
            view.slot,
            int(_RIGHT),
            OVERRUN_TEXT if view.slot_over else TEXT,
        )
        if view.tone is Tone.PAUSED:
            boxes["paused"] = TextBox(
                QRect(pad, self._px(72), width, self._px(14)),
                self._font(11, QFont.Weight.Bold),
                self.tr("PAUSED"),
                int(_RIGHT),
                TEXT,
            )

        # Row 3 is the phase bands. Then the advice, if any, on its own line; then the cue.
        top = self._px(110)
        if view.note:
            color = {
                NoteKind.PLAN: OVERRUN_TEXT,
                NoteKind.CLOSING: WARNING_TEXT,
                NoteKind.NOTE: TEXT_DIM,
            }[view.note_kind]
            height = self._note_height(view.note, width)
            boxes["note"] = TextBox(
                QRect(pad, top, width, height), self._note_font(), view.note, _WRAP, color
            )
            top += height + self._px(4)
        if view.cue:
            shown, height = self._cue_layout(view.cue, width)
            boxes["cue"] = TextBox(
                QRect(pad, top, width, height), self._cue_font(), shown, _WRAP, TEXT
            )
        return boxes

    def _fit(
        self, text: str, rect: QRect, points: float, weight=QFont.Weight.Normal
    ) -> tuple[QFont, str, int]:
        """One line of `text` in `rect`: a little smaller if need be (down to 11 points),
        cut with "…" only past that (a long phase title of the user's own format)."""
        smallest = min(points, 11)
        size = points
        while size >= smallest:
            font = self._font(size, weight)
            if QFontMetrics(font).horizontalAdvance(text) <= rect.width():
                return font, text, int(_LEFT)
            size -= 1
        font = self._font(smallest, weight)
        elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        return font, elided, int(_LEFT)

    def _paint_bands(self, p: QPainter, area: QRect, view: View) -> None:
        gap = max(2, self._px(3))
        count = len(view.bands)
        usable = area.width() - gap * (count - 1)
        x = float(area.left())
        label_font = self._font(10, QFont.Weight.Bold)
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
            area.top() - self._px(3),
            round(marker_x),
            area.bottom() + self._px(3),
        )

    # --- events -----------------------------------------------------------------------------

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Twoway meeting timer"))
            self.setAccessibleName(self.tr("Twoway meeting timer"))
            self._view = View()
            self._drop_controls()  # built again, in the new language, when next needed
            self.refresh()
        super().changeEvent(event)


_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter
_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
