"""File ▸ Import contacts and File ▸ Export.

An import is shown in full before anything is written (`import_dialog.py`). It is then
written a few contacts at a time by a `BatchRun`, with the event loop running in between,
so the window keeps answering through a long import; the store is only ever used from
this thread. The whole import can be taken back with File ▸ Undo last import. Exports are
written atomically to the file the user chooses.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from twoway.core.interop import (
    ImportFileError,
    ImportPlan,
    ImportReceipt,
    InteropError,
    ParsedFile,
    UndoResult,
    apply_import,
    contacts_state,
    file_headers,
    plan_import,
    read_contacts,
    undo_import,
)
from twoway.core.interop.apply import contacts_in_use, undo_journal
from twoway.core.interop.transaction import (
    ImportBusy,
    ImportJournal,
    ImportLock,
    interrupted_import,
    keep_interrupted,
    read_journal,
    remove_journal,
)
from twoway.ui.i18n import filled, problem_text, translated
from twoway.ui.main import common
from twoway.ui.main.batch_run import BatchRun, busy_cursor
from twoway.ui.main.common import datetime_text, tr
from twoway.ui.main.export import EXPORTS, export_choice, nothing_to_export, write_export
from twoway.ui.main.import_dialog import ImportDialog, names_text
from twoway.ui.main.transfer_dialogs import (
    ask_about_interrupted,
    choose_export_file,
    choose_import_file,
    documents_folder,
)

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
        # for undoing as soon as the window is up, once per window, never over a call.
        self.interrupted_asked = False
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
                undoable = self.last_receipt is not None or self._finished_journal() is not None
                action.setEnabled(undoable and not self.busy)
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

        With `parsed` (what the preview was made from), the plan is checked under the
        import lock against the folder as it is now, and made again when a contact
        changed meanwhile, so contacts another import (say, the command line) wrote are
        merged, not added twice. (Made again only then: for 30,000 people that takes
        half a second the window would not answer in.)"""
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
            if contacts_state(store.contacts.values()) != plan.based_on:
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
            receipt.join(apply_import(store, piece, clock, self.journal))

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
            filled(
                tr("Import done: %1, %2, %3. File ▸ Undo last import takes it back."),
                tr("%n contacts added", None, len(receipt.added_ids)),
                tr("%n merged", None, len(receipt.previous)),
                tr("%n skipped", None, skipped),
            )
        )

    # --- an import stopped part-way

    def offer_interrupted_import(self) -> None:
        """Ask what to do with an import that was stopped part-way, once the window is up.
        Never while a meeting runs or a call is on (a window built to start a meeting stays
        hidden): then when the window is next opened or the call is over (AppContext's
        `show_main_window` and `call_is_over` call this again)."""
        call_on = getattr(self.window.context, "call_on", None)
        if self.interrupted_asked or self.busy or self.hub.store is None:
            return
        if not self.window.isVisible() or (call_on is not None and call_on()):
            return
        self.interrupted_asked = True
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
        return self._undo_from_journal(state, tr("Interrupted import"))

    def _finished_journal(self):
        """The journal of the last finished import, which can still be taken back after
        Twoway was restarted (as `twoway import --undo-last` does)."""
        if self.hub.store is None:
            return None
        state = read_journal(self.hub.store.root, entries=False)
        return state if state is not None and state.finished else None

    def _undo_from_journal(self, state, title: str) -> bool:
        root = self.hub.store.root
        held = self.lock is not None
        if not held and not self._take_lock(title):
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
        self._update_actions()
        return not result.problems

    # --- undo

    def undo_last_import(self) -> None:
        receipt = self.last_receipt
        journal = self._finished_journal() if receipt is None else None
        if (receipt is None and journal is None) or self.busy:
            self.window.status(tr("There is no import to undo."))
            return
        when = receipt.applied_at if receipt is not None else journal.started
        if not common.confirm(
            self.window,
            tr("Undo last import"),
            filled(tr("Take back the import of %1?"), datetime_text(when)),
            tr(
                "The contacts it added are removed, and those it added details to are put "
                "back as they were. Anyone you have changed since, or planned a meeting or "
                "follow-up with, is kept as they are."
            ),
            tr("Undo import"),
        ):
            return
        if receipt is None:  # imported before this start: taken back from its journal
            journal = read_journal(self.hub.store.root)  # now with every record it holds
            if journal is None or not journal.finished:
                self.window.status(tr("There is no import to undo."))
                return
            self._undo_from_journal(journal, tr("Undo last import"))
            return
        if not self._take_lock(tr("Undo last import")):
            return
        self.window.save_all()
        store, clock = self.hub.store, self.hub.clock
        in_use = contacts_in_use(store)  # worked out once for all the batches
        result = UndoResult()
        items = [(True, cid) for cid in receipt.added_ids]
        items += [(False, cid) for cid in receipt.previous]

        def take_back(batch: list) -> None:
            part = ImportReceipt(
                applied_at=receipt.applied_at,
                added_ids=[cid for added, cid in batch if added],
                previous={cid: receipt.previous[cid] for added, cid in batch if not added},
                written={cid: receipt.written[cid] for _added, cid in batch},
            )
            done = undo_import(store, part, clock, in_use)
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
        self.window.status(filled(tr("Import undone: %1."), ", ".join(parts)))
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
                names_text(result.kept),
            )

    # --- export

    def export(self, kind: str) -> Path | None:
        """Ask where, then write the export there; returns the file written."""
        if self.busy:
            return None
        empty = nothing_to_export(self.hub, kind)
        if empty:
            self.window.status(empty)
            return None
        title, file_name, file_filter = export_choice(kind, self.hub.today().isoformat())
        target = choose_export_file(self.window, title, Path(self.folder) / file_name, file_filter)
        if target is None:
            return None
        if not target.suffix:
            target = target.with_suffix(Path(file_name).suffix)
        self.folder = str(target.parent)
        self.window.save_all()  # what was just typed goes out too
        try:
            with busy_cursor():
                done = write_export(self.hub, kind, target)
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
                filled(tr("“%1” could not be written (%2)."), target.name, reason),
            )
            return None
        self.window.status(done)
        return target
