"""File ▸ Import contacts, Undo last import and Export in the main window: the preview
shows everything before anything is written, the import can be taken back as a whole,
and exports land where the user chose."""

from __future__ import annotations

import tomllib
import zipfile
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QMenu, QPushButton, QRadioButton, QTreeWidget

from twoway.core.interop import ImportFileError, read_contacts
from twoway.core.interop.ics_export import calendar_meetings
from twoway.core.records import Contact, Meeting
from twoway.demo_data import seed_demo
from twoway.ui.main import batch_run, transfer
from twoway.ui.main.common import tr


def vcard(name: str, email: str = "", org: str = "", tel: str = "") -> str:
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{name}"]
    family, _, given = name.rpartition(" ")[::-1] if " " in name else ("", "", name)
    lines.append(f"N:{family};{given};;;")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if org:
        lines.append(f"ORG:{org}")
    if tel:
        lines.append(f"TEL;TYPE=CELL:{tel}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def jane() -> Contact:
    return Contact(name="Jane Doe", company="Acme", emails=["jane@example.com"])


@pytest.fixture
def seeded(window, store):
    """Jane is already a contact; the window shows her."""
    store.put_contact(jane())
    store.flush()
    window.hub.reset.emit()
    return window


@pytest.fixture
def contact_files(paths):
    def names() -> list[str]:
        found = [
            tomllib.loads(p.read_text("utf-8")) for p in (paths.root / "contacts").glob("*.toml")
        ]
        return sorted(data["name"] for data in found)

    return names


@pytest.fixture
def cards(tmp_path) -> Path:
    """Jane again with a phone number, two new people, and one of them twice."""
    path = tmp_path / "phone.vcf"
    path.write_text(
        vcard("Jane Doe", "jane@example.com", "Acme", "+44 20 7946 0000")
        + vcard("Wei Chen", "wei@example.com")
        + vcard("Amara Nwosu", "amara@example.com", "Freelance")
        + vcard("Wei Chen", "wei@example.com", tel="+1 555 0100"),
        encoding="utf-8",
    )
    return path


def open_preview(window, monkeypatch, path: Path):
    monkeypatch.setattr(transfer, "choose_import_file", lambda parent, folder: path)
    window.actions_by_name["import"].trigger()
    return window.transfer.dialog


def press_import(qtbot, window, dialog) -> None:
    with qtbot.waitSignal(window.transfer.finished, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def rows(tree: QTreeWidget) -> dict[str, list[tuple[str, str]]]:
    """Each group's title with its rows' two columns."""
    found = {}
    for index in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(index)
        children = [group.child(i) for i in range(group.childCount())]
        found[group.text(0)] = [(child.text(0), child.text(1)) for child in children]
    return found


def details(tree: QTreeWidget, who: str) -> list[tuple[str, str]]:
    for index in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(index)
        for row in range(group.childCount()):
            item = group.child(row)
            if item.text(0) == who:
                return [
                    (item.child(i).text(0), item.child(i).text(1)) for i in range(item.childCount())
                ]
    raise AssertionError(f"{who} is not in the preview")


def test_file_menu_offers_import_undo_and_every_export(window):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions()]
    assert texts[3:6] == ["&Import contacts…", "&Undo last import", "&Export"]
    assert window.actions_by_name["import"].shortcut().toString() == "Ctrl+I"
    export_menu = next(a.menu() for a in file_menu.actions() if a.text() == "&Export")
    assert isinstance(export_menu, QMenu)
    assert [a.text() for a in export_menu.actions()] == [
        "Contacts as &vCard…",
        "Contacts as &CSV…",
        "&Meetings and debriefs as CSV…",
        "C&alendar (planned meetings and follow-ups)…",
        "&Backup of all data…",
    ]
    assert not window.actions_by_name["undo-import"].isEnabled()  # nothing imported yet


def test_the_preview_shows_who_is_added_merged_and_skipped_before_anything_is_written(
    qtbot, seeded, monkeypatch, cards, contact_files
):
    dialog = open_preview(seeded, monkeypatch, cards)
    assert dialog.kind.currentData() == "vcard"
    assert not dialog.columns_box.isVisibleTo(dialog)
    assert dialog.summary.text() == "2 to add · 1 to merge · 1 to skip"
    groups = rows(dialog.preview)
    assert [who for who, _ in groups[tr("New contacts (%n)", None, 2)]] == [
        "Wei Chen",
        "Amara Nwosu (Freelance)",
    ]
    assert groups[tr("New details for contacts you have (%n)", None, 1)] == [
        ("Jane Doe (Acme)", "Recognized by the same email address")
    ]
    assert details(dialog.preview, "Jane Doe (Acme)") == [("Phone", "(empty) → +44 20 7946 0000")]
    (skipped,) = groups[tr("Skipped (%n)", None, 1)]
    assert skipped[0] == "Wei Chen"
    assert "Listed earlier in the file" in skipped[1]

    assert contact_files() == ["Jane Doe"]  # the preview wrote nothing
    press_import(qtbot, seeded, dialog)

    assert contact_files() == ["Amara Nwosu", "Jane Doe", "Wei Chen"]
    janes = [c for c in seeded.hub.store.contacts.values() if c.name == "Jane Doe"]
    assert janes[0].phones == ["+44 20 7946 0000"]
    assert janes[0].notes == ""  # a merge only fills what was empty
    wei = next(c for c in seeded.hub.store.contacts.values() if c.name == "Wei Chen")
    assert wei.phones == ["+1 555 0100"]  # the two entries in the file were combined
    message = seeded.statusBar().currentMessage()
    assert message.startswith("Import done: 2 contacts added")
    assert "Undo last import" in message
    assert seeded.current_view() == "contacts"
    assert seeded.views["contacts"].model.rowCount() == 3  # the list was refreshed
    assert seeded.actions_by_name["undo-import"].isEnabled()


def test_cancelling_the_preview_imports_nothing(qtbot, seeded, monkeypatch, cards, contact_files):
    dialog = open_preview(seeded, monkeypatch, cards)
    dialog.reject()
    qtbot.waitUntil(lambda: seeded.transfer.dialog is None)
    assert contact_files() == ["Jane Doe"]
    assert seeded.transfer.last_receipt is None


def test_choosing_to_skip_duplicates_leaves_existing_contacts_alone(
    qtbot, seeded, monkeypatch, cards
):
    dialog = open_preview(seeded, monkeypatch, cards)
    dialog.skip_choice.setChecked(True)
    assert dialog.summary.text() == "2 to add · 0 to merge · 2 to skip"
    reasons = dict(rows(dialog.preview)[tr("Skipped (%n)", None, 2)])
    assert reasons["Jane Doe (Acme)"] == (
        "Already in your contacts (the same email address); left as it is."
    )
    press_import(qtbot, seeded, dialog)
    janes = [c for c in seeded.hub.store.contacts.values() if c.name == "Jane Doe"]
    assert janes[0].phones == []


def test_a_csv_shows_its_columns_prefilled_and_follows_a_change(
    qtbot, window, monkeypatch, tmp_path
):
    path = tmp_path / "people.csv"
    path.write_text(
        "Full name,E-mail,Employer,Remarks\n"
        "Rosa Diaz,rosa@example.com,Nine-Nine,Met at the conference\n"
        "Gina Linetti,gina@example.com,Nine-Nine,\n",
        encoding="utf-8",
    )
    dialog = open_preview(window, monkeypatch, path)
    assert dialog.kind.currentData() == "csv"
    assert dialog.columns_box.isVisibleTo(dialog)
    assert dialog.columns["name"].currentData() == "Full name"
    assert dialog.columns["emails"].currentData() == "E-mail"
    assert dialog.columns["company"].currentData() == "Employer"
    assert dialog.columns["notes"].currentData() is None  # "Remarks" is not a known header

    notes = dialog.columns["notes"]
    notes.setCurrentIndex(notes.findData("Remarks"))
    rosa = next(c for c in dialog.plan.added if c.name == "Rosa Diaz")
    assert rosa.notes == "Met at the conference"

    name = dialog.columns["name"]
    name.setCurrentIndex(0)  # not used: no column gives names any more
    assert dialog.problem.isVisibleTo(dialog)
    assert "no column for names" in dialog.problem.text()
    assert not dialog.import_button.isEnabled()

    name.setCurrentIndex(name.findData("Full name"))
    assert dialog.import_button.isEnabled()
    press_import(qtbot, window, dialog)
    rosa = next(c for c in window.hub.store.contacts.values() if c.name == "Rosa Diaz")
    assert (rosa.company, rosa.notes) == ("Nine-Nine", "Met at the conference")


def test_several_columns_for_one_field_are_offered_together(window, monkeypatch, tmp_path):
    path = tmp_path / "google.csv"
    path.write_text(
        "Name,E-mail 1 - Value,E-mail 2 - Value\n"
        "Rosa Diaz,rosa@example.com,rosa.diaz@example.org\n",
        encoding="utf-8",
    )
    dialog = open_preview(window, monkeypatch, path)
    emails = dialog.columns["emails"]
    assert emails.currentText() == "E-mail 1 - Value + E-mail 2 - Value"
    assert dialog.plan.added[0].emails == ["rosa@example.com", "rosa.diaz@example.org"]
    emails.setCurrentIndex(emails.findData("E-mail 2 - Value"))
    assert dialog.plan.added[0].emails == ["rosa.diaz@example.org"]


def test_columns_twoway_cannot_recognize_can_still_be_chosen(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Who,Mail\nRosa Diaz,rosa@example.com\nGina Linetti,\n", encoding="utf-8")
    dialog = open_preview(window, monkeypatch, path)
    assert dialog.kind.currentData() == "csv"
    assert dialog.problem.isVisibleTo(dialog)
    assert dialog.problem.text().startswith("Choose the columns above.")
    assert not dialog.import_button.isEnabled()

    dialog.columns["name"].setCurrentIndex(dialog.columns["name"].findData("Who"))
    dialog.columns["emails"].setCurrentIndex(dialog.columns["emails"].findData("Mail"))
    assert dialog.summary.text() == "2 to add · 0 to merge · 0 to skip"
    press_import(qtbot, window, dialog)
    rosa = next(c for c in window.hub.store.contacts.values() if c.name == "Rosa Diaz")
    assert rosa.emails == ["rosa@example.com"]


def test_the_detected_kind_of_file_can_be_overridden(window, monkeypatch, tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Wei,Chen,https://www.linkedin.com/in/weichen88,,,,02 Jan 2025\n"
        "Ann,Perkins,https://www.linkedin.com/in/annp,,Pawnee Health,Nurse,05 Mar 2024\n",
        encoding="utf-8",
    )
    dialog = open_preview(window, monkeypatch, path)
    assert dialog.kind.currentData() == "linkedin"
    wei = next(c for c in dialog.plan.added if c.name == "Wei Chen")
    assert wei.met_how == "Connected on LinkedIn, 2 January 2025"

    dialog.kind.setCurrentIndex(dialog.kind.findData("csv"))
    assert dialog.columns_box.isVisibleTo(dialog)
    assert dialog.columns["first_name"].currentData() == "First Name"
    wei = next(c for c in dialog.plan.added if c.name == "Wei Chen")
    assert wei.met_how == "02 Jan 2025"  # the plain column, as a generic CSV reads it

    dialog.kind.setCurrentIndex(dialog.kind.findData("vcard"))
    assert "not a vCard file" in dialog.problem.text()
    assert not dialog.import_button.isEnabled()


def test_a_file_that_cannot_be_read_is_explained_and_nothing_is_imported(
    window, monkeypatch, tmp_path, contact_files
):
    path = tmp_path / "photo.vcf"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert open_preview(window, monkeypatch, path) is None
    box = window.transfer.message_box
    assert box.text() == "This file cannot be imported."
    assert "looks like an image" in box.informativeText()
    assert contact_files() == []


def people_csv(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "many.csv"
    lines = ["Name,Email"] + [f"Person {i:03d},p{i}@example.com" for i in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_large_import_is_written_in_batches_while_the_window_keeps_answering(
    qtbot, window, monkeypatch, tmp_path, contact_files
):
    monkeypatch.setattr(batch_run, "MAX_BATCH", batch_run.BATCH)  # as on a slow disk
    count = batch_run.BATCH * 4 + 3
    dialog = open_preview(window, monkeypatch, people_csv(tmp_path, count))
    answered = []
    ticker = QTimer(window)
    ticker.timeout.connect(lambda: answered.append(len(window.hub.store.contacts)))
    ticker.start(0)
    press_import(qtbot, window, dialog)
    ticker.stop()
    # The window handled events between batches, seeing the contacts arrive part by part.
    partial = {n for n in answered if 0 < n < count}
    assert len(partial) >= 3
    assert len(contact_files()) == count


def test_an_import_that_fails_halfway_leaves_nothing_behind(
    qtbot, seeded, monkeypatch, tmp_path, contact_files
):
    real = transfer.apply_import
    calls = []

    def failing_second_time(store, plan, clock=None, journal=None):
        calls.append(plan)
        if len(calls) == 2:
            raise ImportFileError("The disk is full, so the import could not be saved.")
        return real(store, plan, clock, journal)

    monkeypatch.setattr(transfer, "apply_import", failing_second_time)
    dialog = open_preview(seeded, monkeypatch, people_csv(tmp_path, batch_run.BATCH * 3))
    press_import(qtbot, seeded, dialog)
    assert contact_files() == ["Jane Doe"]  # the first batch was taken back
    box = seeded.transfer.message_box
    assert box.text() == "The import could not be finished, so nothing was imported."
    assert "disk is full" in box.informativeText()
    assert not seeded.actions_by_name["undo-import"].isEnabled()


def test_undo_last_import_takes_it_back_and_keeps_what_was_changed_since(
    qtbot, seeded, monkeypatch, tmp_path, answer, contact_files
):
    path = tmp_path / "cards.vcf"
    path.write_text(
        vcard("Jane Doe", "jane@example.com", "Acme", "+44 20 7946 0000")
        + vcard("Wei Chen", "wei@example.com")
        + vcard("Amara Nwosu", "amara@example.com")
        + vcard("Omar Haddad", "omar@example.com")
        + vcard("Lena Fischer", "lena@example.com"),
        encoding="utf-8",
    )
    press_import(qtbot, seeded, open_preview(seeded, monkeypatch, path))
    hub = seeded.hub
    by_name = {c.name: c for c in hub.store.contacts.values()}
    wei = by_name["Wei Chen"]
    wei.notes = "Wants an intro to the data team"
    hub.put_contact(wei)
    hub.put_meeting(Meeting(contact_id=by_name["Amara Nwosu"].id, format_id="minimastermind"))
    hub.save_now()

    with qtbot.waitSignal(seeded.transfer.finished, timeout=20000):
        seeded.actions_by_name["undo-import"].trigger()
    assert answer.questions[0].startswith("Take back the import of")
    assert contact_files() == ["Amara Nwosu", "Jane Doe", "Wei Chen"]
    janes = [c for c in hub.store.contacts.values() if c.name == "Jane Doe"]
    assert janes[0].phones == []  # put back as it was before the import
    box = seeded.transfer.message_box
    assert "kept as they are" in box.text()
    assert "Wei Chen" in box.informativeText()
    assert "Amara Nwosu" in box.informativeText()
    assert seeded.statusBar().currentMessage().startswith("Import undone: 2 contacts removed")
    assert not seeded.actions_by_name["undo-import"].isEnabled()


def test_undo_last_import_asks_first(qtbot, seeded, monkeypatch, cards, answer, contact_files):
    press_import(qtbot, seeded, open_preview(seeded, monkeypatch, cards))
    answer.will(False)
    seeded.actions_by_name["undo-import"].trigger()
    assert len(answer.questions) == 1
    assert contact_files() == ["Amara Nwosu", "Jane Doe", "Wei Chen"]
    assert seeded.actions_by_name["undo-import"].isEnabled()


def test_the_import_preview_can_be_used_without_a_mouse(window, monkeypatch, tmp_path):
    dialog = open_preview(window, monkeypatch, people_csv(tmp_path, 3))
    for widget in dialog.findChildren(QComboBox) + dialog.findChildren(QTreeWidget):
        assert widget.accessibleName(), type(widget).__name__
    buttons = dialog.findChildren(QPushButton) + dialog.findChildren(QRadioButton)
    assert all(button.text() for button in buttons)
    assert dialog.import_button.isDefault()


# --- export ----------------------------------------------------------------------------------


@pytest.fixture
def demo(window, store, clock):
    seed_demo(store, clock.wall())
    window.hub.reset.emit()
    return window


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    """Answers the save dialog with the suggested name in a folder of the test's own."""
    suggested: list[str] = []

    def choose(parent, title, proposal: Path, file_filter: str) -> Path:
        suggested.append(proposal.name)
        return tmp_path / "out" / proposal.name

    monkeypatch.setattr(transfer, "choose_export_file", choose)
    return suggested


def test_every_export_is_written_where_chosen_and_said(demo, store, save_to, tmp_path):
    out = tmp_path / "out"
    for kind in transfer.EXPORTS:
        demo.actions_by_name[f"export-{kind}"].trigger()
        written = out / save_to[-1]
        assert written.is_file(), kind
        assert str(written) in demo.statusBar().currentMessage()
    assert save_to == [
        "twoway-contacts.vcf",
        "twoway-contacts.csv",
        "twoway-meetings.csv",
        "twoway-calendar.ics",
        "twoway-backup-2026-03-10.zip",
    ]

    read_back = read_contacts(out / "twoway-contacts.vcf").contacts
    assert sorted(c.name for c in read_back) == sorted(c.name for c in store.contacts.values())
    contacts_csv = (out / "twoway-contacts.csv").read_text("utf-8-sig").splitlines()
    assert contacts_csv[0].startswith("Name,Company,Role")
    assert len(contacts_csv) == len(store.contacts) + 1
    meetings_csv = (out / "twoway-meetings.csv").read_text("utf-8-sig").splitlines()
    assert meetings_csv[0].startswith("Date (UTC),Contact")
    calendar = icalendar.Calendar.from_ical((out / "twoway-calendar.ics").read_bytes())
    events = [c for c in calendar.walk("VEVENT")]
    assert len(events) == len(calendar_meetings(store.meetings.values())) > 0
    assert len(list(calendar.walk("VTODO"))) == len(store.followups)
    with zipfile.ZipFile(out / save_to[-1]) as archive:
        names = archive.namelist()
    assert sum(name.startswith("contacts/") for name in names) == len(store.contacts)


def test_an_export_gets_its_file_ending_when_the_name_has_none(
    window, store, monkeypatch, tmp_path
):
    store.put_contact(jane())
    monkeypatch.setattr(
        transfer, "choose_export_file", lambda parent, title, proposal, filt: tmp_path / "mine"
    )
    window.actions_by_name["export-vcard"].trigger()
    assert read_contacts(tmp_path / "mine.vcf").contacts[0].name == "Jane Doe"


def test_an_export_that_cannot_be_written_is_explained(window, store, monkeypatch, tmp_path):
    store.put_contact(jane())
    (tmp_path / "report").write_text("a file, not a folder", encoding="utf-8")
    target = tmp_path / "report" / "twoway-contacts.vcf"
    monkeypatch.setattr(transfer, "choose_export_file", lambda parent, title, p, f: target)
    window.actions_by_name["export-vcard"].trigger()
    box = window.transfer.message_box
    assert box.text() == "Nothing was exported."
    assert box.informativeText().startswith("“twoway-contacts.vcf” could not be written")
    assert not target.exists()


def test_exporting_nothing_says_so_without_asking_for_a_file(window, save_to):
    window.actions_by_name["export-vcard"].trigger()
    window.actions_by_name["export-meetings"].trigger()
    assert save_to == []
    assert window.statusBar().currentMessage() == "There are no meetings to export yet."


def test_a_backup_export_keeps_every_backup_the_user_asked_to_keep(window, store, clock, save_to):
    window.views["settings"].data.keep.setValue(30)
    for _ in range(20):
        store.backups.take_now(keep=30)
        clock.advance(3600)
    window.actions_by_name["export-backup"].trigger()
    assert len(store.backups.files()) == 21


def test_the_preview_has_its_own_words_for_every_way_a_person_is_recognized(qtbot):
    """The planner hands over what it found (not English sentences to pick apart), and
    the preview says each in the user's language."""
    from twoway.core.interop import Match, Skip, SkipWhy
    from twoway.core.records import Contact
    from twoway.ui.main.import_dialog import match_text, skip_text

    assert len({match_text(match) for match in Match}) == len(Match)
    said = {why: skip_text(Skip(Contact(name="Ana"), why, Match.LINKEDIN)) for why in SkipWhy}
    assert all("the same LinkedIn profile" in text for text in said.values())
    assert len(set(said.values())) == len(SkipWhy)
