"""Settings ▸ Keep in touch: how often to reconnect with everyone who has a tag.

One row per tag the contacts have (and per tag that still has a cadence though no
contact has it any more), each with the choices a contact's page offers. A contact's own
choice comes first; of several tags, the shortest cadence counts.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from twoway.core.settings import tags_left_out
from twoway.core.workflow.keep_in_touch import CADENCES
from twoway.ui.i18n import filled, problem_text
from twoway.ui.main.common import SPACING, hint, tr
from twoway.ui.main.hub import DataHub
from twoway.ui.main.keep_in_touch import cadence_label

KEY = "keep_in_touch.tags"
VISIBLE_ROWS = 8  # more tags than this scroll inside the table, not down the page
TAG_CAP = 320  # pixels; a longer tag is cut with "…" and shown whole on hover


def tags_in_use(contacts) -> dict[str, tuple[str, int]]:
    """Each tag, case-folded, with the spelling most contacts use and how many have it."""
    spellings: dict[str, Counter[str]] = {}
    for contact in contacts:
        for tag in {t.strip() for t in contact.tags if t.strip()}:
            spellings.setdefault(tag.casefold(), Counter())[tag] += 1
    return {
        key: (min(counts, key=lambda s: (-counts[s], s)), sum(counts.values()))
        for key, counts in spellings.items()
    }


class KeepInTouchSettingsBox(QGroupBox):
    TAG, CADENCE = range(2)

    def __init__(self, hub: DataHub, access, parent=None) -> None:
        super().__init__(tr("Keep in touch"), parent)
        self.hub = hub
        self.access = access
        self.combos: dict[str, QComboBox] = {}  # case-folded tag -> its choice
        self._shown: dict[str, int] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                tr(
                    "How often to reconnect with everyone who has a tag. A contact's own "
                    "choice on their page comes first; of several tags, the most often counts."
                ),
                self,
            )
        )
        self.table = QTableWidget(0, 2, self)
        self.table.setAccessibleName(tr("Reconnect by tag"))
        self.table.setHorizontalHeaderLabels([tr("Tag"), tr("Reconnect")])
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        # Only the choices take the keyboard: no cell to select, nothing highlighted.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # see _fit_size
        header.setStretchLastSection(False)
        # As wide as its content, at the left: each choice close to its tag.
        layout.addWidget(self.table, 0, Qt.AlignmentFlag.AlignLeft)
        self.empty = hint(
            tr("Give your contacts tags on their page to choose a cadence for each tag here."),
            self,
        )
        layout.addWidget(self.empty)
        self.problem_note = QLabel(self)  # a value in settings.toml that was left out
        self.problem_note.setWordWrap(True)
        self.problem_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.problem_note)
        hub.reset.connect(self.show_current_values)
        self.show_current_values()

    def show_current_values(self) -> None:
        """The tags as the contacts have them now, each with its cadence from Settings."""
        chosen = self.hub.tag_cadences()
        in_use = tags_in_use(self.hub.store.contacts.values())
        rows = {key: spelling for key, (spelling, _count) in in_use.items()}
        problems = self._problems()
        # A tag with a cadence no contact has any more, to be able to clear it; a tag whose
        # value in the file was left out, to choose it again.
        left_out = tags_left_out(problems)
        rows.update((key, key) for key in [*chosen, *left_out] if key and key not in rows)
        self.table.setRowCount(0)
        self.combos.clear()
        for row, key in enumerate(sorted(rows, key=lambda k: (rows[k].casefold(), k))):
            self.table.insertRow(row)
            item = QTableWidgetItem(rows[key])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            count = in_use.get(key, ("", 0))[1]
            item.setToolTip(
                filled(tr("“%1”: %n contacts", None, count), rows[key])
            )  # in full, however narrow the column
            self.table.setItem(row, self.TAG, item)
            self.table.setCellWidget(row, self.CADENCE, self._choice(key, rows[key], chosen))
        self._fit_size()
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._show_problems()
        if chosen != self._shown:
            self._shown = chosen
            self.hub.tag_cadences_changed.emit()

    def _show_problems(self) -> None:
        problems = self._problems()
        self.problem_note.setText("\n".join(problem_text(p) for p in problems))
        self.problem_note.setVisible(bool(problems))

    def _problems(self) -> list:
        """What settings.toml says about the tags' cadences that could not be used: each
        such sentence names the setting first."""
        settings = self.access.file
        problems = settings.problems if settings is not None else []
        return [p for p in problems if getattr(p.message, "args", ())[:1] == (KEY,)]

    def _choice(self, key: str, spelling: str, chosen: dict[str, int]) -> QComboBox:
        combo = QComboBox(self.table)
        combo.setAccessibleName(filled(tr("Reconnect with “%1”"), spelling))
        days = chosen.get(key, 0)
        for choice in sorted({*CADENCES, days}):
            combo.addItem(cadence_label(choice), choice)
        combo.setCurrentIndex(combo.findData(days))
        combo.currentIndexChanged.connect(lambda _i, key=key: self._chosen(key))
        self.combos[key] = combo
        return combo

    def _fit_size(self) -> None:
        """As tall as its rows, up to VISIBLE_ROWS of them, each fitting its choice; as
        wide as the longest tag (up to TAG_CAP; the tooltip has it whole) and the choice."""
        if not self.combos:
            return
        table, header = self.table, self.table.horizontalHeader()
        combo = max(c.sizeHint().width() for c in self.combos.values())
        row_height = max(c.sizeHint().height() for c in self.combos.values()) + 4
        metrics = table.fontMetrics()
        tags = [table.item(row, self.TAG).text() for row in range(table.rowCount())]
        widest = max(metrics.horizontalAdvance(tag) for tag in tags) + 2 * SPACING
        tag_width = min(TAG_CAP, max(widest, header.sectionSizeHint(self.TAG)))
        cadence_width = max(combo + 4, header.sectionSizeHint(self.CADENCE))
        table.setColumnWidth(self.TAG, tag_width)
        table.setColumnWidth(self.CADENCE, cadence_width)
        table.verticalHeader().setDefaultSectionSize(row_height)
        rows = min(VISIBLE_ROWS, table.rowCount())
        frame = 2 * table.frameWidth()
        scroll_bar = (
            table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            if table.rowCount() > VISIBLE_ROWS
            else 0
        )
        table.setFixedHeight(header.sizeHint().height() + rows * row_height + frame)
        table.setFixedWidth(tag_width + cadence_width + frame + scroll_bar)

    def _chosen(self, key: str) -> None:
        days = int(self.combos[key].currentData())
        self.access.set_tag_cadence(key, days)
        self._show_problems()  # saved: what the file held there is replaced
        self._shown = self.hub.tag_cadences()  # Today and the contact page follow the change
