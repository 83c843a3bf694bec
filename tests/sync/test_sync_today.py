"""The window's side of sync, against a real Radicale server: a one-to-one event shows in
Today "from your calendar", one click plans it, and its call link starts the timer; the
network work runs on a worker thread, and problems wait until the call is over."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox
from radicale_server import make_collection
from sync_helpers import Peer, add_account, event_ics, now

from twoway.core.clock import SystemClock
from twoway.core.store import Store
from twoway.core.sync.engine import SyncReport
from twoway.paths import DataPaths
from twoway.ui.context import AppContext
from twoway.ui.main import MainWindow
from twoway.ui.main.calendar_suggestions import CalendarSuggestions

JITSI = "https://meet.jit.si/TwowayGrace"


class Silent:
    def play(self, volume: float) -> bool:
        return True


@pytest.fixture
def context(qtbot, data_dir):
    paths = DataPaths(data_dir)
    ctx = AppContext.build(QApplication.instance(), paths, SystemClock())
    ctx.records.store = Store.open(paths, ctx.clock, cache_file=None)
    ctx.chime.output = Silent()
    ctx.started = True  # as finish_startup leaves it
    yield ctx
    qtbot.wait(150)
    if ctx.meeting.active:
        ctx.meeting.end()
    ctx.overlay.close()
    ctx.overlay.deleteLater()


@pytest.fixture
def window(qtbot, context):
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.hub.save_now()


def _suggestions(window) -> CalendarSuggestions:
    return window.views["today"].findChild(CalendarSuggestions)


def test_an_event_shows_in_today_and_becomes_a_meeting_whose_link_starts_the_timer(
    radicale, data_dir, qtbot, context, window, monkeypatch
):
    work = make_collection(radicale, "work", "calendar", ("VEVENT",))
    add_account(data_dir, radicale, "calendar=work")
    peer = Peer(radicale)
    peer.put_event(
        work,
        event_ics(
            "grace@other",
            now() + timedelta(hours=2),
            20,
            "Catch-up",
            attendees=[("Grace Hopper", "grace@example.org")],
            location=JITSI,
        ),
    )
    peer.close()
    box = _suggestions(window)
    assert box.isHidden()  # nothing to show yet

    service = context.sync_service()
    with qtbot.waitSignal(service.finished, timeout=20_000):
        assert service.sync_now()
        assert service.running  # the window did not wait for the server
    assert box.isVisible()
    assert box.list.count() == 1 and "Grace Hopper" in box.list.item(0).text()

    meeting_id = box.plan_selected()
    assert meeting_id
    meeting = window.hub.meeting(meeting_id)
    assert window.hub.contact_name(meeting.contact_id) == "Grace Hopper"
    assert meeting.format_id == "twenty-minute"
    assert window.current_view() == "meeting"  # the planned meeting opens
    window.show_view("today")
    assert box.list.isHidden()  # planned: no longer suggested
    assert box.join_button.isVisible()

    opened = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    assert box.join_next()
    assert opened == [JITSI]
    assert context.meeting.active


def test_sync_problems_wait_for_the_call_and_show_in_settings_never_as_a_dialog(
    qtbot, data_dir, context, window, monkeypatch
):
    from twoway.core.marks import message
    from twoway.core.sync.accounts import Account, save_accounts

    service = context.sync_service()
    save_accounts(service.folder, [Account(url="https://dav.example.org/", user="ada")])
    problem = message(
        "dav.example.org could not be reached; Twoway tries again later and nothing is lost."
    )
    service._worker = lambda *_args: SyncReport(problems=[problem])
    said = []
    monkeypatch.setattr(context.notices, "_deliver", lambda notice: said.append(notice.text))
    dialogs = []
    monkeypatch.setattr(QMessageBox, "exec", lambda *_a: dialogs.append(1) or 0)
    context.meetings.start(context.meetings.default_format(), _info(), {})
    assert context.meeting.active

    with qtbot.waitSignal(service.finished, timeout=10_000):
        service.sync_now()
    assert said == [] and dialogs == []  # held while the call is on
    accounts = window.views["settings"].accounts
    assert "could not be reached" in accounts.status.text()

    context.meeting.end()
    assert said == []  # the end card is up: still the call's screen
    context.overlay.close_end_card()
    assert said == [str(problem)]
    # The same problem next time is not said again.
    with qtbot.waitSignal(service.finished, timeout=10_000):
        service.sync_now()
    assert said == [str(problem)]


def _info():
    from twoway.ui.meeting import MeetingInfo

    return MeetingInfo(meeting_id="", contact_id="", contact_name="", closing_line="")


def test_settings_accounts_finds_calendars_without_waiting_and_keeps_the_password_in_the_keyring(
    radicale, qtbot, context, window, memory_keyring
):
    from radicale_server import PASSWORD, USER

    from twoway.ui.main.accounts import AddAccountDialog

    make_collection(radicale, "work", "calendar", ("VEVENT",))
    make_collection(radicale, "twoway", "calendar", ("VEVENT", "VTODO"))
    make_collection(radicale, "contacts", "addressbook")
    box = window.views["settings"].accounts
    dialog = AddAccountDialog(box)
    dialog.url.setText(radicale.url)
    dialog.user.setText(USER)
    dialog.secret.setText("wrong")
    with qtbot.waitSignal(dialog.discovery.done, timeout=10_000):
        dialog.find()
        assert "Looking for calendars" in dialog.status.text()
    assert "did not accept the user name or password" in dialog.status.text()

    dialog.secret.setText(PASSWORD)
    with qtbot.waitSignal(dialog.discovery.done, timeout=10_000):
        dialog.find()
    assert dialog.calendars.count() == 2
    assert dialog.address_book.currentText() == "contacts"
    dialog.write_to.setCurrentIndex(dialog.write_to.findText("twoway"))
    dialog._add()
    assert dialog.result() == dialog.DialogCode.Accepted

    service = context.sync_service()
    with qtbot.waitSignal(service.finished, timeout=20_000):
        assert box.keep(dialog.account, dialog.password)
    assert box.list.count() == 1 and USER in box.list.item(0).text()
    assert list(memory_keyring.secrets.values()) == [PASSWORD]
    assert box.status.text().startswith("Synced:")
    [account] = service.accounts()
    assert account.calendar_out.endswith("/twoway/") and account.calendar_out_tasks

    box.list.setCurrentRow(0)
    box.remove_selected()
    assert box.list.count() == 0 and memory_keyring.secrets == {}


def test_without_a_keyring_settings_asks_for_the_password_each_start_and_writes_none(
    radicale, qtbot, context, window, data_dir
):
    import keyring
    from keyring.backends import fail
    from radicale_server import PASSWORD

    make_collection(radicale, "contacts", "addressbook")
    keyring.set_keyring(fail.Keyring())
    add_account(data_dir, radicale)
    service = context.sync_service()
    box = window.views["settings"].accounts
    window.show_view("settings")
    box.refresh()
    assert box.ask_secret.isVisible()  # a new start: the password is asked, in Settings
    assert "ada@" in box.ask_label.text()
    box.ask_secret.setText(PASSWORD)
    with qtbot.waitSignal(service.finished, timeout=20_000):
        box.use_password()
    assert box.ask_secret.isHidden()
    assert service.last_report.problems == []
    state = service.folder
    assert not any(
        PASSWORD in p.read_text(errors="replace") for p in state.rglob("*") if p.is_file()
    )


def test_a_password_typed_in_settings_goes_to_the_keyring_and_a_wrong_one_can_be_replaced(
    radicale, qtbot, context, window, data_dir, memory_keyring
):
    from radicale_server import PASSWORD

    from twoway.core.sync.accounts import KEYRING_SERVICE

    make_collection(radicale, "contacts", "addressbook")
    account = add_account(data_dir, radicale)
    memory_keyring.secrets.clear()  # the keyring works but has lost the password
    service = context.sync_service()
    box = window.views["settings"].accounts
    window.show_view("settings")
    with qtbot.waitSignal(service.finished, timeout=20_000):
        service.sync_now()
    assert "could be read from this computer's keyring" in box.status.text()
    assert "has no keyring" not in box.status.text()
    assert box.ask_secret.isVisible() and box.ask_label.text().startswith("Password for ada@")

    box.ask_secret.setText(PASSWORD)
    with qtbot.waitSignal(service.finished, timeout=20_000):
        box.use_password()
    assert memory_keyring.secrets == {(KEYRING_SERVICE, account): PASSWORD}
    assert service.session_passwords == {}
    assert box.status.text().startswith("Synced:")
    assert box.ask_secret.isHidden()  # and not asked again at the next start

    # A stored password that the server no longer takes is replaced here, not by
    # removing the account.
    memory_keyring.secrets[(KEYRING_SERVICE, account)] = "the old one"
    with qtbot.waitSignal(service.finished, timeout=20_000):
        service.sync_now()
    assert "did not accept the user name or password" in box.status.text()
    assert box.password_button.isEnabled()
    box.list.setCurrentRow(0)
    box.password_button.click()
    assert box.ask_secret.isVisible() and box.ask_label.text().startswith("New password for ada@")
    box.ask_secret.setText(PASSWORD)
    with qtbot.waitSignal(service.finished, timeout=20_000):
        box.use_password()
    assert memory_keyring.secrets == {(KEYRING_SERVICE, account): PASSWORD}
    assert box.status.text().startswith("Synced:")
    assert box.ask_secret.isHidden()
