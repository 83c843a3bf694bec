"""Checklist templates on the prep page: start over from one, save a checklist as one."""

from __future__ import annotations

from collections.abc import Collection
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
from twoway.ui.i18n import filled
from twoway.ui.main.common import hint, tr, translated_prep_text


def template_name(template: ChecklistTemplate) -> str:
    return translated_prep_text(template.name) or tr("Untitled")


def template_label(template: ChecklistTemplate) -> str:
    """A template's name as lists show it; the one new meetings start with says so."""
    if template.id == DEFAULT_TEMPLATE_ID:
        return filled(tr("%1 (for new meetings)"), template_name(template))
    return template_name(template)


def menu_label(template: ChecklistTemplate) -> str:
    # In a menu an & marks a shortcut letter; a name such as "Sales & marketing" keeps it.
    return template_label(template).replace("&", "&&")


@dataclass(frozen=True)
class SaveChoice:
    into: str | None  # the template to replace, or None for a new one
    name: str  # the new template's name
    for_new_meetings: bool


class SaveTemplateDialog(QDialog):
    """Where a checklist goes: into a template it replaces, or a new one with a name."""

    def __init__(
        self,
        templates: list[ChecklistTemplate],
        read_only: Collection[str] = (),
        parent: QWidget | None = None,
    ):
        """`read_only`: ids of templates written by a newer Twoway, which cannot be saved
        into, nor swapped with when they are the default."""
        super().__init__(parent)
        self.setWindowTitle(tr("Save as template"))
        self.taken = {template_name(t).casefold() for t in templates}
        self.default_locked = DEFAULT_TEMPLATE_ID in read_only
        self.target = QComboBox(self)
        self.target.setAccessibleName(tr("Template to save into"))
        self.target.addItem(tr("A new template"), None)
        for template in templates:
            if template.id not in read_only:
                self.target.addItem(template_label(template), template.id)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(tr("Name of the new template"))
        self.name.setPlaceholderText(tr("For example: Sales call, Mentoring"))
        self.for_new_meetings = QCheckBox(tr("&New meetings start with this checklist"), self)
        self.note = hint("", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout(self)
        form.addRow(tr("Save &into:"), self.target)
        form.addRow(tr("N&ame:"), self.name)
        form.addRow(self.for_new_meetings)
        form.addRow(self.note)
        form.addRow(self.buttons)

        self._was_default = False
        self.target.currentIndexChanged.connect(self._update)
        self.name.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update()
        self.name.setFocus()  # a new template, the first choice, needs its name first

    def _update(self, *_args) -> None:
        new = self.target.currentData() is None
        self.name.setEnabled(new)
        is_default = self.target.currentData() == DEFAULT_TEMPLATE_ID
        self.for_new_meetings.setEnabled(not is_default and not self.default_locked)
        if is_default != self._was_default:  # the default is always for new meetings
            self.for_new_meetings.setChecked(is_default)
        self._was_default = is_default
        name = self.name.text().strip()
        name_taken = new and name.casefold() in self.taken
        if name_taken:
            note = tr("A template has this name already. To replace it, choose it above.")
        elif not new:
            note = tr("Its checklist is replaced with this one.")
        else:
            note = ""
        self.note.setText(note)
        self.note.setVisible(bool(note))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not new or (bool(name) and not name_taken))

    def choice(self) -> SaveChoice:
        return SaveChoice(
            self.target.currentData(), self.name.text().strip(), self.for_new_meetings.isChecked()
        )


def ask_where_to_save(
    templates: list[ChecklistTemplate], read_only: Collection[str], parent: QWidget
) -> SaveChoice | None:
    """Shows the dialog; None when the user cancels. Tests replace this function."""
    dialog = SaveTemplateDialog(templates, read_only, parent)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
