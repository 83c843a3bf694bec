"""The overlay during a call: the user's cue whole, buttons in their own row, the end card,
one way to write time, and nothing said over the call while it runs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QEnterEvent, QFontMetrics
from PySide6.QtWidgets import QApplication

from twoway.core.formats import builtin_formats
from twoway.ui.meeting import MeetingInfo
from twoway.ui.notices import Notice, Notices
from twoway.ui.overlay_controls import GLYPH, LABEL, STRIP
from twoway.ui.overlay_layout import MIN_CUE_PX
from twoway.ui.overlay_view import Mode

MINI = next(f for f in builtin_formats() if f.id == "minimastermind")
LONG_CUE = (
    "Ask how the Lisbon pilot went, then what their team needs before the spring launch "
    "— and whether an introduction to Northwind's partnerships lead would help, which is "
    "why Northwind's partner programme came up last time."
)


def advance(meeting, clock, seconds: float, step: float = 1.0) -> None:
    for _ in range(round(seconds / step)):
        clock.advance(step)
        meeting.tick()


def hover(widget) -> None:
    """The pointer comes over `widget`, as the window system says it."""
    inside = QPointF(widget.rect().center())
    QApplication.sendEvent(widget, QEnterEvent(inside, inside, widget.mapToGlobal(inside)))


def extent(box) -> QRect:
    return QFontMetrics(box.font).boundingRect(box.rect, int(box.flags), box.text)


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("size", ["small", "medium", "large"])
def test_a_long_cue_is_shown_whole_at_a_readable_size(overlay, meeting, size):
    overlay.apply_size(size)
    meeting.start(MINI, MeetingInfo(contact_name="Maya Okafor"), cues={0: LONG_CUE})
    overlay.refresh()
    short_height = None
    box = overlay.text_boxes()["cue"]
    assert box.text == LONG_CUE, "the user's own words are never cut"
    assert box.font.pixelSize() >= MIN_CUE_PX
    assert box.rect.contains(extent(box))
    assert overlay.rect().contains(box.rect), "the card grew to hold the cue"
    meeting.end()
    meeting.start(MINI, cues={0: "Lisbon?"})
    overlay.refresh()
    short_height = overlay.height()
    assert short_height < box.rect.bottom(), "a short cue keeps the card small"


def test_an_overrun_keeps_the_cue_and_says_the_plan_on_its_own_line(overlay, meeting, clock):
    meeting.start(MINI, cues={0: LONG_CUE})
    advance(meeting, clock, 5 * 60 + 20, step=5)
    boxes = overlay.text_boxes()
    assert boxes["note"].text.startswith("Over time")
    assert boxes["cue"].text == LONG_CUE
    assert not extent(boxes["note"]).intersects(extent(boxes["cue"]))
    assert overlay.rect().contains(boxes["cue"].rect)


def test_no_tooltip_is_put_over_the_call(overlay, meeting):
    meeting.start(MINI, cues={0: LONG_CUE})
    overlay.refresh()
    strip = overlay.ensure_controls()
    assert overlay.toolTip() == ""
    assert all(button.toolTip() == "" for button in strip.buttons.values())


def test_the_buttons_have_a_row_of_their_own_and_read_clearly(overlay, meeting, qtbot):
    meeting.start(MINI, MeetingInfo(contact_name="Maya"), cues={0: "Ask about Lisbon"})
    QApplication.sendEvent(overlay, QEvent(QEvent.Type.Leave))
    height_before = overlay.height()
    hover(overlay)
    strip = overlay.ensure_controls()
    assert strip.isVisible()
    assert overlay.height() > height_before, "the card makes room instead of covering text"
    for key, box in overlay.text_boxes().items():
        assert not strip.geometry().intersects(extent(box)), key
    assert contrast(GLYPH, STRIP) >= 4.5
    assert contrast(LABEL, STRIP) >= 4.5
    # The symbols really are drawn light: the pause glyph's pixels are near GLYPH.
    image = strip.buttons["pause"].icon().pixmap(16, 16).toImage()
    lightest = max(
        image.pixelColor(x, y).lightness()
        for x in range(image.width())
        for y in range(image.height())
    )
    assert lightest > 200
    hover(strip.buttons["next"])
    assert strip.label.text() == "Next phase", "the button's name, inside the card"
    QApplication.sendEvent(overlay, QEvent(QEvent.Type.Leave))
    assert not strip.isVisible() and overlay.height() == height_before


def test_ending_shows_a_small_card_that_offers_the_debrief(overlay, meeting, qtbot):
    meeting.start(MINI, MeetingInfo(contact_name="Maya Okafor"))
    meeting.end()
    overlay.show_ended("m-1", "Maya Okafor")
    view = overlay.current_view()
    assert view.mode is Mode.ENDED
    assert view.title == "Meeting with Maya ended"
    assert overlay.isVisible()
    asked = []
    overlay.debrief_requested.connect(asked.append)
    qtbot.mouseClick(overlay.buttons.end_buttons.write, Qt.MouseButton.LeftButton)
    assert asked == ["m-1"]
    assert not overlay.isVisible(), "the card goes once the user has chosen"


def test_the_end_card_goes_by_itself_after_the_chosen_time(overlay, meeting):
    overlay.end_card_s = 45
    meeting.start(MINI)
    meeting.end()
    overlay.show_ended("m-2", "")
    assert overlay.current_view().title == "Meeting ended"
    assert overlay._end_timer.isActive() and overlay._end_timer.interval() == 45_000
    closed = []
    overlay.end_card_closed.connect(lambda: closed.append(True))
    overlay._end_timer.timeout.emit()
    assert closed == [True]
    assert not overlay.isVisible(), "no empty card stays over the call"
    assert overlay.current_view().mode is Mode.IDLE


def test_overrun_counter_and_slot_agree_when_they_mean_the_same_time(overlay, meeting, clock):
    meeting.start(MINI)
    for _ in range(10):
        meeting.extend()  # one 15-minute phase: it and the slot end together
    advance(meeting, clock, 15 * 60 + 3, step=3)
    clock.advance(0.6)
    meeting.tick()
    view = overlay.current_view()
    assert view.time == view.slot == "+0:03"


class FakeDesktop:
    def __init__(self, works: bool) -> None:
        self.works = works
        self.sent: list[Notice] = []

    def send(self, notice: Notice) -> bool:
        if self.works:
            self.sent.append(notice)
        return self.works


def test_notices_wait_for_the_call_to_end_then_use_the_desktop_service(qapp):
    in_call = [True]
    desktop = FakeDesktop(works=True)
    notices = Notices(desktop, must_wait=lambda: in_call[0])
    notices.say("Meeting soon", "Your meeting with Ana starts in 5 min.")
    assert desktop.sent == [], "nothing is said over a call"
    in_call[0] = False
    notices.release()
    assert [n.title for n in desktop.sent] == ["Meeting soon"]


def test_without_a_notification_service_notices_go_to_the_tray_or_the_window(qapp):
    notices = Notices(FakeDesktop(works=False), must_wait=lambda: False)
    notices.say("Twoway", "first")
    assert [n.text for n in notices.take_for_window()] == ["first"]
    balloons = []
    notices.tray_balloon = balloons.append
    notices.say("Twoway", "second")
    assert [n.text for n in balloons] == ["second"]
    assert notices.take_for_window() == []
