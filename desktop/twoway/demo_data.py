"""Demo records: a believable few weeks of networking, for `--demo` and the screenshots.

Everyone here is made up. Times are relative to `now`, so Today always has something
coming up, something due and a debrief waiting. Runs are produced by the real meeting
engine on a fake clock, so their times add up exactly as a real meeting's would.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime, timedelta

from twoway.core.clock import FakeClock
from twoway.core.formats import Format, builtin_formats
from twoway.core.marks import QT_TRANSLATE_NOOP
from twoway.core.records import (
    Agenda,
    AgendaItem,
    Contact,
    Debrief,
    Fit,
    FollowUp,
    Meeting,
    MeetingStatus,
    Request,
)
from twoway.core.session import Session
from twoway.core.workflow.prep import default_template, prep_from_template, suggested_cues
from twoway.demo_people import AGENDA, PEOPLE

TICK_S = 5.0


def _contacts() -> dict[str, Contact]:
    contacts = {}
    for index, (name, company, role, email, tags, met, offers, needs, notes) in enumerate(PEOPLE):
        contact = Contact(
            name=name,
            id=f"c-demo{index:02d}",
            company=company,
            role=role,
            emails=[email],
            tags=tags,
            met_how=met,
            offers=offers,
            needs=needs,
            notes=notes,
        )
        contacts[name.split()[0]] = contact
    return contacts


def run_record(fmt: Format, started: datetime, phase_minutes: list[float]) -> dict:
    """The run record of a meeting whose phases took these many minutes each."""
    clock = FakeClock(start=started)
    session = Session(fmt, clock, rebalance_on_next=False)
    session.start()
    for number, minutes in enumerate(phase_minutes):
        for _ in range(round(minutes * 60 / TICK_S)):
            clock.advance(TICK_S)
            session.tick()
        if number < len(phase_minutes) - 1:
            session.next_phase()
    session.end()
    return session.record().to_dict()


def _quarter(moment: datetime) -> datetime:
    """A moment rounded down to the quarter hour, as people schedule."""
    moment = moment.astimezone()
    return moment.replace(minute=moment.minute - moment.minute % 15, second=0, microsecond=0)


def localized(record, translate: Callable[[str], str]):
    """The record with its texts in the user's language, changed in place.

    Every text is looked up; names, addresses and ids have no translation and stay as
    they are. Choices (a meeting's status) and the timer's run record are left alone.
    """
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        if type(value) is str:
            setattr(record, field.name, translate(value))
        elif isinstance(value, list):
            setattr(record, field.name, [_localized_value(v, translate) for v in value])
        elif dataclasses.is_dataclass(value):
            localized(value, translate)
    return record


def _localized_value(value, translate: Callable[[str], str]):
    if type(value) is str:
        return translate(value)
    return localized(value, translate) if dataclasses.is_dataclass(value) else value


class _Localizing:
    """The store, with each record's texts put in the user's language on its way in."""

    def __init__(self, store, translate: Callable[[str], str]) -> None:
        self._store, self._translate = store, translate

    def set_agenda(self, agenda: Agenda) -> None:
        self._store.set_agenda(localized(agenda, self._translate))

    def put_contact(self, contact: Contact) -> None:
        self._store.put_contact(localized(contact, self._translate))

    def put_meeting(self, meeting: Meeting) -> None:
        self._store.put_meeting(localized(meeting, self._translate))

    def put_followup(self, followup: FollowUp) -> None:
        self._store.put_followup(localized(followup, self._translate))

    def __getattr__(self, name: str):
        return getattr(self._store, name)  # reading and saving, as they are


def seed_demo(store, now: datetime, translate: Callable[[str], str] = str) -> None:
    """Fill an empty store with the demo records and save them.

    `translate` puts the demo's texts in the user's language (they are marked in the
    "Demo" context); by default they stay English.
    """
    store = _Localizing(store, translate)
    today = now.astimezone().date()
    formats = {fmt.id: fmt for fmt in builtin_formats()}
    people = _contacts()
    store.set_agenda(
        Agenda(
            goal=AGENDA.goal,
            needs=[AgendaItem(i.text, done=i.done) for i in AGENDA.needs],
            offers=[AgendaItem(i.text, done=i.done) for i in AGENDA.offers],
        )
    )
    for contact in people.values():
        store.put_contact(contact)

    def local(days: int, hour: int) -> datetime:
        day = today + timedelta(days=days)
        return datetime(day.year, day.month, day.day, hour).astimezone()

    def held(
        who: str,
        format_id: str,
        when: datetime,
        phases: list[float],
        debrief: Debrief | None,
        number: int,
    ) -> Meeting:
        meeting = Meeting(
            contact_id=people[who].id if who else "",
            format_id=format_id,
            id=f"m-demo{number:02d}",
            scheduled=when,
            status=MeetingStatus.DONE,
            prep=prep_from_template(default_template()),
        )
        for item in meeting.prep.items[:8]:
            item.done = True
        meeting.run = run_record(formats[format_id], when, phases)
        if debrief is not None:
            meeting.debrief = debrief
        store.put_meeting(meeting)
        return meeting

    mm, twenty, coffee = "minimastermind", "twenty-minute", "coffee-chat"
    held(
        "Lena",
        mm,
        local(-40, 9),
        [5.2, 5.6, 1.1, 0.9],
        Debrief(
            value_for_me=QT_TRANSLATE_NOOP(
                "Demo", "Two names of research leads who moved over from analytics."
            ),
            value_for_them=QT_TRANSLATE_NOOP("Demo", "Three speaker ideas for the autumn season."),
            exchanged=QT_TRANSLATE_NOOP(
                "Demo", "Inês Duarte at Fernhill; the shopper-panel newsletter."
            ),
            fit=Fit.REFERRAL,
            next_step=QT_TRANSLATE_NOOP("Demo", "Ask Inês for a short call, mentioning Lena"),
            next_step_due=today - timedelta(days=36),
            follow_up_on=today - timedelta(days=30),
            thank_you_sent=True,
            completed=True,
        ),
        1,
    )
    held(
        "Tom",
        coffee,
        local(-33, 12),
        [3, 12, 10, 3.5],
        Debrief(
            value_for_me=QT_TRANSLATE_NOOP(
                "Demo",
                "Straight feedback on the case study: lead with the decision, not the model.",
            ),
            value_for_them=QT_TRANSLATE_NOOP(
                "Demo", "Where to find analysts who can talk to buyers."
            ),
            exchanged=QT_TRANSLATE_NOOP("Demo", "Two candidate names for his team."),
            fit=Fit.REFERRAL,
            next_step=QT_TRANSLATE_NOOP("Demo", "Send Tom the two candidates' profiles"),
            next_step_due=today - timedelta(days=30),
            follow_up_on=today - timedelta(days=19),
            thank_you_sent=True,
            completed=True,
        ),
        2,
    )
    held(
        "Inês",
        twenty,
        local(-26, 8),
        [4.6, 14.1, 2.3],
        Debrief(
            value_for_me=QT_TRANSLATE_NOOP(
                "Demo", "How Fernhill hires into research, and that the autumn round opens in June."
            ),
            value_for_them=QT_TRANSLATE_NOOP("Demo", "An outline for testing two pack sizes."),
            exchanged=QT_TRANSLATE_NOOP("Demo", "Priya Raman at Kestrel; the A/B test outline."),
            fit=Fit.COLLABORATION,
            next_step=QT_TRANSLATE_NOOP("Demo", "Send Inês the A/B test outline"),
            next_step_due=today - timedelta(days=23),
            follow_up_on=today - timedelta(days=5),
            thank_you_sent=True,
            completed=True,
        ),
        3,
    )
    held(
        "Ana",
        mm,
        local(-19, 16),
        [6, 5, 1.5, 1],
        Debrief(
            value_for_me=QT_TRANSLATE_NOOP(
                "Demo", "A better way to word price questions in surveys."
            ),
            value_for_them=QT_TRANSLATE_NOOP("Demo", "Two retail leads."),
            exchanged=QT_TRANSLATE_NOOP("Demo", "Jonas Keller at Oakmoor; Chloé Martin."),
            fit=Fit.REFERRAL,
            next_step=QT_TRANSLATE_NOOP("Demo", "Introduce Ana to Jonas"),
            next_step_due=today - timedelta(days=15),
            follow_up_on=today + timedelta(days=9),
            thank_you_sent=True,
            completed=True,
        ),
        4,
    )
    held(
        "Priya",
        twenty,
        local(-12, 15),
        [4.3, 13.6, 2.4],
        Debrief(
            value_for_me=QT_TRANSLATE_NOOP(
                "Demo", "Research leads are hired for judgement: show one hard call I made."
            ),
            value_for_them=QT_TRANSLATE_NOOP(
                "Demo", "A short note on explaining price elasticity to executives."
            ),
            exchanged=QT_TRANSLATE_NOOP("Demo", "Samuel Osei at Talent Bridge."),
            fit=Fit.NONE,
            next_step=QT_TRANSLATE_NOOP("Demo", "Send Priya the note on price elasticity"),
            next_step_due=today - timedelta(days=2),
            follow_up_on=today,
            thank_you_sent=False,
            completed=True,
        ),
        5,
    )
    held(
        "Jonas",
        mm,
        local(-6, 11),
        [5.4, 4.6, 1.2, 1],
        Debrief(
            value_for_me=QT_TRANSLATE_NOOP(
                "Demo", "How buyers judge a promotion in the first week."
            ),
            value_for_them=QT_TRANSLATE_NOOP("Demo", "A simple uplift check for his promotions."),
            exchanged=QT_TRANSLATE_NOOP("Demo", "Ana Lima for shopper interviews."),
            fit=Fit.PURCHASE,
            next_step=QT_TRANSLATE_NOOP(
                "Demo", "Send Jonas a one-page proposal for the uplift check"
            ),
            next_step_due=today + timedelta(days=2),
            follow_up_on=today + timedelta(days=8),
            thank_you_sent=True,
            completed=True,
        ),
        6,
    )
    # Held two hours ago; the debrief is still to be written.
    held("Samuel", mm, _quarter(now - timedelta(hours=2)), [5.5, 6, 1.5, 1], None, 7)

    # Planned: later today, tomorrow, next week; one without a time yet.
    maya = Meeting(
        contact_id=people["Maya"].id,
        format_id=mm,
        id="m-demo10",
        scheduled=_quarter(now + timedelta(hours=2)),
        request=Request(
            intent=QT_TRANSLATE_NOOP("Demo", "swap notes on pricing a new product line"),
            their_benefit=QT_TRANSLATE_NOOP(
                "Demo",
                "I have run pricing studies for three retail brands and can share what worked",
            ),
            topics=QT_TRANSLATE_NOOP(
                "Demo", "how you plan to price the new line\nwho buys packaging research in Lisbon"
            ),
            minutes=15,
            message="",
            sent=True,
        ),
        prep=prep_from_template(default_template()),
    )
    maya.prep.introduction = QT_TRANSLATE_NOOP(
        "Demo",
        "Ten years in retail analytics, now moving into consumer research; pricing is where the two meet.",
    )
    maya.prep.questions = [
        QT_TRANSLATE_NOOP("Demo", "What is the hardest pricing call for the new line?"),
        QT_TRANSLATE_NOOP("Demo", "Who in Lisbon buys packaging research?"),
    ]
    maya.prep.help_ideas = [
        QT_TRANSLATE_NOOP("Demo", "Introduce Maya to Rui Costa's retail owners' evening")
    ]
    localized(maya, translate)  # the cues are made from the prep, in the user's language
    maya.prep.cues = suggested_cues(formats[mm], maya.prep)
    for item in maya.prep.items[:6]:
        item.done = True
    store.put_meeting(maya)
    chloe = Meeting(
        contact_id=people["Chloé"].id,
        format_id=coffee,
        id="m-demo11",
        scheduled=local(1, 10),
        request=Request(
            intent=QT_TRANSLATE_NOOP("Demo", "hear how Harbor & Vine priced its subscription"),
            their_benefit=QT_TRANSLATE_NOOP("Demo", "I can check your survey before it goes out"),
            topics=QT_TRANSLATE_NOOP("Demo", "subscription pricing\nthe survey draft"),
            minutes=30,
            sent=True,
        ),
        prep=prep_from_template(default_template()),
    )
    for item in chloe.prep.items[:2]:
        item.done = True
    store.put_meeting(chloe)
    store.put_meeting(
        Meeting(
            contact_id=people["Daniel"].id,
            format_id=mm,
            id="m-demo12",
            scheduled=local(6, 14),
            prep=prep_from_template(default_template()),
            request=Request(minutes=15),
        )
    )
    store.put_meeting(
        Meeting(
            contact_id=people["Rui"].id,
            format_id=twenty,
            id="m-demo13",
            prep=prep_from_template(default_template()),
            request=Request(minutes=20),
        )
    )
    store.put_meeting(
        Meeting(
            contact_id=people["Marta"].id,
            format_id=coffee,
            id="m-demo14",
            scheduled=local(-3, 13),
            status=MeetingStatus.DECLINED,
        )
    )

    def follow(number: int, who: str, meeting: int, text: str, due: int, done: int | None = None):
        store.put_followup(
            FollowUp(
                text=text,
                due=today + timedelta(days=due),
                contact_id=people[who].id,
                meeting_id=f"m-demo{meeting:02d}",
                id=f"f-demo{number:02d}",
                done=done is not None,
                done_on=today + timedelta(days=done) if done is not None else None,
            )
        )

    follow(
        1,
        "Lena",
        1,
        QT_TRANSLATE_NOOP("Demo", "Ask Inês for a short call, mentioning Lena"),
        -36,
        -37,
    )
    follow(2, "Lena", 1, QT_TRANSLATE_NOOP("Demo", "Follow up with Lena Fischer"), -30, -30)
    follow(
        3, "Tom", 2, QT_TRANSLATE_NOOP("Demo", "Send Tom the two candidates' profiles"), -30, -28
    )
    follow(4, "Tom", 2, QT_TRANSLATE_NOOP("Demo", "Follow up with Tom Berg"), -19, -20)
    follow(5, "Inês", 3, QT_TRANSLATE_NOOP("Demo", "Send Inês the A/B test outline"), -23, -24)
    follow(6, "Inês", 3, QT_TRANSLATE_NOOP("Demo", "Follow up with Inês Duarte"), -5, -5)
    follow(7, "Ana", 4, QT_TRANSLATE_NOOP("Demo", "Introduce Ana to Jonas"), -15, -14)
    follow(8, "Ana", 4, QT_TRANSLATE_NOOP("Demo", "Follow up with Ana Lima"), 9)
    follow(9, "Priya", 5, QT_TRANSLATE_NOOP("Demo", "Send Priya the note on price elasticity"), -2)
    follow(
        10, "Priya", 5, QT_TRANSLATE_NOOP("Demo", "Send a thank-you note to Priya Raman"), -12, -10
    )
    follow(11, "Priya", 5, QT_TRANSLATE_NOOP("Demo", "Follow up with Priya Raman"), 0)
    follow(
        12,
        "Jonas",
        6,
        QT_TRANSLATE_NOOP("Demo", "Send Jonas a one-page proposal for the uplift check"),
        2,
    )
    follow(13, "Jonas", 6, QT_TRANSLATE_NOOP("Demo", "Follow up with Jonas Keller"), 8)

    # Last interactions as the history says: meetings held and follow-ups done.
    last: dict[str, date] = {}
    for meeting in store.meetings.values():
        if meeting.run and meeting.scheduled:
            held_on = meeting.scheduled.astimezone().date()
            last[meeting.contact_id] = max(held_on, last.get(meeting.contact_id, held_on))
    for followup in store.followups.values():
        if followup.done_on:
            day = followup.done_on
            last[followup.contact_id] = max(day, last.get(followup.contact_id, day))
    for contact in people.values():
        contact.last_interaction = last.get(contact.id)
        store.put_contact(contact)
    store.flush()
