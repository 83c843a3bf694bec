"""From a debrief to follow-ups; due dates, snoozing and marking done."""

from __future__ import annotations

from datetime import date

from twoway.core.records import Contact, Debrief, FollowUp, Meeting
from twoway.core.workflow.followups import (
    Due,
    due_state,
    followups_from_debrief,
    mark_done,
    mark_open,
    snooze,
)

TODAY = date(2026, 3, 10)


def debriefed(**fields) -> Meeting:
    meeting = Meeting(contact_id="c-1", format_id="minimastermind", id="m-abc")
    meeting.debrief = Debrief(**fields)
    return meeting


def test_debrief_makes_next_step_check_in_and_thanks():
    meeting = debriefed(
        next_step="Send Maya the pricing deck",
        next_step_due=date(2026, 3, 12),
        follow_up_on=date(2026, 3, 24),
    )
    changes = followups_from_debrief(meeting, "Maya Okafor", {}, TODAY)
    made = {f.text: f for f in changes.put}
    assert set(made) == {
        "Send Maya the pricing deck",
        "Follow up with Maya Okafor",
        "Send a thank-you note to Maya Okafor",
    }
    assert made["Send Maya the pricing deck"].due == date(2026, 3, 12)
    assert made["Follow up with Maya Okafor"].due == date(2026, 3, 24)
    assert made["Send a thank-you note to Maya Okafor"].due == TODAY
    assert all(f.contact_id == "c-1" and f.meeting_id == "m-abc" for f in changes.put)
    assert changes.delete == ()


def test_thanks_already_sent_makes_no_thank_you_follow_up():
    meeting = debriefed(thank_you_sent=True, follow_up_on=date(2026, 3, 24))
    changes = followups_from_debrief(meeting, "Maya", {}, TODAY)
    assert [f.text for f in changes.put] == ["Follow up with Maya"]


def test_saving_again_updates_instead_of_adding_copies():
    meeting = debriefed(next_step="Send the deck", next_step_due=date(2026, 3, 12))
    first = followups_from_debrief(meeting, "Maya", {}, TODAY)
    stored = {f.id: f for f in first.put}
    meeting.debrief.next_step_due = date(2026, 3, 13)
    meeting.debrief.thank_you_sent = True
    second = followups_from_debrief(meeting, "Maya", stored, TODAY)
    assert [(f.id, f.due) for f in second.put] == [
        (next(i for i, f in stored.items() if f.text == "Send the deck"), date(2026, 3, 13))
    ]
    assert len(second.delete) == 1 and "thank" in stored[second.delete[0]].text


def test_unchanged_debrief_changes_nothing():
    meeting = debriefed(next_step="Send the deck", thank_you_sent=True)
    first = followups_from_debrief(meeting, "Maya", {}, TODAY)
    again = followups_from_debrief(meeting, "Maya", {f.id: f for f in first.put}, TODAY)
    assert again.put == () and again.delete == ()


def test_done_follow_ups_are_never_touched():
    meeting = debriefed(next_step="Send the deck")
    [made] = [
        f
        for f in followups_from_debrief(meeting, "Maya", {}, TODAY).put
        if f.text == "Send the deck"
    ]
    mark_done(made, TODAY)
    meeting.debrief.next_step = "Send the deck and the notes"
    meeting.debrief.thank_you_sent = True
    changes = followups_from_debrief(meeting, "Maya", {made.id: made}, TODAY)
    assert changes.put == () and changes.delete == ()


def test_next_step_without_deadline_is_due_on_the_follow_up_date():
    meeting = debriefed(next_step="Call back", follow_up_on=date(2026, 4, 1), thank_you_sent=True)
    changes = followups_from_debrief(meeting, "Maya", {}, TODAY)
    assert {f.text: f.due for f in changes.put}["Call back"] == date(2026, 4, 1)


def test_due_states():
    def state(due: date, done: bool = False) -> Due:
        return due_state(FollowUp("x", due, done=done), TODAY)

    assert state(date(2026, 3, 9)) is Due.OVERDUE
    assert state(TODAY) is Due.TODAY
    assert state(date(2026, 3, 17)) is Due.SOON
    assert state(date(2026, 3, 18)) is Due.LATER
    assert state(date(2026, 3, 1), done=True) is Due.DONE


def test_snooze_counts_from_today_when_overdue():
    overdue = FollowUp("x", date(2026, 3, 1))
    snooze(overdue, TODAY, days=1)
    assert overdue.due == date(2026, 3, 11)
    later = FollowUp("x", date(2026, 3, 20))
    snooze(later, TODAY, days=7)
    assert later.due == date(2026, 3, 27)


def test_done_moves_the_contacts_last_interaction_forward_only():
    contact = Contact("Maya", last_interaction=date(2026, 3, 1))
    followup = FollowUp("x", TODAY)
    assert mark_done(followup, TODAY, contact) is contact
    assert contact.last_interaction == TODAY
    assert followup.done and followup.done_on == TODAY
    newer = Contact("Tom", last_interaction=date(2026, 3, 20))
    assert mark_done(FollowUp("y", TODAY), TODAY, newer) is None
    assert newer.last_interaction == date(2026, 3, 20)
    mark_open(followup)
    assert not followup.done and followup.done_on is None


def test_a_tick_taken_back_gives_the_contact_its_last_interaction_back():
    contact = Contact("Priya", last_interaction=date(2026, 2, 28))
    followup = FollowUp("x", TODAY)
    mark_done(followup, TODAY, contact)
    assert contact.last_interaction == TODAY
    assert mark_open(followup, (contact, date(2026, 2, 28))) is contact
    assert contact.last_interaction == date(2026, 2, 28)
    # Unless something moved it on since: a talk logged later that day stays counted.
    mark_done(followup, TODAY, contact)
    contact.last_interaction = date(2026, 3, 11)
    assert mark_open(followup, (contact, date(2026, 2, 28))) is None
    assert contact.last_interaction == date(2026, 3, 11)
