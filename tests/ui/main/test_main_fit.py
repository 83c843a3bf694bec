"""The window fits the screen it first opens on; pages scroll rather than cut; table
columns take their content's width and the long text column the rest."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QScrollArea

from twoway.demo_data import seed_demo
from twoway.ui.main.models.followups import FollowUpsModel
from twoway.ui.main.models.meetings import MeetingsModel
from twoway.ui.main.window import VIEWS, first_geometry


@pytest.mark.parametrize(
    ("available", "size"),
    [
        (QRect(0, 24, 1366, 744), (1180, 669)),  # 1366×768 with a top panel
        (QRect(0, 0, 1280, 696), (1152, 640)),  # 1280×720: 90 % would be 626 tall
        (QRect(0, 0, 1920, 1050), (1180, 780)),  # a big screen: the preferred size
        (QRect(0, 0, 1000, 600), (1000, 600)),  # smaller than 1024×640: all of it
    ],
)
def test_first_start_fits_the_free_area_of_its_screen(available, size):
    frame = first_geometry(available)
    assert (frame.width(), frame.height()) == size
    assert available.contains(frame)
    assert abs(frame.center().x() - available.center().x()) <= 1  # centred
    assert abs(frame.center().y() - available.center().y()) <= 1


def test_the_window_opens_sized_for_its_screen(window):
    free = window.screen().availableGeometry()
    expected = first_geometry(free)
    assert window.width() <= expected.width() and window.height() <= expected.height()
    assert window.minimumWidth() <= 800 and window.minimumHeight() <= 560


def test_every_page_scrolls_rather_than_cuts(qtbot, window):
    window.resize(window.minimumSize())
    for key in VIEWS:
        page = window.views[key]
        area = page.body.parentWidget().parentWidget()
        assert isinstance(area, QScrollArea), key
        window.show_view(key)
        qtbot.wait(5)
        # The body is never squeezed below what it needs: the rest is scrolled to.
        assert page.body.height() >= page.body.minimumSizeHint().height(), key


def test_today_gives_the_follow_up_text_the_room_not_the_due_date(qtbot, window, store, clock):
    seed_demo(store, clock.wall())
    window.hub.reset.emit()
    window.show_view("today")
    qtbot.wait(10)
    due = window.views["today"].due_view
    due_width = due.columnWidth(FollowUpsModel.DUE)
    needed = max(
        due.sizeHintForColumn(FollowUpsModel.DUE),
        due.horizontalHeader().sectionSizeHint(FollowUpsModel.DUE),
    )
    assert needed <= due_width <= needed + 12  # its content, with a little air
    assert due.columnWidth(FollowUpsModel.TEXT) > due_width
    upcoming = window.views["today"].upcoming_view
    when = upcoming.columnWidth(MeetingsModel.WHEN)
    assert when >= upcoming.sizeHintForColumn(MeetingsModel.WHEN)  # dates never cut
    model = window.views["today"].due_model
    text = model.data(model.index(0, FollowUpsModel.TEXT))
    assert model.data(model.index(0, FollowUpsModel.TEXT), 3) == text  # hover shows it whole


def test_a_contacts_history_has_no_sideways_scrolling(qtbot, window, store, clock):
    seed_demo(store, clock.wall())
    window.hub.reset.emit()
    window.open_contact("c-demo01")
    qtbot.wait(10)
    detail = window.views["contacts"].detail
    for view in (detail.meetings_view, detail.followups_view):
        assert not view.horizontalScrollBar().isVisible()
        assert view.stretch >= 0


def test_the_run_steps_cut_band_labels_show_in_full_on_hover(window, store, clock):
    seed_demo(store, clock.wall())
    window.hub.reset.emit()
    window.open_meeting("m-demo10", "run")
    tip = window.views["meeting"].run.bands.toolTip()
    assert "Their takeaway, Them, 1 min" in tip.splitlines()
