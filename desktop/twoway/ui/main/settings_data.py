"""Settings ▸ Your data: the data folder, files that need a look (with what can be done
about each), and backups (daily, how many to keep, back up now, restore)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from twoway.ui.i18n import filled, problem_text
from twoway.ui.main import common
from twoway.ui.main.common import SPACING, hint, to_qdatetime, tr
from twoway.ui.main.hub import DataHub


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class DataBox(QGroupBox):
    def __init__(self, context, hub: DataHub, nav, access, parent=None) -> None:
        super().__init__(tr("Your data"), parent)
        self.context = context
        self.hub = hub
        self.nav = nav
        self.access = access
        self._problems: list = []
        layout = QVBoxLayout(self)
        self._build_folder(layout)
        self._build_problems(layout)
        self._build_backups(layout)
        self.refresh_data()

    # --- building ------------------------------------------------------------------------

    def _build_folder(self, layout: QVBoxLayout) -> None:
        layout.addWidget(
            hint(
                tr(
                    "Everything is kept as readable files in this folder. A sync tool can "
                    "carry it between computers; Twoway notices changes and conflicts."
                ),
                self,
            )
        )
        self.folder = QLabel(str(self.hub.paths.root), self)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setAccessibleName(tr("Data folder"))
        self.folder.setWordWrap(True)
        layout.addWidget(self.folder)
        self.open_folder = QPushButton(tr("Open the &folder"), self)
        self.reload = QPushButton(tr("&Read the files again"), self)
        self.reload.setToolTip(tr("After a sync tool or another program changed them."))
        layout.addLayout(_button_row(self.open_folder, self.reload))
        self.open_folder.clicked.connect(self.open_data_folder)
        self.reload.clicked.connect(self._reload)

    def _build_problems(self, layout: QVBoxLayout) -> None:
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(tr("Files that need a look"))
        self.problems.setMaximumHeight(110)
        self.problems_label = QLabel(tr("Files that need a look:"), self)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems)
        # What can be done about the chosen file; buttons appear when they apply.
        self.retry_button = QPushButton(tr("Tr&y again"), self)
        self.retry_button.setToolTip(tr("Read the file again after you fixed it by hand."))
        self.from_backup_button = QPushButton(tr("Restore the file from a &backup"), self)
        # Their tooltips depend on the file chosen (see _show_problem_actions).
        self.keep_copy_button = QPushButton(tr("&Use this copy"), self)
        self.set_aside_button = QPushButton(tr("Set this copy &aside"), self)
        self.noted_button = QPushButton(tr("&Got it"), self)
        self.noted_button.setToolTip(tr("Take this notice off the list."))
        self.problem_buttons = _button_row(
            self.retry_button,
            self.from_backup_button,
            self.keep_copy_button,
            self.set_aside_button,
            self.noted_button,
        )
        layout.addLayout(self.problem_buttons)
        self.problems.currentRowChanged.connect(lambda _row: self._show_problem_actions())
        for button, action in (
            (self.retry_button, "retry"),
            (self.from_backup_button, "backup"),
            (self.keep_copy_button, "keep"),
            (self.set_aside_button, "aside"),
            (self.noted_button, "noted"),
        ):
            button.clicked.connect(lambda _=False, action=action: self._act_on_problem(action))

    def _build_backups(self, layout: QVBoxLayout) -> None:
        layout.addWidget(QLabel(tr("Backups (a daily copy of the whole folder):"), self))
        self.backups = QListWidget(self)
        self.backups.setAccessibleName(tr("Backups"))
        self.backups.setMaximumHeight(150)
        layout.addWidget(self.backups)
        # Two whole phrases, not one sentence around the number, so each language can
        # word them its own way.
        keep_row = QHBoxLayout()
        self.daily = QCheckBox(tr("Back up every &day"), self)
        self.daily.setChecked(bool(self.access.get("backups.daily")))
        self.keep = QSpinBox(self)
        self.keep.setRange(1, 365)
        self.keep.setValue(int(self.access.get("backups.keep")))
        keep_label = QLabel(tr("Backups to &keep:"), self)
        keep_label.setBuddy(self.keep)
        keep_row.addWidget(self.daily)
        keep_row.addSpacing(SPACING * 2)
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep)
        keep_row.addStretch(1)
        layout.addLayout(keep_row)
        self.backup_button = QPushButton(tr("Back up no&w"), self)
        self.restore_button = QPushButton(tr("R&estore the chosen backup…"), self)
        layout.addLayout(_button_row(self.backup_button, self.restore_button))
        self.daily.toggled.connect(lambda on: self.access.set("backups.daily", on))
        self.keep.valueChanged.connect(lambda n: self.access.set("backups.keep", n))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.backups.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))

    def show_current_values(self) -> None:
        for widget, apply in (
            (self.daily, lambda: self.daily.setChecked(
                bool(self.access.get("backups.daily")))),
            (self.keep, lambda: self.keep.setValue(int(self.access.get("backups.keep")))),
        ):  # fmt: skip
            widget.blockSignals(True)
            apply()
            widget.blockSignals(False)

    # --- the folder and its files ------------------------------------------------------------

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.hub.paths.root)))

    def _reload(self) -> None:
        self.hub.reload()
        self.refresh_data()
        self.nav.status(tr("Read the data folder again."))

    def refresh_data(self) -> None:
        self.problems.clear()
        self._problems = list(self.hub.store.problems)
        for problem in self._problems:
            item = QListWidgetItem(problem_text(problem), self.problems)
            item.setToolTip(str(problem.path))
        has_problems = self.problems.count() > 0
        self.problems.setVisible(has_problems)
        self.problems_label.setVisible(has_problems)
        self._show_problem_actions()
        self.backups.clear()
        for path in self.hub.store.backups.files():
            item = QListWidgetItem(self._backup_label(path), self.backups)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
        if not self.backups.count():
            item = QListWidgetItem(tr("No backups yet."), self.backups)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.restore_button.setEnabled(False)

    def _chosen_problem(self):
        row = self.problems.currentRow()
        return self._problems[row] if 0 <= row < len(self._problems) else None

    def _show_problem_actions(self) -> None:
        from twoway.core.store.problems import (
            CONFLICT,
            EXTERNAL_CHANGE,
            NEWER_VERSION,
            RETURNED,
            UNREADABLE,
        )

        problem = self._chosen_problem()
        kind = problem.kind if problem is not None else None
        copy = kind in (CONFLICT, EXTERNAL_CHANGE)
        damaged = kind in (UNREADABLE, NEWER_VERSION)
        self.noted_button.setVisible(kind == RETURNED)
        on_file = problem is not None and problem.record_kind == "file"  # settings, a format
        self.keep_copy_button.setToolTip(
            tr("The copy takes the file's place; the file goes to the trash.")
            if on_file
            else tr("The copy replaces the record; the record goes to the trash.")
        )
        self.set_aside_button.setToolTip(
            tr("Keep the file as it is; the copy goes to the trash.")
            if on_file
            else tr("Keep the record as it is; the copy goes to the trash.")
        )
        self.retry_button.setVisible(problem is not None and not copy and kind != RETURNED)
        self.from_backup_button.setVisible(damaged)
        self.keep_copy_button.setVisible(copy)
        self.set_aside_button.setVisible(copy)

    def _act_on_problem(self, action: str) -> None:
        """Retry a file fixed by hand, restore it from a backup, or settle a conflict copy."""
        problem = self._chosen_problem()
        if problem is None:
            return
        from twoway.core.store.problems import NEWER_VERSION, UNREADABLE

        store = self.hub.store
        if action == "noted":
            store.dismiss(problem)
            self.refresh_data()
            return
        if action == "retry" and problem.kind not in (UNREADABLE, NEWER_VERSION):
            failed = self.hub.save_now()  # a save that failed: try writing again
            still = failed[0] if failed else None
        elif action == "retry":
            still = store.retry(problem.path)
        elif action == "backup":
            still = store.backups.restore_file(problem.path)
        else:
            still = store.resolve_conflict(problem.path, keep_copy=action == "keep")
            if problem.record_kind == "file":
                self.context.preferences.reload()  # a settings copy chosen: it applies now
        self.hub.reset.emit()
        self.refresh_data()
        self.nav.status(problem_text(still) if still else tr("Done: the file is in order."))

    # --- backups ---------------------------------------------------------------------------

    def _backup_label(self, path: Path) -> str:
        from twoway.core.store import backups

        taken = backups.snapshot_time(path)
        if taken is None:
            return path.name
        return QLocale().toString(to_qdatetime(taken), QLocale.FormatType.LongFormat)

    def backup_now(self) -> Path | None:
        self.hub.save_now()
        try:
            path = self.hub.store.backups.take_now(self.keep.value())
        except OSError as exc:
            QMessageBox.warning(
                self,
                tr("Back up now"),
                filled(tr("The backup could not be written (%1)."), exc.strerror or str(exc)),
            )
            return None
        self.refresh_data()
        self.nav.status(filled(tr("Backed up to %1."), path.name))
        return path

    def restore_chosen(self) -> None:
        item = self.backups.currentItem()
        raw = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not raw:
            return
        if common.confirm(
            self,
            tr("Restore a backup"),
            filled(tr("Make your data what it was at %1?"), item.text()),
            tr("Twoway first backs up what you have now, so you can come back to it."),
            tr("Restore"),
        ):
            self.restore(Path(raw))

    def restore(self, snapshot: Path) -> list:
        self.nav.save_all()
        # The one restore path of the core (core/store/restore.py), as `twoway restore`:
        # every entry is checked first, and a refused or failed restore changes nothing.
        problems = self.hub.store.restore_backup(snapshot).problems
        if problems:
            self.refresh_data()
            QMessageBox.warning(
                self, tr("Restore a backup"), "\n".join(problem_text(p) for p in problems)
            )
            return problems
        self.hub.undo.clear()  # undo steps refer to records from before the restore
        self.hub.reset.emit()
        self.refresh_data()
        self.nav.status(tr("Restored. Your data before the restore is in the newest backup."))
        return problems
