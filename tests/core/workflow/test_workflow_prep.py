"""The default prep checklist, a prep made from a template, and cues for the overlay."""

from __future__ import annotations

import pytest

from twoway.core.formats import builtin_formats
from twoway.core.records import ChecklistItem, ChecklistTemplate, Prep
from twoway.core.workflow.prep import (
    DEFAULT_TEMPLATE_ID,
    SECTION_HELP,
    SECTION_HOMEWORK,
    SECTION_INTRODUCTION,
    SECTION_QUESTIONS,
    default_template,
    lines,
    prep_from_template,
    save_as_template,
    suggested_cues,
    templates_in_order,
)

FORMATS = {fmt.id: fmt for fmt in builtin_formats()}


def test_default_template_covers_the_homework_and_the_call():
    template = default_template()
    sections = [item.section for item in template.items]
    assert sections.count(SECTION_HOMEWORK) == 7
    for section in (SECTION_INTRODUCTION, SECTION_QUESTIONS, SECTION_HELP):
        assert section in sections
    text = " ".join(item.text for item in template.items).casefold()
    for topic in (
        "background",
        "interests",
        "need",
        "expertise",
        "audiences",
        "trade",
        "introduce them",
        "why you want this call",
        "questions",
        "help them",
    ):
        assert topic in text, topic


def test_prep_from_template_starts_unticked_and_does_not_share_items():
    template = ChecklistTemplate("Mine", [ChecklistItem("Read their blog", "Homework", True)])
    prep = prep_from_template(template, closing_line="Thanks!")
    assert prep.progress == (0, 1)
    assert prep.closing_line == "Thanks!"
    prep.items[0].done = True
    assert template.items[0].done is True and prep.items[0] is not template.items[0]


def test_lines_drop_blank_lines():
    assert lines("  first \n\n second\n") == ["first", "second"]


def test_cues_go_to_the_phases_where_they_are_needed():
    prep = Prep(
        introduction="Ten years in retail analytics,\nnow moving into research.",
        questions=["How did you hire your first researcher?", "What would you do in my place?"],
        help_ideas=["Intro to Lena at the pricing meetup"],
    )
    twenty = suggested_cues(FORMATS["twenty-minute"], prep)
    assert twenty == {
        0: "Ten years in retail analytics, now moving into research.",
        1: "How did you hire your first researcher? · What would you do in my place?",
        2: "Intro to Lena at the pricing meetup",
    }
    mini = suggested_cues(FORMATS["minimastermind"], prep)
    assert mini[0].startswith("How did you hire")  # their turn comes first
    assert mini[1].startswith("Ten years")
    assert mini[2] == "Intro to Lena at the pricing meetup"  # their takeaway, not yours
    assert 3 not in mini
    coffee = suggested_cues(FORMATS["coffee-chat"], prep)
    owners = {i: FORMATS["coffee-chat"].phases[i].owner for i in coffee}
    assert [str(owners[i]) for i in sorted(coffee)] == ["them", "me", "both"]


def test_a_long_entry_is_cut_to_its_first_sentence_and_the_rest_stays_in_prep():
    intro = (
        "Ten years in retail analytics, now moving into research. I led the pricing team "
        "at a grocery chain and ran its customer panel for four years."
    )
    prep = Prep(introduction=intro, questions=["Short one?"])
    cues = suggested_cues(FORMATS["twenty-minute"], prep)
    assert cues[0] == "Ten years in retail analytics, now moving into research."
    assert prep.introduction == intro  # kept whole in prep
    assert cues[1] == "Short one?"


def test_nothing_prepared_leaves_the_format_cues_alone():
    assert suggested_cues(FORMATS["coffee-chat"], Prep()) == {}


# --- more than one template ----------------------------------------------------------------


def checklist(*texts: str) -> list[ChecklistItem]:
    return [ChecklistItem(text, "Mine", done=True) for text in texts]


def test_a_checklist_saved_as_a_new_template_keeps_the_default_as_it_was():
    (saved,) = save_as_template({}, checklist("Their pricing"), name="  Sales call ")
    assert saved.name == "Sales call" and saved.id != DEFAULT_TEMPLATE_ID
    assert [(i.text, i.done) for i in saved.items] == [("Their pricing", False)]
    stored = {saved.id: saved}
    assert [t.id for t in templates_in_order(stored)] == [DEFAULT_TEMPLATE_ID, saved.id]


def test_saving_into_a_template_replaces_its_items_and_keeps_its_name():
    mentoring = ChecklistTemplate("Mentoring", checklist("Old question"))
    (saved,) = save_as_template(
        {mentoring.id: mentoring}, checklist("New question"), into=mentoring.id
    )
    assert (saved.id, saved.name) == (mentoring.id, "Mentoring")
    assert [i.text for i in saved.items] == ["New question"]


def test_making_another_template_the_default_swaps_them_so_nothing_is_lost():
    mine = ChecklistTemplate("My default", checklist("Read their posts"), DEFAULT_TEMPLATE_ID)
    sales = ChecklistTemplate("Sales call", checklist("Budget?"))
    stored = {mine.id: mine, sales.id: sales}
    written = save_as_template(
        stored, checklist("Budget?", "Timeline?"), into=sales.id, for_new_meetings=True
    )
    by_id = {t.id: t for t in written}
    assert by_id[DEFAULT_TEMPLATE_ID].name == "Sales call"
    assert [i.text for i in by_id[DEFAULT_TEMPLATE_ID].items] == ["Budget?", "Timeline?"]
    assert by_id[sales.id].name == "My default"  # the old default, under the other id
    assert [i.text for i in by_id[sales.id].items] == ["Read their posts"]


def test_a_new_default_keeps_the_built_in_checklist_as_a_template_of_its_own():
    written = save_as_template({}, checklist("Budget?"), name="Sales", for_new_meetings=True)
    by_id = {t.id: t for t in written}
    assert by_id[DEFAULT_TEMPLATE_ID].name == "Sales"
    (kept,) = [t for t in written if t.id != DEFAULT_TEMPLATE_ID]
    assert kept.name == default_template().name and not kept.builtin
    assert len(kept.items) == len(default_template().items)


def test_saving_into_a_template_that_is_not_there_is_a_mistake_not_a_new_default():
    with pytest.raises(KeyError):
        save_as_template({}, checklist("x"), into="t-gone")


def test_templates_are_listed_by_the_name_shown():
    stored = {
        "t-b": ChecklistTemplate("Zebra", [], "t-b"),
        "t-a": ChecklistTemplate("Alpha", [], "t-a"),
    }
    shown = {"Zebra": "Aardvark", "Alpha": "Zulu"}.get
    assert [t.id for t in templates_in_order(stored, shown)] == [DEFAULT_TEMPLATE_ID, "t-b", "t-a"]
