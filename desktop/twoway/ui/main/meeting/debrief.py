"""Step 5, debrief: how the run went, phase by phase, what to keep, and the follow-ups.

It opens by itself when a meeting ends; saving it creates the follow-ups.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from twoway.core.formats import OWNER_COLORS, Owner
from twoway.core.records import Fit, Meeting, MeetingStatus
from twoway.core.workflow.followups import FOLLOW_UP_TEXT, SOMEONE, THANK_YOU_TEXT
from twoway.core.workflow.meetings import complete_debrief
from twoway.ui.i18n import filled, percent_text
from twoway.ui.main.common import SPACING, hint, minutes_text, owner_label, owner_letter, tr
from twoway.ui.main.hub import DataHub
from twoway.ui.main.meeting.step import Step, bold_label, button_row
from twoway.ui.main.models.meeting_steps import RunPhasesModel
from twoway.ui.main.widgets import OptionalDate, set_column_width, table, text_box
from twoway.ui.seams import Navigation

FOLLOW_UP_AFTER_DAYS = 7  # "I'll follow up in a week": the debrief's suggested date


class BalanceBar(QWidget):
    """One bar split by who had the time: them, you, both; labelled with shares."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.parts: dict[str, float] = {}
        self.setMinimumHeight(24)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("Balance of time between the two sides"))

    def sizeHint(self) -> QSize:
        return QSize(400, 24)

    def set_balance(self, balance: dict[str, float]) -> None:
        self.parts = {k: float(balance.get(k, 0.0)) for k in ("them", "me", "both")}
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        total = sum(self.parts.values())
        if total <= 0:
            return ""
        return ", ".join(
            f"{owner_label(Owner(k))} {minutes_text(v)} ({percent_text(round(100 * v / total))})"
            for k, v in self.parts.items()
            if v > 0
        )

    def paintEvent(self, _event) -> None:
        total = sum(self.parts.values())
        if total <= 0:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar_height = 22.0
        x = 0.0
        font = QFont(self.font())
        font.setWeight(QFont.Weight.Bold)
        p.setFont(font)
        for key, value in self.parts.items():
            if value <= 0:
                continue
            width = (self.width() - 1) * value / total
            rect = QRectF(x, 0.5, width, bar_height)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(OWNER_COLORS[Owner(key)]))
            p.drawRect(rect)
            letter = owner_letter(Owner(key))
            if width > p.fontMetrics().horizontalAdvance(letter) + 4:
                p.setPen(QColor(17, 17, 17))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, letter)
            x += width


class DebriefStep(Step):
    def __init__(self, hub: DataHub, nav: Navigation, parent=None) -> None:
        super().__init__(hub, nav, parent)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        self.run_summary = QLabel(self)
        self.run_summary.setWordWrap(True)
        layout.addWidget(self.run_summary)
        run_row = QHBoxLayout()
        self.phases = RunPhasesModel(self)
        self.phase_view = table(self.phases, tr("Phase times"), self, stretch=0)
        for column, width in ((1, 110), (2, 80), (3, 80), (4, 80)):
            set_column_width(self.phase_view, column, width)
        run_row.addWidget(self.phase_view, 3, Qt.AlignmentFlag.AlignTop)
        balance_box = QVBoxLayout()
        balance_box.addWidget(bold_label(QLabel(tr("Who had the time"), self)))
        self.balance = BalanceBar(self)
        balance_box.addWidget(self.balance)
        self.balance_legend = QLabel(self)
        self.balance_legend.setWordWrap(True)
        balance_box.addWidget(self.balance_legend)
        self.balance_note = hint("", self)
        balance_box.addWidget(self.balance_note)
        balance_box.addStretch(1)
        run_row.addLayout(balance_box, 2)
        run_row.setContentsMargins(0, 0, 0, 0)
        run_row.setSpacing(24)
        self.run_widgets = QWidget(self)
        self.run_widgets.setLayout(run_row)
        layout.addWidget(self.run_widgets)

        form = QGridLayout()
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(6)
        self.value_me = text_box(tr("What was of value to you"), self, lines=2)
        self.value_them = text_box(tr("What was of value to them"), self, lines=2)
        self.exchanged = text_box(tr("Ideas and names exchanged"), self, lines=2)
        self.fit = QComboBox(self)
        self.fit.setAccessibleName(tr("Fit"))
        for fit, text in (
            (Fit.NONE, tr("No fit beyond a good talk")),
            (Fit.PURCHASE, tr("A purchase: one may buy from the other")),
            (Fit.REFERRAL, tr("Referrals")),
            (Fit.COLLABORATION, tr("A collaboration")),
        ):
            self.fit.addItem(text, str(fit))
        self.next_step = QLineEdit(self)
        self.next_step.setAccessibleName(tr("Next step"))
        self.next_step.setPlaceholderText(tr("For example: send the article you mentioned"))
        self.next_due = OptionalDate(tr("by"), self)
        self.follow_up = OptionalDate(tr("Follow up on"), self)
        self.thanks = QCheckBox(tr("&Thank-you sent"), self)
        labels = (
            (tr("Value for &you:"), self.value_me),
            (tr("Value for t&hem:"), self.value_them),
            (tr("&Ideas and names exchanged:"), self.exchanged),
        )
        for column, (text, widget) in enumerate(labels):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addWidget(label, 0, column)
            form.addWidget(widget, 1, column)
        fit_label = QLabel(tr("&Fit:"), self)
        fit_label.setBuddy(self.fit)
        next_label = QLabel(tr("&Next step:"), self)
        next_label.setBuddy(self.next_step)
        form.addWidget(fit_label, 2, 0)
        form.addWidget(self.fit, 3, 0)
        form.addWidget(next_label, 2, 1)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_step, 1)
        next_row.addWidget(self.next_due)
        form.addLayout(next_row, 3, 1, 1, 2)
        after = QHBoxLayout()
        after.addWidget(self.follow_up)
        after.addWidget(self.thanks)
        after.addStretch(1)
        form.addLayout(after, 4, 0, 1, 3)
        layout.addLayout(form)
        self.save = QPushButton(tr("Save debrief and create follow-ups"), self)
        self.save.setDefault(True)
        self.saved_note = hint("", self)
        layout.addLayout(button_row(self.save, self.saved_note))
        layout.addStretch(1)

        for box in (self.value_me, self.value_them, self.exchanged):
            box.textChanged.connect(self._edited)
        self.next_step.textEdited.connect(self._edited)
        self.fit.currentIndexChanged.connect(self._edited)
        self.next_due.changed.connect(self._edited)
        self.follow_up.changed.connect(self._edited)
        self.thanks.toggled.connect(self._edited)
        self.save.clicked.connect(self.save_debrief)

    def fill(self, meeting: Meeting | None) -> None:
        if meeting is None:
            return
        debrief = meeting.debrief
        today = self.hub.today()
        self._show_run(meeting)
        self.value_me.setPlainText(debrief.value_for_me)
        self.value_them.setPlainText(debrief.value_for_them)
        self.exchanged.setPlainText(debrief.exchanged)
        self.fit.setCurrentIndex(self.fit.findData(str(debrief.fit)))
        self.next_step.setText(debrief.next_step)
        self.next_step.setCursorPosition(0)
        self.next_due.set_value(debrief.next_step_due, today + timedelta(days=3))
        suggested = debrief.follow_up_on
        if suggested is None and not debrief.completed:
            suggested = today + timedelta(days=FOLLOW_UP_AFTER_DAYS)
        self.follow_up.set_value(suggested, today + timedelta(days=FOLLOW_UP_AFTER_DAYS))
        self.thanks.setChecked(debrief.thank_you_sent)
        self.saved_note.setText(tr("Saved.") if debrief.completed else "")

    def _show_run(self, meeting: Meeting) -> None:
        run = meeting.run
        self.phases.set_run(run)
        self.run_widgets.setVisible(bool(run))
        if not run:
            if meeting.status is MeetingStatus.PLANNED and not meeting.debrief.completed:
                text = tr(
                    "This meeting was not run with the timer. Met all the same? Write how it "
                    "went here and save. Did it not happen? Give it a new time on the Plan tab."
                )
            else:
                text = tr("This meeting was not run with the timer, so there are no times to show.")
            self.run_summary.setText(text)
            return
        elapsed = float(run.get("elapsed_s", 0))
        slot = float(run.get("slot_s", 0))
        over = float(run.get("slot_overrun_s", 0))
        if over >= 1:
            timing = tr("It took %1 of a %2 slot: %3 over.")
        else:
            timing = tr("It took %1 of a %2 slot, on time.")
        self.run_summary.setText(
            filled(timing, minutes_text(elapsed), minutes_text(slot), minutes_text(over))
        )
        balance = run.get("balance", {})
        self.balance.set_balance(balance)
        self.balance_legend.setText(self.balance.describe())
        rows = max(1, self.phases.rowCount())
        header = self.phase_view.horizontalHeader().sizeHint().height()
        row_height = self.phase_view.verticalHeader().defaultSectionSize()
        self.phase_view.setFixedHeight(
            header + rows * row_height + 2 * self.phase_view.frameWidth() + 2
        )
        them, me = float(balance.get("them", 0)), float(balance.get("me", 0))
        if them + me > 0:
            share = them / (them + me)
            if 0.4 <= share <= 0.6:
                note = tr("A fair split. Shared phases aside, %1 % of the time was theirs.")
            elif share > 0.6:
                note = tr("They had most of it. Shared phases aside, %1 % of the time was theirs.")
            else:
                note = tr("You had most of it. Shared phases aside, %1 % of the time was theirs.")
            self.balance_note.setText(filled(note, str(round(share * 100))))
        else:
            self.balance_note.setText("")

    def _apply(self, meeting: Meeting) -> None:
        debrief = meeting.debrief
        debrief.value_for_me = self.value_me.toPlainText().strip()
        debrief.value_for_them = self.value_them.toPlainText().strip()
        debrief.exchanged = self.exchanged.toPlainText().strip()
        debrief.fit = Fit(self.fit.currentData())
        debrief.next_step = self.next_step.text().strip()
        debrief.next_step_due = self.next_due.value()
        debrief.follow_up_on = self.follow_up.value()
        debrief.thank_you_sent = self.thanks.isChecked()

    def _edited(self, *_args) -> None:
        self.edit(self._apply)
        if not self._loading:
            self.saved_note.setText("")

    def save_debrief(self) -> int:
        """Complete the debrief and make its follow-ups; returns how many were made or changed."""
        meeting = self.meeting()
        if meeting is None:
            return 0
        self._apply(meeting)
        existing = {
            f.id: f for f in self.hub.store.followups.values() if f.meeting_id == meeting.id
        }
        changes = complete_debrief(
            meeting,
            self.hub.contact_name(meeting.contact_id),
            existing,
            self.hub.today(),
            (tr_followup(FOLLOW_UP_TEXT), tr_followup(THANK_YOU_TEXT), tr_followup(SOMEONE)),
        )
        self.hub.put_meeting(meeting)
        for followup in changes.put:
            self.hub.put_followup(followup)
        for followup_id in changes.delete:
            self.hub.delete_followup_now(followup_id)
        # The contact's last interaction is the store's to keep: the day the meeting was
        # held, not the day its debrief is written.
        self.hub.save_now()
        count = len(changes.put)
        self.saved_note.setText(
            filled(tr("Saved. Follow-ups added or updated: %1."), str(count))
            if count
            else tr("Saved.")
        )
        self.nav.meeting_header_changed()
        return count


def tr_followup(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("FollowUps", text)
