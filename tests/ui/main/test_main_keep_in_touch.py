"""Keep in touch: a cadence per contact, who is due on Today and in the tray, and a talk
log on the contact's page that counts as being in touch."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from twoway.core.records import Contact, Meeting
from twoway.ui.main.common import to_qdate


def add(window, name: str, *, days_ago: int | None, cadence: int = 0) -> Contact:
    today = window.hub.today()
    last = None if days_ago is None else today - timedelta(days=days_ago)
    contact = Contact(name=name, last_interaction=last, keep_in_touch_days=cadence)
    window.hub.put_contact(contact)
    return contact


def test_choosing_a_cadence_puts_an_overdue_contact_on_today(qtbot, window):
    maya = add(window, "Maya Okafor", days_ago=40)
    window.open_contact(maya.id)
    box = window.views["contacts"].detail.keep_in_touch
    today = window.views["today"]
    assert not today.reconnect_due()
    box.cadence.setCurrentIndex(box.cadence.findText("Every month"))
    assert window.hub.contact(maya.id).keep_in_touch_days == 30
    window.show_view("today")
    assert today.reconnect.isVisible() and "Maya Okafor" in today.reconnect.text()
    today.reconnect.linkActivated.emit(maya.id)
    assert window.current_view() == "contacts"
    assert window.views["contacts"].detail.contact_id == maya.id


def test_logging_a_talk_is_shown_and_ends_the_reminder(qtbot, window):
    maya = add(window, "Maya Okafor", days_ago=40, cadence=14)
    window.open_contact(maya.id)
    box = window.views["contacts"].detail.keep_in_touch
    assert not box.talks.isVisible()
    box.day.setDate(to_qdate(window.hub.today() - timedelta(days=1)))
    box.kind.setCurrentIndex(box.kind.findText("Coffee"))
    qtbot.keyClicks(box.note, "Pricing, and her new team")
    qtbot.mouseClick(box.log_button, Qt.MouseButton.LeftButton)
    stored = window.hub.contact(maya.id)
    assert [(t.kind, t.note) for t in stored.talks] == [("coffee", "Pricing, and her new team")]
    assert stored.last_interaction == window.hub.today() - timedelta(days=1)
    assert (
        box.talks.count() == 1 and "Coffee · Pricing, and her new team" in box.talks.item(0).text()
    )
    assert window.views["today"].reconnect_due() == []


def test_a_meeting_held_ends_the_reminder(window, context):
    maya = add(window, "Maya Okafor", days_ago=40, cadence=14)
    assert [d.contact.id for d in window.views["today"].reconnect_due()] == [maya.id]
    meeting = Meeting(contact_id=maya.id, format_id="minimastermind")
    window.hub.put_meeting(meeting)
    window.start_meeting(meeting.id)
    context.meeting.end()
    assert window.views["today"].reconnect_due() == []
