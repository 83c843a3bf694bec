"""Every model the main window shows passes Qt's model checks, and the contacts model
searches and sorts as the user expects."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from twoway.core.formats import Owner
from twoway.core.records import (
    AgendaItem,
    Contact,
    Prep,
)
from twoway.core.workflow.insights import Insights
from twoway.core.workflow.prep import default_template
from twoway.demo_data import run_record, seed_demo
from twoway.ui.main.hub import DataHub
from twoway.ui.main.models.agenda import AgendaItemsModel
from twoway.ui.main.models.contacts import ContactsModel
from twoway.ui.main.models.followups import FollowUpsModel
from twoway.ui.main.models.formats import FormatsModel, PhaseRow, PhasesModel
from twoway.ui.main.models.insights import InsightRow, InsightsTableModel
from twoway.ui.main.models.meeting_steps import ChecklistModel, CuesModel, RunPhasesModel
from twoway.ui.main.models.meetings import MeetingsModel


@pytest.fixture
def hub(store, paths, clock, context) -> DataHub:
    seed_demo(store, clock.wall())
    return DataHub(store, paths, clock, context.formats)


def names(model: ContactsModel) -> list[str]:
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_contacts_model(qtmodeltester, hub):
    model = ContactsModel(hub)
    qtmodeltester.check(model)
    model.set_query("lisbon")
    qtmodeltester.check(model)
    model.sort(ContactsModel.COMPANY, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_search_matches_any_field_as_you_type(hub):
    model = ContactsModel(hub)
    assert model.rowCount() == 12
    model.set_query("l")
    assert "Ana Lima" in names(model)
    model.set_query("lisbon")  # tags, company, notes
    assert names(model) == ["Maya Okafor", "Rui Costa"]
    model.set_query("ines")  # the accent is optional
    assert names(model) == ["Inês Duarte"]
    model.set_query("hiring food")  # tags and offers: every word must match somewhere
    assert names(model) == ["Inês Duarte", "Samuel Osei"]
    model.set_query("ines@")  # emails
    assert names(model) == []
    model.set_query("ines.duarte@")
    assert names(model) == ["Inês Duarte"]
    model.set_query("panels")  # notes
    assert names(model) == ["Inês Duarte"]
    model.set_query("nobody like this")
    assert names(model) == []
    model.set_query("")
    assert model.rowCount() == 12


def test_deleting_letters_widens_the_search_again(hub):
    model = ContactsModel(hub)
    for typed in ("o", "os", "ose", "osei"):
        model.set_query(typed)
    assert names(model) == ["Samuel Osei"]
    model.set_query("ose")
    model.set_query("os")
    assert {"Samuel Osei", "Rui Costa"} < set(names(model))


def test_a_renamed_contact_moves_to_its_place_at_the_next_search(hub):
    model = ContactsModel(hub)
    ana = hub.store.contacts["c-demo03"]
    assert names(model)[0] == "Ana Lima"
    ana.name = "Zuzana Lima"
    hub.put_contact(ana)
    assert names(model)[0] == "Zuzana Lima"  # no jump while the name is being typed
    model.set_query("lima")
    model.set_query("")
    assert names(model)[-1] == "Zuzana Lima"
    model.sort(ContactsModel.NAME, Qt.SortOrder.DescendingOrder)
    assert names(model)[0] == "Zuzana Lima"


def test_sorting_by_company_puts_empty_ones_last(hub):
    model = ContactsModel(hub)
    model.sort(ContactsModel.COMPANY, Qt.SortOrder.AscendingOrder)
    companies = [model.data(model.index(r, ContactsModel.COMPANY)) for r in range(12)]
    filled = [c for c in companies if c]
    assert filled == sorted(filled, key=str.casefold)
    assert companies[-2:] == ["", ""]


def test_edits_insert_and_remove_rows_in_place(hub):
    model = ContactsModel(hub)
    model.set_query("pricing")
    before = names(model)
    newcomer = Contact(name="Aaron Pricing-Expert")
    hub.put_contact(newcomer)
    assert names(model)[0] == "Aaron Pricing-Expert"  # sorted in, not appended
    assert len(names(model)) == len(before) + 1
    newcomer.name = "Aaron Zed"
    hub.put_contact(newcomer)  # no longer matches the search
    assert names(model) == before


def test_meetings_and_followups_models(qtmodeltester, hub):
    meetings = MeetingsModel(hub, lambda: list(hub.store.meetings.values()))
    qtmodeltester.check(meetings)
    followups = FollowUpsModel(hub, lambda: list(hub.store.followups.values()))
    qtmodeltester.check(followups)


def test_ticking_a_followup_in_the_model_marks_it_done(hub):
    model = FollowUpsModel(hub, lambda: sorted(hub.store.followups.values(), key=lambda f: f.id))
    row = model.row_of("f-demo09")
    index = model.index(row, FollowUpsModel.DONE)
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    followup = hub.store.followups["f-demo09"]
    assert followup.done and followup.done_on == hub.today()
    assert hub.store.contacts[followup.contact_id].last_interaction == hub.today()


def test_phases_model(qtmodeltester):
    model = PhasesModel()
    model.set_rows(
        [PhaseRow("Their turn", Owner.THEM, 5), PhaseRow("Your turn", Owner.ME, 5)],
        read_only=False,
    )
    qtmodeltester.check(model)
    model.move_phase(0, 1)
    assert [r.title for r in model.rows] == ["Your turn", "Their turn"]
    assert model.setData(model.index(0, PhasesModel.OWNER), "both")
    assert model.rows[0].owner is Owner.BOTH
    assert not model.setData(model.index(0, PhasesModel.OWNER), "nobody")
    qtmodeltester.check(model)


def test_checklist_model(qtmodeltester):
    model = ChecklistModel()
    items = list(default_template().items)
    model.set_items(items)
    qtmodeltester.check(model)
    section = model.index(0, 0)
    first = model.index(0, 0, section)
    assert model.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert items[0].done
    assert "(1/7)" in model.data(section)


def test_agenda_cues_insights_formats_and_run_models(qtmodeltester, hub, context):
    agenda = AgendaItemsModel()
    agenda.set_items([AgendaItem("An intro at Fernhill"), AgendaItem("Pricing advice")])
    qtmodeltester.check(agenda)
    cues = CuesModel()
    prep = Prep(cues={1: "My own cue"})
    cues.set_meeting(context.meetings.default_format(), prep)
    qtmodeltester.check(cues)
    assert cues.data(cues.index(1, CuesModel.CUE)) == "My own cue"
    assert cues.data(cues.index(0, CuesModel.CUE))  # the format's own cue shows
    insights = InsightsTableModel()
    insights.set_rows([InsightRow("Minimastermind", Insights(meetings=3))])
    qtmodeltester.check(insights)
    qtmodeltester.check(FormatsModel(hub))
    runs = RunPhasesModel()
    fmt = context.meetings.default_format()
    runs.set_run(run_record(fmt, hub.now(), [6, 5, 1, 1]))
    qtmodeltester.check(runs)
    assert runs.data(runs.index(0, 4)) == "+1:00"  # their phase ran a minute over
    assert runs.data(runs.index(1, 4)) == ""
