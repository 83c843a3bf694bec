"""The overlay: a small always-on-top card over the video call.

It shows whose turn it is, the phase, the time left (large), the slot left (small),
colored phase bands with a marker, and one line for the cue, the catch-up plan or the
closing line. It repaints only when something it shows has changed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
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
from twoway.core.session import EventKind, Session, State
from twoway.ui import placement, x11
from twoway.ui.i18n import percent_text
from twoway.ui.meeting import MeetingController

SIZES = {"small": 0.8, "medium": 1.0, "large": 1.3}
BASE_SIZE = QSize(360, 148)
CARD = QColor(24, 25, 28)
CARD_BORDER = QColor(255, 255, 255, 36)
TEXT = QColor(236, 236, 238)
TEXT_DIM = QColor(170, 172, 178)
WARNING_TEXT = QColor("#F0E442")  # Okabe–Ito yellow: calm, readable on the dark card
OVERRUN_TEXT = QColor("#F4875A")  # a light vermillion: calm red with enough contrast
OVERRUN_BAND = QColor(OVERRUN_COLOR)
OPACITY_CHOICES = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5)


def _whole_seconds(seconds: float) -> int:
    # Time left counts down like a kitchen timer: 4:59.2 left shows 5:00.
    return math.ceil(seconds - 1e-6) if seconds >= 0 else math.floor(-seconds)


def clock_text(seconds: float) -> str:
    """mm:ss for the time left; +m:ss once over."""
    whole = _whole_seconds(seconds)
    minutes, secs = divmod(whole, 60)
    if minutes >= 60:
        hours, minutes = divmod(minutes, 60)
        return f"{'+' if seconds < 0 else ''}{hours}:{minutes:02d}:{secs:02d}"
    return f"+{minutes}:{secs:02d}" if seconds < 0 else f"{minutes:02d}:{secs:02d}"


def minutes_text(seconds: float) -> str:
    whole = _whole_seconds(abs(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


@dataclass(frozen=True)
class TextBox:
    """One text the overlay paints: its place, font, words, alignment and color."""

    rect: QRect
    font: QFont
    text: str
    flags: int
    color: QColor


@dataclass(frozen=True)
class View:
    """Everything the overlay shows, rounded to what a person can see change."""

    idle: bool = True
    state: State = State.NOT_STARTED
    owner: Owner = Owner.BOTH
    title: str = ""
    step: str = ""
    time: str = ""
    slot: str = ""
    tone: str = "normal"  # normal | warning | overrun | paused
    slot_over: bool = False
    line: str = ""
    line_kind: str = "cue"  # cue | plan | closing | note
    bands: tuple = ()  # (fraction, color, owner, status) per phase; status: done|current|next
    marker: float = 0.0  # position of "now" along the band row, 0..1


class OverlayWindow(QWidget):
    first_painted = Signal()
    placement_changed = Signal()  # moved or resized by the user: worth saving
    settings_changed = Signal(str, object)  # a setting changed from the overlay's menu
    hide_requested = Signal()

    def __init__(self, meeting: MeetingController, *, compositing: bool, parent=None) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.compositing = compositing
        self.size_name = "medium"
        self.locked = False
        self.click_through = False
        self.show_closing_line = True
        self.closing_line_lead_s = 120
        self._view = View()
        self._drag_from: QPoint | None = None
        self._accessible_minute: int | None = None
        self._asleep = False  # paused because the computer slept
        self._painted = False
        self._card_cache: dict[tuple, QPixmap] = {}

        self.setWindowTitle(self.tr("Twoway meeting timer"))
        self.setObjectName("twoway-overlay")
        self._apply_flags()
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        if compositing:
            self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAccessibleName(self.tr("Twoway meeting timer"))
        # The hover controls and the menu are built on first use: their Qt classes carry
        # large enums that would otherwise delay the first paint.
        self._controls: QWidget | None = None
        self.apply_size("medium")

        meeting.ticked.connect(self.refresh)
        meeting.changed.connect(self.refresh)
        meeting.started.connect(self.refresh)
        meeting.event.connect(self._note_event)
        self.refresh()

    # --- window set-up ---------------------------------------------------------------

    def _apply_flags(self) -> None:
        flags = (
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.NoDropShadowWindowHint
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

    def apply_size(self, name: str) -> None:
        self.size_name = name if name in SIZES else "medium"
        scale = SIZES[self.size_name]
        self.setFixedSize(
            QSize(round(BASE_SIZE.width() * scale), round(BASE_SIZE.height() * scale))
        )
        if self._controls is not None:
            self._layout_controls()
        if not self.compositing:
            # No compositor: no translucency, so cut the rounded corners with a mask.
            self.setMask(QRegion(self._card_path().toFillPolygon().toPolygon()))
        self.update()

    def apply_opacity(self, opacity: float) -> None:
        self.setWindowOpacity(max(0.35, min(1.0, opacity)))

    @property
    def scale(self) -> float:
        return SIZES[self.size_name]

    # --- hover controls and menu -------------------------------------------------------

    def _button(self, tip: str, slot, icon=None, text: str = ""):
        from PySide6.QtWidgets import QToolButton

        button = QToolButton(self._controls)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoRaise(True)
        if icon is not None:
            button.setIcon(self.style().standardIcon(icon))
        else:
            button.setText(text)
        button.clicked.connect(slot)
        self._controls.layout().addWidget(button)
        return button

    def ensure_controls(self) -> QWidget:
        """The hover buttons and the right-click menu, built the first time they are needed."""
        if self._controls is None:
            self._build_controls()
        return self._controls

    def _drop_controls(self) -> None:
        if self._controls is None:
            return
        for built in (self._controls, self._menu, self._size_group):
            built.deleteLater()
        self._controls = None

    def _build_controls(self) -> None:
        from PySide6.QtWidgets import QHBoxLayout, QStyle

        self._controls = QWidget(self)
        self._controls.setObjectName("overlay-controls")
        self._controls.setStyleSheet(
            "#overlay-controls { background: rgba(40, 42, 48, 235); border-radius: 8px; }"
            "QToolButton { color: #ECECEE; font-weight: bold; padding: 2px 4px; }"
            "QToolButton:hover { background: rgba(255, 255, 255, 40); border-radius: 4px; }"
        )
        row = QHBoxLayout(self._controls)
        row.setContentsMargins(4, 2, 4, 2)
        row.setSpacing(2)
        sp = QStyle.StandardPixmap
        self._pause_button = self._button(
            self.tr("Pause or resume (Space)"), self.meeting.toggle_pause, sp.SP_MediaPause
        )
        self._button(self.tr("Next phase (→)"), self.meeting.next_phase, sp.SP_MediaSkipForward)
        self._button(self.tr("One more minute (+)"), self.meeting.extend, text=self.tr("+1"))
        self._button(self.tr("End the meeting"), self.meeting.end, sp.SP_MediaStop)
        self._controls.hide()
        self._build_menu()

    def _build_menu(self) -> None:
        from PySide6.QtGui import QAction, QActionGroup
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        self._menu = menu
        self._pause_action = menu.addAction(self.tr("Pause"), self.meeting.toggle_pause)
        self._pause_action.setShortcut(Qt.Key.Key_Space)
        self._next_action = menu.addAction(self.tr("Next phase"), self.meeting.next_phase)
        self._next_action.setShortcut(Qt.Key.Key_Right)
        self._prev_action = menu.addAction(self.tr("Previous phase"), self.meeting.previous_phase)
        self._prev_action.setShortcut(Qt.Key.Key_Left)
        self._extend_action = menu.addAction(self.tr("One more minute"), self.meeting.extend)
        self._extend_action.setShortcut(Qt.Key.Key_Plus)
        self._swap_action = menu.addAction(self.tr("Swap who goes first"), self.meeting.swap)
        self._end_action = menu.addAction(self.tr("End meeting"), self.meeting.end)
        menu.addSeparator()
        size_menu = menu.addMenu(self.tr("Size"))
        self._size_group = QActionGroup(self)
        for name, label in (
            ("small", self.tr("Small")),
            ("medium", self.tr("Medium")),
            ("large", self.tr("Large")),
        ):
            action = QAction(label, self._size_group, checkable=True)
            action.setData(name)
            size_menu.addAction(action)
        self._size_group.triggered.connect(self._size_chosen)
        opacity_menu = menu.addMenu(self.tr("Opacity"))
        opacity_menu.setEnabled(self.compositing)
        if not self.compositing:
            opacity_menu.setToolTip(self.tr("Needs a compositing window manager."))
        for value in OPACITY_CHOICES:
            action = opacity_menu.addAction(percent_text(round(value * 100)))
            action.triggered.connect(lambda _=False, v=value: self._opacity_chosen(v))
        self._click_through_action = menu.addAction(self.tr("Let clicks pass through"))
        self._click_through_action.setCheckable(True)
        self._click_through_action.triggered.connect(self.set_click_through)
        self._lock_action = menu.addAction(self.tr("Lock position"))
        self._lock_action.setCheckable(True)
        self._lock_action.triggered.connect(self._lock_chosen)
        menu.addSeparator()
        menu.addAction(self.tr("Hide overlay"), self.hide_requested.emit)

    def _size_chosen(self, action) -> None:
        self.apply_size(action.data())
        self.settings_changed.emit("overlay.size", self.size_name)
        self.placement_changed.emit()

    def _opacity_chosen(self, value: float) -> None:
        self.apply_opacity(value)
        self.settings_changed.emit("overlay.opacity", value)

    def _lock_chosen(self, locked: bool) -> None:
        self.locked = locked
        self.settings_changed.emit("overlay.locked", locked)

    def _update_menu(self) -> None:
        from PySide6.QtWidgets import QStyle

        self.ensure_controls()
        for action in self._size_group.actions():
            action.setChecked(action.data() == self.size_name)
        self._click_through_action.setChecked(self.click_through)
        self._lock_action.setChecked(self.locked)
        session = self.meeting.session
        running = self.meeting.active
        paused = session is not None and session.state is State.PAUSED
        self._pause_action.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self._pause_action.setEnabled(running)
        self._next_action.setEnabled(running and not session.is_last_phase)
        self._prev_action.setEnabled(running and session.index > 0)
        self._extend_action.setEnabled(running)
        self._swap_action.setEnabled(running and session.can_swap)
        self._end_action.setEnabled(running)
        icon = QStyle.StandardPixmap.SP_MediaPlay if paused else QStyle.StandardPixmap.SP_MediaPause
        self._pause_button.setIcon(self.style().standardIcon(icon))

    def contextMenuEvent(self, event) -> None:
        self._update_menu()
        self._menu.exec(event.globalPos())

    def _layout_controls(self) -> None:
        self._controls.adjustSize()
        margin = round(8 * self.scale)
        self._controls.move(self.width() - self._controls.width() - margin, margin)

    def enterEvent(self, event) -> None:
        if self.meeting.active:
            self._update_menu()
            self._layout_controls()
            self._controls.show()
            self._controls.raise_()
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:
        if self._controls is not None:
            self._controls.hide()
        super().leaveEvent(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        actions = {
            Qt.Key.Key_Space: self.meeting.toggle_pause,
            Qt.Key.Key_Right: self.meeting.next_phase,
            Qt.Key.Key_Left: self.meeting.previous_phase,
            Qt.Key.Key_Plus: self.meeting.extend,
            Qt.Key.Key_Equal: self.meeting.extend,  # + without Shift on many layouts
            Qt.Key.Key_Escape: lambda: self._controls and self._controls.hide(),
        }
        action = actions.get(key)
        if action is None:
            super().keyPressEvent(event)
            return
        action()
        event.accept()

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
        if session is None or session.state is State.ENDED:
            return View(idle=True, title=self.tr("No meeting running"), line=self.idle_hint())
        return self._view_of(session)

    def idle_hint(self) -> str:
        return self.tr("Start one from the tray or the main window.")

    def _view_of(self, session: Session) -> View:
        remaining = session.phase_remaining()
        overrun = remaining < 0
        if session.state is State.PAUSED:
            tone = "paused"
        elif overrun:
            tone = "overrun"
        elif session.is_warning:
            tone = "warning"
        else:
            tone = "normal"
        slot_left = session.slot_remaining()
        line, kind = self._line_for(session, overrun, slot_left)
        return View(
            idle=False,
            state=session.state,
            owner=session.phase.owner,
            title=self._translated(session.phase.title),
            step=self.tr("%1 of %2")
            .replace("%1", str(session.index + 1))
            .replace("%2", str(len(session.runs))),
            time=clock_text(remaining),
            slot=self._slot_text(slot_left),
            tone=tone,
            slot_over=slot_left < 0,
            line=line,
            line_kind=kind,
            bands=self._bands(session),
            marker=self._marker(session),
        )

    def _translated(self, text: str) -> str:
        return QCoreApplication.translate("Formats", text)

    def _slot_text(self, slot_left: float) -> str:
        return ("+" if slot_left < 0 else "") + minutes_text(slot_left)

    def _line_for(self, session: Session, overrun: bool, slot_left: float) -> tuple[str, str]:
        if session.state is State.PAUSED:
            if self._asleep:
                return self.tr("Paused while the computer slept. Resume when you are back."), "note"
            return self.tr("Paused. Space or ▶ resumes."), "note"
        closing = self.meeting.info.closing_line or session.format.closing_line
        # Near the end of the slot, but never more than the last 15 % of a short one.
        lead = min(self.closing_line_lead_s, 0.15 * session.format.slot_seconds)
        if self.show_closing_line and closing and 0 <= slot_left <= lead:
            return self._translated(closing), "closing"
        if slot_left < 0:
            return self.tr("Past the time you promised. Thank them and close."), "plan"
        if overrun:
            return self._plan_text(session), "plan"
        return self._translated(session.cue), "cue"

    def _note_event(self, event) -> None:
        if event.kind in (EventKind.SUSPENDED, EventKind.PAUSED, EventKind.RESUMED):
            self._asleep = event.kind is EventKind.SUSPENDED
            self.refresh()

    def _plan_text(self, session: Session) -> str:
        plan = session.catch_up_plan(leaving_now=True)
        if not plan.budgets:
            return self.tr("Over time. %1 left in the slot.").replace(
                "%1", minutes_text(plan.slot_left_s)
            )
        nxt = session.runs[session.index + 1].phase
        who = {
            Owner.THEM: self.tr("them"),
            Owner.ME: self.tr("you"),
            Owner.BOTH: self.tr("both of you"),
        }[nxt.owner]
        if not plan.on_time:
            return self.tr("Move on now: even shortened, you will end %1 late.").replace(
                "%1", minutes_text(-plan.buffer_s)
            )
        if plan.shortened:
            return (
                self.tr("Move on: %1 left for %2 to end on time.")
                .replace("%1", minutes_text(plan.budgets[0]))
                .replace("%2", who)
            )
        return self.tr("Running over; %1 of buffer left.").replace(
            "%1", minutes_text(plan.buffer_s)
        )

    def _bands(self, session: Session) -> tuple:
        total = sum(run.allowed_s for run in session.runs) or 1.0
        bands = []
        for i, run in enumerate(session.runs):
            status = "done" if i < session.index else "current" if i == session.index else "next"
            bands.append((run.allowed_s / total, run.phase.display_color, run.phase.owner, status))
        return tuple(bands)

    def _marker(self, session: Session) -> float:
        total = sum(run.allowed_s for run in session.runs) or 1.0
        before = sum(run.allowed_s for run in session.runs[: session.index])
        within = min(session.phase_elapsed(), session.current.allowed_s)
        # Rounded to whole pixels of the band row, so it moves only when it visibly moves.
        pixels = max(1, self.width() - round(24 * self.scale))
        return round((before + within) / total * pixels) / pixels

    def refresh(self) -> None:
        view = self.current_view()
        if view != self._view:
            phase_changed = (view.title, view.owner) != (self._view.title, self._view.owner)
            self._view = view
            self.update()
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
        if view.idle:
            return view.title
        owner = {
            Owner.THEM: self.tr("Their turn"),
            Owner.ME: self.tr("Your turn"),
            Owner.BOTH: self.tr("Shared"),
        }[view.owner]
        session = self.meeting.session
        minutes_left = 0 if session is None else max(0, int(session.phase_remaining() // 60))
        if view.tone == "overrun":
            timing = self.tr("over time")
        else:
            timing = self.tr("%n min left", "", minutes_left)
        return f"{owner}: {view.title}, {timing}. {view.line}"

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
        font = QFont(self.font())
        font.setPixelSize(max(8, round(points * self.scale)))
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
        s = self.scale
        p.drawPixmap(0, 0, self._card(view.slot_over))
        boxes = self.text_boxes()
        if not view.idle:
            chip = boxes["owner"].rect
            current_color = next((QColor(c) for _, c, _, st in view.bands if st == "current"), TEXT)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(current_color)
            p.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
            pad = round(12 * s)
            band_area = QRect(pad, round(88 * s), self.width() - 2 * pad, round(16 * s))
            self._paint_bands(p, band_area, view)
            self.setToolTip(self._line_text(view))
        for box in boxes.values():
            p.setFont(box.font)
            p.setPen(box.color)
            p.drawText(box.rect, box.flags, box.text)

    def _line_text(self, view: View) -> str:
        prefix = {"closing": self.tr("Wrap up: "), "cue": ""}.get(view.line_kind, "")
        return prefix + view.line

    def text_boxes(self) -> dict[str, TextBox]:
        """Every text the overlay paints now: where, in which font and color.

        Painting and the tests that check nothing is cut off both read this.
        """
        view = self._view
        s = self.scale
        pad = round(12 * s)
        width = self.width() - 2 * pad
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if view.idle:
            return {
                "title": TextBox(
                    QRect(pad, pad, width, round(40 * s)),
                    self._font(17, QFont.Weight.DemiBold),
                    view.title,
                    Qt.AlignmentFlag.AlignLeft,
                    TEXT,
                ),
                "hint": TextBox(
                    QRect(pad, round(50 * s), width, round(60 * s)),
                    self._font(13),
                    view.line,
                    Qt.TextFlag.TextWordWrap,
                    TEXT_DIM,
                ),
            }

        # Row 1: owner chip, phase title, step.
        boxes = {}
        chip_font = self._font(11, QFont.Weight.Bold)
        owner_label = {
            Owner.THEM: self.tr("THEM"),
            Owner.ME: self.tr("YOU"),
            Owner.BOTH: self.tr("BOTH"),
        }[view.owner]
        chip = QRect(
            pad,
            pad,
            QFontMetrics(chip_font).horizontalAdvance(owner_label) + round(14 * s),
            round(20 * s),
        )
        boxes["owner"] = TextBox(
            chip, chip_font, owner_label, Qt.AlignmentFlag.AlignCenter, QColor(17, 17, 17)
        )
        step_font = self._font(11)
        step_width = QFontMetrics(step_font).horizontalAdvance(view.step) + 2
        step_rect = QRect(self.width() - pad - step_width, pad, step_width, chip.height())
        boxes["step"] = TextBox(step_rect, step_font, view.step, right, TEXT_DIM)
        title_left = chip.right() + round(8 * s)
        title_rect = QRect(
            title_left, pad, self.width() - pad - step_width - title_left - 6, chip.height()
        )
        font, text, flags = self._fit(view.title, title_rect, 13, QFont.Weight.DemiBold)
        boxes["title"] = TextBox(title_rect, font, text, flags, TEXT)

        # Row 2: the time left, large; the slot, small.
        tone_color = {
            "normal": TEXT,
            "warning": WARNING_TEXT,
            "overrun": OVERRUN_TEXT,
            "paused": TEXT_DIM,
        }[view.tone]
        boxes["time"] = TextBox(
            QRect(pad, round(34 * s), round(200 * s), round(48 * s)),
            self._font(40, QFont.Weight.DemiBold, digits=True),
            view.time,
            left,
            tone_color,
        )
        slot_label = self.tr("past the slot") if view.slot_over else self.tr("left in slot")
        boxes["slot_label"] = TextBox(
            QRect(pad, round(37 * s), width, round(14 * s)),
            self._font(11),
            slot_label,
            right,
            OVERRUN_TEXT if view.slot_over else TEXT_DIM,
        )
        boxes["slot"] = TextBox(
            QRect(pad, round(51 * s), width, round(20 * s)),
            self._font(16, QFont.Weight.DemiBold, digits=True),
            view.slot,
            right,
            OVERRUN_TEXT if view.slot_over else TEXT,
        )
        if view.tone == "paused":
            boxes["paused"] = TextBox(
                QRect(pad, round(72 * s), width, round(14 * s)),
                self._font(11, QFont.Weight.Bold),
                self.tr("PAUSED"),
                right,
                TEXT,
            )

        # Row 3 is the phase bands. Row 4: the cue, plan or closing line, below them.
        line_color = {
            "cue": TEXT,
            "plan": OVERRUN_TEXT,
            "closing": WARNING_TEXT,
            "note": TEXT_DIM,
        }[view.line_kind]
        line_rect = QRect(pad, round(108 * s), width, round(36 * s))
        font, text, flags = self._fit(self._line_text(view), line_rect, 13, lines=2)
        boxes["line"] = TextBox(line_rect, font, text, flags, line_color)
        return boxes

    def _fit(
        self, text: str, rect: QRect, points: float, weight=QFont.Weight.Normal, *, lines: int = 1
    ) -> tuple[QFont, str, int]:
        """The font, text and flags that fit `text` in `rect`, trying in turn: one line,
        one line a little smaller (down to 11 points), two lines at 11 points (when
        `lines` allows), and last the text cut short with "…".

        Some languages take half as much room again as English; shrinking a little or
        wrapping keeps the whole sentence readable, and only text too long for any of
        that (a long cue of the user's own) is cut, its whole text in the tooltip.
        """
        one_line = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        smallest = min(points, 11)
        size = points
        while size >= smallest:
            font = self._font(size, weight)
            if QFontMetrics(font).horizontalAdvance(text) <= rect.width():
                return font, text, one_line
            size -= 1
        font = self._font(smallest, weight)
        metrics = QFontMetrics(font)
        if lines < 2:
            return (
                font,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()),
                one_line,
            )
        wrapped = int(one_line | Qt.TextFlag.TextWordWrap)
        budget = rect.width() * lines
        shown = text
        while budget > 0:
            needed = metrics.boundingRect(rect, wrapped, shown)
            if needed.height() <= rect.height() and needed.width() <= rect.width():
                return font, shown, wrapped
            budget -= metrics.averageCharWidth() * 3
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, budget)
        return font, "", wrapped

    def _paint_bands(self, p: QPainter, area: QRect, view: View) -> None:
        gap = max(2, round(3 * self.scale))
        count = len(view.bands)
        usable = area.width() - gap * (count - 1)
        x = float(area.left())
        label_font = self._font(10, QFont.Weight.Bold)
        metrics = QFontMetrics(label_font)
        p.setFont(label_font)
        for fraction, color, owner, status in view.bands:
            band_width = usable * fraction
            rect = QRectF(x, area.top(), band_width, area.height())
            fill = QColor(color)
            if status == "current" and view.tone == "overrun":
                fill = OVERRUN_BAND
            elif status == "current" and view.tone == "warning":
                fill = WARNING_TEXT
            fill.setAlphaF({"done": 0.35, "current": 1.0, "next": 0.7}[status])
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(fill)
            p.drawRoundedRect(rect, 3, 3)
            if status == "current":
                p.setPen(QPen(TEXT, 1.5))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), 3, 3)
            # The owner is told by a letter as well as by color.
            letter = {Owner.THEM: self.tr("T"), Owner.ME: self.tr("Y"), Owner.BOTH: self.tr("B")}[
                owner
            ]
            if band_width >= metrics.horizontalAdvance(letter) + 4:
                p.setPen(QColor(17, 17, 17))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, letter)
            x += band_width + gap
        # The marker: where "now" is along the whole meeting.
        marker_x = area.left() + view.marker * area.width()
        p.setPen(QPen(TEXT, 2))
        p.drawLine(
            round(marker_x),
            area.top() - round(3 * self.scale),
            round(marker_x),
            area.bottom() + round(3 * self.scale),
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
