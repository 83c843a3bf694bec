"""Today: the next meeting with one click to start it, what is coming up, the debriefs
still to write, and the follow-ups due or overdue."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt

from twoway.demo_data import seed_demo
from twoway.ui.main.models.followups import FollowUpsModel


@pytest.fixture
def today(window, store, clock):
    seed_demo(store, clock.wall())
    window.hub.reset.emit()
    window.show_view("today")
    return window.views["today"]


def test_shows_next_meeting_coming_up_and_due(today):
    # The fake clock's day, not the machine's.
    assert today.date_label.text() == QLocale().toString(
        QDate(2026, 3, 10), QLocale.FormatType.LongFormat
    )
    assert today.next_title.text().startswith("Maya Okafor · Tue, 10 Mar")  # the locale's order
    assert "prep 6 of 11 done" in today.next_detail.text()
    upcoming = today.upcoming_model
    assert [upcoming.record(r).id for r in range(upcoming.rowCount())] == [
        "m-demo10",
        "m-demo11",
        "m-demo12",
        "m-demo13",  # no time set: last
    ]
    assert [today.debrief_model.record(0).id] == ["m-demo07"]
    due = today.due_model
    assert [due.record(r).id for r in range(due.rowCount())] == ["f-demo09", "f-demo11"]
    assert due.data(due.index(0, FollowUpsModel.DUE)) == "2 days overdue"
    assert due.data(due.index(1, FollowUpsModel.DUE)) == "today"


def test_a_name_with_a_percent_sign_is_shown_as_typed(window, today):
    # Pasted from a web address: "%20" must not be taken for the date's place (%2).
    hub = window.hub
    contact = hub.contact(hub.meeting("m-demo10").contact_id)
    contact.name = "Studio%20Lumen"
    hub.put_contact(contact)
    when = today.next_title.text().split(" · ", 1)[1]
    assert today.next_title.text() == f"Studio%20Lumen · {when}"
    assert "%" not in when


def test_start_now_starts_the_next_meeting_with_its_cues(qtbot, window, context, today):
    qtbot.mouseClick(today.start_button, Qt.MouseButton.LeftButton)
    assert context.meeting.active
    assert context.meeting.info.meeting_id == "m-demo10"
    assert context.meeting.info.contact_name == "Maya Okafor"
    assert window.current_view() == "meeting"
    window.show_view("today")
    assert not today.start_button.isEnabled()  # one meeting at a time
    assert today.running_box.isVisible()  # the running one is shown above, not as "next"
    assert today.next_meeting_id() == "m-demo11"
    context.meeting.end()
    assert window.views["meeting"].current_step() == "debrief"


def test_marking_done_and_opening_from_today(qtbot, window, today):
    qtbot.mouseClick(today.done_button, Qt.MouseButton.LeftButton)  # the first due one
    assert window.hub.store.followups["f-demo09"].done
    today.debrief_view.activated.emit(today.debrief_model.index(0, 0))
    assert window.current_view() == "meeting"
    assert window.views["meeting"].meeting_id == "m-demo07"
    assert window.views["meeting"].current_step() == "debrief"


def test_an_empty_day_says_what_to_do(window):
    today = window.views["today"]
    assert today.next_title.text() == "No meeting planned"
    assert not today.start_button.isEnabled()
    assert today.upcoming_empty.isVisible() and today.due_empty.isVisible()


def test_an_empty_day_shows_its_hints_under_their_headings(qtbot, window):
    today = window.views["today"]
    window.resize(1180, 780)  # room for the two lists side by side
    qtbot.wait(10)  # let the layout settle

    def top(widget) -> int:
        return widget.mapTo(today, QPoint(0, 0)).y()

    below_next = top(today.start_box) + today.start_box.height()
    for hint_label in (today.upcoming_empty, today.due_empty):
        # Right under the heading that follows the start box, not floating below.
        assert top(hint_label) - below_next < 90, hint_label.text()
    assert abs(top(today.upcoming_empty) - top(today.due_empty)) <= 2  # the columns line up


def test_a_meeting_whose_time_passed_without_the_timer_waits_for_its_debrief(
    qtbot, window, today, clock
):
    hub = window.hub
    coffee = hub.meeting("m-demo11")  # planned for later today, met in person instead
    clock.advance((coffee.scheduled - hub.now()).total_seconds() + 3 * 3600)
    hub.reset.emit()
    debriefs = today.debrief_model
    assert "m-demo11" in [debriefs.record(r).id for r in range(debriefs.rowCount())]
    upcoming = today.upcoming_model
    assert "m-demo11" not in [upcoming.record(r).id for r in range(upcoming.rowCount())]
    row = [debriefs.record(r).id for r in range(debriefs.rowCount())].index("m-demo11")
    today.debrief_view.activated.emit(debriefs.index(row, 0))
    page = window.views["meeting"]
    assert page.current_step() == "debrief"
    assert "Plan tab" in page.debrief.run_summary.text()
    save = window.actions_by_name["save-debrief"]
    window.menus.update_enabled()
    assert save.isEnabled()
    page.debrief.value_me.setPlainText("Two intros to pricing people")
    save.trigger()
    assert coffee.debrief.completed
    hub.reset.emit()
    assert "m-demo11" not in [debriefs.record(r).id for r in range(debriefs.rowCount())]


def test_a_meeting_still_ahead_cannot_be_debriefed_from_the_menu(window, today):
    window.open_meeting("m-demo12", "prep")
    window.menus.update_enabled()
    assert not window.actions_by_name["save-debrief"].isEnabled()


def test_at_the_smallest_window_size_today_needs_no_sideways_scrolling(qtbot, window, today):
    from PySide6.QtWidgets import QScrollArea

    from twoway.ui.main.window import MINIMUM_SIZE

    window.resize(*MINIMUM_SIZE)
    qtbot.wait(50)
    # The lists one above the other, each as wide as the page.
    assert (
        today.due_view.mapTo(today, QPoint(0, 0)).y()
        > today.upcoming_view.mapTo(today, QPoint(0, 0)).y() + today.upcoming_view.height()
    )
    scroll = next(a for a in today.findChildren(QScrollArea) if a.widget() is today.body)
    assert scroll.horizontalScrollBar().maximum() == 0
    viewport = scroll.viewport().rect()
    for button in (today.start_box.start_button, today.start_box.plan_button, today.open_button):
        corner = button.mapTo(scroll.viewport(), button.rect().bottomRight())
        assert viewport.contains(corner), button.text()
    window.resize(1180, 780)  # room enough: one row again
    qtbot.wait(50)
    box = today.start_box
    assert abs(box.start_button.y() - box.format_box.y()) < box.format_box.height()
    assert abs(box.plan_button.y() - box.format_box.y()) < box.format_box.height()
