"""`twoway account add|list|remove` and `twoway sync`, as functions the command line calls.

Exit codes: 0 done, 1 a problem (a server, a password, the keyring: one plain line on
`err`), 2 bad usage. `twoway sync` prints a one-line summary: added, updated, conflicts.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import TextIO

from twoway.core.clock import Clock
from twoway.core.sync.accounts import (
    DAV,
    SUBSCRIPTION,
    Account,
    AccountError,
    find_account,
    forget_password,
    keyring_available,
    load_accounts,
    no_keyring_message,
    save_accounts,
    store_password,
    stored_password,
    subscription_url,
)
from twoway.core.sync.dav import Collection, DavClient, DavError
from twoway.core.sync.state import forget_state
from twoway.paths import DataPaths, state_dir

OK, PROBLEM, USAGE = 0, 1, 2


def _accounts(folder: Path, command: str, err: TextIO) -> list[Account] | None:
    """The accounts kept in `folder`, or None after saying on `err` why they cannot be read."""
    try:
        return load_accounts(folder)
    except AccountError as exc:
        print(f"twoway {command}: {exc.message}", file=err)
        return None


def _read_password(password_stdin: bool, stdin: TextIO) -> str | None:
    if password_stdin:
        return stdin.readline().rstrip("\r\n")
    if stdin.isatty():
        return getpass.getpass("Password (or app password): ")
    return None


def _pick(collections: list[Collection], name: str, kind: str, err: TextIO) -> Collection | None:
    wanted = name.casefold().strip("/")
    for collection in collections:
        segment = collection.url.rstrip("/").rsplit("/", 1)[-1].casefold()
        if collection.kind == kind and wanted in (
            collection.name.casefold(),
            collection.url.casefold().strip("/"),
            segment,
        ):
            return collection
    names = ", ".join(f"“{c.name}”" for c in collections if c.kind == kind) or "none"
    print(f"twoway account add: no {kind} called “{name}” (found: {names}).", file=err)
    return None


def run_account_add(
    paths: DataPaths,
    url: str,
    user: str | None,
    password_stdin: bool,
    calendars: list[str],
    write_to: str | None,
    address_book: str | None,
    out: TextIO,
    err: TextIO,
    stdin: TextIO | None = None,
    emails: tuple[str, ...] = (),
) -> int:
    stdin = stdin or sys.stdin
    folder = state_dir(paths)
    accounts = _accounts(folder, "account add", err)
    if accounts is None:
        return PROBLEM
    if not user:
        if not subscription_url(url) and not url.startswith(("http://", "https://")):
            print(
                "twoway account add: give a server address with --user, or a calendar file or .ics address.",
                file=err,
            )
            return USAGE
        account = Account(url=url, kind=SUBSCRIPTION)
        accounts.append(account)
        save_accounts(folder, accounts)
        print(f"Added the read-only calendar {account.id} ({url}).", file=out)
        return OK
    password = _read_password(password_stdin, stdin)
    if not password:
        print(
            "twoway account add: no password given (use --password-stdin or a terminal).", file=err
        )
        return USAGE
    account = Account(url=url, user=user, kind=DAV)
    client = DavClient(url, user, password)
    try:
        found = client.discover()
        account.addresses = [*emails, *client.own_addresses()]
    except DavError as exc:
        print(f"twoway account add: {exc.message}", file=err)
        return PROBLEM
    finally:
        client.close()
    chosen = [_pick(found, name, "calendar", err) for name in calendars]
    picked = [c for c in chosen if c is not None]
    if len(picked) != len(chosen):
        return USAGE
    account.calendars_in = [c.url for c in picked] or [
        c.url for c in found if c.kind == "calendar" and "VEVENT" in c.components
    ]
    if write_to:
        target = _pick(found, write_to, "calendar", err)
        if target is None:
            return USAGE
        account.calendar_out = target.url
        account.calendar_out_tasks = "VTODO" in target.components
    books = [c for c in found if c.kind == "addressbook"]
    if address_book:
        book = _pick(found, address_book, "addressbook", err)
        if book is None:
            return USAGE
        account.address_book = book.url
    elif len(books) == 1:
        account.address_book = books[0].url
    try:
        store_password(account, password)
    except AccountError as exc:
        print(f"Note: {exc.message}", file=err)
    accounts.append(account)
    save_accounts(folder, accounts)
    parts = [f"{len(account.calendars_in)} calendar(s) read"]
    if account.calendar_out:
        kind = "tasks" if account.calendar_out_tasks else "all-day events"
        parts.append(
            f"meetings and deadlines ({kind}) written to {_name(found, account.calendar_out)}"
        )
    if account.address_book:
        parts.append(f"contacts synced with {_name(found, account.address_book)}")
    print(f"Added account {account.id} ({account.label}): {'; '.join(parts)}.", file=out)
    return OK


def _name(found: list[Collection], url: str) -> str:
    return next((f"“{c.name}”" for c in found if c.url == url), url)


def run_account_list(paths: DataPaths, out: TextIO, err: TextIO) -> int:
    accounts = _accounts(state_dir(paths), "account list", err)
    if accounts is None:
        return PROBLEM
    if not accounts:
        print("No accounts. Add one with: twoway account add URL --user NAME", file=out)
        return OK
    for account in accounts:
        if account.kind == SUBSCRIPTION:
            print(f"{account.id}  read-only calendar  {account.url}", file=out)
            continue
        secret = "password in keyring" if stored_password(account) else "password asked each time"
        what = []
        if account.calendars_in:
            what.append(f"{len(account.calendars_in)} calendar(s) in")
        if account.calendar_out:
            what.append("calendar out")
        if account.address_book:
            what.append("address book")
        print(
            f"{account.id}  {account.label}  {', '.join(what) or 'nothing chosen'}  ({secret})",
            file=out,
        )
    return OK


def run_account_remove(paths: DataPaths, key: str, out: TextIO, err: TextIO) -> int:
    folder = state_dir(paths)
    accounts = _accounts(folder, "account remove", err)
    if accounts is None:
        return PROBLEM
    account = find_account(accounts, key)
    if account is None:
        print(f"twoway account remove: no account “{key}” (see twoway account list).", file=err)
        return USAGE
    accounts.remove(account)
    save_accounts(folder, accounts)
    forget_password(account)
    forget_state(folder, account.id)
    print(
        f"Removed account {account.id} ({account.label}); nothing on the server was changed.",
        file=out,
    )
    return OK


def run_sync(
    paths: DataPaths,
    password_stdin: bool,
    out: TextIO,
    err: TextIO,
    stdin: TextIO | None = None,
    clock: Clock | None = None,
) -> int:
    from twoway.core.sync.engine import sync_all

    stdin = stdin or sys.stdin
    folder = state_dir(paths)
    accounts = _accounts(folder, "sync", err)
    if accounts is None:
        return PROBLEM
    if not accounts:
        print(
            "twoway sync: no accounts yet; add one with: twoway account add URL --user NAME",
            file=err,
        )
        return USAGE
    typed: dict[str, str | None] = {}

    def password_for(account: Account) -> str | None:
        kept = stored_password(account)
        if kept:
            return kept
        if "once" not in typed:
            if not keyring_available():
                print(f"Note: {no_keyring_message()}", file=err)
            typed["once"] = _read_password(password_stdin, stdin)
        return typed["once"]

    try:
        report = sync_all(paths, folder, password_for, clock=clock)
    except OSError as exc:
        print(f"twoway sync: the data folder could not be used ({exc.strerror or exc}).", file=err)
        return PROBLEM
    print(report.summary(), file=out)
    for line in [*report.notes, *report.conflicts]:
        print(f"  {line}", file=out)
    for suggestion in report.suggestions:
        print(
            f"  From your calendar: {suggestion.title or suggestion.name} ({suggestion.start_time:%Y-%m-%d %H:%M} UTC)",
            file=out,
        )
    for problem in report.problems:
        print(f"twoway sync: {problem}", file=err)
    return PROBLEM if report.problems else OK
