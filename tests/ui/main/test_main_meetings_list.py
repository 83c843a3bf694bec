"""The Meeting view's first page: every meeting, in groups, searched, by date, each
opening its five steps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from twoway.demo_data import seed_demo
from twoway.ui.main.models.meetings import MeetingsModel


@pytest.fixture
def meetings(window, store, clock):
    seed_demo(store, clock.wall())
    window.hub.reset.emit()
    window.show_view("meeting")
    return window.views["meeting"].list


def shown(listing) -> list[str]:
    return [listing.model.record(r).id for r in range(listing.model.rowCount())]


def choose_group(listing, text: str) -> None:
    listing.group.setCurrentIndex(listing.group.findText(text))


def test_with_no_meeting_open_the_view_lists_them_all(window, meetings, store):
    view = window.views["meeting"]
    assert meetings.isVisible() and not view.tabs.isVisible()
    assert view.heading.text() == "Meetings"
    assert sorted(shown(meetings)) == sorted(store.meetings)


def test_groups_upcoming_held_and_declined(meetings, store):
    choose_group(meetings, "Upcoming")
    upcoming = shown(meetings)
    assert "m-demo10" in upcoming and "m-demo07" not in upcoming
    choose_group(meetings, "Held")
    held = shown(meetings)
    assert "m-demo07" in held and "m-demo10" not in held
    assert all(store.meetings[m].run or store.meetings[m].status == "done" for m in held)
    choose_group(meetings, "Declined or cancelled")
    assert all(store.meetings[m].status in ("declined", "cancelled") for m in shown(meetings))


def test_search_and_order_by_date(qtbot, meetings):
    choose_group(meetings, "Held")
    newest = shown(meetings)
    meetings.order.setCurrentIndex(meetings.order.findText("Oldest first"))
    assert shown(meetings) == list(reversed(newest))
    choose_group(meetings, "All meetings")
    qtbot.keyClicks(meetings.search, "maya")
    assert shown(meetings) and all(
        meetings.model.data(meetings.model.index(r, MeetingsModel.WITH)) == "Maya Okafor"
        for r in range(meetings.model.rowCount())
    )
    meetings.search.setText("no one has this name")
    assert shown(meetings) == [] and meetings.empty.isVisible()


def test_opening_a_meeting_and_going_back_to_the_list(qtbot, window, meetings):
    row = meetings.model.row_of("m-demo07")
    meetings.view.activated.emit(meetings.model.index(row, 0))
    view = window.views["meeting"]
    assert view.meeting_id == "m-demo07" and view.tabs.isVisible()
    assert not meetings.isVisible()
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert view.meeting_id == "" and meetings.isVisible()


def test_the_list_model_passes_the_model_checks(qtmodeltester, meetings):
    qtmodeltester.check(meetings.model)
    choose_group(meetings, "Held")
    qtmodeltester.check(meetings.model)
