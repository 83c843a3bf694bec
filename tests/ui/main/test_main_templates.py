"""Checklist templates from the prep page: save one, start over from one, choose the one
new meetings start with, delete one."""

from __future__ import annotations

import pytest

from twoway.core.workflow.prep import DEFAULT_TEMPLATE_ID
from twoway.demo_data import seed_demo
from twoway.ui.main import templates as templates_ui
from twoway.ui.main.templates import SaveChoice, SaveTemplateDialog


@pytest.fixture
def prep(window, store, clock):
    seed_demo(store, clock.wall())
    window.hub.reset.emit()
    window.open_meeting("m-demo10", "prep")
    return window.views["meeting"].prep


@pytest.fixture
def save_as(monkeypatch):
    """Answers the save dialog with the choice given to it."""
    chosen: list[SaveChoice] = []
    monkeypatch.setattr(templates_ui, "ask_where_to_save", lambda *_args: chosen.pop(0))
    return chosen.append


def menu_texts(prep) -> list[str]:
    prep._fill_template_menu()
    return [action.text() for action in prep.template_menu.actions() if action.text()]


def texts(items) -> list[str]:
    return [item.text for item in items]


def test_a_checklist_saved_as_a_new_template_can_start_another_meeting_over(
    prep, store, save_as, answer
):
    meeting = store.meetings["m-demo10"]
    own = [item for item in meeting.prep.items if item.done]
    assert own, "the demo meeting has ticked items"
    save_as(SaveChoice(None, "Sales call", False))
    prep.save_template.click()

    (sales,) = [t for t in store.templates.values() if t.name == "Sales call"]
    assert texts(sales.items) == texts(meeting.prep.items)
    assert not any(item.done for item in sales.items), "a template starts unticked"
    assert DEFAULT_TEMPLATE_ID not in store.templates, "the default is left as it was"
    assert menu_texts(prep)[:2] == ["Networking call (for new meetings)", "Sales call"]

    prep.new_item.setText("Ask about their budget cycle")
    prep.new_item.returnPressed.emit()
    assert "Ask about their budget cycle" in texts(store.meetings["m-demo10"].prep.items)
    sales_action = prep.template_menu.actions()[1]
    sales_action.trigger()
    assert answer.questions == ["Replace this checklist with a fresh one from “Sales call”?"]
    assert texts(store.meetings["m-demo10"].prep.items) == texts(sales.items)


def test_the_template_chosen_for_new_meetings_is_what_a_new_meeting_starts_with(
    window, prep, store, save_as
):
    save_as(SaveChoice(None, "Mentoring", True))
    prep.save_template.click()
    assert store.templates[DEFAULT_TEMPLATE_ID].name == "Mentoring"
    (kept,) = [t for t in store.templates.values() if t.id != DEFAULT_TEMPLATE_ID]
    assert kept.name == "Networking call", "the old default stays, as a template of its own"

    meeting_id = window.plan_meeting("c-demo01")
    started = store.meetings[meeting_id].prep.items
    assert texts(started) == texts(store.templates[DEFAULT_TEMPLATE_ID].items)


def test_a_template_can_be_deleted_but_not_the_one_for_new_meetings(prep, store, save_as, answer):
    save_as(SaveChoice(None, "Sales call", False))
    prep.save_template.click()
    prep._fill_template_menu()
    deleting = prep.template_menu.actions()[-1].menu()
    assert [a.text() for a in deleting.actions()] == ["Sales call"]
    deleting.actions()[0].trigger()
    assert answer.questions == ["Delete the checklist template “Sales call”?"]
    assert not [t for t in store.templates.values() if t.name == "Sales call"]
    assert menu_texts(prep) == ["Networking call (for new meetings)"]


def test_the_save_dialog_needs_a_name_for_a_new_template(qtbot, prep):
    dialog = SaveTemplateDialog(prep.hub.templates(), parent=prep)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert dialog.target.currentData() is None and not save.isEnabled()
    dialog.name.setText("Coffee chats")
    assert save.isEnabled()
    dialog.target.setCurrentIndex(dialog.target.findData(DEFAULT_TEMPLATE_ID))
    assert not dialog.name.isEnabled()
    assert dialog.for_new_meetings.isChecked() and not dialog.for_new_meetings.isEnabled()
    dialog.target.setCurrentIndex(0)
    assert not dialog.for_new_meetings.isChecked()
    assert dialog.choice() == SaveChoice(None, "Coffee chats", False)


def test_a_name_already_taken_is_refused_and_saving_into_one_says_it_replaces(qtbot, prep):
    dialog = SaveTemplateDialog(prep.hub.templates(), parent=prep)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    dialog.name.setText("networking CALL")  # the built-in's name, typed another way
    assert not save.isEnabled() and "already" in dialog.note.text()
    dialog.target.setCurrentIndex(dialog.target.findData(DEFAULT_TEMPLATE_ID))
    assert save.isEnabled() and "replaced" in dialog.note.text()


def test_a_default_from_a_newer_twoway_is_neither_saved_into_nor_swapped(qtbot, prep):
    dialog = SaveTemplateDialog(prep.hub.templates(), {DEFAULT_TEMPLATE_ID}, prep)
    qtbot.addWidget(dialog)
    assert dialog.target.findData(DEFAULT_TEMPLATE_ID) == -1
    assert not dialog.for_new_meetings.isEnabled()


def test_the_start_over_button_opens_its_menu_and_the_menu_can_be_opened_again(
    qtbot, prep, save_as
):
    # What a click straight on the button sends (a real click also opens the menu, in a
    # loop of its own that a test would wait on): nothing may take it for a template.
    prep.reset_items.clicked.emit()
    save_as(SaveChoice(None, "Sales & marketing", False))
    prep.save_template.click()
    for _ in range(3):
        prep._fill_template_menu()
    assert "Sales && marketing" in [a.text() for a in prep.template_menu.actions()]
    submenus = prep.template_menu.findChildren(type(prep.template_menu))
    assert len(submenus) == 1, "the delete submenu is made once, not at every opening"
