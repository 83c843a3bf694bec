"""Contacts: search as you type, sort, create and edit in place (saved on their own),
delete with a question and undo, the fit check and the history on the detail page."""

from __future__ import annotations

import tomllib

import pytest
from PySide6.QtCore import QPoint, Qt

from twoway.core.records import Contact
from twoway.demo_data import seed_demo
from twoway.ui.main import common
from twoway.ui.main.models.contacts import ContactsModel


@pytest.fixture
def demo(window, store, clock):
    seed_demo(store, clock.wall())
    window.hub.reset.emit()
    return window.views["contacts"]


def listed(view) -> list[str]:
    model = view.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_typing_in_search_narrows_the_list_at_each_key(qtbot, window, demo):
    window.find_contact()
    assert demo.search.hasFocus()
    qtbot.keyClicks(demo.search, "pri")
    assert set(listed(demo)) >= {"Priya Raman", "Maya Okafor"}  # name; "pricing" in needs
    qtbot.keyClicks(demo.search, "ya")
    assert listed(demo) == ["Priya Raman"]
    assert demo.count.text() == "1 of 12 contacts match"
    qtbot.keyClick(demo.search, Qt.Key.Key_Return)
    assert demo.list.hasFocus()
    assert demo.detail.title.text() == "Priya Raman"
    demo.search.clear()
    assert demo.count.text() == "12 contacts"


def test_clicking_a_header_sorts(qtbot, demo):
    header = demo.list.horizontalHeader()
    x = header.sectionViewportPosition(ContactsModel.LAST) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    model = demo.model
    dates = [demo.hub.contact(model.contact_id(r)).last_interaction for r in range(12)]
    known = [d for d in dates if d is not None]
    assert len(known) == 7  # the seven people met in the demo
    assert known == sorted(known)
    assert dates[len(known) :] == [None] * (12 - len(known))  # never met: last


def test_new_contact_is_typed_in_place_and_saved_on_its_own(
    qtbot, window, paths, wait_saved, monkeypatch
):
    view = window.views["contacts"]
    monkeypatch.setattr(common, "ask_text", lambda parent, title, label: "Zoe Brandt")
    window.actions_by_name["new-contact"].trigger()
    assert window.current_view() == "contacts"
    assert view.detail.fields["name"].text() == "Zoe Brandt"
    qtbot.keyClicks(view.detail.fields["company"], "Northwind")
    qtbot.keyClicks(view.detail.fields["tags"], "design, berlin")
    view.detail.fields["notes"].setPlainText("Met at the pricing meetup")
    contact_id = view.detail.contact_id
    assert listed(view) == ["Zoe Brandt"]
    assert view.detail.title.text() == "Zoe Brandt"
    assert window.save_label.text() == "Saving…"
    wait_saved()
    data = tomllib.loads((paths.root / "contacts" / f"{contact_id}.toml").read_text("utf-8"))
    assert data["name"] == "Zoe Brandt"
    assert data["company"] == "Northwind"
    assert data["tags"] == ["design", "berlin"]
    assert data["notes"] == "Met at the pricing meetup"
    assert window.save_label.text() == "All changes saved"


def test_delete_asks_first_and_undo_brings_everything_back(
    qtbot, window, demo, paths, answer, wait_saved
):
    window.open_contact("c-demo01")  # Inês: meetings and follow-ups
    hub = window.hub
    meetings = [m.id for m in hub.store.meetings_for("c-demo01")]
    followups = [f.id for f in hub.store.followups_for("c-demo01")]
    assert meetings and followups

    answer.will(False)
    qtbot.mouseClick(demo.detail.delete_button, Qt.MouseButton.LeftButton)
    assert answer.questions == ["Delete Inês Duarte?"]
    assert "c-demo01" in hub.store.contacts

    qtbot.mouseClick(demo.detail.delete_button, Qt.MouseButton.LeftButton)
    assert "c-demo01" not in hub.store.contacts
    assert not any(m in hub.store.meetings for m in meetings)
    assert "Inês Duarte" not in listed(demo)
    assert demo.detail.contact_id != "c-demo01"
    wait_saved()
    assert not (paths.root / "contacts" / "c-demo01.toml").exists()
    assert window.actions_by_name["undo"].text() == "&Undo Delete Inês Duarte"

    window.actions_by_name["undo"].trigger()
    assert "Inês Duarte" in listed(demo)
    assert all(m in hub.store.meetings for m in meetings)
    assert all(f in hub.store.followups for f in followups)
    wait_saved()
    assert (paths.root / "contacts" / "c-demo01.toml").exists()
    assert all((paths.root / "meetings" / f"{m}.toml").exists() for m in meetings)


def test_detail_shows_fit_and_the_whole_history(window, demo):
    window.open_contact("c-demo01")
    detail = demo.detail
    assert "two-way fit" in detail.fit_advice.text()
    assert "An introduction to the research team at Fernhill Foods" in detail.fit_details.text()
    assert "Pricing analysis and A/B test design" in detail.fit_details.text()
    history = detail.meetings_model
    assert history.rowCount() == 1
    assert history.data(history.index(0, 5)).startswith("How Fernhill hires")
    assert detail.followups_model.rowCount() == 2


def test_fit_check_follows_the_agenda_as_it_changes(qtbot, window):
    hub = window.hub
    contact = Contact(name="Tom Berg", needs="Looking to hire two data analysts")
    hub.put_contact(contact)
    window.open_contact(contact.id)
    detail = window.views["contacts"].detail
    assert "Agenda" in detail.fit_advice.text()  # nothing in the agenda yet
    window.show_view("agenda")
    agenda = window.views["agenda"]
    qtbot.keyClicks(agenda.offers.entry, "Referrals to strong analysts")
    qtbot.keyClick(agenda.offers.entry, Qt.Key.Key_Return)
    assert hub.store.agenda.offers[0].text == "Referrals to strong analysts"
    assert "A fit one way" in detail.fit_advice.text()
    assert "analysts" in detail.fit_details.text()


def test_with_no_contacts_the_list_says_how_to_get_some(window):
    window.show_view("contacts")
    count = window.views["contacts"].count
    assert count.isVisible()
    assert "New contact" in count.text() and "Import contacts" in count.text()


def test_an_edit_that_stops_the_contact_matching_keeps_the_typing_on_that_contact(
    qtbot, window, demo
):
    window.show_view("contacts")
    qtbot.keyClicks(demo.search, "hiring")
    samuel = next(r for r in range(demo.model.rowCount()) if listed(demo)[r] == "Samuel Osei")
    demo.list.setCurrentIndex(demo.model.index(samuel, 0))
    tags = demo.detail.fields["tags"]
    tags.setFocus()
    tags.end(False)
    qtbot.keyClick(tags, Qt.Key.Key_Backspace)  # "hiring" -> "hirin": no longer a match
    qtbot.keyClicks(tags, "g, mentor")
    samuel_id = demo.detail.contact_id
    assert demo.detail.title.text() == "Samuel Osei"
    assert "Samuel Osei" in listed(demo)  # listed until the next search
    assert demo.hub.contact(samuel_id).tags[-2:] == ["hiring", "mentor"]
    others = [demo.hub.contact(demo.model.contact_id(r)) for r in range(demo.model.rowCount())]
    assert not any("mentor" in c.tags for c in others if c.id != samuel_id)
    demo.search.setText("hirin")  # a new search lists what matches now
    assert "Samuel Osei" in listed(demo)


def test_a_change_from_another_device_shows_before_the_next_keystroke(
    qtbot, window, context, store, paths, wait_saved
):
    store.put_contact(Contact(name="Ann Lee", id="c-ann", notes="first line"))
    store.flush()
    window.hub.reset.emit()
    view = window.views["contacts"]
    window.show_view("contacts")
    view.select("c-ann")
    notes = view.detail.fields["notes"]
    assert notes.toPlainText() == "first line"
    # Another device adds to the notes; the sync tool writes the file.
    file = paths.root / "contacts" / "c-ann.toml"
    file.write_text(
        file.read_text().replace('notes = "first line"', 'notes = "first line\\nFrom the laptop"')
    )
    context.files_changed()  # what the folder watcher calls
    assert notes.toPlainText() == "first line\nFrom the laptop"
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(notes, " (seen)")
    wait_saved()
    assert tomllib.loads(file.read_text())["notes"] == "first line\nFrom the laptop (seen)"


def test_a_name_cleared_to_retype_is_not_saved_empty(qtbot, window, demo, wait_saved):
    window.show_view("contacts")
    demo.select(next(c.id for c in demo.hub.store.contacts.values() if c.name == "Maya Okafor"))
    name = demo.detail.fields["name"]
    name.setFocus()
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    assert demo.detail.contact().name == "Maya Okafor"
    assert demo.detail.title.text() == "Maya Okafor"
    demo.search.setFocus()  # left empty: the name comes back
    assert name.text() == "Maya Okafor"
    name.selectAll()
    qtbot.keyClicks(name, "Maya Okafor-Reyes")
    assert demo.detail.contact().name == "Maya Okafor-Reyes"
