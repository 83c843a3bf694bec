"""Keep in touch: a cadence per contact and per tag (Settings ▸ Keep in touch), who is due
on Today and in the tray, and a talk log on the contact's page that counts as being in
touch."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from twoway.core.records import Contact, Meeting
from twoway.ui.main.common import to_qdate


def add(window, name: str, *, days_ago: int | None, cadence: int = 0, tags=()) -> Contact:
    today = window.hub.today()
    last = None if days_ago is None else today - timedelta(days=days_ago)
    contact = Contact(name=name, last_interaction=last, keep_in_touch_days=cadence, tags=[*tags])
    window.hub.put_contact(contact)
    return contact


def test_choosing_a_cadence_puts_an_overdue_contact_on_today(qtbot, window):
    maya = add(window, "Maya Okafor", days_ago=40)
    window.open_contact(maya.id)
    box = window.views["contacts"].detail.keep_in_touch
    today = window.views["today"]
    assert not today.reconnect_due()
    box.cadence.setCurrentIndex(box.cadence.findText("Every month"))
    assert window.hub.contact(maya.id).keep_in_touch_days == 30
    window.show_view("today")
    assert today.reconnect.isVisible() and "Maya Okafor" in today.reconnect.text()
    today.reconnect.linkActivated.emit(maya.id)
    assert window.current_view() == "contacts"
    assert window.views["contacts"].detail.contact_id == maya.id


def test_logging_a_talk_is_shown_and_ends_the_reminder(qtbot, window):
    maya = add(window, "Maya Okafor", days_ago=40, cadence=14)
    window.open_contact(maya.id)
    box = window.views["contacts"].detail.keep_in_touch
    assert not box.talks.isVisible()
    box.day.setDate(to_qdate(window.hub.today() - timedelta(days=1)))
    box.kind.setCurrentIndex(box.kind.findText("Coffee"))
    qtbot.keyClicks(box.note, "Pricing, and her new team")
    qtbot.mouseClick(box.log_button, Qt.MouseButton.LeftButton)
    stored = window.hub.contact(maya.id)
    assert [(t.kind, t.note) for t in stored.talks] == [("coffee", "Pricing, and her new team")]
    assert stored.last_interaction == window.hub.today() - timedelta(days=1)
    assert (
        box.talks.count() == 1 and "Coffee · Pricing, and her new team" in box.talks.item(0).text()
    )
    assert window.views["today"].reconnect_due() == []


def test_a_meeting_held_ends_the_reminder(window, context):
    maya = add(window, "Maya Okafor", days_ago=40, cadence=14)
    assert [d.contact.id for d in window.views["today"].reconnect_due()] == [maya.id]
    meeting = Meeting(contact_id=maya.id, format_id="minimastermind")
    window.hub.put_meeting(meeting)
    window.start_meeting(meeting.id)
    context.meeting.end()
    assert window.views["today"].reconnect_due() == []


def choose_for_tag(window, tag: str, label: str) -> None:
    """Settings ▸ Keep in touch: pick a cadence for a tag, as the user does."""
    window.show_view("settings")
    box = window.views["settings"].keep_in_touch
    combo = box.combos[tag.casefold()]
    combo.setCurrentIndex(combo.findText(label))


# The offscreen platform has no tray to follow across screens; Qt says so once.
@pytest.mark.qt_log_ignore("QObject::connect: No such signal QPlatformNativeInterface")
def test_a_cadence_for_a_tag_puts_its_contacts_on_today_and_in_the_tray(
    qtbot, window, context, paths, monkeypatch
):
    import tomllib

    from PySide6.QtWidgets import QSystemTrayIcon

    from twoway.ui.tray import create_tray

    ines = add(window, "Inês Duarte", days_ago=40, tags=["Investors", "food"])
    add(window, "Tom Berg", days_ago=40, tags=["analytics"])
    today = window.views["today"]
    assert today.reconnect_due() == []
    box = window.views["settings"].keep_in_touch
    window.show_view("settings")
    rows = [box.table.item(row, box.TAG).text() for row in range(box.table.rowCount())]
    assert rows == ["analytics", "food", "Investors"]  # the tags the contacts have
    assert box.combos["investors"].currentText() == "No reminder"
    choices = [box.combos["investors"].itemText(i) for i in range(box.combos["investors"].count())]
    assert choices == [
        "No reminder",
        "Every 2 weeks",
        "Every month",
        "Every 2 months",
        "Every 3 months",
        "Every 6 months",
    ]  # as on a contact's page

    chosen = box.combos["investors"]
    choose_for_tag(window, "Investors", "Every month")
    # The table is not built again under the user's hand: the choice they made stays.
    assert box.combos["investors"] is chosen

    # Today follows at once, before the view is even shown again.
    assert [d.contact.id for d in today.reconnect_due()] == [ines.id]
    assert "Inês Duarte" in today.reconnect.text() and "Tom Berg" not in today.reconnect.text()
    window.show_view("today")
    assert today.reconnect.isVisible()
    saved = tomllib.loads(paths.settings_file.read_text("utf-8"))
    assert saved["keep_in_touch"]["tags"] == {"investors": 30}

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    context.tray = create_tray(context)
    try:
        context.tray.menu.aboutToShow.emit()
        assert context.tray.actions["reconnect"].text() == "Due to reconnect: 1"
        choose_for_tag(window, "investors", "No reminder")
        assert today.reconnect_due() == []
        assert not today.reconnect.isVisible()
        context.tray.menu.aboutToShow.emit()
        assert "reconnect" not in context.tray.actions
    finally:
        context.tray.hide()


def test_the_contact_page_says_when_the_cadence_comes_from_a_tag_and_its_own_comes_first(
    qtbot, window
):
    ines = add(window, "Inês Duarte", days_ago=40, tags=["investors"])
    rui = add(window, "Rui Costa", days_ago=40, cadence=91, tags=["Investors"])
    choose_for_tag(window, "investors", "Every month")
    today = window.views["today"]
    assert [d.contact.id for d in today.reconnect_due()] == [ines.id]  # Rui: every 3 months

    window.open_contact(ines.id)
    box = window.views["contacts"].detail.keep_in_touch
    assert box.cadence.currentText() == "Every month, from tag “investors”"
    box.cadence.setCurrentIndex(box.cadence.findText("Every 2 months"))  # her own choice
    assert window.hub.contact(ines.id).keep_in_touch_days == 61
    assert today.reconnect_due() == []
    box.cadence.setCurrentIndex(box.cadence.findData(0))  # back to the tag's
    assert window.hub.contact(ines.id).keep_in_touch_days is None
    assert [d.contact.id for d in today.reconnect_due()] == [ines.id]

    window.open_contact(rui.id)
    assert box.cadence.currentText() == "Every 3 months"
    assert box.cadence.itemText(0) == "Every month, from tag “Investors”"

    window.open_contact(ines.id)
    detail = window.views["contacts"].detail
    detail.fields["tags"].setText("advisors")
    detail.fields["tags"].textEdited.emit("advisors")  # her tag taken off: no reminder
    assert box.cadence.currentText() == "No reminder"
    assert today.reconnect_due() == []


def test_a_bad_tag_cadence_in_the_settings_file_is_named_in_settings(qtbot, context, paths):
    from twoway.ui.main import MainWindow

    paths.settings_file.write_text(
        "schema = 1\n[keep_in_touch.tags]\ninvestors = 30\nmentors = 45\n", encoding="utf-8"
    )
    context.preferences.reload()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.show_view("settings")
    box = window.views["settings"].keep_in_touch
    assert box.problem_note.isVisible()
    assert box.problem_note.text() == (
        'settings.toml, line 4: "keep_in_touch.tags" for the tag "mentors" must be a number '
        "of days: one of 0, 14, 30, 61, 91, 182, so the tag is ignored."
    )
    assert box.combos["investors"].currentText() == "Every month"  # the good one counts
    box.combos["mentors"].setCurrentIndex(box.combos["mentors"].findText("Every 2 months"))
    assert not box.problem_note.isVisible()  # chosen again: answered
    assert context.settings.values.keep_in_touch.tags == {"investors": 30, "mentors": 61}
