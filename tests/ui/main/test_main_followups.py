"""Follow-ups: the list by due date, filters, done (which counts as contact), snooze,
delete with undo."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from twoway.demo_data import seed_demo


@pytest.fixture
def view(window, store, clock):
    seed_demo(store, clock.wall())
    window.hub.reset.emit()
    window.show_view("followups")
    return window.views["followups"]


def shown(view) -> list[str]:
    return [view.model.record(r).id for r in range(view.model.rowCount())]


def test_filters_and_order(view):
    assert view.filter.currentData() == "open"
    assert shown(view) == ["f-demo09", "f-demo11", "f-demo12", "f-demo13", "f-demo08"]
    view.set_filter("due")
    assert shown(view) == ["f-demo09", "f-demo11"]
    view.set_filter("done")
    assert len(shown(view)) == 8
    view.set_filter("all")
    assert len(shown(view)) == 13
    assert "overdue" in view.model.data(view.model.index(0, 1)) or view.model.record(0).done


def test_mark_done_snooze_and_delete(qtbot, window, view, answer):
    hub = window.hub
    today = hub.today()
    assert view.current().id == "f-demo09"  # the first row is chosen when the view opens
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    followup = hub.store.followups["f-demo09"]
    assert followup.done and followup.done_on == today
    assert hub.contact(followup.contact_id).last_interaction == today
    assert "f-demo09" not in shown(view)

    assert view.current().id == "f-demo11"  # the cursor stays on the same row
    qtbot.mouseClick(view.snooze_day, Qt.MouseButton.LeftButton)
    assert hub.store.followups["f-demo11"].due == today + timedelta(days=1)
    view.view.setCurrentIndex(view.model.index(shown(view).index("f-demo11"), 2))
    qtbot.mouseClick(view.snooze_week, Qt.MouseButton.LeftButton)
    assert hub.store.followups["f-demo11"].due == today + timedelta(days=8)

    view.view.setCurrentIndex(view.model.index(0, 2))
    gone = view.current().id
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert gone not in hub.store.followups
    window.actions_by_name["undo"].trigger()
    assert gone in hub.store.followups and gone in shown(view)


def test_opening_a_followup_goes_to_its_meeting_debrief(qtbot, window, view):
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert window.current_view() == "meeting"
    assert window.views["meeting"].meeting_id == "m-demo05"
    assert window.views["meeting"].current_step() == "debrief"


def test_with_no_follow_ups_the_hint_sits_under_the_filter(qtbot, window):
    window.resize(1180, 780)  # room to spare, as on a real screen
    window.show_view("followups")
    view = window.views["followups"]
    qtbot.wait(10)  # let the layout settle
    assert view.empty.isVisible()
    hint_top = view.empty.mapTo(view, QPoint(0, 0)).y()
    filter_bottom = view.filter.mapTo(view, QPoint(0, view.filter.height())).y()
    assert 0 < hint_top - filter_bottom < 60
    assert hint_top < view.height() // 4, "the filter and hint float down the page"


def test_a_follow_up_ticked_by_mistake_leaves_the_last_contact_as_it_was(qtbot, window, view):
    hub = window.hub
    followup = hub.store.followups["f-demo09"]
    contact = hub.contact(followup.contact_id)
    before = contact.last_interaction
    assert before is not None and before < hub.today()
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert contact.last_interaction == hub.today()
    view.set_filter("all")
    view.view.setCurrentIndex(view.model.index(shown(view).index("f-demo09"), 2))
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)  # untick
    assert not followup.done
    assert hub.contact(followup.contact_id).last_interaction == before
