"""The messages on the meeting page: the request follows the plan until it is edited by
hand, and the reply declining a meeting is kept, offers only a shorter call and can be
copied or mailed once there is one."""

from __future__ import annotations

import tomllib

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from twoway.core.records import Contact
from twoway.core.store import Store
from twoway.core.store.layout import MEETING
from twoway.ui.main.profile import long_datetime_text


@pytest.fixture
def maya(window):
    contact = Contact(name="Maya Okafor", emails=["maya@studiolumen.example"])
    window.hub.put_contact(contact)
    return contact


@pytest.fixture
def mails(monkeypatch) -> list[QUrl]:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    return opened


def proposal(text: str) -> list[str]:
    return [line for line in text.splitlines() if "suit you?" in line]


def test_the_request_follows_a_new_date_and_format_from_the_plan(qtbot, window, maya, mails):
    meeting_id = window.plan_meeting(maya.id)
    view = window.views["meeting"]
    plan, request = view.plan, view.request
    plan.has_time.setChecked(True)
    first_time = long_datetime_text(window.hub.meeting(meeting_id).scheduled)
    view.tabs.setCurrentIndex(1)
    qtbot.keyClicks(request.intent, "hear how you priced your first product line")
    assert proposal(request.preview.toPlainText()) == [
        f"Would {first_time} suit you? If not, name a time that does."
    ]

    view.tabs.setCurrentIndex(0)
    plan.when.setDateTime(plan.when.dateTime().addDays(2))
    plan.format_box.setCurrentIndex(plan.formats.row_of("twenty-minute"))
    new_time = long_datetime_text(window.hub.meeting(meeting_id).scheduled)
    assert new_time != first_time
    # Copied from the menu while still on Plan, the message has the new time already.
    window.menus.update_enabled()
    window.actions_by_name["copy-request"].trigger()
    assert proposal(QGuiApplication.clipboard().text()) == [
        f"Would {new_time} suit you? If not, name a time that does."
    ]
    view.tabs.setCurrentIndex(1)

    text = request.preview.toPlainText()
    assert proposal(text) == [f"Would {new_time} suit you? If not, name a time that does."]
    assert first_time not in text
    assert "It will take 20 minutes" in text
    assert "hear how you priced your first product line" in text
    assert not request.edited_note.isVisibleTo(view)  # nothing was edited by hand
    assert not request.rebuild.isEnabled()

    qtbot.mouseClick(request.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text
    qtbot.mouseClick(request.mail, Qt.MouseButton.LeftButton)
    [url] = mails
    assert QUrl.fromPercentEncoding(url.toString().encode()).count(new_time) == 1
    assert window.hub.meeting(meeting_id).request.message == text  # kept as it was sent


def test_a_hand_edit_of_the_request_is_kept_when_the_plan_changes(
    qtbot, window, maya, paths, clock
):
    meeting_id = window.plan_meeting(maya.id)
    view = window.views["meeting"]
    plan, request = view.plan, view.request
    plan.has_time.setChecked(True)
    view.tabs.setCurrentIndex(1)
    qtbot.keyClicks(request.intent, "hear how you priced your first product line")
    request.preview.moveCursor(request.preview.textCursor().MoveOperation.End)
    qtbot.keyClick(request.preview, Qt.Key.Key_Return)
    qtbot.keyClicks(request.preview, "P.S. Congratulations on the launch!")
    by_hand = request.preview.toPlainText()

    view.tabs.setCurrentIndex(0)
    plan.when.setDateTime(plan.when.dateTime().addDays(2))
    view.tabs.setCurrentIndex(1)

    assert request.preview.toPlainText() == by_hand
    assert request.edited_note.isVisibleTo(view) and request.rebuild.isEnabled()

    # Saved, the message is still known as edited by hand when read back.
    window.hub.save_now()
    saved = tomllib.loads(MEETING.path(paths.root, meeting_id).read_text("utf-8"))
    assert saved["request"]["message"] == by_hand
    assert saved["request"]["composed"] not in ("", by_hand)
    again = Store.open(paths, clock, cache_file=None)
    try:
        assert again.meetings[meeting_id].request == window.hub.meeting(meeting_id).request
    finally:
        again.close()

    qtbot.mouseClick(request.rebuild, Qt.MouseButton.LeftButton)
    new_time = long_datetime_text(window.hub.meeting(meeting_id).scheduled)
    assert proposal(request.preview.toPlainText()) == [
        f"Would {new_time} suit you? If not, name a time that does."
    ]
    assert not request.edited_note.isVisibleTo(view)


def test_the_decline_message_is_kept_across_tabs_and_saved(qtbot, window, maya, paths):
    meeting_id = window.plan_meeting(maya.id)
    view = window.views["meeting"]
    plan = view.plan
    qtbot.mouseClick(plan.write_no, Qt.MouseButton.LeftButton)
    plan.decline_text.moveCursor(plan.decline_text.textCursor().MoveOperation.End)
    qtbot.keyClicks(plan.decline_text, " Maybe in the autumn?")
    written = plan.decline_text.toPlainText()
    assert written.startswith("Hello Maya,") and written.endswith("Maybe in the autumn?")

    view.tabs.setCurrentIndex(1)
    view.tabs.setCurrentIndex(0)

    assert plan.decline_text.isVisibleTo(view)
    assert plan.decline_text.toPlainText() == written
    window.show_view("today")
    window.open_meeting(meeting_id, "plan")
    assert plan.decline_text.toPlainText() == written
    window.hub.save_now()
    saved = tomllib.loads(MEETING.path(paths.root, meeting_id).read_text("utf-8"))
    assert saved["request"]["decline_message"] == written


def test_a_meeting_with_no_decline_message_shows_none(qtbot, window, maya):
    first = window.plan_meeting(maya.id)
    plan = window.views["meeting"].plan
    qtbot.mouseClick(plan.write_no, Qt.MouseButton.LeftButton)
    window.plan_meeting(maya.id)
    assert not plan.decline_text.isVisibleTo(window) and plan.decline_text.toPlainText() == ""
    window.open_meeting(first, "plan")
    assert "say no to a call for now" in plan.decline_text.toPlainText()


@pytest.mark.parametrize(("format_id", "offered"), [("twenty-minute", 15), ("coffee-chat", 15)])
def test_a_shorter_call_is_shorter_than_the_meeting(qtbot, window, maya, format_id, offered):
    window.plan_meeting(maya.id)
    plan = window.views["meeting"].plan
    plan.format_box.setCurrentIndex(plan.formats.row_of(format_id))
    assert plan.write_shorter.isEnabled()
    qtbot.mouseClick(plan.write_shorter, Qt.MouseButton.LeftButton)
    assert f"I could do a focused {offered} minutes" in plan.decline_text.toPlainText()


def test_no_shorter_call_is_offered_for_the_shortest_format(qtbot, window, maya):
    window.plan_meeting(maya.id)  # a Minimastermind, 15 minutes: the shortest there is
    plan = window.views["meeting"].plan
    assert not plan.write_shorter.isEnabled()
    assert "shorter" in plan.write_shorter.toolTip()
    qtbot.mouseClick(plan.write_shorter, Qt.MouseButton.LeftButton)
    assert plan.decline_text.toPlainText() == ""
    plan.format_box.setCurrentIndex(plan.formats.row_of("coffee-chat"))
    assert plan.write_shorter.isEnabled() and plan.write_shorter.toolTip() == ""


def test_the_decline_can_be_copied_or_mailed_only_once_written(qtbot, window, maya, mails):
    window.plan_meeting(maya.id)
    plan = window.views["meeting"].plan
    assert not plan.copy_decline.isEnabled() and not plan.mail_decline.isEnabled()
    qtbot.mouseClick(plan.mail_decline, Qt.MouseButton.LeftButton)
    assert mails == []

    qtbot.mouseClick(plan.write_no, Qt.MouseButton.LeftButton)
    assert plan.copy_decline.isEnabled() and plan.mail_decline.isEnabled()
    qtbot.mouseClick(plan.copy_decline, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == plan.decline_text.toPlainText() != ""

    plan.decline_text.selectAll()
    qtbot.keyClick(plan.decline_text, Qt.Key.Key_Delete)
    assert not plan.copy_decline.isEnabled() and not plan.mail_decline.isEnabled()


def test_a_sent_request_keeps_the_text_as_sent_when_the_plan_changes(qtbot, window, maya):
    meeting_id = window.plan_meeting(maya.id)
    view = window.views["meeting"]
    plan, request = view.plan, view.request
    plan.has_time.setChecked(True)
    sent_time = long_datetime_text(window.hub.meeting(meeting_id).scheduled)
    view.tabs.setCurrentIndex(1)
    qtbot.keyClicks(request.intent, "hear how you priced your first product line")
    request.sent.setChecked(True)
    sent_text = request.preview.toPlainText()
    assert proposal(sent_text) == [f"Would {sent_time} suit you? If not, name a time that does."]

    view.tabs.setCurrentIndex(0)  # they answered with another day
    plan.when.setDateTime(plan.when.dateTime().addDays(2))
    new_time = long_datetime_text(window.hub.meeting(meeting_id).scheduled)
    view.tabs.setCurrentIndex(1)
    assert request.preview.toPlainText() == sent_text  # the message as it went out
    assert not request.edited_note.isVisible() and not request.rebuild.isEnabled()
    request.copy_message()
    assert QGuiApplication.clipboard().text() == sent_text
    assert window.hub.meeting(meeting_id).request.message == sent_text

    request.sent.setChecked(False)  # not sent after all: it follows the plan again
    assert proposal(request.preview.toPlainText()) == [
        f"Would {new_time} suit you? If not, name a time that does."
    ]
