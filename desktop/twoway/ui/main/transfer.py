"""File ▸ Import contacts and File ▸ Export.

An import is shown in full before anything is written: who is added, who gets new
details (each field before and after) and who is skipped, and why. It is then written a
few contacts at a time, with the event loop running in between, so the window keeps
answering through a long import; the store is only ever used from this thread. The whole
import can be taken back with File ▸ Undo last import. Exports are written atomically to
the file the user chooses.
"""

from __future__ import annotations

import contextlib
import copy
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from twoway.core.atomic import atomic_write_bytes
from twoway.core.interop import (
    CSV,
    LINKEDIN,
    MERGE,
    SKIP,
    TARGET_FIELDS,
    VCARD,
    ExportFileError,
    ImportFileError,
    ImportPlan,
    ImportReceipt,
    InteropError,
    ParsedFile,
    UndoResult,
    apply_import,
    calendar_to_ics,
    contacts_to_csv,
    contacts_to_vcard,
    file_headers,
    guess_mapping,
    meetings_to_csv,
    plan_import,
    read_contacts,
    undo_import,
)
from twoway.core.interop.apply import undo_journal
from twoway.core.interop.ics_export import calendar_meetings
from twoway.core.interop.transaction import (
    ImportBusy,
    ImportJournal,
    ImportLock,
    JournalState,
    interrupted_import,
    keep_interrupted,
    read_journal,
    remove_journal,
)
from twoway.core.records import Contact
from twoway.ui.i18n import problem_text, translated
from twoway.ui.main import common
from twoway.ui.main.common import MARGIN, SPACING, date_text, datetime_text, hint, tr

# Contacts written between two returns to the event loop. A run starts with BATCH and
# then sizes its batches to take about STEP_SECONDS each, so the window keeps answering
# on a slow disk and a large import is written in a few big, quick batches elsewhere.
BATCH = 50
MAX_BATCH = 3000
STEP_SECONDS = 0.2
# A quick import is done before the progress window would appear, so it never flashes.
PROGRESS_AFTER_MS = 400
# Names listed in a message before the rest are only counted.
NAMES_LISTED = 12
CHANGE_TEXT_LIMIT = 80

EXPORTS = ("vcard", "csv", "meetings", "ics", "backup")


# --- choosing files (replaced in tests) ------------------------------------------------------


def documents_folder() -> str:
    location = QStandardPaths.StandardLocation.DocumentsLocation
    return QStandardPaths.writableLocation(location) or str(Path.home())


def choose_import_file(parent: QWidget, folder: str) -> Path | None:
    name, _kind = QFileDialog.getOpenFileName(
        parent,
        tr("Import contacts"),
        folder,
        tr("Contact files (*.vcf *.vcard *.csv *.txt);;All files (*)"),
    )
    return Path(name) if name else None


def ask_about_interrupted(parent: QWidget, state: JournalState) -> str:
    """ "undo", "keep" or "later" for an import that was stopped part-way."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Interrupted import"))
    box.setText(
        tr("The import of “%1” on %2 was stopped before it finished.")
        .replace("%1", state.source)
        .replace("%2", datetime_text(state.started))
    )
    box.setInformativeText(
        tr(
            "Undo takes back the contacts it had already written, so your contacts are "
            "as they were before. Keep leaves them; importing the file again adds the rest."
        )
    )
    undo = box.addButton(tr("&Undo import"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(tr("&Keep them"), QMessageBox.ButtonRole.RejectRole)
    box.addButton(tr("Decide &later"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(undo)
    box.exec()
    clicked = box.clickedButton()
    return "undo" if clicked is undo else "keep" if clicked is keep else "later"


def choose_export_file(
    parent: QWidget, title: str, suggested: Path, file_filter: str
) -> Path | None:
    name, _kind = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return Path(name) if name else None


# --- wording -----------------------------------------------------------------------------------


def field_label(name: str) -> str:
    return {
        "name": tr("Full name"),
        "first_name": tr("First name"),
        "last_name": tr("Last name"),
        "company": tr("Company"),
        "role": tr("Role"),
        "emails": tr("Email"),
        "phones": tr("Phone"),
        "linkedin": tr("LinkedIn"),
        "website": tr("Website"),
        "met_how": tr("How you met"),
        "tags": tr("Tags"),
        "offers": tr("What they offer"),
        "needs": tr("What they need"),
        "notes": tr("Notes"),
        "last_interaction": tr("Last contact"),
    }.get(name, name)


def format_choices() -> list[tuple[str, str]]:
    return [
        (VCARD, tr("vCard (.vcf)")),
        (LINKEDIN, tr("LinkedIn connections (Connections.csv)")),
        (CSV, tr("CSV, with the columns you choose")),
    ]


def contact_label(contact: Contact) -> str:
    return f"{contact.name} ({contact.company})" if contact.company else contact.name


def value_text(value: object) -> str:
    """A field's value on one short line, for "before → after"."""
    if value in (None, "", []):
        return tr("(empty)")
    if isinstance(value, list):
        text = ", ".join(str(item) for item in value)
    elif isinstance(value, date):
        text = date_text(value)
    else:
        text = str(value)
    text = " ".join(text.split())
    if len(text) > CHANGE_TEXT_LIMIT:
        text = text[: CHANGE_TEXT_LIMIT - 1] + "…"
    return text


def match_text(reason: str) -> str:
    """How an imported person was recognized, from the planner's words for it."""
    return {
        "the same contact, exported from Twoway": tr("the same contact, exported from Twoway"),
        "the same email address": tr("the same email address"),
        "the same LinkedIn profile": tr("the same LinkedIn profile"),
        "the same name and company": tr("the same name and company"),
        "the same name": tr("the same name"),
    }.get(reason, reason)


def skip_text(reason: str) -> str:
    """Why someone is skipped. The planner ends its reason with the match; the sentence
    around it is ours, so it can be translated."""
    earlier = "listed earlier in the file with "
    nothing_new = "already in your contacts with nothing new: "
    already = "already in your contacts: "
    if reason.startswith(earlier):
        match = reason[len(earlier) :].removesuffix("; details combined")
        sentence = tr("Listed earlier in the file (%1); the two entries are combined.")
        return sentence.replace("%1", match_text(match))
    if reason.startswith(nothing_new):
        sentence = tr("Already in your contacts (%1), with nothing new.")
        return sentence.replace("%1", match_text(reason[len(nothing_new) :]))
    if reason.startswith(already):
        sentence = tr("Already in your contacts (%1); left as it is.")
        return sentence.replace("%1", match_text(reason[len(already) :]))
    return reason


def _contact_details(contact: Contact) -> str:
    parts = [contact.role, *contact.emails[:1], *contact.phones[:1]]
    shown = " · ".join(part for part in parts if part)
    return shown or contact.linkedin or contact.website


def _names(contacts: list[Contact]) -> str:
    names = [contact_label(c) for c in contacts[:NAMES_LISTED]]
    more = len(contacts) - len(names)
    if more > 0:
        names.append(tr("and %n more", None, more))
    return "\n".join(names)


def _row(who: str, what: str = "") -> QTreeWidgetItem:
    item = QTreeWidgetItem([who, what])
    item.setToolTip(1, what)  # the whole sentence, should a narrow window cut it short
    return item


@contextlib.contextmanager
def busy_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


# --- the preview -------------------------------------------------------------------------------


class ImportDialog(QDialog):
    """What importing a file would do, shown before anything is written.

    The kind of file can be changed from what was detected, a CSV's columns can be
    assigned to fields, and duplicates merged or skipped; the preview follows each change.
    """

    COLUMNS_PER_ROW = 3

    def __init__(
        self,
        hub,
        path: Path,
        parsed: ParsedFile | None,
        problem: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.hub = hub
        self.path = path
        self.parsed = parsed
        self.plan = ImportPlan()
        self._headers: list[str] | None = None
        self.setWindowTitle(tr("Import contacts"))
        self.setObjectName("twoway-import-dialog")
        self.setModal(True)
        self.resize(860, 660)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)

        top = QFormLayout()
        self.file_name = QLabel(path.name, self)
        self.file_name.setToolTip(str(path))
        self.file_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(tr("Kind of file"))
        for key, label in format_choices():
            self.kind.addItem(label, key)
        kind_label = QLabel(tr("&Read it as:"), self)
        kind_label.setBuddy(self.kind)
        top.addRow(tr("File:"), self.file_name)
        top.addRow(kind_label, self.kind)
        layout.addLayout(top)

        self.columns_box = QGroupBox(tr("Which column holds what"), self)
        grid = QGridLayout(self.columns_box)
        grid.setHorizontalSpacing(SPACING)
        self.columns: dict[str, QComboBox] = {}
        for index, target in enumerate(TARGET_FIELDS):
            combo = QComboBox(self.columns_box)
            combo.setAccessibleName(tr("Column for %1").replace("%1", field_label(target)))
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
            label = QLabel(field_label(target) + ":", self.columns_box)
            label.setBuddy(combo)
            row, place = divmod(index, self.COLUMNS_PER_ROW)
            grid.addWidget(label, row, place * 2)
            grid.addWidget(combo, row, place * 2 + 1)
            self.columns[target] = combo
        for place in range(self.COLUMNS_PER_ROW):
            grid.setColumnStretch(place * 2 + 1, 1)
        layout.addWidget(self.columns_box)

        duplicates = QGroupBox(tr("People who are already in your contacts"), self)
        choice_row = QHBoxLayout(duplicates)
        self.merge_choice = QRadioButton(tr("&Merge: add what is new to them"), duplicates)
        self.skip_choice = QRadioButton(tr("&Skip them"), duplicates)
        self.merge_choice.setChecked(True)
        choice_row.addWidget(self.merge_choice)
        choice_row.addWidget(self.skip_choice)
        choice_row.addStretch(1)
        layout.addWidget(duplicates)

        self.summary = QLabel(self)
        font = QFont(self.summary.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.summary.setFont(font)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()
        layout.addWidget(self.problem)

        self.preview = QTreeWidget(self)
        self.preview.setAccessibleName(tr("What the import will do"))
        self.preview.setColumnCount(2)
        self.preview.setHeaderLabels([tr("Who"), tr("What happens")])
        self.preview.setUniformRowHeights(True)
        self.preview.header().resizeSection(0, 300)
        layout.addWidget(self.preview, 1)
        layout.addWidget(
            hint(
                tr(
                    "Nothing is written until you press Import. File ▸ Undo last import "
                    "takes the whole import back."
                ),
                self,
            )
        )

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(
            tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.kind.setCurrentIndex(
            max(0, self.kind.findData(parsed.source_format if parsed else CSV))
        )
        self._show_columns()
        if parsed is None:
            self._show_problem(problem)
        else:
            self._plan_again()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for combo in self.columns.values():
            combo.currentIndexChanged.connect(self._read_again)
        self.merge_choice.toggled.connect(self._plan_again)

    # --- reading and planning

    def chosen_format(self) -> str:
        return self.kind.currentData()

    def mapping(self) -> dict[str, str | list[str]]:
        """Target field -> the column (or columns) chosen for it."""
        chosen: dict[str, str | list[str]] = {}
        for target, combo in self.columns.items():
            value = combo.currentData()
            if value:
                chosen[target] = value
        return chosen

    def _show_columns(self) -> None:
        is_csv = self.chosen_format() == CSV
        if is_csv:
            self._fill_columns()
        self.columns_box.setVisible(is_csv)

    def _fill_columns(self) -> None:
        """Offer the file's columns, each field preset to the column its header suggests."""
        if self._headers is not None:
            return  # keep what the user chose when they switch back to CSV
        try:
            self._headers = [h for h in file_headers(self.path) if h]
        except ImportFileError:
            self._headers = []  # reading again says why
        guessed = guess_mapping(self._headers)
        for target, combo in self.columns.items():
            blocked = combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("(not used)"), None)
            choice = guessed.get(target)
            if isinstance(choice, list) and len(choice) > 1:
                # Several columns feed one field (two email columns): one choice for all.
                combo.addItem(" + ".join(choice), choice)
            for header in self._headers:
                combo.addItem(header, header)
            if isinstance(choice, list) and len(choice) > 1:
                combo.setCurrentIndex(1)
            elif choice:
                single = choice[0] if isinstance(choice, list) else choice
                combo.setCurrentIndex(max(0, combo.findData(single)))
            combo.blockSignals(blocked)

    def _kind_changed(self) -> None:
        self._show_columns()
        self._read_again()

    def _read_again(self) -> None:
        fmt = self.chosen_format()
        mapping = self.mapping() if fmt == CSV else None
        with busy_cursor():
            try:
                self.parsed = read_contacts(self.path, fmt, mapping)
            except ImportFileError as exc:
                self.parsed = None
                self._show_problem(translated(exc.message))
                return
        self._plan_again()

    def on_duplicate(self) -> str:
        return MERGE if self.merge_choice.isChecked() else SKIP

    def _plan_again(self) -> None:
        if self.parsed is None:
            return
        with busy_cursor():
            self.plan = plan_import(
                self.hub.store.contacts.values(), self.parsed.contacts, self.on_duplicate()
            )
            self.problem.hide()
            self._fill_preview()
        plan = self.plan
        counts = " · ".join(
            [
                tr("%n to add", None, len(plan.added)),
                tr("%n to merge", None, len(plan.merged)),
                tr("%n to skip", None, len(plan.skipped)),
            ]
        )
        if not plan.changes_anything:
            counts += "\n" + tr("Nothing new to import: everyone is already in your contacts.")
        self.summary.setText(counts)
        self.import_button.setEnabled(plan.changes_anything)

    def _show_problem(self, message: str) -> None:
        self.plan = ImportPlan()
        self.preview.clear()
        self.summary.setText(tr("Nothing can be imported this way yet."))
        lead = tr("Choose the columns above. ") if self.chosen_format() == CSV else ""
        self.problem.setText(lead + message)
        self.problem.show()
        self.import_button.setEnabled(False)

    # --- the preview list

    def _group(
        self, title: str, children: list[QTreeWidgetItem], *, whole_lines: bool = False
    ) -> None:
        if not children:
            return
        group = QTreeWidgetItem([title])
        font = QFont(self.preview.font())
        font.setWeight(QFont.Weight.DemiBold)
        group.setFont(0, font)
        group.addChildren(children)
        self.preview.addTopLevelItem(group)
        group.setFirstColumnSpanned(True)
        if whole_lines:  # sentences, not names: they use the full width
            for child in children:
                child.setFirstColumnSpanned(True)

    def _fill_preview(self) -> None:
        plan = self.plan
        self.preview.setUpdatesEnabled(False)
        self.preview.clear()
        self._group(
            tr("New contacts (%n)", None, len(plan.added)),
            [_row(contact_label(c), _contact_details(c)) for c in plan.added],
        )
        merges = []
        for merge in plan.merged:
            item = _row(
                contact_label(merge.existing),
                tr("Recognized by %1").replace("%1", match_text(merge.reason)),
            )
            item.addChildren(
                [
                    _row(
                        field_label(change.field),
                        f"{value_text(change.before)} → {value_text(change.after)}",
                    )
                    for change in merge.changes
                ]
            )
            merges.append(item)
        self._group(tr("New details for contacts you have (%n)", None, len(merges)), merges)
        self._group(
            tr("Skipped (%n)", None, len(plan.skipped)),
            [_row(contact_label(skip.incoming), skip_text(skip.reason)) for skip in plan.skipped],
        )
        warnings = self.parsed.warnings if self.parsed else []
        self._group(
            tr("Notes on the file (%n)", None, len(warnings)),
            [_row(translated(warning)) for warning in warnings],
            whole_lines=True,
        )
        self.preview.expandAll()
        self.preview.setUpdatesEnabled(True)


# --- long work in small steps -----------------------------------------------------------------


class BatchRun(QObject):
    """Work done a batch at a time, back to the event loop between batches, so the window
    keeps answering. Its progress window is modal, so nothing else changes the store
    halfway; it shows only when the work takes a while. With `cancellable`, its Cancel
    button stops the run after the batch under way; `done` then gets CANCELLED."""

    CANCELLED = "\x00cancelled"

    def __init__(
        self,
        parent: QWidget,
        title: str,
        label: str,
        items: list,
        work: Callable[[list], None],
        done: Callable[[str], None],
        cancellable: bool = False,
    ) -> None:
        super().__init__(parent)
        self._items = items
        self._done_count = 0
        self._batch = BATCH
        self._work = work
        self._done = done
        cancel_text = tr("Cancel") if cancellable else ""
        self.progress = QProgressDialog(label, cancel_text, 0, len(items), parent)
        self.progress.setWindowTitle(title)
        self.progress.setMinimumWidth(self.progress.fontMetrics().averageCharWidth() * 48)
        if not cancellable:
            self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(PROGRESS_AFTER_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setValue(0)
        QTimer.singleShot(0, self._step)

    def cancel(self) -> None:
        """What the Cancel button does (also for tests and the benchmark)."""
        self.progress.cancel()

    def _step(self) -> None:
        if self.progress.wasCanceled():
            self._finish(self.CANCELLED)
            return
        batch = self._items[self._done_count : self._done_count + self._batch]
        started = time.perf_counter()
        try:
            self._work(batch)
        except InteropError as exc:
            self._finish(translated(exc.message))
            return
        except Exception:
            self._finish(tr("Something unexpected went wrong."))
            raise
        took = max(time.perf_counter() - started, 0.001)
        # The next batch sized to take about STEP_SECONDS at the speed just seen.
        wanted = int(len(batch) * STEP_SECONDS / took)
        self._batch = max(BATCH, min(MAX_BATCH, wanted, self._batch * 4))
        self._done_count += len(batch)
        self.progress.setValue(self._done_count)
        if self._done_count < len(self._items):
            QTimer.singleShot(0, self._step)
        else:
            self._finish("")

    def _finish(self, error: str) -> None:
        self.progress.close()
        self.progress.deleteLater()
        self._done(error)


def _join(total: ImportReceipt, part: ImportReceipt) -> None:
    total.added_ids.extend(part.added_ids)
    for contact_id, before in part.previous.items():
        total.previous.setdefault(contact_id, before)
    total.written.update(part.written)


# --- the menu entries and what they do ------------------------------------------------------


class Transfer(QObject):
    """Import, undo of the last import, and the exports, for the main window's File menu."""

    finished = Signal()  # an import or the undo of one has run to its end

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.hub = window.hub
        self.folder = documents_folder()
        self.last_receipt: ImportReceipt | None = None
        self.dialog: ImportDialog | None = None
        self.message_box: QMessageBox | None = None
        self.run: BatchRun | None = None
        self.actions: dict[str, QAction] = {}
        self.lock: ImportLock | None = None  # held while an import or its undo writes
        self.journal: ImportJournal | None = None
        # An import stopped part-way (the app or the command line was killed) is offered
        # for undoing as soon as the window is up.
        QTimer.singleShot(0, self.offer_interrupted_import)

    # --- menu

    def _add(self, menu: QMenu, name: str, text: str, slot, shortcut: str = "") -> None:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.actions[name] = action
        self.window.actions_by_name[name] = action

    def add_actions(self, menu: QMenu) -> None:
        self._add(menu, "import", tr("&Import contacts…"), self.import_contacts, "Ctrl+I")
        self._add(menu, "undo-import", tr("&Undo last import"), self.undo_last_import)
        export_menu = menu.addMenu(tr("&Export"))
        texts = {
            "vcard": tr("Contacts as &vCard…"),
            "csv": tr("Contacts as &CSV…"),
            "meetings": tr("&Meetings and debriefs as CSV…"),
            "ics": tr("C&alendar (planned meetings and follow-ups)…"),
            "backup": tr("&Backup of all data…"),
        }
        for kind in EXPORTS:
            self._add(
                export_menu, f"export-{kind}", texts[kind], lambda _=False, k=kind: self.export(k)
            )
        self._update_actions()

    @property
    def busy(self) -> bool:
        return self.run is not None

    def _update_actions(self) -> None:
        for name, action in self.actions.items():
            if name == "undo-import":
                action.setEnabled(self.last_receipt is not None and not self.busy)
            else:
                action.setEnabled(not self.busy)

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str, details: str = "") -> None:
        """A plain message that does not hold up the window's other work."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        if details:
            box.setInformativeText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: setattr(self, "message_box", None))
        self.message_box = box
        box.open()

    # --- import

    def import_contacts(self) -> None:
        if self.busy:
            return
        path = choose_import_file(self.window, self.folder)
        if path is not None:
            self.folder = str(path.parent)
            self.preview_import(path)

    def preview_import(self, path: Path) -> ImportDialog | None:
        """Read the file and show what importing it would do; nothing is written yet."""
        with busy_cursor():
            try:
                parsed, problem = read_contacts(path), ""
            except ImportFileError as exc:
                parsed, problem = None, translated(exc.message)
        if parsed is None and not self._has_columns(path):
            self._tell(
                QMessageBox.Icon.Warning,
                tr("Import contacts"),
                tr("This file cannot be imported."),
                problem,
            )
            return None
        # Unrecognized columns: the user may still say which column holds what.
        dialog = ImportDialog(self.hub, path, parsed, problem, self.window)
        dialog.accepted.connect(lambda: self.apply(dialog.plan, dialog.parsed))
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    @staticmethod
    def _has_columns(path: Path) -> bool:
        try:
            return len([h for h in file_headers(path) if h]) >= 2
        except ImportFileError:
            return False

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def _take_lock(self, title: str) -> bool:
        """The data folder's import lock, or a plain message that another import runs."""
        lock = ImportLock(self.hub.store.root)
        try:
            lock.acquire()
        except ImportBusy as exc:
            self._tell(
                QMessageBox.Icon.Warning,
                title,
                translated(exc.message),
                tr("It may be running in another Twoway window or from the command line."),
            )
            return False
        except OSError as exc:
            self._tell(QMessageBox.Icon.Warning, title, tr("Nothing was imported."), str(exc))
            return False
        self.lock = lock
        return True

    def _release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def apply(self, plan: ImportPlan, parsed: ParsedFile | None = None) -> None:
        """Write the plan, a batch at a time; if any batch fails or the user cancels, the
        earlier ones are taken back, so an import is all there or not there at all.

        With `parsed` (what the preview was made from), the plan is made again under the
        import lock against the folder as it is now, so contacts another import (say,
        the command line) wrote meanwhile are merged, not added twice."""
        if self.busy or not plan.changes_anything:
            return
        if self.window.save_all():
            self._tell(
                QMessageBox.Icon.Warning,
                tr("Import contacts"),
                tr("Nothing was imported."),
                tr(
                    "Twoway cannot save your data right now, so it does not add to it. "
                    "Settings shows what needs a look."
                ),
            )
            return
        if not self._take_lock(tr("Import contacts")):
            return
        store, clock = self.hub.store, self.hub.clock
        if not self._settle_interrupted():
            self._release_lock()
            return
        if parsed is not None:
            store.rescan()
            plan = plan_import(store.contacts.values(), parsed.contacts, plan.on_duplicate)
        receipt = ImportReceipt(applied_at=clock.wall().replace(microsecond=0))
        items = [(True, c) for c in plan.added] + [(False, m) for m in plan.merged]
        try:
            source = Path(self.dialog.path).name if self.dialog is not None else ""
            self.journal = ImportJournal.begin(store.root, source, receipt.applied_at)
        except OSError as exc:
            self._release_lock()
            self._tell(
                QMessageBox.Icon.Warning,
                tr("Import contacts"),
                tr("Nothing was imported."),
                str(exc),
            )
            return

        def write(batch: list) -> None:
            piece = ImportPlan(
                added=[c for is_new, c in batch if is_new],
                merged=[m for is_new, m in batch if not is_new],
                on_duplicate=plan.on_duplicate,
            )
            _join(receipt, apply_import(store, piece, clock, self.journal))

        self._start(
            tr("Import contacts"),
            tr("Importing %n contacts…", None, len(items)),
            items,
            write,
            lambda error: self._import_done(receipt, len(plan.skipped), error),
            cancellable=True,
        )

    def _start(self, title: str, label: str, items: list, work, done, cancellable=False) -> None:
        def finish(error: str) -> None:
            self.run.deleteLater()
            self.run = None
            try:
                done(error)
            finally:
                self._release_lock()
            self._update_actions()
            self.finished.emit()

        self.run = BatchRun(self.window, title, label, items, work, finish, cancellable)
        self._update_actions()

    def _import_done(self, receipt: ImportReceipt, skipped: int, error: str) -> None:
        journal, self.journal = self.journal, None
        if error:
            with busy_cursor():
                result = undo_import(self.hub.store, receipt, self.hub.clock)
            if journal is not None and not result.problems:
                journal.discard()
            self.hub.reset.emit()
            if error == BatchRun.CANCELLED:
                self.window.status(tr("Import cancelled; nothing was imported."))
                return
            self._tell(
                QMessageBox.Icon.Warning,
                tr("Import contacts"),
                tr("The import could not be finished, so nothing was imported."),
                error,
            )
            return
        if journal is not None:
            journal.finish(self.hub.clock.wall())
        if receipt.added_ids or receipt.previous:
            self.last_receipt = receipt
        self.hub.reset.emit()
        self.window.show_view("contacts")
        self.window.status(
            tr("Import done: %1, %2, %3. File ▸ Undo last import takes it back.")
            .replace("%1", tr("%n contacts added", None, len(receipt.added_ids)))
            .replace("%2", tr("%n merged", None, len(receipt.previous)))
            .replace("%3", tr("%n skipped", None, skipped))
        )

    # --- an import stopped part-way

    def offer_interrupted_import(self) -> None:
        """Ask once the window is up what to do with an import that was stopped part-way."""
        if not self.busy and self.hub.store is not None:
            self._settle_interrupted()

    def _settle_interrupted(self) -> bool:
        """Undo or keep an interrupted import, as the user says; False: decide later."""
        root = self.hub.store.root
        state = read_journal(root) if self.lock is not None else interrupted_import(root)
        if state is None or state.finished:
            return True
        answer = ask_about_interrupted(self.window, state)
        if answer == "keep":
            keep_interrupted(root, self.hub.clock)
            return True
        if answer != "undo":
            return False
        held = self.lock is not None
        if not held and not self._take_lock(tr("Interrupted import")):
            return False
        try:
            self.window.save_all()
            self.hub.store.rescan()
            with busy_cursor():
                result = undo_journal(self.hub.store, state, self.hub.clock)
            if not result.problems:
                remove_journal(root)
        finally:
            if not held:
                self._release_lock()
        self._undo_done(result)
        return not result.problems

    # --- undo

    def undo_last_import(self) -> None:
        receipt = self.last_receipt
        if receipt is None or self.busy:
            self.window.status(tr("There is no import to undo."))
            return
        if not common.confirm(
            self.window,
            tr("Undo last import"),
            tr("Take back the import of %1?").replace("%1", datetime_text(receipt.applied_at)),
            tr(
                "The contacts it added are removed, and those it added details to are put "
                "back as they were. Anyone you have changed since, or planned a meeting or "
                "follow-up with, is kept as they are."
            ),
            tr("Undo import"),
        ):
            return
        if not self._take_lock(tr("Undo last import")):
            return
        self.window.save_all()
        store, clock = self.hub.store, self.hub.clock
        # Removing a contact would strand their meetings and follow-ups: keep them.
        in_use = {m.contact_id for m in store.meetings.values()}
        in_use |= {f.contact_id for f in store.followups.values()}
        keep = [cid for cid in receipt.added_ids if cid in in_use and cid in store.contacts]
        result = UndoResult(kept=[copy.deepcopy(store.contacts[cid]) for cid in keep])
        items = [(True, cid) for cid in receipt.added_ids if cid not in keep]
        items += [(False, cid) for cid in receipt.previous]

        def take_back(batch: list) -> None:
            part = ImportReceipt(
                applied_at=receipt.applied_at,
                added_ids=[cid for added, cid in batch if added],
                previous={cid: receipt.previous[cid] for added, cid in batch if not added},
                written={cid: receipt.written[cid] for _added, cid in batch},
            )
            done = undo_import(store, part, clock)
            result.removed += done.removed
            result.restored += done.restored
            result.kept.extend(done.kept)
            result.problems.extend(done.problems)

        self._start(
            tr("Undo last import"),
            tr("Taking back the import…"),
            items,
            take_back,
            lambda _error: self._undo_done(result),
        )

    def _undo_done(self, result: UndoResult) -> None:
        receipt, self.last_receipt = self.last_receipt, None
        state = read_journal(self.hub.store.root)
        if receipt and state and state.started == receipt.applied_at and not result.problems:
            remove_journal(self.hub.store.root)  # nothing left for --undo-last to take back
        self.hub.reset.emit()
        self.hub.save_now()  # a save that failed is tried again and said in the status bar
        parts = [
            tr("%n contacts removed", None, result.removed),
            tr("%n put back as they were", None, result.restored),
        ]
        if result.kept:
            parts.append(tr("%n kept", None, len(result.kept)))
        self.window.status(tr("Import undone: %1.").replace("%1", ", ".join(parts)))
        if result.problems:
            self._tell(
                QMessageBox.Icon.Warning,
                tr("Undo last import"),
                tr("The import is undone, but not everything could be saved yet."),
                "\n".join(problem_text(problem) for problem in result.problems),
            )
        elif result.kept:
            self._tell(
                QMessageBox.Icon.Information,
                tr("Undo last import"),
                tr(
                    "These contacts were kept as they are, because you changed them or "
                    "planned something with them after the import:"
                ),
                _names(result.kept),
            )

    # --- export

    def _export_choice(self, kind: str) -> tuple[str, str, str]:
        """Title, suggested file name and file filter of one kind of export."""
        today = self.hub.today().isoformat()
        return {
            "vcard": (
                tr("Export contacts as vCard"),
                "twoway-contacts.vcf",
                tr("vCard files (*.vcf)"),
            ),
            "csv": (
                tr("Export contacts as CSV"),
                "twoway-contacts.csv",
                tr("CSV files (*.csv)"),
            ),
            "meetings": (
                tr("Export meetings and debriefs as CSV"),
                "twoway-meetings.csv",
                tr("CSV files (*.csv)"),
            ),
            "ics": (
                tr("Export to your calendar"),
                "twoway-calendar.ics",
                tr("Calendar files (*.ics)"),
            ),
            "backup": (
                tr("Export a backup of all data"),
                f"twoway-backup-{today}.zip",
                tr("Zip archives (*.zip)"),
            ),
        }[kind]

    def _nothing_to_export(self, kind: str) -> str:
        store = self.hub.store
        if kind in ("vcard", "csv") and not store.contacts:
            return tr("There are no contacts to export yet.")
        if kind == "meetings" and not store.meetings:
            return tr("There are no meetings to export yet.")
        return ""

    def export(self, kind: str) -> Path | None:
        """Ask where, then write the export there; returns the file written."""
        if self.busy:
            return None
        empty = self._nothing_to_export(kind)
        if empty:
            self.window.status(empty)
            return None
        title, file_name, file_filter = self._export_choice(kind)
        target = choose_export_file(self.window, title, Path(self.folder) / file_name, file_filter)
        if target is None:
            return None
        if not target.suffix:
            target = target.with_suffix(Path(file_name).suffix)
        self.folder = str(target.parent)
        self.window.save_all()  # what was just typed goes out too
        try:
            with busy_cursor():
                done = self._write_export(kind, target)
        except InteropError as exc:
            self._tell(
                QMessageBox.Icon.Warning,
                title,
                tr("Nothing was exported."),
                translated(exc.message),
            )
            return None
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self._tell(
                QMessageBox.Icon.Warning,
                title,
                tr("Nothing was exported."),
                tr("“%1” could not be written (%2).")
                .replace("%1", target.name)
                .replace("%2", reason),
            )
            return None
        self.window.status(done.replace("%1", str(target)))
        return target

    def _write_export(self, kind: str, target: Path) -> str:
        """Write one export to `target`; returns the sentence saying so, %1 for where."""
        store = self.hub.store
        contacts = store.contacts
        meetings = list(store.meetings.values())
        formats = self.hub.formats.formats
        if kind == "vcard":
            data = contacts_to_vcard(contacts.values()).encode("utf-8")
            done = tr("Saved %n contacts to %1.", None, len(contacts))
        elif kind == "csv":
            data = contacts_to_csv(contacts.values())
            done = tr("Saved %n contacts to %1.", None, len(contacts))
        elif kind == "meetings":
            data = meetings_to_csv(meetings, contacts, formats)
            done = tr("Saved %n meetings to %1.", None, len(meetings))
        elif kind == "ics":
            followups = list(store.followups.values())
            data = calendar_to_ics(meetings, followups, contacts, formats, self.hub.clock)
            done = (
                tr("Saved the calendar to %1 (%2, %3).")
                .replace("%2", tr("%n meetings", None, len(calendar_meetings(meetings))))
                .replace("%3", tr("%n follow-ups", None, len(followups)))
            )
        else:
            data = self._backup_bytes()
            done = tr("Saved a backup of all your data to %1.")
        atomic_write_bytes(target, data)
        return done

    def _backup_bytes(self) -> bytes:
        """A fresh snapshot of the data folder. An export never removes older backups."""
        try:
            return self.hub.store.backup_now().read_bytes()
        except OSError as exc:
            raise ExportFileError(
                tr("The backup could not be made (%1).").replace("%1", exc.strerror or str(exc))
            ) from None
