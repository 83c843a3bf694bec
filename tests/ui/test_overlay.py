"""The overlay as a person sees it, at chosen moments of a fake-clock meeting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from twoway.core.clock import FakeClock
from twoway.core.formats import OWNER_COLORS, Owner, builtin_formats
from twoway.core.session import State
from twoway.ui import placement
from twoway.ui.meeting import MeetingController, MeetingInfo
from twoway.ui.overlay_layout import (
    OVERRUN_TEXT,
    WARNING_TEXT,
)
from twoway.ui.overlay_view import time_text as clock_text
from twoway.ui.sound import Chime

MINI = next(f for f in builtin_formats() if f.id == "minimastermind")


class CountingOutput:
    """A sound output that counts what it was asked to play."""

    def __init__(self) -> None:
        self.plays: list[float] = []

    def play(self, volume: float) -> bool:
        self.plays.append(volume)
        return True


def advance(meeting: MeetingController, clock: FakeClock, seconds: float, step: float = 0.5):
    for _ in range(round(seconds / step)):
        clock.advance(step)
        meeting.tick()


def image_of(widget) -> QImage:
    return widget.grab().toImage()


def close_to(pixel: QColor, expected: QColor, tolerance: int = 40) -> bool:
    return (
        abs(pixel.red() - expected.red()) <= tolerance
        and abs(pixel.green() - expected.green()) <= tolerance
        and abs(pixel.blue() - expected.blue()) <= tolerance
    )


def count_pixels(image: QImage, rect: QRect, color: QColor, tolerance: int = 40) -> int:
    hits = 0
    for x in range(rect.left(), rect.right(), 2):
        for y in range(rect.top(), rect.bottom(), 2):
            if close_to(image.pixelColor(x, y), color, tolerance):
                hits += 1
    return hits


def band_runs(
    image: QImage, y: int, left: int, right: int, color_y: int
) -> list[tuple[int, int, QColor]]:
    """Runs of non-card pixels along row y: (start, end, color a quarter in, at color_y)."""
    card = QColor(24, 25, 28)
    runs = []
    start = None
    for x in range(left, right + 1):
        is_band = not close_to(image.pixelColor(x, y), card, 12)
        if is_band and start is None:
            start = x
        elif not is_band and start is not None:
            runs.append((start, x - 1))
            start = None
    if start is not None:
        runs.append((start, right))
    return [(a, b, image.pixelColor(a + (b - a) // 4, color_y)) for a, b in runs if b - a > 3]


def test_idle_overlay_says_no_meeting_runs(overlay):
    view = overlay.current_view()
    assert view.idle
    assert view.title == "No meeting running"


def test_running_overlay_shows_turn_phase_time_and_cue(overlay, meeting, clock):
    meeting.start(MINI, MeetingInfo(contact_name="Ana"), cues={0: "Ask about Lisbon"})
    advance(meeting, clock, 61)
    view = overlay.current_view()
    assert view.owner is Owner.THEM
    assert view.title == "Their offer and challenge"
    assert view.time == "3:59"
    assert view.slot == "13:59"
    assert view.badge == "ANA", "the other person's turn carries their first name"
    assert view.cue == "Ask about Lisbon" and view.note == ""
    assert view.step == "1 of 4"
    assert view.tone == "normal"


def test_bands_are_proportional_to_phases_and_colored_by_owner(overlay, meeting, clock):
    meeting.start(MINI)
    advance(meeting, clock, 10)
    image = image_of(overlay)
    scale = overlay.scale
    # Sample near the top edge of the bands, clear of the owner letters and the marker.
    y = round(88 * scale) + 1
    runs = band_runs(
        image, y, round(12 * scale), overlay.width() - round(12 * scale), color_y=y + 7
    )
    runs = [r for r in runs if r[1] - r[0] > 6]
    assert len(runs) == 4
    widths = [b - a + 1 for a, b, _ in runs]
    unit = sum(widths) / 12
    assert widths == pytest.approx([5 * unit, 5 * unit, unit, unit], abs=4)
    them, me = QColor(OWNER_COLORS[Owner.THEM]), QColor(OWNER_COLORS[Owner.ME])
    assert close_to(runs[0][2], them)
    # Later phases are slightly dimmed, but keep their owner's hue.
    assert runs[1][2].red() > runs[1][2].blue() and close_to(runs[1][2], me, 80)
    assert runs[2][2].blue() > runs[2][2].red()


def test_warning_turns_the_time_to_the_warning_tone(overlay, meeting, clock):
    meeting.start(MINI)
    advance(meeting, clock, 5 * 60 - 30)
    assert overlay.current_view().tone == "warning"
    image = image_of(overlay)
    time_area = QRect(12, 34, 200, 48)
    assert count_pixels(image, time_area, WARNING_TEXT) > 20


def test_overrun_counts_up_in_calm_red_and_shows_the_plan(overlay, meeting, clock):
    meeting.start(MINI)
    advance(meeting, clock, 5 * 60 + 42)
    view = overlay.current_view()
    assert view.time == "+0:42"
    assert view.tone == "overrun"
    assert view.note_kind == "plan"
    # 42 s over still fits the three spare minutes: said in plain words, no jargon.
    assert view.note == "Over time — move on now and you still end on time."
    assert view.cue, "the cue stays on the card during an overrun"
    image = image_of(overlay)
    assert count_pixels(image, QRect(12, 34, 200, 48), OVERRUN_TEXT) > 20


def test_a_long_overrun_says_how_long_the_next_phase_may_take(overlay, meeting, clock):
    meeting.start(MINI)
    advance(meeting, clock, 9 * 60, step=2)
    view = overlay.current_view()
    assert view.note == "Move on now: 4:18 for your turn keeps your promised end."
    assert view.cue


def test_past_the_slot_the_whole_overlay_says_so(overlay, meeting, clock):
    meeting.start(MINI)
    advance(meeting, clock, 16 * 60, step=4)
    view = overlay.current_view()
    assert view.slot_over
    assert view.slot == "+1:00"
    assert "Past the time you promised" in view.note


def test_closing_line_appears_near_the_end_of_the_slot(overlay, meeting, clock):
    meeting.start(MINI, MeetingInfo(closing_line="Thanks, Ana!"))
    for _ in range(3):
        advance(meeting, clock, 4 * 60, step=4)
        meeting.next_phase()
    advance(meeting, clock, 2 * 60, step=4)  # 14 minutes in: one minute left in the slot
    view = overlay.current_view()
    assert view.note == "Thanks, Ana!" and view.note_kind == "closing"


def test_paused_overlay_says_so(overlay, meeting, clock):
    meeting.start(MINI)
    advance(meeting, clock, 5)
    meeting.pause()
    view = overlay.current_view()
    assert view.tone == "paused" and view.note == ""
    clock.advance(3600)
    meeting.tick()
    assert overlay.current_view().time == "4:55"


def test_after_a_suspend_the_overlay_explains_the_pause(overlay, meeting, clock):
    meeting.start(MINI)
    advance(meeting, clock, 5)
    clock.advance(1800)
    meeting.tick()
    assert "slept" in overlay.current_view().note


@pytest.mark.parametrize(("size", "width"), [("small", 288), ("medium", 360), ("large", 468)])
def test_sizes(overlay, size, width):
    overlay.apply_size(size)
    assert overlay.width() == width
    assert overlay.size_name == size


def test_repaints_only_when_what_is_shown_changes(overlay, meeting, clock, monkeypatch):
    meeting.start(MINI)
    updates = []
    monkeypatch.setattr(overlay, "update", lambda *a: updates.append(1))
    advance(meeting, clock, 10, step=0.25)  # 40 ticks, 10 visible seconds
    # Once per new second, plus when the marker moves a pixel: never once per tick.
    assert 10 <= len(updates) <= 16


def test_hover_buttons_drive_the_meeting(overlay, meeting, clock, qtbot):
    meeting.start(MINI)
    strip = overlay.ensure_controls()
    qtbot.mouseClick(strip.buttons["pause"], Qt.MouseButton.LeftButton)
    assert meeting.session.state is State.PAUSED
    qtbot.mouseClick(strip.buttons["pause"], Qt.MouseButton.LeftButton)
    assert meeting.session.state is State.RUNNING
    qtbot.mouseClick(strip.buttons["next"], Qt.MouseButton.LeftButton)
    assert meeting.session.index == 1
    qtbot.mouseClick(strip.buttons["extend"], Qt.MouseButton.LeftButton)
    assert meeting.session.phase_remaining() == pytest.approx(6 * 60)
    qtbot.mouseClick(strip.buttons["end"], Qt.MouseButton.LeftButton)
    assert not meeting.active


def test_menu_actions_follow_the_meeting(overlay, meeting):
    meeting.start(MINI)
    overlay.ensure_controls()
    menu = overlay.buttons.menu
    menu.update_state()
    assert menu.swap_action.isEnabled()
    assert not menu.prev_action.isEnabled()
    menu.swap_action.trigger()
    assert meeting.session.phase.owner is Owner.ME
    meeting.pause()
    menu.update_state()
    assert menu.pause_action.text() == "Resume"


def drag(overlay, start: QPoint, end: QPoint) -> None:
    """Press the left button at `start`, move to `end` and let go (global positions)."""
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, where, button, held in (
        (QEvent.Type.MouseButtonPress, start, left, left),
        (QEvent.Type.MouseMove, end, none, left),
        (QEvent.Type.MouseButtonRelease, end, left, none),
    ):
        local = QPointF(overlay.mapFromGlobal(where))
        event = QMouseEvent(
            kind, local, QPointF(where), button, held, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(overlay, event)


def test_dragging_the_card_moves_it_and_asks_to_save_where_unless_locked(overlay, qtbot):
    overlay.move(100, 100)
    saved = []
    overlay.placement_changed.connect(lambda: saved.append(overlay.pos()))
    grab = overlay.frameGeometry().topLeft() + QPoint(20, 20)
    drag(overlay, grab, grab + QPoint(90, 60))
    assert overlay.pos() == QPoint(190, 160)
    assert saved == [QPoint(190, 160)]

    overlay.set_locked(True)
    grab = overlay.frameGeometry().topLeft() + QPoint(20, 20)
    drag(overlay, grab, grab + QPoint(90, 60))
    assert overlay.pos() == QPoint(190, 160)
    assert len(saved) == 1


def test_a_right_click_on_the_card_opens_its_menu_where_clicked(overlay, meeting, monkeypatch):
    meeting.start(MINI)
    overlay.ensure_controls()
    opened = []
    monkeypatch.setattr(overlay.buttons.menu, "exec", lambda where: opened.append(where))
    inside = QPoint(30, 30)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, inside, overlay.mapToGlobal(inside))
    QApplication.sendEvent(overlay, event)
    assert opened == [overlay.mapToGlobal(inside)]
    assert overlay.buttons.menu.swap_action.isEnabled()  # brought up to date first


def test_click_through_toggles_and_keeps_the_overlay_in_place(overlay, qtbot):
    overlay.move(200, 150)
    changes = []
    overlay.settings_changed.connect(lambda key, value: changes.append((key, value)))
    overlay.set_click_through(True)
    assert overlay.windowFlags() & Qt.WindowType.WindowTransparentForInput
    assert overlay.isVisible() and overlay.pos() == QPoint(200, 150)
    overlay.ensure_controls()
    overlay.buttons.menu.update_state()
    assert overlay.buttons.menu.click_through_action.isChecked()
    overlay.set_click_through(False)
    assert not overlay.windowFlags() & Qt.WindowType.WindowTransparentForInput
    assert changes == [("overlay.click_through", True), ("overlay.click_through", False)]


def test_overlay_stays_on_top_and_out_of_the_way(overlay):
    flags = overlay.windowFlags()
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.Tool
    assert overlay.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    # A click on the card must not take the keyboard from the call (mute, video keys).
    assert flags & Qt.WindowType.WindowDoesNotAcceptFocus
    assert overlay.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_accessible_description_follows_phase_changes(overlay, meeting, clock, qtbot):
    qtbot.waitUntil(lambda: overlay._painted)
    meeting.start(MINI)
    advance(meeting, clock, 1)
    assert overlay.accessibleDescription().startswith("Their turn: Their offer and challenge")
    assert "4 min left" in overlay.accessibleDescription()
    meeting.next_phase()
    assert overlay.accessibleDescription().startswith("Your turn: Your offer and challenge")


def test_chime_plays_once_per_overrun(meeting, clock):
    output = CountingOutput()
    chime = Chime(output, clock, volume=0.4)
    meeting.event.connect(chime.on_event)
    meeting.start(MINI)
    advance(meeting, clock, 5 * 60 + 30, step=1)
    assert output.plays == [0.4]
    advance(meeting, clock, 60, step=1)
    assert len(output.plays) == 1
    meeting.next_phase()  # the buffer absorbs the overrun: the next phase keeps 5:00
    advance(meeting, clock, 5 * 60 + 5, step=1)
    assert len(output.plays) == 2


def test_phase_and_slot_overrunning_together_chime_once(meeting, clock):
    output = CountingOutput()
    chime = Chime(output, clock)
    meeting.event.connect(chime.on_event)
    meeting.start(MINI)
    for _ in range(10):
        meeting.extend()  # a 15-minute first phase: it and the slot run over together
    advance(meeting, clock, 15 * 60 + 5, step=5)
    assert len(output.plays) == 1


def test_muted_chime_stays_silent_but_test_button_plays(meeting, clock):
    output = CountingOutput()
    chime = Chime(output, clock, enabled=False)
    meeting.event.connect(chime.on_event)
    meeting.start(MINI)
    advance(meeting, clock, 5 * 60 + 5, step=5)
    assert output.plays == []
    assert chime.test()
    assert len(output.plays) == 1


def test_phase_tones_are_soft_and_optional(meeting, clock):
    output = CountingOutput()
    chime = Chime(output, clock, volume=0.6, phase_tones=True)
    meeting.event.connect(chime.on_event)
    meeting.start(MINI)
    advance(meeting, clock, 10, step=5)
    meeting.next_phase()
    assert output.plays == [0.3, 0.3]


def test_one_time_format_on_the_whole_card():
    assert clock_text(299.2) == "5:00"
    assert clock_text(59) == "0:59"
    assert clock_text(-42.4) == "+0:42"
    assert clock_text(-125) == "+2:05"
    assert clock_text(3 * 3600 + 5) == "3:00:05"
    assert clock_text(-(3 * 3600 + 5)) == "+3:00:05"


# --- placement -------------------------------------------------------------------------

SCREENS = {"DP-1": QRect(0, 0, 1920, 1080), "HDMI-1": QRect(1920, 0, 1280, 1024)}
SIZE = QSize(360, 148)


def test_position_is_restored_on_its_screen():
    frame = QRect(QPoint(1920 + 900, 40), SIZE)
    saved = placement.to_saved(frame, "HDMI-1", SCREENS["HDMI-1"])
    assert placement.restore(saved, SCREENS, "DP-1", SIZE) == QPoint(1920 + 900, 40)


def test_a_position_on_a_removed_screen_comes_back_on_a_visible_one():
    saved = {"screen": "HDMI-1", "x": 1.0, "y": 0.0}
    point = placement.restore(saved, {"DP-1": SCREENS["DP-1"]}, "DP-1", SIZE)
    assert SCREENS["DP-1"].contains(QRect(point, SIZE))


def test_snapped_to_the_right_edge_stays_there_when_resolution_changes():
    frame = placement.snap(QRect(QPoint(1920 - 360 - 10, 300), SIZE), SCREENS["DP-1"])
    assert frame.right() == SCREENS["DP-1"].right()
    saved = placement.to_saved(frame, "DP-1", SCREENS["DP-1"])
    smaller = {"DP-1": QRect(0, 0, 1366, 768)}
    point = placement.restore(saved, smaller, "DP-1", SIZE)
    assert point.x() + SIZE.width() - 1 == 1365


def test_garbage_in_the_saved_position_falls_back_to_the_default():
    for saved in ({"screen": "DP-1", "x": "left"}, "nonsense", None, {"screen": 5}):
        point = placement.restore(saved, SCREENS, "DP-1", SIZE)
        assert SCREENS["DP-1"].contains(QRect(point, SIZE))


def test_snap_only_near_edges():
    area = QRect(0, 0, 1000, 800)
    far = QRect(QPoint(300, 300), SIZE)
    assert placement.snap(far, area) == far
    near_corner = placement.snap(QRect(QPoint(10, 790 - 148), SIZE), area)
    assert near_corner.topLeft() == QPoint(0, 800 - 148)


def test_the_first_place_is_top_centre_clear_of_the_call_toolbar():
    screen = QRect(0, 0, 1280, 800)
    point = placement.restore(None, {"DP-1": screen}, "DP-1", SIZE)
    assert point == QPoint((1280 - 360) // 2, placement.MARGIN_PX)
    assert QRect(point, SIZE).bottom() < 800 - 120, "far from the call's bottom toolbar"
