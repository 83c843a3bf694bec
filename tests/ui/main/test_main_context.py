"""The app's wiring: the store opens on first use, a meeting started from the tray or the
command line gets its debrief window, and the tray's questions are answered from the store."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from twoway.demo_data import seed_demo
from twoway.paths import DataPaths
from twoway.ui.context import AppContext


@pytest.fixture
def bare(qtbot, data_dir, clock):
    """A context as app.py builds it: no store and no main window yet."""
    ctx = AppContext.build(QApplication.instance(), DataPaths(data_dir), clock)
    ctx.chime.enabled = False
    yield ctx, clock
    qtbot.wait(150)
    if ctx.main_window is not None:
        ctx.main_window.hide()
        ctx.main_window.deleteLater()
    ctx.overlay.close()
    ctx.overlay.deleteLater()


def test_a_meeting_from_the_command_line_is_kept_and_its_debrief_waits_for_the_user(
    qtbot, bare, data_dir
):
    ctx, clock = bare
    assert ctx.records.store is None and ctx.main_window is None
    assert ctx.meetings.start_by_name("minimastermind", "Lin Chen") == ""
    for _ in range(12):
        clock.advance(5)
        ctx.meeting.tick()
    ctx.meeting.end()
    # Kept at once, with no window over the call: people end the timer mid-goodbye.
    assert ctx.main_window is None
    [meeting] = ctx.records.store.meetings.values()
    assert meeting.run["elapsed_s"] == 60.0
    assert (data_dir / "meetings" / f"{meeting.id}.toml").exists()
    # The name given on the command line becomes a contact, so the meeting has a history.
    assert ctx.records.store.contacts[meeting.contact_id].name == "Lin Chen"
    assert ctx.overlay.isVisible() and ctx.overlay.current_view().title == "Meeting with Lin ended"
    assert ctx.overlay.ended_meeting_id == meeting.id

    ctx.overlay.debrief_requested.emit(meeting.id)  # "Write the debrief" on the card
    window = ctx.main_window
    assert window is not None and window.isVisible()
    assert window.current_view() == "meeting"
    assert window.views["meeting"].current_step() == "debrief"
    assert window.views["meeting"].title == "Meeting with Lin Chen"


def test_a_debrief_written_days_later_leaves_last_contact_on_the_day_held(bare):
    ctx, clock = bare
    held_on = clock.wall().astimezone().date()
    ctx.meetings.start_by_name("minimastermind", "Ada Park")
    clock.advance(30)
    ctx.meeting.tick()
    ctx.meeting.end()
    [meeting] = ctx.records.store.meetings.values()
    contact_id = meeting.contact_id
    clock.advance(4 * 86400)  # four days on, the user writes the debrief
    ctx.open_debrief(meeting.id)
    debrief = ctx.main_window.views["meeting"].debrief
    debrief.value_me.setPlainText("An intro to the Lisbon team")
    ctx.main_window.save_debrief()
    ctx.main_window.hub.save_now()
    assert ctx.records.store.contacts[contact_id].last_interaction == held_on


def test_the_tray_hooks_read_the_store(bare):
    ctx, clock = bare
    seed_demo(ctx.records.open(), clock.wall())
    meeting, name = ctx.meetings.next_planned()
    assert (meeting.id, name) == ("m-demo10", "Maya Okafor")
    assert [m.id for m in ctx.meetings.planned()][:2] == ["m-demo10", "m-demo11"]
    assert {f.id for f in ctx.meetings.followups_due()} == {"f-demo09", "f-demo11"}
    assert ctx.meetings.contact_name("c-demo01") == "Inês Duarte"
    assert ctx.start_planned_meeting(meeting)
    assert ctx.meeting.info.meeting_id == "m-demo10"
    ctx.meeting.end()


def test_settings_and_followups_open_their_views(bare):
    ctx, _clock = bare
    ctx.show_settings()
    assert ctx.main_window.current_view() == "settings"
    ctx.show_followups()
    assert ctx.main_window.current_view() == "followups"
    ctx.toggle_main_window()
    assert not ctx.main_window.isVisible()
    ctx.toggle_main_window()
    assert ctx.main_window.isVisible()


def test_changes_that_cannot_be_saved_at_quit_are_kept_and_the_next_start_says_where(
    qtbot, bare, data_dir, monkeypatch
):
    import errno
    import os
    import tomllib
    from pathlib import Path

    from twoway.core.records import Contact

    ctx, clock = bare
    store = ctx.records.open()
    contact = Contact(name="Rui Costa")
    store.put_contact(contact)
    assert store.flush() == []
    contact.notes = "Typed a moment before quitting"
    store.put_contact(contact)
    real_replace = os.replace

    def read_only(source, target, *args, **kwargs):
        if Path(target).is_relative_to(data_dir):
            raise PermissionError(errno.EACCES, "Permission denied", str(target))
        return real_replace(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "replace", read_only)
    ctx.records.close()  # what quitting does last
    monkeypatch.undo()
    [copy] = list(ctx.paths.unsaved_dir.rglob("*.toml"))
    assert tomllib.loads(copy.read_text())["notes"] == "Typed a moment before quitting"

    # The next start tells the user where, once.
    later = AppContext.build(QApplication.instance(), DataPaths(data_dir), clock)
    said: list[str] = []
    monkeypatch.setattr(later.notices, "say", lambda title, text: said.append(text))
    try:
        later.records.open()
        [text] = said
        assert "could not save some changes" in text
        assert str(copy.parent.parent) in text  # the folder of that quit
        third = AppContext.build(QApplication.instance(), DataPaths(data_dir), clock)
        monkeypatch.setattr(third.notices, "say", lambda title, text: said.append(text))
        third.records.open()
        assert len(said) == 1
        third.overlay.close()
        third.overlay.deleteLater()
    finally:
        later.overlay.close()
        later.overlay.deleteLater()
