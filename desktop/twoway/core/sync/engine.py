"""One sync: for each account, calendar in, calendar out, then the address book.

Each part saves what it did (the data folder first, then the sync state) before the next
starts, so a server that goes away in the middle loses nothing: the parts already done
stay done and the rest catches up next time. Problems are plain sentences.
"""

from __future__ import annotations

import http.client
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from twoway.core.clock import Clock, SystemClock
from twoway.core.format_files import load_formats
from twoway.core.formats import Format
from twoway.core.marks import QT_TRANSLATE_NOOP, Message, message
from twoway.core.sync import calendar_in, calendar_out
from twoway.core.sync.accounts import (
    DAV,
    Account,
    keyring_available,
    load_accounts,
    no_keyring_message,
    stored_password,
)
from twoway.core.sync.calendar_in import Fetch, Suggestion, linked_meeting_ids
from twoway.core.sync.contacts_sync import sync_contacts
from twoway.core.sync.dav import DavClient, DavError
from twoway.core.sync.state import load_state, save_state

if TYPE_CHECKING:
    from twoway.core.store import Store
    from twoway.paths import DataPaths

PasswordSource = Callable[[Account], str | None]


@dataclass
class SyncReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    conflicts: list[Message] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)  # moved and cancelled meetings
    problems: list[Message] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)  # new "from your calendar"

    def summary(self) -> Message:
        return message(
            QT_TRANSLATE_NOOP(
                "Messages", "Synced: %1 added, %2 updated, %3 removed, %4 conflicts."
            ),
            self.added,
            self.updated,
            self.removed,
            len(self.conflicts),
        )


def _subscription_text(url: str, timeout: float = 30) -> str:
    parsed = urlparse(url)
    if len(parsed.scheme) <= 1 or parsed.scheme == "file":
        path = Path(parsed.path if parsed.scheme == "file" else url).expanduser()
        return path.read_text(encoding="utf-8")
    if parsed.scheme in ("webcal", "webcals"):
        url = "https" + url[len(parsed.scheme) :]
    with urllib.request.urlopen(url, timeout=timeout) as response:
        text: str = response.read().decode("utf-8", errors="replace")
        return text


def _subscription_problem(account: Account, exc: BaseException) -> Message:
    reason: object = getattr(exc, "reason", None) or getattr(exc, "strerror", None) or exc
    if isinstance(exc, http.client.IncompleteRead):
        reason = message(QT_TRANSLATE_NOOP("Messages", "the download broke off"))
    elif isinstance(exc, http.client.HTTPException):
        reason = message(QT_TRANSLATE_NOOP("Messages", "the server's answer was not understood"))
    return message(
        QT_TRANSLATE_NOOP(
            "Messages", "The calendar “%1” could not be read (%2); Twoway tries again later."
        ),
        account.label,
        reason,
    )


def _no_password(account: Account) -> Message:
    if keyring_available():
        # The keyring works but gave nothing: the entry was removed, or it stayed locked.
        return message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "No password for %1 could be read from this computer's keyring; type it in Settings ▸ Accounts and Twoway keeps it in the keyring.",
            ),
            account.label,
        )
    return message(
        QT_TRANSLATE_NOOP("Messages", "No password is known for %1. %2"),
        account.label,
        no_keyring_message(),
    )


class _Run:
    """One account's sync, saving after each part."""

    def __init__(
        self,
        store: Store,
        account: Account,
        state_dir: Path,
        formats: dict[str, Format],
        now: datetime,
        report: SyncReport,
    ) -> None:
        self.store, self.account, self.state_dir = store, account, state_dir
        self.formats, self.now, self.report = formats, now, report
        self.state = load_state(state_dir, account.id)

    def checkpoint(self) -> None:
        problems = self.store.flush()
        if problems:
            raise DavError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Twoway could not save what the sync brought (%1); it tries again later.",
                    ),
                    problems[0].message,
                )
            )
        save_state(self.state_dir, self.account.id, self.state)

    def calendar_in(
        self, documents: Iterable[tuple[str, str]], fetch: Fetch, own: set[str]
    ) -> None:
        news = calendar_in.refresh(
            self.store, self.state, documents, fetch, self.now, own, self.account.id
        )
        self.report.updated += news.updated
        self.report.notes.extend(news.notes)
        self.report.suggestions.extend(news.suggestions)
        self.checkpoint()


def sync_account(
    store: Store,
    account: Account,
    password: str | None,
    state_dir: Path,
    formats: dict[str, Format],
    now: datetime,
    report: SyncReport,
    all_states: list[dict[str, Any]],
) -> None:
    run = _Run(store, account, state_dir, formats, now, report)
    all_states.append(run.state)
    if account.kind != DAV:
        try:
            text = _subscription_text(account.url)
        except (OSError, ValueError, http.client.HTTPException) as exc:
            # The feed's own problem (a server gone, a download broken off): the other
            # accounts still sync.
            report.problems.append(_subscription_problem(account, exc))
            return
        run.calendar_in([(account.url, text)], lambda _href: text, set())
        return
    own = {a.casefold() for a in account.addresses}
    if "@" in account.user:
        own.add(account.user.casefold())
    dav = DavClient(account.url, account.user, password or "")
    try:
        start, end = calendar_in.window_bounds(now)
        documents: list[tuple[str, str]] = []
        for collection in account.calendars_in:
            documents.extend(
                (item.href, item.data) for item in dav.events_between(collection, start, end)
            )

        def fetch(href: str) -> str | None:
            item = dav.get(href)
            return item.data if item else None

        run.calendar_in(documents, fetch, own)
        if account.calendar_out:
            skip = linked_meeting_ids([run.state])
            wanted = calendar_out.wanted_items(store, formats, account.calendar_out_tasks, skip)
            out = calendar_out.push(dav, account.calendar_out, run.state, wanted, now)
            report.added += out.added
            report.updated += out.updated
            report.removed += out.removed
            run.checkpoint()
        if account.address_book:
            result = sync_contacts(dav, account.address_book, store, run.state)
            report.added += result.added_here + result.added_there
            report.updated += result.updated_here + result.updated_there
            report.removed += result.removed_here + result.removed_there
            report.conflicts.extend(result.conflicts)
            report.problems.extend(result.problems)
            run.checkpoint()
    except DavError as exc:
        # What the finished parts did is saved; this part catches up next time.
        report.problems.append(exc.message)
    finally:
        dav.close()


def sync_all(
    paths: DataPaths,
    state_dir: Path,
    password_for: PasswordSource = stored_password,
    clock: Clock | None = None,
    store: Store | None = None,
) -> SyncReport:
    """Sync every account of this data folder once."""
    from twoway.core.store import Store

    clock = clock or SystemClock()
    report = SyncReport()
    accounts = load_accounts(state_dir)
    if store is None:
        store = Store.open(paths, clock)
    formats = load_formats(paths.formats_dir).formats
    now = clock.wall().astimezone(UTC)
    states: list[dict[str, Any]] = []
    for account in accounts:
        password = None
        if account.kind == DAV:
            password = password_for(account)
            if password is None:
                report.problems.append(_no_password(account))
                continue
        sync_account(store, account, password, state_dir, formats, now, report, states)
    return report
