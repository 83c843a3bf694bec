"""The overlay at its limits: a long first name in the card's first row, and the card
against the screen's edges when its size changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QColor, QFontMetrics, QImage
from PySide6.QtWidgets import QApplication

from twoway.core.formats import OWNER_COLORS, Owner, builtin_formats
from twoway.ui import placement
from twoway.ui.meeting import MeetingInfo

MINI = next(f for f in builtin_formats() if f.id == "minimastermind")
CHIP = QColor(OWNER_COLORS[Owner.THEM])  # the first phase is theirs

LONG_NAMES = {
    "e-mail": "maximiliana.wilhelmina@example-company.com",
    "double name": "Bartholomew-Maximilian Featherstonehaugh",
    "right to left": "عبدالرحمنالحسينيالقحطانيالمطيري",
    "emoji": "👩\u200d👩\u200d👧\u200d👦🦄Supercalifragilisticexpialidocious",
}


def chip_pixels(image: QImage, rect: QRect) -> int:
    """Pixels of the turn chip's color inside `rect`."""
    hits = 0
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - CHIP.red()) <= 30
                and abs(pixel.green() - CHIP.green()) <= 30
                and abs(pixel.blue() - CHIP.blue()) <= 30
            ):
                hits += 1
    return hits


def first_upper(name: str) -> str:
    return name.split()[0].upper()


@pytest.mark.parametrize("size", ["small", "medium", "large"])
@pytest.mark.parametrize("name", LONG_NAMES.values(), ids=LONG_NAMES.keys())
def test_a_long_first_name_leaves_the_phase_and_the_step_in_view(overlay, meeting, size, name):
    overlay.apply_size(size)
    meeting.start(MINI, MeetingInfo(contact_name=name))
    boxes = overlay.text_boxes()
    chip, title, step = boxes["owner"], boxes["title"], boxes["step"]
    card = overlay.rect()
    inside = card.adjusted(4, 4, -4, -4)  # clear of the card's rounded border

    # Side by side in the card: chip, then the title, then "1 of 4"; nothing over another.
    for box in (chip, title, step):
        assert inside.contains(box.rect), f"{box.text!r} runs off the card"
    assert chip.rect.right() < title.rect.left()
    assert title.rect.right() < step.rect.left()
    assert step.text == "1 of 4"

    # The phase stays readable beside the chip, which takes at most half the card.
    assert title.text.startswith("Their offer")
    assert QFontMetrics(title.font).horizontalAdvance(title.text) <= title.rect.width()
    assert chip.rect.width() <= card.width() // 2

    # The name is cut with "…" inside its chip; the cut never splits a letter or an emoji.
    assert chip.text.endswith("…") and len(chip.text) > 1
    assert first_upper(name).startswith(chip.text.rstrip("…\u200d"))
    chip.text.encode("utf-8")
    assert QFontMetrics(chip.font).horizontalAdvance(chip.text) < chip.rect.width()

    # And on the painted card, the chip's color stops before the title and the step.
    image = overlay.grab().toImage()
    assert chip_pixels(image, title.rect) == 0
    assert chip_pixels(image, step.rect) == 0
    assert chip_pixels(image, chip.rect) > chip.rect.width() * chip.rect.height() // 2


def test_a_short_name_is_shown_whole(overlay, meeting):
    meeting.start(MINI, MeetingInfo(contact_name="Ana Lima"))
    boxes = overlay.text_boxes()
    assert boxes["owner"].text == "ANA"
    assert boxes["title"].text == "Their offer and challenge"


# --- a change of size at the screen's edges ------------------------------------------------


def test_a_card_at_the_right_edge_stays_there_and_on_screen_when_its_size_changes(overlay):
    area = overlay.screen().availableGeometry()
    overlay.move(area.right() - overlay.width() - 10, 200)  # dragged near the right edge:
    overlay.move(placement.snap(overlay.frameGeometry(), area).topLeft())  # snapped flush
    assert overlay.frameGeometry().right() == area.right()

    for size in ("large", "small", "medium", "large"):
        overlay.apply_size(size)
        QApplication.processEvents()
        frame = overlay.frameGeometry()
        assert area.contains(frame), f"{size}: {frame} leaves {area}"
        assert frame.right() == area.right(), f"{size}: no longer against the right edge"
        assert frame.top() == 200


def test_a_card_near_the_right_edge_is_brought_back_whole_when_it_grows(overlay):
    area = overlay.screen().availableGeometry()
    left = area.right() - overlay.width() - 60  # 60 px clear of the edge: not snapped
    overlay.move(left, 100)
    overlay.apply_size("large")  # 108 px wider
    QApplication.processEvents()
    frame = overlay.frameGeometry()
    assert area.contains(frame)
    assert frame.right() == area.right()
    overlay.apply_size("medium")
    assert overlay.frameGeometry().right() == area.right(), "shrinks towards its edge"


def test_a_card_in_the_bottom_right_corner_grows_left_and_up():
    area = QRect(0, 0, 1280, 800)
    old = QRect(QPoint(1280 - 360, 800 - 154), QSize(360, 154))
    point = placement.resized(old, QSize(468, 240), area)
    assert QRect(point, QSize(468, 240)) == QRect(1280 - 468, 800 - 240, 468, 240)
    away = QRect(QPoint(300, 200), QSize(360, 154))
    assert placement.resized(away, QSize(468, 240), area) == QPoint(300, 200)


def test_a_monitor_unplugged_during_a_meeting_brings_the_card_back_on_screen(
    qtbot, overlay, meeting, data_dir
):
    from PySide6.QtGui import QGuiApplication

    from twoway.paths import DataPaths
    from twoway.ui.local_state import LocalState, OverlayPlacement

    places = OverlayPlacement(overlay, LocalState(DataPaths(data_dir), lambda said: None))
    meeting.start(MINI, MeetingInfo(contact_name="Maya Okafor"))
    screen = QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    overlay.move(area.right() + 900, area.top() + 40)  # where the unplugged monitor was
    assert not area.intersects(overlay.frameGeometry())
    QGuiApplication.instance().screenRemoved.emit(screen)
    qtbot.waitUntil(lambda: area.contains(overlay.frameGeometry()), timeout=2000)
    assert overlay.pos() == places.place_for(overlay.size())
