"""The format editor on the Formats page: name, slot and phases of one format, checked as
the user types (with a plain sentence about the first problem) and saved once valid.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from twoway.core.format_files import (
    FormatError,
    FormatFileTaken,
    format_to_toml,
    parse_format,
    save_format,
    save_new_format,
)
from twoway.core.formats import MAX_PHASE_MINUTES, MAX_PHASES, Format, Owner, Phase
from twoway.ui.i18n import filled, number_text, translated
from twoway.ui.main.bands import Band, PhaseBands
from twoway.ui.main.common import (
    SPACING,
    hint,
    owner_label,
    plural_count,
    tr,
    translated_format_text,
)
from twoway.ui.main.hub import DataHub
from twoway.ui.main.models.formats import PhaseRow, PhasesModel
from twoway.ui.main.widgets import set_column_width, table

SAVE_DELAY_MS = 500
_COLOR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
ERROR_COLOR = "#B5470B"


def slug(text: str) -> str:
    """A file-name-safe id from a format's name."""
    cleaned = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return (cleaned or "format")[:48]


def problem_with(fmt: Format) -> str:
    """The first thing that keeps a format from being saved, in plain words, or ""."""
    if not fmt.name.strip():
        return tr("Give the format a name.")
    if not fmt.phases:
        return tr("Add at least one phase.")
    if len(fmt.phases) > MAX_PHASES:
        return tr("A format can have at most %n phases.", None, MAX_PHASES)
    for number, phase in enumerate(fmt.phases, start=1):
        if not phase.title.strip():
            return filled(tr("Phase %1 needs a title."), str(number))
        if not 0 < phase.minutes <= MAX_PHASE_MINUTES:
            return filled(
                tr("Phase %1 needs more than 0 and at most %n minutes.", None, MAX_PHASE_MINUTES),
                str(number),
            )
        if phase.color and not _COLOR_RE.match(phase.color):
            return filled(
                tr("Phase %1: a color is written like #0072B2, or left empty."), str(number)
            )
    if fmt.slot_minutes + 1e-9 < fmt.planned_minutes:
        return (
            #: %1 minutes may have a fraction, as in 12.5; the form follows it.
            filled(
                tr(
                    "The phases take %1 minutes, more than the %2-minute slot. "
                    "Shorten a phase or lengthen the slot.",
                    None,
                    plural_count(fmt.planned_minutes),
                ),
                number_text(fmt.planned_minutes),
                number_text(fmt.slot_minutes),
            )
        )
    # Last, the same check as when the file is read back, so what is saved will load.
    try:
        parse_format(format_to_toml(fmt), fmt.id)
    except FormatError as exc:
        return translated(exc.problem.message)
    return ""


class PhaseDelegate(QStyledItemDelegate):
    """Whose turn as a choice of three, minutes as a number in half minutes."""

    def createEditor(self, parent, option, index):
        if index.column() == PhasesModel.OWNER:
            combo = QComboBox(parent)
            for owner in Owner:
                combo.addItem(owner_label(owner), str(owner))
            return combo
        if index.column() == PhasesModel.MINUTES:
            spin = QDoubleSpinBox(parent)
            spin.setRange(0.5, MAX_PHASE_MINUTES)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class FormatEditor(QWidget):
    # A sentence for the user when edits could not go to the format's own file.
    told = Signal(str)

    def __init__(self, hub: DataHub, parent=None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.format_id = ""
        self.file_digest = ""  # the file as loaded or last saved: saving writes over only that
        self.read_only = True
        self._loading = False
        self._dirty = False  # edits not yet written to the format's file
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING, 0, 0, 0)
        layout.setSpacing(SPACING)
        self.note = hint("", self)
        layout.addWidget(self.note)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(tr("Format name"))
        self.description = QLineEdit(self)
        self.description.setAccessibleName(tr("Description"))
        self.slot = QDoubleSpinBox(self)
        self.slot.setRange(1, 24 * 60)
        self.slot.setDecimals(1)
        self.slot.setSuffix(tr(" min"))
        self.slot.setAccessibleName(tr("Slot promised, in minutes"))
        self.slot.setMaximumWidth(140)
        self.warning = QSpinBox(self)
        self.warning.setRange(0, 600)
        self.warning.setSingleStep(15)
        self.warning.setSuffix(tr(" s"))
        self.warning.setAccessibleName(tr("Warning before a phase ends, in seconds"))
        self.warning.setMaximumWidth(140)
        self.swappable = QCheckBox(tr("Either side may go first"), self)
        self.closing = QLineEdit(self)
        self.closing.setAccessibleName(tr("Closing line"))
        self.closing.setPlaceholderText(tr("Shown near the end of the slot"))
        form.addRow(tr("Name:"), self.name)
        form.addRow(tr("Description:"), self.description)
        form.addRow(tr("Slot:"), self.slot)
        form.addRow(tr("Warn before a phase ends:"), self.warning)
        form.addRow("", self.swappable)
        form.addRow(tr("Closing line:"), self.closing)
        layout.addLayout(form)

        layout.addWidget(QLabel(tr("Phases"), self))
        self.phases = PhasesModel(self)
        self.phase_view = table(self.phases, tr("Phases"), self, stretch=PhasesModel.CUE)
        self.phase_view.verticalHeader().show()
        self.phase_view.setItemDelegate(PhaseDelegate(self.phase_view))
        self.phase_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.phase_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        set_column_width(self.phase_view, PhasesModel.TITLE, 160)
        set_column_width(self.phase_view, PhasesModel.OWNER, 95)
        set_column_width(self.phase_view, PhasesModel.MINUTES, 70)
        set_column_width(self.phase_view, PhasesModel.COLOR, 110)
        self.phase_view.setMinimumHeight(160)
        layout.addWidget(self.phase_view, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add phase"), self)
        self.remove_button = QPushButton(tr("Remove phase"), self)
        self.up_button = QPushButton(tr("Move up"), self)
        self.down_button = QPushButton(tr("Move down"), self)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        layout.addWidget(QLabel(tr("Preview"), self))
        self.preview = PhaseBands(self)
        layout.addWidget(self.preview)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        palette = self.problem.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_COLOR))
        self.problem.setPalette(palette)
        self.problem.setAccessibleName(tr("Problem with this format"))
        layout.addWidget(self.problem)
        self.saved_note = hint("", self)
        layout.addWidget(self.saved_note)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)
        for edit in (self.name, self.description, self.closing):
            edit.textEdited.connect(self._edited)
        self.slot.valueChanged.connect(self._edited)
        self.warning.valueChanged.connect(self._edited)
        self.swappable.toggled.connect(self._edited)
        self.phases.edited.connect(self._edited)
        hub.formats_changed.connect(self._library_changed)
        self.add_button.clicked.connect(self._add_phase)
        self.remove_button.clicked.connect(self._remove_phase)
        self.up_button.clicked.connect(lambda: self._move_phase(-1))
        self.down_button.clicked.connect(lambda: self._move_phase(1))

    # --- loading and building ------------------------------------------------------------

    def load(self, fmt: Format | None) -> None:
        self.save()  # the format being left keeps its last edits
        self._loading = True
        self.format_id = fmt.id if fmt else ""
        self.file_digest = fmt.file_digest if fmt else ""
        self._dirty = False
        self.read_only = fmt is None or fmt.builtin
        translate = translated_format_text if self.read_only else str
        self.name.setText(translate(fmt.name) if fmt else "")
        self.name.setCursorPosition(0)  # show the start of long text
        self.description.setText(translate(fmt.description) if fmt else "")
        self.description.setCursorPosition(0)
        self.slot.setValue(fmt.slot_minutes if fmt else 15)
        self.warning.setValue(fmt.warning_lead_s if fmt else 60)
        self.swappable.setChecked(fmt.swappable if fmt else False)
        self.closing.setText(translate(fmt.closing_line) if fmt else "")
        self.closing.setCursorPosition(0)
        rows = (
            [PhaseRow(p.title, p.owner, p.minutes, p.color, p.cue) for p in fmt.phases]
            if fmt
            else []
        )
        self.phases.set_rows(rows, read_only=self.read_only)
        for widget in (self.name, self.description, self.closing):
            widget.setReadOnly(self.read_only)
        for widget in (
            self.slot,
            self.warning,
            self.swappable,
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            widget.setEnabled(not self.read_only)
        if fmt is None:
            self.note.setText(tr("Choose a format on the left."))
        elif fmt.builtin:
            self.note.setText(
                tr(
                    "Built-in formats stay as they are. Duplicate one to make a version of your own."
                )
            )
        else:
            self.note.setText(
                filled(
                    tr("Your format, saved in the file %1 as you edit."), f"formats/{fmt.id}.toml"
                )
            )
        self.saved_note.setText("")
        self._loading = False
        self._refresh_preview()

    def current(self) -> Format:
        return Format(
            id=self.format_id,
            name=self.name.text().strip(),
            description=self.description.text().strip(),
            slot_minutes=self.slot.value(),
            warning_lead_s=self.warning.value(),
            swappable=self.swappable.isChecked(),
            closing_line=self.closing.text().strip(),
            phases=tuple(
                Phase(r.title.strip(), r.owner, r.minutes, r.color.strip(), r.cue.strip())
                for r in self.phases.rows
            ),
        )

    def _refresh_preview(self) -> str:
        rows = self.phases.rows
        title = translated_format_text if self.read_only else str
        self.preview.set_bands(
            [
                Band(
                    title(r.title), r.owner, r.minutes, r.color if _COLOR_RE.match(r.color) else ""
                )
                for r in rows
            ],
            self.slot.value(),
        )
        problem = problem_with(self.current()) if self.format_id and not self.read_only else ""
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        return problem

    # --- editing -------------------------------------------------------------------------------

    def _edited(self, *_args) -> None:
        if self._loading or self.read_only:
            return
        self.saved_note.setText("")
        self._dirty = True
        if not self._refresh_preview():
            self._save_timer.start()
        else:
            self._save_timer.stop()

    def save(self) -> bool:
        """Write the format if it has unsaved, valid edits. Returns whether it wrote."""
        self._save_timer.stop()
        if not self._dirty or self.read_only or not self.format_id:
            return False
        fmt = self.current()
        if problem_with(fmt):
            return False  # kept in the editor, with the problem shown, until it is fixed
        self._dirty = False
        formats_dir = self.hub.paths.formats_dir
        told = ""
        try:
            saved = save_format(fmt, formats_dir, over=self.file_digest)
        except FormatFileTaken as taken:
            # Not the file that was opened: it stays, and the edits become a new format.
            saved = save_new_format(fmt, formats_dir, self.hub.formats.formats)
            told = filled(
                tr(
                    "The file %1 was changed outside Twoway while you were editing this "
                    "format, so Twoway left it as it is. Your edits are kept as a new "
                    "format, saved in the file %2."
                ),
                f"formats/{taken.path.name}",
                f"formats/{saved.id}.toml",
            )
        self.format_id = saved.id
        self.file_digest = saved.file_digest
        self.hub.reload_formats()
        self.saved_note.setText(tr("Saved."))
        if told:
            self.note.setText(told)
            self.told.emit(told)
        return True

    def _library_changed(self) -> None:
        """Format files were read again: without unsaved edits, the editor shows the file
        as it is now; edits in progress stay, and are saved beside a file that changed."""
        fresh = self.hub.format(self.format_id)
        if fresh is None or self._dirty or self._loading:
            return
        if fresh.file_digest != self.file_digest:
            self.load(fresh)

    def _selected_row(self) -> int:
        index = self.phase_view.currentIndex()
        return index.row() if index.isValid() else -1

    def _add_phase(self) -> None:
        row = self._selected_row()
        position = row + 1 if row >= 0 else len(self.phases.rows)
        self.phases.insert_phase(position, PhaseRow(tr("New phase"), Owner.BOTH, 2))
        index = self.phases.index(position, PhasesModel.TITLE)
        self.phase_view.setCurrentIndex(index)
        self.phase_view.edit(index)

    def _remove_phase(self) -> None:
        row = self._selected_row()
        if row >= 0:
            self.phases.remove_phase(row)

    def _move_phase(self, offset: int) -> None:
        index = self.phase_view.currentIndex()
        if index.isValid() and self.phases.move_phase(index.row(), offset):
            self.phase_view.setCurrentIndex(self.phases.index(index.row() + offset, index.column()))
