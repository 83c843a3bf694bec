"""A meeting's date is told the same everywhere: held ones when they were held, planned
ones when they are planned."""

from __future__ import annotations

from datetime import timedelta

from twoway.core.records import Contact, Meeting
from twoway.ui.main.common import date_text, datetime_text
from twoway.ui.main.models.contacts import ContactsModel
from twoway.ui.main.models.meetings import MeetingsModel
from twoway.ui.meeting import MeetingInfo


def test_planned_for_tomorrow_held_today_says_today_everywhere(window, context, clock):
    maya = Contact(name="Maya Okafor")
    window.hub.put_contact(maya)
    planned_for = clock.wall() + timedelta(days=1)
    meeting = Meeting(contact_id=maya.id, format_id="minimastermind", scheduled=planned_for)
    window.hub.put_meeting(meeting)
    held_at = clock.wall()
    assert window.start_meeting(meeting.id)
    clock.advance(120)
    context.meeting.end()
    today_text = datetime_text(held_at)
    assert today_text != datetime_text(planned_for)

    view = window.views["meeting"]
    window.open_meeting(meeting.id, "debrief")
    assert today_text in view.subtitle.text()  # the debrief's header

    window.views["meeting"].debrief.save_debrief()
    window.open_contact(maya.id)
    history = window.views["contacts"].detail.meetings_model
    assert history.data(history.index(0, MeetingsModel.WHEN)) == today_text
    contacts = window.views["contacts"].model
    row = contacts.row_of(maya.id)
    assert contacts.data(contacts.index(row, ContactsModel.LAST)) == date_text(
        held_at.astimezone().date(), window.hub.today()
    )
    window.show_view("insights")
    bars = window.views["insights"].chart.bars
    assert [bar.started for bar in bars] == [held_at]


def test_a_debrief_written_days_later_keeps_the_day_it_was_held(window, context, clock):
    maya = Contact(name="Maya Okafor")
    window.hub.put_contact(maya)
    meeting = Meeting(contact_id=maya.id, format_id="minimastermind")
    window.hub.put_meeting(meeting)
    held_on = clock.wall().astimezone().date()
    window.start_meeting(meeting.id)
    context.meeting.end()
    clock.advance(3 * 86400)
    window.open_meeting(meeting.id, "debrief")
    window.views["meeting"].debrief.save_debrief()
    assert window.hub.contact(maya.id).last_interaction == held_on


def test_the_demo_meeting_is_named_after_its_format_not_its_id(window, context):
    from twoway.demo import demo_format

    context.meetings.start(demo_format(), MeetingInfo(contact_name="Maya Okafor"))
    context.meeting.end()
    meeting = next(iter(window.hub.store.meetings.values()))
    window.open_meeting(meeting.id, "debrief")
    subtitle = window.views["meeting"].subtitle.text()
    assert subtitle.startswith("Demo: a Minimastermind in fast motion · ")


def test_a_meeting_from_another_year_says_which_year(window, clock):
    maya = Contact(name="Maya Okafor")
    window.hub.put_contact(maya)
    last_year = clock.wall() - timedelta(days=365)
    meeting = Meeting(contact_id=maya.id, format_id="minimastermind", scheduled=last_year)
    window.hub.put_meeting(meeting)
    year = str(last_year.astimezone().year)
    assert year in datetime_text(last_year, window.hub.today())
    assert year not in datetime_text(clock.wall(), window.hub.today())
    window.open_contact(maya.id)
    history = window.views["contacts"].detail.meetings_model
    assert year in history.data(history.index(0, MeetingsModel.WHEN))
    window.open_meeting(meeting.id, "plan")
    assert year in window.views["meeting"].subtitle.text()
