"""Insights: how the meetings went, overall and per contact or format, with a small chart.

The chart shows the last meetings as stacked columns: time for them, for you and shared,
against a tick for the slot promised. Balance and overruns show at a glance.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from twoway.core.formats import OWNER_COLORS, Owner
from twoway.core.workflow import insights as calc
from twoway.ui.i18n import filled
from twoway.ui.main.common import (
    compact_date_pattern,
    hint,
    owner_label,
    to_qdate,
    tr,
    translated_format_text,
)
from twoway.ui.main.hub import CONTACT, FOLLOWUP, MEETING, DataHub
from twoway.ui.main.models.insights import InsightRow, InsightsTableModel, overrun_text, share_text
from twoway.ui.main.widgets import Page, set_column_width, table
from twoway.ui.seams import Navigation

CHART_MEETINGS = 12


class RunChart(QWidget):
    """Stacked columns, one per meeting: minutes for them, you and both, and the slot."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.bars: list[calc.RunBar] = []
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr("Chart of the last meetings"))

    def sizeHint(self) -> QSize:
        return QSize(520, 240)

    def set_bars(self, bars: list[calc.RunBar]) -> None:
        self.bars = bars
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        if not self.bars:
            return tr("No meetings run with the timer yet.")
        parts = []
        for bar in self.bars:
            when = self._label(bar)
            parts.append(
                filled(
                    tr("%1: them %2 min, you %3 min, both %4 min, slot %5 min"),
                    when,
                    f"{bar.them_s / 60:.0f}",
                    f"{bar.me_s / 60:.0f}",
                    f"{bar.both_s / 60:.0f}",
                    f"{bar.slot_s / 60:.0f}",
                )
            )
        return "; ".join(parts)

    def _label(self, bar: calc.RunBar) -> str:
        if bar.started is None:
            return "–"
        day = to_qdate(bar.started.astimezone().date())
        return QLocale().toString(day, compact_date_pattern(QLocale(), weekday=False, year=False))

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().color(self.foregroundRole())
        dim = QColor(text_color)
        dim.setAlphaF(0.55)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        metrics = QFontMetrics(font)
        p.setFont(font)
        legend_h = metrics.height() + 10
        left = metrics.horizontalAdvance("000") + 10
        bottom = metrics.height() + 8
        plot = QRectF(
            left, legend_h + 6, self.width() - left - 8, self.height() - legend_h - bottom - 10
        )

        # Legend first: the colors are told by label as well.
        x = float(left)
        for owner in (Owner.THEM, Owner.ME, Owner.BOTH):
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(OWNER_COLORS[owner]))
            p.drawRoundedRect(QRectF(x, 4, 12, 12), 2, 2)
            p.setPen(text_color)
            label = owner_label(owner)
            p.drawText(QPointF(x + 16, 4 + metrics.ascent() - 1), label)
            x += 16 + metrics.horizontalAdvance(label) + 18
        p.setPen(QPen(text_color, 1.5, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(x, 10), QPointF(x + 16, 10))
        p.setPen(text_color)
        p.drawText(QPointF(x + 20, 4 + metrics.ascent() - 1), tr("slot promised"))

        if not self.bars:
            p.setPen(dim)
            p.drawText(
                plot, Qt.AlignmentFlag.AlignCenter, tr("No meetings run with the timer yet.")
            )
            return
        top_minutes = max(max(b.total_s, b.slot_s) for b in self.bars) / 60 or 1
        step = 5 if top_minutes <= 40 else 10 if top_minutes <= 80 else 30
        scale_top = step * (int(top_minutes // step) + 1)

        def y_of(minutes: float) -> float:
            return plot.bottom() - plot.height() * minutes / scale_top

        # Grid lines with minute labels.
        for minutes in range(0, scale_top + 1, step):
            y = y_of(minutes)
            p.setPen(QPen(dim, 0.5))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(dim)
            p.drawText(
                QRectF(0, y - metrics.height() / 2, left - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(minutes),
            )
        slot_width = plot.width() / len(self.bars)
        bar_width = min(44.0, slot_width * 0.6)
        for i, bar in enumerate(self.bars):
            cx = plot.left() + slot_width * (i + 0.5)
            base = 0.0
            for owner, seconds in (
                (Owner.THEM, bar.them_s),
                (Owner.ME, bar.me_s),
                (Owner.BOTH, bar.both_s),
            ):
                minutes = seconds / 60
                if minutes <= 0:
                    continue
                rect = QRectF(
                    cx - bar_width / 2,
                    y_of(base + minutes),
                    bar_width,
                    y_of(base) - y_of(base + minutes),
                )
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(OWNER_COLORS[owner]))
                p.drawRect(rect)
                base += minutes
            if bar.slot_s > 0:
                y = y_of(bar.slot_s / 60)
                p.setPen(QPen(text_color, 1.5, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(cx - bar_width / 2 - 5, y), QPointF(cx + bar_width / 2 + 5, y))
            p.setPen(dim)
            label = metrics.elidedText(
                self._label(bar), Qt.TextElideMode.ElideRight, int(slot_width)
            )
            p.drawText(
                QRectF(cx - slot_width / 2, plot.bottom() + 4, slot_width, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )


class Figure(QWidget):
    """A number with its label under it."""

    def __init__(self, label: str, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.value = QLabel("–", self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.value.setFont(font)
        self.label = hint(label, self)
        layout.addWidget(self.value)
        layout.addWidget(self.label)
        self.setAccessibleName(label)

    def set_value(self, text: str) -> None:
        self.value.setText(text)
        self.setAccessibleDescription(text)


class InsightsView(Page):
    def __init__(self, hub: DataHub, nav: Navigation, parent=None) -> None:
        super().__init__(tr("Insights"), parent, scroll=True)
        self.hub = hub
        scope_row = QHBoxLayout()
        label = QLabel(tr("&For:"), self)
        self.scope = QComboBox(self)
        self.scope.setAccessibleName(tr("Which meetings to sum up"))
        self.scope.setMinimumContentsLength(24)
        label.setBuddy(self.scope)
        scope_row.addWidget(label)
        scope_row.addWidget(self.scope)
        scope_row.addStretch(1)
        self.content.addLayout(scope_row)

        figures = QGridLayout()
        figures.setHorizontalSpacing(32)
        figures.setVerticalSpacing(16)
        self.held = Figure(tr("meetings held"), self)
        self.time = Figure(tr("hours in meetings"), self)
        self.overrun = Figure(tr("average overrun past the slot"), self)
        self.over_slot = Figure(tr("meetings that ran past the slot"), self)
        self.balance = Figure(tr("of the talking time went to them"), self)
        self.on_time = Figure(tr("follow-ups done on time"), self)
        for i, figure in enumerate(
            (self.held, self.time, self.overrun, self.over_slot, self.balance, self.on_time)
        ):
            figures.addWidget(figure, i // 3, i % 3)
        self.content.addLayout(figures)

        chart_box = QGroupBox(tr("The last meetings, in minutes"), self)
        chart_layout = QVBoxLayout(chart_box)
        self.chart = RunChart(chart_box)
        chart_layout.addWidget(self.chart)
        self.content.addWidget(chart_box)

        group_row = QHBoxLayout()
        group_label = QLabel(tr("&Compare by:"), self)
        self.group = QComboBox(self)
        self.group.addItem(tr("Format"), "format")
        self.group.addItem(tr("Contact"), "contact")
        self.group.setAccessibleName(tr("Compare by format or by contact"))
        group_label.setBuddy(self.group)
        group_row.addWidget(group_label)
        group_row.addWidget(self.group)
        group_row.addStretch(1)
        self.content.addLayout(group_row)
        self.table_model = InsightsTableModel(self)
        self.table = table(self.table_model, tr("Insights by format or contact"), self, stretch=0)
        self.table.setMinimumHeight(180)
        for column in range(1, 5):
            set_column_width(self.table, column, 150)
        self.content.addWidget(self.table)

        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        self.group.currentIndexChanged.connect(lambda _i: self._refresh_table())
        hub.changed.connect(self._on_change)
        hub.removed.connect(self._on_change)
        hub.reset.connect(self._fill_scopes)
        hub.formats_changed.connect(self._fill_scopes)
        self._dirty = True
        self._fill_scopes()

    def _on_change(self, kind: str, _id: str) -> None:
        if kind in (MEETING, FOLLOWUP, CONTACT):
            self._dirty = True
            if self.isVisible():
                self._fill_scopes()

    def showEvent(self, event) -> None:
        if self._dirty:
            self._fill_scopes()
        super().showEvent(event)

    def _fill_scopes(self) -> None:
        chosen = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(tr("All meetings"), "all")
        meetings = list(self.hub.store.meetings.values())
        format_ids = sorted({m.format_id for m in meetings if calc.was_held(m)})
        for format_id in format_ids:
            self.scope.addItem(
                filled(tr("Format: %1"), self._format_name(format_id)), f"format:{format_id}"
            )
        contact_ids = {m.contact_id for m in meetings if calc.was_held(m) and m.contact_id}
        for name, contact_id in sorted((self.hub.contact_name(c), c) for c in contact_ids):
            if name:
                self.scope.addItem(filled(tr("Contact: %1"), name), f"contact:{contact_id}")
        index = self.scope.findData(chosen)
        self.scope.setCurrentIndex(index if index >= 0 else 0)
        self.scope.blockSignals(False)
        self.refresh()

    def _format_name(self, format_id: str) -> str:
        fmt = self.hub.format(format_id)
        if fmt is not None:
            return translated_format_text(fmt.name)
        for meeting in self.hub.store.meetings.values():
            if meeting.format_id == format_id and meeting.run:
                return translated_format_text(meeting.run.get("format_name", format_id))
        return format_id

    def _scoped(self):
        key = self.scope.currentData() or "all"
        meetings = list(self.hub.store.meetings.values())
        followups = list(self.hub.store.followups.values())
        if key.startswith("format:"):
            format_id = key.removeprefix("format:")
            meetings = [m for m in meetings if m.format_id == format_id]
            ids = {m.id for m in meetings}
            followups = [f for f in followups if f.meeting_id in ids]
        elif key.startswith("contact:"):
            contact_id = key.removeprefix("contact:")
            meetings = [m for m in meetings if m.contact_id == contact_id]
            followups = [f for f in followups if f.contact_id == contact_id]
        return meetings, followups

    def refresh(self) -> None:
        self._dirty = False
        meetings, followups = self._scoped()
        found = calc.compute(meetings, followups, self.hub.today())
        self.held.set_value(str(found.meetings))
        self.time.set_value(QLocale().toString(found.minutes / 60, "f", 1))
        self.overrun.set_value(overrun_text(found.average_overrun_s) if found.timed else "–")
        self.over_slot.set_value(
            filled(tr("%1 of %2"), str(found.over_slot), str(found.timed)) if found.timed else "–"
        )
        self.balance.set_value(share_text(found.their_share))
        self.on_time.set_value(
            share_text(found.on_time_share)
            + (
                "  "
                + filled(
                    tr("(%1 of %2)"), str(found.followups_on_time), str(found.followups_counted)
                )
                if found.followups_counted
                else ""
            )
        )
        self.chart.set_bars(calc.recent_runs(meetings, CHART_MEETINGS))
        self._refresh_table()

    def _refresh_table(self) -> None:
        meetings = list(self.hub.store.meetings.values())
        followups = list(self.hub.store.followups.values())
        today = self.hub.today()
        if self.group.currentData() == "contact":
            groups = calc.by_contact(meetings, followups, today)
            label = lambda key: self.hub.contact_name(key) or tr("No contact")  # noqa: E731
        else:
            groups = calc.by_format(meetings, followups, today)
            label = self._format_name
        rows = [InsightRow(label(key), found) for key, found in groups.items() if found.meetings]
        rows.sort(key=lambda row: (-row.insights.meetings, row.label.casefold()))
        self.table_model.set_rows(rows)
