"""Insights: figures overall and per format or contact, and the chart of recent runs."""

from __future__ import annotations

import pytest

from twoway.core.workflow import insights as calc
from twoway.demo_data import seed_demo


@pytest.fixture
def view(window, store, clock):
    seed_demo(store, clock.wall())
    window.hub.reset.emit()
    window.show_view("insights")
    return window.views["insights"]


def test_figures_follow_the_records(view, window):
    hub = window.hub
    expected = calc.compute(hub.store.meetings.values(), hub.store.followups.values(), hub.today())
    assert view.held.value.text() == str(expected.meetings) == "7"
    assert view.balance.value.text() == f"{round(expected.their_share * 100)} %"
    assert view.on_time.value.text().endswith(
        f"({expected.followups_on_time} of {expected.followups_counted})"
    )
    assert len(view.chart.bars) == 7
    assert "slot 15 min" in view.chart.describe()


def test_scope_narrows_to_a_format_or_contact(view):
    view.scope.setCurrentIndex(view.scope.findData("format:twenty-minute"))
    assert view.held.value.text() == "2"
    assert len(view.chart.bars) == 2
    view.scope.setCurrentIndex(view.scope.findData("contact:c-demo05"))  # Priya
    assert view.held.value.text() == "1"
    assert view.over_slot.value.text() == "1 of 1"


def test_comparison_table_by_format_and_by_contact(view):
    model = view.table_model
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == [
        "Minimastermind",
        "20-minute networking meeting",
        "30-minute coffee chat",
    ]
    view.group.setCurrentIndex(view.group.findData("contact"))
    assert model.rowCount() == 7
    assert model.data(model.index(0, 1)) == "1"


def test_new_run_updates_the_insights(view, window, context, clock):
    meeting_id = window.plan_meeting("c-demo02")
    window.start_meeting(meeting_id)
    for _ in range(20):
        clock.advance(5)
        context.meeting.tick()
    context.meeting.end()
    window.show_view("insights")
    assert view.held.value.text() == "8"
