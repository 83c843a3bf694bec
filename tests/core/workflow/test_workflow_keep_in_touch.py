"""Keep in touch: cadences per contact and per tag, who is due, and talks logged."""

from __future__ import annotations

from datetime import date, timedelta

from twoway.core.records import Contact, Talk, TalkKind
from twoway.core.workflow.keep_in_touch import (
    cadence_from_tags,
    cadence_of,
    due_to_reconnect,
    log_talk,
)

TODAY = date(2026, 12, 7)


def contact(name: str, days: int = 0, last_days_ago: int | None = None, tags=()) -> Contact:
    last = None if last_days_ago is None else TODAY - timedelta(days=last_days_ago)
    return Contact(name=name, keep_in_touch_days=days, last_interaction=last, tags=list(tags))


def test_who_is_due_longest_overdue_first():
    maya = contact("Maya", 14, last_days_ago=20)  # due 6 days ago
    tom = contact("Tom", 30, last_days_ago=30)  # due today
    ana = contact("Ana", 30, last_days_ago=10)  # not yet
    rui = contact("Rui", 14)  # never met: due now
    nobody = contact("Lena", 0, last_days_ago=400)  # no cadence: never due
    due = due_to_reconnect([ana, tom, rui, nobody, maya], TODAY)
    assert [d.contact.name for d in due] == ["Maya", "Rui", "Tom"]
    assert due[0].due_on == TODAY - timedelta(days=6)


def test_a_tag_gives_a_cadence_unless_the_contact_has_one():
    tags = {"mentor": 30, "investor": 91}
    both = contact("Ines", tags=["Mentor", "investor"])
    assert cadence_of(both, tags) == 30  # the shortest; tags match whatever their case
    own = contact("Ines", days=14, tags=["mentor"])
    assert cadence_of(own, tags) == 14
    assert cadence_of(contact("Tom", tags=["friend"]), tags) == 0


def test_the_tag_that_gives_a_contact_their_cadence_is_named_as_they_spell_it():
    tags = {"mentor": 30, "investor": 91}
    assert cadence_from_tags(contact("Ines", tags=["Investor", "Mentor"]), tags) == (30, "Mentor")
    assert cadence_from_tags(contact("Tom", tags=["friend"]), tags) == (0, "")
    assert cadence_from_tags(contact("Tom", tags=["mentor"]), None) == (0, "")


def test_a_tag_cadence_makes_a_contact_without_their_own_due():
    tags = {"investor": 30}
    ines = contact("Ines", last_days_ago=40, tags=["Investor"])
    rui = contact("Rui", 91, last_days_ago=40, tags=["investor"])  # their own comes first
    tom = contact("Tom", last_days_ago=40, tags=["friend"])
    due = due_to_reconnect([ines, rui, tom], TODAY, tags)
    assert [(d.contact.name, d.cadence_days) for d in due] == [("Ines", 30)]
    assert due_to_reconnect([ines, rui, tom], TODAY) == []  # without tag cadences: nobody


def test_a_talk_logged_counts_as_an_interaction_and_ends_the_reminder():
    maya = contact("Maya", 14, last_days_ago=20)
    log_talk(maya, Talk(TODAY - timedelta(days=1), TalkKind.COFFEE, "Pricing chat"), TODAY)
    assert maya.last_interaction == TODAY - timedelta(days=1)
    assert due_to_reconnect([maya], TODAY) == []
    log_talk(maya, Talk(TODAY - timedelta(days=30), TalkKind.NOTE, "Older note"), TODAY)
    assert [t.note for t in maya.talks] == ["Older note", "Pricing chat"]  # by date
    assert maya.last_interaction == TODAY - timedelta(days=1)  # an older talk moves nothing
    log_talk(maya, Talk(TODAY + timedelta(days=5), TalkKind.CALL), TODAY)
    assert maya.last_interaction == TODAY  # a future date counts from today
