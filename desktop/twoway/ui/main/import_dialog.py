"""The import preview: what importing a file would do, shown before anything is written.

Who is added, who gets new details (each field before and after) and who is skipped,
and why; for a CSV file, which column holds what, and what to do with duplicates.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from twoway.core.interop import (
    CSV,
    LINKEDIN,
    MERGE,
    SKIP,
    TARGET_FIELDS,
    VCARD,
    ImportFileError,
    ImportPlan,
    Match,
    ParsedFile,
    Skip,
    SkipWhy,
    file_headers,
    guess_mapping,
    plan_import,
    read_contacts,
)
from twoway.core.records import Contact
from twoway.ui.i18n import filled, translated
from twoway.ui.main.batch_run import busy_cursor
from twoway.ui.main.common import MARGIN, SPACING, date_text, hint, tr

# Names listed in a message before the rest are only counted.
NAMES_LISTED = 12
CHANGE_TEXT_LIMIT = 80

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


def match_text(match: Match) -> str:
    """How an imported person was recognized."""
    return {
        Match.EXPORTED_ID: tr("the same contact, exported from Twoway"),
        Match.EMAIL: tr("the same email address"),
        Match.LINKEDIN: tr("the same LinkedIn profile"),
        Match.NAME_AND_COMPANY: tr("the same name and company"),
        Match.NAME: tr("the same name"),
    }[match]


def skip_text(skip: Skip) -> str:
    """Why someone is skipped, and how they were recognized."""
    sentence = {
        SkipWhy.LISTED_EARLIER: tr(
            "Listed earlier in the file (%1); the two entries are combined."
        ),
        SkipWhy.NOTHING_NEW: tr("Already in your contacts (%1), with nothing new."),
        SkipWhy.ALREADY_THERE: tr("Already in your contacts (%1); left as it is."),
    }[skip.why]
    return filled(sentence, match_text(skip.match))


def _contact_details(contact: Contact) -> str:
    parts = [contact.role, *contact.emails[:1], *contact.phones[:1]]
    shown = " · ".join(part for part in parts if part)
    return shown or contact.linkedin or contact.website


def names_text(contacts: list[Contact]) -> str:
    names = [contact_label(c) for c in contacts[:NAMES_LISTED]]
    more = len(contacts) - len(names)
    if more > 0:
        names.append(tr("and %n more", None, more))
    return "\n".join(names)


def _row(who: str, what: str = "") -> QTreeWidgetItem:
    item = QTreeWidgetItem([who, what])
    item.setToolTip(1, what)  # the whole sentence, should a narrow window cut it short
    return item


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
            combo.setAccessibleName(filled(tr("Column for %1"), field_label(target)))
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
                filled(tr("Recognized by %1"), match_text(merge.match)),
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
            [_row(contact_label(skip.incoming), skip_text(skip)) for skip in plan.skipped],
        )
        warnings = self.parsed.warnings if self.parsed else []
        self._group(
            tr("Notes on the file (%n)", None, len(warnings)),
            [_row(translated(warning)) for warning in warnings],
            whole_lines=True,
        )
        self.preview.expandAll()
        self.preview.setUpdatesEnabled(True)
