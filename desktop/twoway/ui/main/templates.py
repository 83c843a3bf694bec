"""Checklist templates on the prep page: start over from one, save a checklist as one."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from twoway.core.records import ChecklistTemplate
from twoway.core.workflow.prep import DEFAULT_TEMPLATE_ID
from twoway.ui.main.common import tr, translated_prep_text


def template_label(template: ChecklistTemplate) -> str:
    """A template's name as menus show it; the one new meetings start with says so."""
    name = translated_prep_text(template.name) or tr("Untitled")
    if template.id == DEFAULT_TEMPLATE_ID:
        return tr("%1 (for new meetings)").replace("%1", name)
    return name


@dataclass(frozen=True)
class SaveChoice:
    into: str | None  # the template to replace, or None for a new one
    name: str  # the new template's name
    for_new_meetings: bool


class SaveTemplateDialog(QDialog):
    """Where a checklist goes: into a template it replaces, or a new one with a name."""

    def __init__(self, templates: list[ChecklistTemplate], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Save as template"))
        self.target = QComboBox(self)
        self.target.setAccessibleName(tr("Template to save into"))
        self.target.addItem(tr("A new template"), None)
        for template in templates:
            self.target.addItem(template_label(template), template.id)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(tr("Name of the new template"))
        self.name.setPlaceholderText(tr("For example: Sales call, Mentoring"))
        self.for_new_meetings = QCheckBox(tr("&New meetings start with this checklist"), self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout(self)
        form.addRow(tr("Save &into:"), self.target)
        form.addRow(tr("N&ame:"), self.name)
        form.addRow(self.for_new_meetings)
        form.addRow(self.buttons)

        self._was_default = False
        self.target.currentIndexChanged.connect(self._update)
        self.name.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update()

    def _update(self, *_args) -> None:
        new = self.target.currentData() is None
        self.name.setEnabled(new)
        is_default = self.target.currentData() == DEFAULT_TEMPLATE_ID
        self.for_new_meetings.setEnabled(not is_default)
        if is_default != self._was_default:  # the default is always for new meetings
            self.for_new_meetings.setChecked(is_default)
        self._was_default = is_default
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not new or bool(self.name.text().strip()))

    def choice(self) -> SaveChoice:
        return SaveChoice(
            self.target.currentData(), self.name.text().strip(), self.for_new_meetings.isChecked()
        )


def ask_where_to_save(templates: list[ChecklistTemplate], parent: QWidget) -> SaveChoice | None:
    """Shows the dialog; None when the user cancels. Tests replace this function."""
    dialog = SaveTemplateDialog(templates, parent)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
