"""Accounts: the password goes to the keyring and never into a file; without a keyring
Twoway says so and keeps nothing, and a keyring without the password is not called
missing; the account list and sync state are machine-local."""

from __future__ import annotations

import io

import keyring
import pytest
from keyring.backends import fail
from radicale_server import PASSWORD, USER

from twoway.core.sync.accounts import load_accounts, stored_password
from twoway.core.sync.commands import run_account_add, run_account_list, run_account_remove
from twoway.paths import DataPaths, state_dir


def _add(data_dir, url, password=PASSWORD, **extra):
    out, err = io.StringIO(), io.StringIO()
    code = run_account_add(
        DataPaths(data_dir),
        url,
        USER,
        True,
        extra.get("calendars", []),
        extra.get("write_to"),
        extra.get("address_book"),
        out=out,
        err=err,
        stdin=io.StringIO(password + "\n"),
    )
    return code, out.getvalue(), err.getvalue()


def _all_files_text(folder) -> str:
    return "".join(p.read_text(errors="replace") for p in folder.rglob("*") if p.is_file())


def test_adding_an_account_keeps_the_password_in_the_keyring_only(
    radicale, data_dir, memory_keyring
):
    from radicale_server import make_collection

    make_collection(radicale, "work", "calendar", ("VEVENT",))
    make_collection(radicale, "twoway", "calendar", ("VEVENT", "VTODO"))
    make_collection(radicale, "contacts", "addressbook")
    code, out, err = _add(data_dir, radicale.url, write_to="twoway")
    assert code == 0, err
    assert "written to “twoway”" in out and "contacts synced with “contacts”" in out
    [account] = load_accounts(state_dir(DataPaths(data_dir)))
    assert account.calendar_out.endswith("/twoway/") and account.calendar_out_tasks
    assert len(account.calendars_in) == 2
    assert list(memory_keyring.secrets.values()) == [PASSWORD]
    assert PASSWORD not in _all_files_text(state_dir(DataPaths(data_dir)))
    assert PASSWORD not in _all_files_text(data_dir)


def test_the_state_folder_is_outside_the_data_folder_and_one_per_data_folder(tmp_path):
    a, b = DataPaths(tmp_path / "a"), DataPaths(tmp_path / "b")
    assert state_dir(a) != state_dir(b)
    assert tmp_path not in state_dir(a).parents


def test_without_a_keyring_twoway_says_so_and_writes_no_password(radicale, data_dir):
    keyring.set_keyring(fail.Keyring())
    code, _out, err = _add(data_dir, radicale.url)
    assert code == 0
    assert "no keyring" in err and "asks for it each time" in err
    assert PASSWORD not in _all_files_text(state_dir(DataPaths(data_dir)))
    [account] = load_accounts(state_dir(DataPaths(data_dir)))
    assert stored_password(account) is None
    out = io.StringIO()
    run_account_list(DataPaths(data_dir), out, out)
    assert "password asked each time" in out.getvalue()


def test_a_wrong_password_is_refused_plainly_and_nothing_is_added(
    radicale, data_dir, memory_keyring
):
    code, _out, err = _add(data_dir, radicale.url, password="wrong")
    assert code == 1
    assert "did not accept the user name or password" in err
    assert "Traceback" not in err
    assert load_accounts(state_dir(DataPaths(data_dir))) == []
    assert memory_keyring.secrets == {}


def test_a_server_that_is_not_there_is_said_plainly(data_dir):
    code, _out, err = _add(data_dir, "http://127.0.0.1:9/")
    assert code == 1
    assert "could not be reached" in err


def test_list_and_remove_forget_the_password_and_leave_the_server_alone(
    radicale, data_dir, memory_keyring
):
    assert _add(data_dir, radicale.url)[0] == 0
    paths = DataPaths(data_dir)
    [account] = load_accounts(state_dir(paths))
    out = io.StringIO()
    assert run_account_list(paths, out, out) == 0
    assert account.id in out.getvalue() and "password in keyring" in out.getvalue()
    out = io.StringIO()
    assert run_account_remove(paths, account.id[:8], out, out) == 0
    assert load_accounts(state_dir(paths)) == []
    assert memory_keyring.secrets == {}
    assert run_account_remove(paths, "acct-nothere", out, out) == 2


@pytest.mark.parametrize(
    ("url", "subscription"),
    [
        ("https://calendar.example.org/private-abc/basic.ics", True),
        ("webcal://example.org/cal", True),
        ("/home/me/calendar.ics", True),
        ("https://dav.example.org/", False),
    ],
)
def test_ics_addresses_are_read_only_subscriptions(url, subscription):
    from twoway.core.sync.accounts import subscription_url

    assert subscription_url(url) is subscription


def test_an_unreadable_account_list_is_reported_and_left_as_it_is(data_dir):
    paths = DataPaths(data_dir)
    folder = state_dir(paths)
    folder.mkdir(parents=True)
    (folder / "accounts.json").write_text("{broken", encoding="utf-8")
    out = io.StringIO()
    assert run_account_list(paths, out, out) == 1
    assert "could not be read" in out.getvalue()
    assert (folder / "accounts.json").read_text(encoding="utf-8") == "{broken"


def test_a_tls_problem_is_said_plainly(radicale, data_dir):
    # The server speaks plain HTTP: a secure connection to it cannot be made.
    code, _out, err = _add(data_dir, f"https://127.0.0.1:{radicale.port}/")
    assert code == 1
    assert "secure connection" in err and "Traceback" not in err


def test_a_password_missing_from_a_working_keyring_is_not_called_a_missing_keyring(
    radicale, data_dir, memory_keyring
):
    from twoway.core.sync.engine import sync_all

    paths = DataPaths(data_dir)
    code, _out, err = _add(data_dir, radicale.url)
    assert code == 0, err
    memory_keyring.secrets.clear()  # the keyring works; its entry for the account is gone

    [problem] = sync_all(paths, state_dir(paths)).problems
    assert problem == (
        f"No password for {USER}@{radicale.url.split('/')[2]} could be read from this "
        "computer's keyring; type it in Settings ▸ Accounts and Twoway keeps it in the keyring."
    )

    keyring.set_keyring(fail.Keyring())  # and where there is no keyring, that is said
    [problem] = sync_all(paths, state_dir(paths)).problems
    assert "This computer has no keyring" in problem
