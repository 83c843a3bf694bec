"""The Insights tables: per contact or per format, with their number texts."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt

from twoway.core.workflow.insights import Insights
from twoway.ui.main.common import tr
from twoway.ui.main.models.base import DisplayRole, RowsTable


def share_text(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)} %"


# --- insights per contact or format ---------------------------------------------------------


@dataclass
class InsightRow:
    label: str
    insights: Insights = field(default_factory=Insights)


class InsightsTableModel(RowsTable):
    columns = 5

    def header_texts(self) -> list[str]:
        return [
            tr("Name"),
            tr("Meetings"),
            tr("Average overrun"),
            tr("Their share"),
            tr("Follow-ups on time"),
        ]

    def set_rows(self, rows: list[InsightRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def data(self, index, role=DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        found = row.insights
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != DisplayRole:
            return None
        return [
            row.label,
            str(found.meetings),
            overrun_text(found.average_overrun_s) if found.timed else "–",
            share_text(found.their_share),
            share_text(found.on_time_share),
        ][index.column()]


def overrun_text(seconds: float) -> str:
    if seconds < 1:
        return tr("on time")
    whole = round(seconds)
    return f"+{whole // 60}:{whole % 60:02d}"
