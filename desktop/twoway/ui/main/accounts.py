"""Settings ▸ Accounts: the calendar and address-book accounts, adding one (its calendars
and address books found on a worker thread, so the window never waits for a server),
removing one, changing its password, syncing now, and how the last sync went in plain
words."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from twoway.core.sync.accounts import (
    DAV,
    SUBSCRIPTION,
    Account,
    AccountError,
    forget_password,
    keyring_available,
    no_keyring_message,
    save_accounts,
    store_password,
    stored_password,
    subscription_url,
)
from twoway.core.sync.dav import DavClient, DavError
from twoway.core.sync.state import forget_state
from twoway.ui.i18n import filled, translated
from twoway.ui.main.common import hint, tr
from twoway.ui.seams import AppServices


class _Discovery(QObject):
    done = Signal(object, object)  # collections or None, problem text or None

    def run(self, url: str, user: str, password: str) -> None:
        def work() -> None:
            client = DavClient(url, user, password)
            try:
                found = client.discover()
                own = client.own_addresses()
                self.done.emit((found, own), None)
            except DavError as exc:
                self.done.emit(None, translated(exc.message))
            finally:
                client.close()

        threading.Thread(target=work, name="twoway-discover", daemon=True).start()


class AddAccountDialog(QDialog):
    """Server, user name and password; then which calendars and address book to use."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add an account"))
        self.account: Account | None = None
        self.password = ""
        form = QFormLayout(self)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText(tr("https://… or a calendar’s .ics address"))
        self.user = QLineEdit(self)
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("Server or calendar address:"), self.url)
        form.addRow(tr("User name:"), self.user)
        form.addRow(tr("Password or app password:"), self.secret)
        self.connect_button = QPushButton(tr("&Find calendars"), self)
        form.addRow("", self.connect_button)
        self.calendars = QListWidget(self)
        self.calendars.setAccessibleName(tr("Calendars to read"))
        self.calendars.setMaximumHeight(100)
        self.write_to = QComboBox(self)
        self.address_book = QComboBox(self)
        form.addRow(tr("Read events from:"), self.calendars)
        form.addRow(tr("Write meetings and deadlines to:"), self.write_to)
        form.addRow(tr("Keep contacts in step with:"), self.address_book)
        self.status = hint("", self)
        form.addRow(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Add"))
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self._add)
        self.buttons.rejected.connect(self.reject)
        self.connect_button.clicked.connect(self.find)
        self.discovery = _Discovery(self)
        self.discovery.done.connect(self._found)
        self.found: list = []
        self.own: list[str] = []
        self._set_choices_enabled(False)

    def _set_choices_enabled(self, enabled: bool) -> None:
        for widget in (self.calendars, self.write_to, self.address_book):
            widget.setEnabled(enabled)

    def find(self) -> None:
        url, user = self.url.text().strip(), self.user.text().strip()
        if not url:
            self.status.setText(tr("Enter the server’s address first."))
            return
        if not user:
            self.status.setText(tr("No user name: this calendar will be read only."))
            return
        self.connect_button.setEnabled(False)
        self.status.setText(tr("Looking for calendars and address books…"))
        self.discovery.run(url, user, self.secret.text())

    def _found(self, result, problem) -> None:
        self.connect_button.setEnabled(True)
        if problem:
            self.status.setText(problem)
            return
        self.found, self.own = result
        self.calendars.clear()
        self.write_to.clear()
        self.address_book.clear()
        self.write_to.addItem(tr("(none)"), "")
        self.address_book.addItem(tr("(none)"), "")
        for collection in self.found:
            if collection.kind == "calendar":
                item = QListWidgetItem(collection.name, self.calendars)
                item.setData(Qt.ItemDataRole.UserRole, collection.url)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if "VEVENT" in collection.components
                    else Qt.CheckState.Unchecked
                )
                self.write_to.addItem(collection.name, collection.url)
            else:
                self.address_book.addItem(collection.name, collection.url)
        if self.address_book.count() == 2:
            self.address_book.setCurrentIndex(1)
        self._set_choices_enabled(True)
        self.status.setText(tr("Choose what to use, then Add."))

    def _add(self) -> None:
        url, user = self.url.text().strip(), self.user.text().strip()
        if not url:
            self.status.setText(tr("Enter the server’s address first."))
            return
        if not user:
            if not (subscription_url(url) or url.startswith(("http://", "https://"))):
                self.status.setText(tr("Give a user name, or a calendar’s .ics address."))
                return
            self.account = Account(url=url, kind=SUBSCRIPTION)
            self.accept()
            return
        if not self.found:
            self.status.setText(tr("Find the calendars first."))
            return
        account = Account(url=url, user=user, kind=DAV, addresses=list(self.own))
        for row in range(self.calendars.count()):
            item = self.calendars.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                account.calendars_in.append(item.data(Qt.ItemDataRole.UserRole))
        account.calendar_out = self.write_to.currentData() or ""
        account.calendar_out_tasks = any(
            c.url == account.calendar_out and "VTODO" in c.components for c in self.found
        )
        account.address_book = self.address_book.currentData() or ""
        self.account = account
        self.password = self.secret.text()
        self.accept()


class AccountsBox(QGroupBox):
    """The Accounts section of Settings."""

    def __init__(self, context: AppServices, parent=None) -> None:
        super().__init__(tr("Accounts"), parent)
        self.context = context
        self.service = context.sync_service()
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                tr(
                    "Your calendar and address book (CalDAV and CardDAV), kept in step every 15 minutes. Passwords go to the system keyring."
                ),
                self,
            )
        )
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Accounts"))
        self.list.setMaximumHeight(90)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add account…"), self)
        self.remove_button = QPushButton(tr("Remove"), self)
        self.password_button = QPushButton(tr("Change password…"), self)
        self.sync_button = QPushButton(tr("Sync now"), self)
        for button in (self.add_button, self.remove_button, self.password_button, self.sync_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        # A password the keyring does not hold is asked here, never in a pop-up (without a
        # keyring, at each start); a stored one is replaced here too.
        self.replacing: Account | None = None
        self.ask_row = QHBoxLayout()
        self.ask_label = QLabel(self)
        self.ask_secret = QLineEdit(self)
        self.ask_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.ask_label.setBuddy(self.ask_secret)  # its name for screen readers
        self.ask_button = QPushButton(tr("Use this password"), self)
        for widget in (self.ask_label, self.ask_secret, self.ask_button):
            self.ask_row.addWidget(widget)
        layout.addLayout(self.ask_row)
        self.ask_button.clicked.connect(self.use_password)
        self.ask_secret.returnPressed.connect(self.use_password)
        self.add_button.clicked.connect(self.add_account)
        self.remove_button.clicked.connect(self.remove_selected)
        self.password_button.clicked.connect(self.change_password)
        self.sync_button.clicked.connect(self.service.sync_now)
        self.service.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.accounts = self.service.accounts()
        self.list.clear()
        for account in self.accounts:
            label = (
                account.label if account.kind == DAV else filled(tr("%1 (read only)"), account.url)
            )
            QListWidgetItem(label, self.list)
        self.remove_button.setEnabled(bool(self.accounts))
        self.password_button.setEnabled(any(a.kind == DAV for a in self.accounts))
        self.sync_button.setEnabled(bool(self.accounts) and not self.service.running)
        self.status.setText(self.status_text())
        if self.replacing is not None and self.replacing.id not in {a.id for a in self.accounts}:
            self.replacing = None  # removed meanwhile
        self.asking = self.replacing or next(
            (a for a in self.accounts if self._needs_password(a)), None
        )
        for widget in (self.ask_label, self.ask_secret, self.ask_button):
            widget.setVisible(self.asking is not None)
        if self.asking is self.replacing and self.asking is not None:
            self.ask_label.setText(filled(tr("New password for %1:"), self.asking.label))
        elif self.asking is not None:
            self.ask_label.setText(filled(tr("Password for %1:"), self.asking.label))

    def _needs_password(self, account: Account) -> bool:
        if account.kind != DAV or account.id in self.service.session_passwords:
            return False
        return stored_password(account) is None

    def change_password(self) -> None:
        """Ask for a new password for the chosen account (or the only one)."""
        row = self.list.currentRow()
        chosen = [self.accounts[row]] if 0 <= row < len(self.accounts) else self.accounts
        dav = [a for a in chosen if a.kind == DAV]
        if len(dav) != 1:
            self.status.setText(
                tr("Choose the account in the list first (a read-only calendar has no password).")
            )
            return
        self.replacing = dav[0]
        self.refresh()
        self.ask_secret.setFocus()

    def use_password(self) -> None:
        if self.asking is None or not self.ask_secret.text():
            return
        account, password = self.asking, self.ask_secret.text()
        self.ask_secret.clear()
        self.replacing = None
        try:
            store_password(account, password)
            self.service.session_passwords.pop(account.id, None)
            refused = None
        except AccountError as exc:
            # No keyring, or one that would not take it: kept in memory until Twoway quits.
            self.service.session_passwords[account.id] = password
            refused = exc.message if keyring_available() else None
        self.refresh()
        self.service.sync_now()
        if refused is not None:
            self.status.setText(translated(refused))

    def status_text(self) -> str:
        if self.service.running:
            return tr("Syncing…")
        report = self.service.last_report
        if report is None:
            return "" if self.accounts else tr("No account yet.")
        if report.problems:
            return "\n".join(translated(p) for p in report.problems)
        return translated(report.summary())

    def add_account(self, dialog: AddAccountDialog | None = None) -> bool:
        dialog = dialog or AddAccountDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.account is None:
            return False
        return self.keep(dialog.account, dialog.password)

    def keep(self, account: Account, password: str) -> bool:
        if account.kind == DAV:
            try:
                store_password(account, password)
            except AccountError:
                # No keyring: kept in memory until Twoway quits, never written down.
                self.service.session_passwords[account.id] = password
        accounts = [*self.service.accounts(), account]
        save_accounts(self.service.folder, accounts)
        self.refresh()
        if account.kind == DAV and not keyring_available():
            self.status.setText(translated(no_keyring_message()))
        self.service.sync_now()
        return True

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0 or row >= len(self.accounts):
            return
        account = self.accounts[row]
        remaining = [a for a in self.service.accounts() if a.id != account.id]
        save_accounts(self.service.folder, remaining)
        forget_password(account)
        forget_state(self.service.folder, account.id)
        self.refresh()
