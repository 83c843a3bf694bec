"""The whole method, end to end, through the window: plan, request, prep, run on a fake
clock, debrief, the follow-up coming due, done; with the files on disk checked."""

from __future__ import annotations

import tomllib
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from twoway.core.records import AgendaItem, Contact, MeetingStatus
from twoway.core.session import State
from twoway.core.store import Store
from twoway.ui.main.models.followups import FollowUpsModel

TICK_S = 5


def run_for(context, clock, seconds: float) -> None:
    """Let the meeting run, ticked as the controller's timer would tick it."""
    for _ in range(round(seconds / TICK_S)):
        clock.advance(TICK_S)
        context.meeting.tick()


def read(path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def maya(window):
    hub = window.hub
    agenda = hub.store.agenda
    agenda.needs.append(AgendaItem("Pricing advice for a consumer product"))
    agenda.offers.append(AgendaItem("Introductions to retail buyers"))
    hub.set_agenda(agenda)
    contact = Contact(
        name="Maya Okafor",
        company="Studio Lumen",
        emails=["maya@studiolumen.example"],
        offers="Pricing workshops for small brands",
        needs="Retail buyers for the new packaging line",
    )
    hub.put_contact(contact)
    return contact


def test_from_planning_to_the_follow_up_done(
    qtbot, window, context, clock, paths, maya, monkeypatch
):
    hub = window.hub
    store = hub.store

    # --- plan: from the contact's page, with the fit check shown
    window.open_contact(maya.id)
    detail = window.views["contacts"].detail
    assert "two-way fit" in detail.fit_advice.text()
    qtbot.mouseClick(detail.plan_button, Qt.MouseButton.LeftButton)
    assert window.current_view() == "meeting"
    view = window.views["meeting"]
    meeting_id = view.meeting_id
    assert store.meetings[meeting_id].contact_id == maya.id
    assert view.title == "Meeting with Maya Okafor"

    plan = view.plan
    plan.format_box.setCurrentIndex(plan.formats.row_of("twenty-minute"))
    plan.has_time.setChecked(True)
    tomorrow = QDateTime.fromSecsSinceEpoch(int(clock.wall().timestamp()) + 86400)
    plan.when.setDateTime(tomorrow)
    meeting = store.meetings[meeting_id]
    assert meeting.format_id == "twenty-minute"
    assert meeting.request.minutes == 20  # the time asked for follows the format's slot
    assert meeting.scheduled is not None
    assert meeting.scheduled.timestamp() == tomorrow.toSecsSinceEpoch()

    # --- request: fields in, a polite message out, live
    view.tabs.setCurrentIndex(1)
    request = view.request
    qtbot.keyClicks(request.intent, "hear how you priced your first product line")
    request.benefit.setPlainText("I can introduce you to two retail buyers in Lisbon")
    request.topics.setPlainText("pricing a first line\nwhich buyers to approach first")
    text = request.preview.toPlainText()
    assert text.startswith("Hello Maya,")
    assert "a short call, to hear how you priced your first product line." in text
    assert "- pricing a first line\n- which buyers to approach first" in text
    assert "It will take 20 minutes" in text
    assert "a short no is perfectly fine" in text
    assert store.meetings[meeting_id].request.message == text

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(request.mail, Qt.MouseButton.LeftButton)
    [url] = opened
    assert url.scheme() == "mailto"
    assert url.path() == "maya@studiolumen.example"
    encoded = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
    assert "subject=A%2020-minute%20call%3F" in encoded
    assert "body=Hello%20Maya%2C%0D%0A%0D%0AI%20am%20writing" in encoded
    qtbot.mouseClick(request.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text

    # A hand edit is kept when a field changes afterwards, and can be undone by rebuilding.
    request.preview.setPlainText(text + "\nP.S. Congratulations on the launch!")
    assert request.rebuild.isEnabled()
    qtbot.keyClicks(request.intent, " this spring")
    assert request.preview.toPlainText().endswith("Congratulations on the launch!")
    qtbot.mouseClick(request.rebuild, Qt.MouseButton.LeftButton)
    assert "first product line this spring." in request.preview.toPlainText()
    request.sent.setChecked(True)
    assert store.meetings[meeting_id].request.sent

    # --- prep: the checklist from the template, ticks, and cues for the overlay
    view.tabs.setCurrentIndex(2)
    prep = view.prep
    checklist = prep.checklist
    homework = checklist.index(0, 0)
    assert checklist.rowCount(homework) == 7
    for row in range(3):
        checklist.setData(
            checklist.index(row, 0, homework),
            Qt.CheckState.Checked.value,
            Qt.ItemDataRole.CheckStateRole,
        )
    assert store.meetings[meeting_id].prep.progress == (3, 11)
    assert prep.progress.text() == "3 of 11 done"
    prep.introduction.setPlainText("Ten years in retail analytics, now moving into research.")
    prep.questions.setPlainText("How did you price the first line?\nWhich buyer said yes first?")
    prep.help_ideas.setPlainText("Introduce Maya to Rui at the retail evening")
    hub.save_now()  # the prep text is on disk; filling the cues must save again
    qtbot.mouseClick(prep.fill_cues, Qt.MouseButton.LeftButton)
    cues = store.meetings[meeting_id].prep.cues
    assert cues == {
        0: "Ten years in retail analytics, now moving into research.",
        1: "How did you price the first line? · Which buyer said yes first?",
        2: "Introduce Maya to Rui at the retail evening",
    }
    hub.save_now()  # the cues are written to disk, not only shown
    assert Store.open(paths, clock, cache_file=None).meetings[meeting_id].prep.cues == cues

    # --- run: start from here; the overlay takes over with the prepared cues
    view.tabs.setCurrentIndex(3)
    qtbot.mouseClick(view.run.start, Qt.MouseButton.LeftButton)
    session = context.meeting.session
    assert context.meeting.active and context.overlay.isVisible()
    assert context.meeting.info.meeting_id == meeting_id
    assert session.cue == cues[0]
    assert not view.run.start.isEnabled() and view.run.end.isEnabled()
    run_for(context, clock, 4 * 60 + 30)  # introduction: 30 s over
    context.meeting.next_phase()
    assert session.cue == cues[1]
    run_for(context, clock, 13 * 60)
    context.meeting.next_phase()
    run_for(context, clock, 2 * 60)
    assert len(context.chime.output.played) == 1  # one gentle chime, for the one overrun
    qtbot.mouseClick(view.run.end, Qt.MouseButton.LeftButton)
    assert session.state is State.ENDED

    # --- debrief: opened by itself, with the real times and the balance
    assert window.current_view() == "meeting" and view.current_step() == "debrief"
    debrief = view.debrief
    assert debrief.run_summary.text() == "It took 19:30 of a 20:00 slot, on time."
    assert debrief.phases.rowCount() == 3
    assert debrief.phases.data(debrief.phases.index(0, 4)) == "+0:30"
    assert "Them 13:00" in debrief.balance_legend.text()
    meeting = store.meetings[meeting_id]
    assert meeting.status is MeetingStatus.DONE
    assert meeting.run["balance"] == {"them": 780.0, "me": 270.0, "both": 120.0}

    debrief.value_me.setPlainText("How a small studio sets a first price.")
    debrief.value_them.setPlainText("Two buyer names.")
    debrief.exchanged.setPlainText("Rui Costa; the pricing checklist.")
    debrief.fit.setCurrentIndex(debrief.fit.findData("referral"))
    qtbot.keyClicks(debrief.next_step, "Introduce Maya to Rui")
    debrief.next_due.check.setChecked(True)
    today = hub.today()
    debrief.next_due.edit.setDate(
        debrief.next_due.edit.date().fromString(
            (today + timedelta(days=2)).isoformat(), Qt.DateFormat.ISODate
        )
    )
    assert debrief.follow_up.value() == today + timedelta(days=7)  # suggested: in a week
    qtbot.mouseClick(debrief.save, Qt.MouseButton.LeftButton)
    assert debrief.saved_note.text() == "Saved. Follow-ups added or updated: 3."

    # --- the files on disk say the same
    meeting_file = read(paths.root / "meetings" / f"{meeting_id}.toml")
    assert meeting_file["status"] == "done"
    assert meeting_file["request"]["sent"] is True
    assert meeting_file["request"]["message"].startswith("Hello Maya,")
    assert meeting_file["prep"]["cues"]  # kept for the next run
    assert [p["actual_s"] for p in meeting_file["run"]["phases"]] == [270.0, 780.0, 120.0]
    assert meeting_file["debrief"]["completed"] is True
    assert meeting_file["debrief"]["fit"] == "referral"
    assert meeting_file["debrief"]["next_step_due"] == today + timedelta(days=2)
    followup_files = {read(p)["text"]: read(p) for p in (paths.root / "followups").glob("*.toml")}
    assert set(followup_files) == {
        "Introduce Maya to Rui",
        "Follow up with Maya Okafor",
        "Send a thank-you note to Maya Okafor",
    }
    assert followup_files["Introduce Maya to Rui"]["due"] == today + timedelta(days=2)
    assert all(f["meeting_id"] == meeting_id for f in followup_files.values())

    # --- two days later the next step is due on Today, and is ticked off there
    clock.advance(2 * 86400)
    window.show_view("today")
    today_view = window.views["today"]
    due = today_view.due_model
    texts = [due.record(r).text for r in range(due.rowCount())]
    assert "Introduce Maya to Rui" in texts
    assert "Send a thank-you note to Maya Okafor" in texts  # due the day of the meeting
    row = texts.index("Introduce Maya to Rui")
    today_view.due_view.setCurrentIndex(due.index(row, FollowUpsModel.TEXT))
    qtbot.mouseClick(today_view.done_button, Qt.MouseButton.LeftButton)
    texts = [due.record(r).text for r in range(due.rowCount())]
    assert "Introduce Maya to Rui" not in texts
    window.save_all()
    done_file = next(
        read(p)
        for p in (paths.root / "followups").glob("*.toml")
        if read(p)["text"] == "Introduce Maya to Rui"
    )
    assert done_file["done"] is True
    assert done_file["done_on"] == hub.today() == today + timedelta(days=2)
    contact_file = read(paths.root / "contacts" / f"{maya.id}.toml")
    assert contact_file["last_interaction"] == hub.today()


def test_a_meeting_started_elsewhere_still_gets_its_debrief(qtbot, window, context, clock, maya):
    """Started from the tray with no planned meeting: the run becomes a meeting of its own."""
    from twoway.ui.meeting import MeetingInfo

    window.show_view("contacts")
    context.meetings.start(
        context.meetings.default_format(), MeetingInfo(contact_id=maya.id, contact_name=maya.name)
    )
    run_for(context, clock, 60)
    context.meeting.end()
    view = window.views["meeting"]
    assert window.current_view() == "meeting" and view.current_step() == "debrief"
    meeting = window.hub.store.meetings[view.meeting_id]
    assert meeting.contact_id == maya.id
    assert meeting.run["elapsed_s"] == 60.0
    assert meeting.scheduled == clock.wall() - timedelta(seconds=60)
    assert window.hub.store.pending() == 0  # saved at once, before anything else happens


def test_declining_writes_a_kind_no_and_marks_the_meeting(qtbot, window, maya, monkeypatch):
    meeting_id = window.plan_meeting(maya.id)
    plan = window.views["meeting"].plan
    qtbot.mouseClick(plan.write_no, Qt.MouseButton.LeftButton)
    text = plan.decline_text.toPlainText()
    assert text.startswith("Hello Maya,") and "say no to a call for now" in text
    plan.format_box.setCurrentIndex(plan.formats.row_of("twenty-minute"))
    qtbot.mouseClick(plan.write_shorter, Qt.MouseButton.LeftButton)
    assert "a focused 15 minutes" in plan.decline_text.toPlainText()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(plan.mail_decline, Qt.MouseButton.LeftButton)
    assert opened[0].toString().startswith("mailto:maya@studiolumen.example?subject=Re%3A")
    qtbot.mouseClick(plan.mark_declined, Qt.MouseButton.LeftButton)
    assert window.hub.store.meetings[meeting_id].status is MeetingStatus.DECLINED
    assert window.views["today"].next_meeting_id() != meeting_id


def test_reopening_a_saved_debrief_and_saving_again_adds_no_copies(
    qtbot, window, context, clock, maya
):
    meeting_id = window.plan_meeting(maya.id)
    window.start_meeting(meeting_id)
    run_for(context, clock, 30)
    context.meeting.end()
    debrief = window.views["meeting"].debrief
    debrief.thanks.setChecked(True)
    debrief.save_debrief()
    first = {f.id for f in window.hub.store.followups.values()}
    assert len(first) == 1  # the follow-up date only: thanks were sent, no next step
    window.show_view("today")
    window.open_last_debrief()
    assert window.views["meeting"].meeting_id == meeting_id
    debrief.follow_up.edit.setDate(debrief.follow_up.edit.date().addDays(3))
    debrief.save_debrief()
    followups = list(window.hub.store.followups.values())
    assert {f.id for f in followups} == first
    assert followups[0].due == date.fromisoformat(
        debrief.follow_up.edit.date().toString(Qt.DateFormat.ISODate)
    )


def test_backing_out_of_plan_a_meeting_leaves_no_empty_meeting(qtbot, window, maya):
    hub = window.hub
    before = set(hub.store.meetings)
    blank = window.plan_meeting("")
    assert blank in hub.store.meetings and window.current_view() == "meeting"
    window.show_view("today")  # changed their mind
    assert set(hub.store.meetings) == before

    kept = window.plan_meeting("")
    plan = window.views["meeting"].plan
    plan.contact.setCurrentIndex(plan.contacts.row_of(maya.id))
    window.show_view("today")
    assert kept in hub.store.meetings and hub.meeting(kept).contact_id == maya.id

    with_contact = window.plan_meeting(maya.id)  # from the contact's page: a plan all the same
    window.show_view("contacts")
    assert with_contact in hub.store.meetings
