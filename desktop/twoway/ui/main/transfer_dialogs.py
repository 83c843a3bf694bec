"""The questions File ▸ Import and Export ask: which file, and what to do with an import
that was stopped part-way. Plain dialogs, kept apart so tests can answer them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from twoway.core.interop.transaction import JournalState
from twoway.ui.i18n import filled
from twoway.ui.main.common import datetime_text, tr


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
        filled(
            tr("The import of “%1” on %2 was stopped before it finished."),
            state.source,
            datetime_text(state.started),
        )
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
