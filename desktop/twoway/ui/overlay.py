"""The overlay: a small always-on-top card over the video call.

It shows whose turn it is, the phase, the time left (large), the slot left (small),
colored phase bands with a marker, a line of advice when one is due (the catch-up plan,
the closing line) and, under it, the user's own cue for this phase, whole: the card
grows a few lines for a long cue rather than cutting it.

It never takes the keyboard focus: the call keeps its own shortcuts (mute, video), and
clicks on the card and its buttons work all the same. What it shows is decided in
`overlay_view.py`; `overlay_layout.py` places its lines, `overlay_paint.py` paints them,
`overlay_pointer.py` handles hovering, the menu and dragging. This module is the window:
it holds them together, and repaints only when something shown has changed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QWidget

from twoway.core.formats import Owner
from twoway.core.session import EventKind, State
from twoway.ui import placement, x11
from twoway.ui.meeting import MeetingController
from twoway.ui.overlay_layout import BASE_WIDTH, SIZES, CardLayout, TextBox
from twoway.ui.overlay_paint import CardPainter, card_path
from twoway.ui.overlay_pointer import CardButtons, CardMover
from twoway.ui.overlay_view import Mode, Options, Tone, View, ended_view, idle_view, present

if TYPE_CHECKING:
    from twoway.ui.overlay_controls import ControlStrip

OPACITY_CHOICES = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5)


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
        self.view = View()  # what the card shows now
        self._accessible_minute: int | None = None
        self._asleep = False  # paused because the computer slept
        self._painted = False
        self._ended: tuple[str, str] | None = None  # (meeting id, contact name) of the end card
        self._painter = CardPainter(self)
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
        self.buttons = CardButtons(self)
        self._mover = CardMover(self)
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
        if self._ended is not None and not self._end_timer.isActive():
            self._start_end_timer()  # the end card shows now (after a shared screen)
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
        self._painter.forget()
        self.fit_height(force=True)
        self.update()

    def apply_opacity(self, opacity: float) -> None:
        self.setWindowOpacity(max(0.35, min(1.0, opacity)))

    @property
    def scale(self) -> float:
        return SIZES[self.size_name]

    def card_layout(self) -> CardLayout:
        """The card's lines at its size, in its font as it is now."""
        return CardLayout(self.font(), self.scale)

    # --- the card's height follows what it shows ---------------------------------------

    def fit_height(self, *, force: bool = False) -> None:
        width = round(BASE_WIDTH * self.scale)
        height = self.card_layout().content_height(self.view, width)
        height += self.buttons.strip_height(self.view)
        if force or height != self.height() or width != self.width():
            old = self.frameGeometry()
            self.setFixedSize(QSize(width, height))
            if not self.compositing:
                # No compositor: no translucency, so cut the rounded corners with a mask.
                outline = card_path(self.rect(), self.scale, self.compositing)
                self.setMask(QRegion(outline.toFillPolygon().toPolygon()))
            self._keep_on_screen(old)
            self.buttons.place(self.view)

    def _keep_on_screen(self, old: QRect) -> None:
        """A card against the right or bottom edge grows left or up from it; wherever it
        was, the whole card stays on its screen after a change of size."""
        screen = self.screen()
        if not self.isVisible() or screen is None:
            return
        area = screen.availableGeometry()
        point = placement.resized(old, self.frameGeometry().size(), area)
        if point != self.frameGeometry().topLeft():
            self.move(point)

    # --- buttons, menu and keys ----------------------------------------------------------

    def ensure_controls(self) -> ControlStrip:
        """The hover buttons and the right-click menu, built the first time they are needed."""
        return self.buttons.ensure()

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
        self._end_timer.stop()
        if self.isVisible():
            self._start_end_timer()
        # else out of a shared screen: its time starts when it shows (showEvent)

    def _start_end_timer(self) -> None:
        self._end_timer.start(max(5, self.end_card_s) * 1000)

    def hold_end_card(self) -> None:
        """Hidden for a shared screen: the card waits, its time starts again when it shows."""
        self._end_timer.stop()

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

    def write_debrief_clicked(self) -> None:
        meeting_id = self.ended_meeting_id
        self.close_end_card()
        self.debrief_requested.emit(meeting_id)

    def _meeting_started(self) -> None:
        self._ended = None
        self._end_timer.stop()
        self.refresh()

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
                marker_pixels=self.width() - round(24 * self.scale),
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
        if view != self.view:
            old = self.view
            self.view = view
            if (view.mode, view.note, view.cue) != (old.mode, old.note, old.cue):
                self.fit_height()
            self.buttons.place(view)
            strip = self.buttons.strip
            if strip is not None and strip.isVisible():
                strip.update_state()
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
        view = self.view
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

    def paintEvent(self, _event) -> None:
        layout = self.card_layout()
        boxes = layout.text_boxes(self.view, self.width())
        self._painter.paint(self.view, boxes, layout, self.compositing)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._announce)
            self.first_painted.emit()

    def text_boxes(self) -> dict[str, TextBox]:
        """Every text the overlay paints now: where, in which font and color.

        Painting and the tests that check nothing is cut off both read this.
        """
        return self.card_layout().text_boxes(self.view, self.width())

    # --- events -----------------------------------------------------------------------------

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Twoway meeting timer"))
            self.setAccessibleName(self.tr("Twoway meeting timer"))
            self.view = View()
            self.buttons.drop()  # built again, in the new language, when next needed
            self.refresh()
        super().changeEvent(event)
