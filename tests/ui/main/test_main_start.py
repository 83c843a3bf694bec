"""Getting going from the window: starting a meeting now, planning one, seeing the one
running, actions enabled only when they can act, and a new contact named before it exists."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from twoway.core.records import Contact, Meeting, MeetingStatus
from twoway.demo_data import seed_demo
from twoway.ui.main import common
from twoway.ui.meeting import MeetingInfo


@pytest.fixture
def named(monkeypatch):
    """Answers the next "name?" questions; an empty answer is a cancel."""
    answers: list[str] = []
    monkeypatch.setattr(common, "ask_text", lambda parent, title, label: answers.pop(0))
    return answers


def add_contact(window, name: str) -> Contact:
    contact = Contact(name=name)
    window.hub.put_contact(contact)
    return contact


def test_start_a_meeting_now_with_a_format_and_a_contact(qtbot, window, context):
    maya = add_contact(window, "Maya Okafor")
    box = window.views["today"].start_box
    box.format_box.setCurrentIndex(box.format_box.findData("coffee-chat"))
    box.contact_box.setCurrentIndex(box.contact_box.findData(maya.id))
    qtbot.mouseClick(box.start_button, Qt.MouseButton.LeftButton)
    assert context.meeting.active
    assert context.meeting.session.format.id == "coffee-chat"
    assert context.meeting.info.contact_name == "Maya Okafor"
    meeting = window.hub.meeting(context.meeting.info.meeting_id)
    assert meeting is not None and meeting.contact_id == maya.id  # kept while it runs
    assert window.views["meeting"].current_step() == "run"
    assert not box.start_button.isEnabled()  # one meeting at a time
    context.meeting.end()
    assert box.start_button.isEnabled()


def test_start_now_without_a_contact(qtbot, window, context):
    box = window.views["today"].start_box
    assert box.contact_box.currentText() == "No contact"
    qtbot.mouseClick(box.start_button, Qt.MouseButton.LeftButton)
    assert context.meeting.active
    assert context.meeting.info.contact_name == ""
    assert context.meeting.session.format.id == context.meetings.default_format().id


def test_plan_a_meeting_from_today_opens_its_plan(qtbot, window):
    maya = add_contact(window, "Maya Okafor")
    box = window.views["today"].start_box
    box.contact_box.setCurrentIndex(box.contact_box.findData(maya.id))
    qtbot.mouseClick(box.plan_button, Qt.MouseButton.LeftButton)
    view = window.views["meeting"]
    assert window.current_view() == "meeting" and view.current_step() == "plan"
    assert window.hub.meeting(view.meeting_id).contact_id == maya.id


def test_a_new_contact_shows_up_in_the_start_box(window):
    box = window.views["today"].start_box
    add_contact(window, "Zoe Brandt")
    assert [box.contact_box.itemText(i) for i in range(box.contact_box.count())] == [
        "No contact",
        "Zoe Brandt",
    ]


def test_the_meeting_menu_quick_starts_every_format(window, context):
    menu = window.quick_menu
    menu.aboutToShow.emit()
    labels = [a.text() for a in menu.actions()]
    assert len(labels) == len(context.formats.formats)
    assert any(label.startswith("30-minute coffee chat (") for label in labels)
    menu.actions()[0].trigger()
    assert context.meeting.active
    assert not menu.isEnabled()  # no second meeting while one runs


def test_a_running_meeting_shows_on_today_with_its_live_phase(qtbot, window, context, clock):
    today = window.views["today"]
    assert not today.running_box.isVisible()
    context.meetings.start(context.meetings.default_format(), MeetingInfo(contact_name="Ana Ruiz"))
    qtbot.waitUntil(lambda: today.running_box.isVisible())
    first = today.running_box.label.text()
    assert "with Ana Ruiz" in first and "left" in first
    clock.advance(30)
    context.meeting.tick()
    assert today.running_box.label.text() != first  # the time left moves on
    context.meeting.next_phase()
    second_phase = context.meeting.session.phase.title
    assert second_phase in today.running_box.label.text()
    # Started from the command line, it has no page of its own: the overlay is the way.
    context.placement.hide()
    qtbot.mouseClick(today.running_box.go_button, Qt.MouseButton.LeftButton)
    assert context.overlay.isVisible()
    context.meeting.end()
    assert not today.running_box.isVisible()


def test_go_to_the_meeting_opens_its_run_step(qtbot, window, context):
    seed_demo(window.hub.store, window.hub.now())
    window.hub.reset.emit()
    today = window.views["today"]
    qtbot.mouseClick(today.start_button, Qt.MouseButton.LeftButton)
    window.show_view("today")
    assert today.next_title.text() != ""
    assert today.next_meeting_id() != context.meeting.info.meeting_id  # not "next" any more
    qtbot.mouseClick(today.running_box.go_button, Qt.MouseButton.LeftButton)
    assert window.current_view() == "meeting"
    assert window.views["meeting"].meeting_id == context.meeting.info.meeting_id
    assert window.views["meeting"].current_step() == "run"


def test_actions_are_disabled_with_nothing_to_act_on(window):
    actions = window.actions_by_name
    for name in ("last-debrief", "save-debrief", "copy-request", "start-next", "start-this"):
        assert not actions[name].isEnabled(), name
    assert not actions["end"].isEnabled()


def test_start_next_is_enabled_once_a_meeting_is_planned(window):
    window.plan_meeting("")
    assert window.actions_by_name["start-next"].isEnabled()
    assert window.actions_by_name["copy-request"].isEnabled()  # a request to copy
    assert not window.actions_by_name["save-debrief"].isEnabled()  # not held yet


def test_debrief_actions_follow_a_held_meeting(window, context):
    meeting = Meeting(contact_id="", format_id=context.meetings.default_format().id)
    window.hub.put_meeting(meeting)
    assert not window.actions_by_name["last-debrief"].isEnabled()
    window.start_meeting(meeting.id)
    context.meeting.end()
    assert window.actions_by_name["last-debrief"].isEnabled()
    window.open_meeting(meeting.id, "plan")
    assert window.actions_by_name["save-debrief"].isEnabled()
    window.actions_by_name["save-debrief"].trigger()
    assert window.hub.meeting(meeting.id).debrief.completed
    assert window.views["meeting"].current_step() == "debrief"


def test_a_meeting_marked_done_by_hand_can_be_debriefed(window, context):
    meeting = Meeting(contact_id="", format_id=context.meetings.default_format().id)
    meeting.status = MeetingStatus.DONE
    window.hub.put_meeting(meeting)
    window.open_meeting(meeting.id, "plan")
    assert window.actions_by_name["save-debrief"].isEnabled()


def test_new_contact_asks_for_a_name_first(window, named):
    named.append("")
    window.actions_by_name["new-contact"].trigger()
    assert window.hub.store.contacts == {}  # cancelled: nothing made
    named.append("Zoe Brandt")
    window.actions_by_name["new-contact"].trigger()
    assert [c.name for c in window.hub.store.contacts.values()] == ["Zoe Brandt"]
    view = window.views["contacts"]
    assert view.detail.fields["name"].text() == "Zoe Brandt"
    assert view.detail.fields["company"].hasFocus()
