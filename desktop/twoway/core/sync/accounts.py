"""The calendar and address-book accounts Twoway syncs with, and where their secrets go.

The account list (server, user name, the chosen calendars and address book) is kept in
the machine-local state folder as JSON; the password never is. It goes to the platform's
keyring (Secret Service, macOS Keychain, Windows Credential Manager). Where no keyring
exists Twoway says so and asks each time: there is no plain-text fallback.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from urllib.parse import urlparse

from twoway.core.atomic import atomic_write_bytes
from twoway.core.marks import QT_TRANSLATE_NOOP, Message, message
from twoway.core.records import new_id

KEYRING_SERVICE = "Twoway"
DAV = "dav"  # CalDAV/CardDAV: read and write
SUBSCRIPTION = "ics"  # an ICS file or http(s) address: read only


class AccountError(Exception):
    def __init__(self, text: Message) -> None:
        super().__init__(text)
        self.message = text


@dataclass
class Account:
    url: str
    user: str = ""
    kind: str = DAV
    id: str = field(default_factory=lambda: new_id("acct"))
    # Collection addresses chosen by the user (or picked at discovery).
    calendars_in: list[str] = field(default_factory=list)
    calendar_out: str = ""
    calendar_out_tasks: bool = False  # does the chosen calendar take VTODO?
    address_book: str = ""
    # The user's own email addresses, so calendar events can tell the other person apart.
    addresses: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        host = urlparse(self.url).netloc or self.url
        if "@" in self.user:
            return f"{self.user} ({host})"  # a user name that is an address already
        return f"{self.user}@{host}" if self.user else host


def accounts_file(state: Path) -> Path:
    return state / "accounts.json"


def load_accounts(state: Path) -> list[Account]:
    """The saved accounts; an unreadable file is reported, never replaced."""
    path = accounts_file(state)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return []
    known = {f.name for f in fields(Account)}
    try:
        data = json.loads(raw)
        return [Account(**{k: v for k, v in item.items() if k in known}) for item in data]
    except (ValueError, TypeError, AttributeError) as exc:
        raise AccountError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The account list “%1” could not be read (%2); it was left as it is.",
                ),
                path,
                exc,
            )
        ) from exc


def save_accounts(state: Path, accounts: list[Account]) -> None:
    state.mkdir(parents=True, exist_ok=True)
    data = json.dumps([asdict(a) for a in accounts], indent=1).encode("utf-8")
    atomic_write_bytes(accounts_file(state), data)


def find_account(accounts: list[Account], key: str) -> Account | None:
    """By id, or by a unique start of the id (as `twoway account list` shows it)."""
    exact = [a for a in accounts if a.id == key]
    if exact:
        return exact[0]
    started = [a for a in accounts if a.id.startswith(key)]
    return started[0] if len(started) == 1 else None


# --- secrets -----------------------------------------------------------------------------


def no_keyring_message() -> Message:
    return message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This computer has no keyring, so Twoway cannot keep the password; it asks for it each time instead of writing it down.",
        )
    )


def keyring_available() -> bool:
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return False
    try:
        return float(backend.priority) > 0
    except Exception:  # a backend that cannot even say its priority does not work here
        return False


def store_password(account: Account, password: str) -> None:
    """Put the password in the keyring; raise AccountError (plain words) where none exists."""
    import keyring
    from keyring.errors import KeyringError

    if not keyring_available():
        raise AccountError(no_keyring_message())
    try:
        keyring.set_password(KEYRING_SERVICE, account.id, password)
    except KeyringError as exc:
        raise AccountError(
            message(
                QT_TRANSLATE_NOOP("Messages", "The keyring refused to keep the password (%1)."),
                exc,
            )
        ) from exc


def stored_password(account: Account) -> str | None:
    """The password from the keyring, or None when there is no keyring or no entry."""
    import keyring
    from keyring.errors import KeyringError

    if not keyring_available():
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, account.id)
    except KeyringError:
        return None


def forget_password(account: Account) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    if not keyring_available():
        return
    with contextlib.suppress(PasswordDeleteError, KeyringError):  # nothing kept, nothing to forget
        keyring.delete_password(KEYRING_SERVICE, account.id)


def subscription_url(url: str) -> bool:
    """An ICS subscription rather than a CalDAV server: a file, webcal:, or an .ics address."""
    parsed = urlparse(url)
    # A one-letter scheme is a Windows drive (C:\\...): a file.
    if len(parsed.scheme) <= 1 or parsed.scheme in ("file", "webcal", "webcals"):
        return True
    return parsed.path.lower().endswith(".ics")
