"""Formats: the built-in ones to read and duplicate, the user's own to create and edit.

An edited format is checked as the user types (with a plain sentence about the first
problem) and saved to its TOML file once it is valid and the user pauses.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from twoway.core.format_files import delete_format_file, save_new_format
from twoway.core.formats import Format, Owner, Phase
from twoway.ui.i18n import filled, problem_text
from twoway.ui.main import common
from twoway.ui.main.common import (
    SPACING,
    hint,
    tr,
    translated_format_text,
)
from twoway.ui.main.format_editor import FormatEditor, slug
from twoway.ui.main.hub import DataHub
from twoway.ui.main.models.formats import FormatsModel
from twoway.ui.main.widgets import Page
from twoway.ui.seams import Navigation


class FormatsView(Page):
    def __init__(self, hub: DataHub, nav: Navigation, parent=None) -> None:
        super().__init__(tr("Formats"), parent)
        self.hub = hub
        self.nav = nav
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        self.content.addWidget(splitter, 1)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, SPACING, 0)
        self.model = FormatsModel(hub, self)
        self.list = QListView(left)
        self.list.setModel(self.model)
        self.list.setAccessibleName(tr("Formats"))
        self.list.setSpacing(2)
        left_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.new_button = QPushButton(tr("New"), left)
        self.new_button.setAccessibleName(tr("New format"))
        self.duplicate_button = QPushButton(tr("Duplicate"), left)
        self.duplicate_button.setAccessibleName(tr("Duplicate format"))
        self.delete_button = QPushButton(tr("Delete…"), left)
        self.delete_button.setAccessibleName(tr("Delete format"))
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            row.addWidget(button)
        left_layout.addLayout(row)
        self.problems = hint("", left)
        left_layout.addWidget(self.problems)
        self._show_problems()
        self.editor = FormatEditor(hub, splitter)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 7)
        splitter.setSizes([310, 660])

        self.list.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._reselect)
        self.new_button.clicked.connect(self.new_format)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.delete_button.clicked.connect(self.delete)
        self.editor.told.connect(nav.status)
        hub.formats_changed.connect(self._show_problems)
        if self.model.rowCount():
            self.select(self.model.format_id(0))

    def commit(self) -> None:
        self.editor.save()

    def _show_problems(self) -> None:
        """Format files that did not load, named again whenever the files are read."""
        problems = self.hub.formats.problems
        lines = [tr("Some format files could not be read:")] if problems else []
        lines += [problem_text(p) for p in problems]
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(problems))

    def _row_changed(self, current, _previous) -> None:
        format_id = self.model.format_id(current.row())
        if format_id and format_id != self.editor.format_id:
            self.editor.load(self.hub.format(format_id))
            self._reselect()  # saving the format left may have reset the list
        fmt = self.hub.format(format_id)
        self.delete_button.setEnabled(fmt is not None and not fmt.builtin)

    def _reselect(self) -> None:
        row = self.model.row_of(self.editor.format_id)
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def select(self, format_id: str) -> None:
        row = self.model.row_of(format_id)
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _add(self, fmt: Format) -> str:
        """Save a new format under a free id: one that names no loaded format and no file
        in the folder, so a file that did not load is never written over."""
        self.editor.save()
        saved = save_new_format(fmt, self.hub.paths.formats_dir, self.hub.formats.formats)
        self.hub.reload_formats()
        self.select(saved.id)
        self.editor.name.setFocus()
        self.editor.name.selectAll()
        return saved.id

    def new_format(self) -> str:
        name = tr("New format")
        fmt = Format(
            id=slug(name),
            name=name,
            slot_minutes=25,
            swappable=True,
            phases=(
                Phase(tr("Their turn"), Owner.THEM, 10),
                Phase(tr("Your turn"), Owner.ME, 10),
                Phase(tr("Next steps"), Owner.BOTH, 3),
            ),
        )
        return self._add(fmt)

    def duplicate(self) -> str:
        source = self.hub.format(self.editor.format_id)
        if source is None:
            return ""
        name = filled(tr("%1 (copy)"), translated_format_text(source.name))
        translate = translated_format_text if source.builtin else str
        fmt = replace(
            source,
            id=slug(source.id + "-copy"),
            name=name,
            description=translate(source.description),
            closing_line=translate(source.closing_line),
            phases=tuple(
                replace(p, title=translate(p.title), cue=translate(p.cue)) for p in source.phases
            ),
            builtin=False,
            source=None,
            file_digest="",
        )
        return self._add(fmt)

    def delete(self) -> None:
        fmt = self.hub.format(self.editor.format_id)
        if fmt is None or fmt.builtin:
            return
        if not common.confirm(
            self,
            tr("Delete format"),
            filled(tr("Delete the format “%1”?"), fmt.name),
            tr("Its file is removed. Meetings held with it keep their times."),
            tr("Delete"),
        ):
            return
        self.editor._save_timer.stop()
        self.editor._dirty = False
        stamp = self.hub.now().strftime("%Y%m%dT%H%M%SZ")
        try:
            delete_format_file(self.hub.paths.formats_dir, fmt.id, stamp)
        except OSError as exc:
            self.nav.status(
                filled(tr("The format could not be deleted: %1"), exc.strerror or str(exc))
            )
            return
        self.editor.format_id = ""
        self.hub.reload_formats()
        if self.model.rowCount():
            self.select(self.model.format_id(0))
