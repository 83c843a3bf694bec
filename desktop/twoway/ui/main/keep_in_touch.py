"""Keep in touch on a contact's page: how often to reconnect, and a log of talks that
were not planned meetings (a call, a coffee, a message, a note)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QPushButton,
)

from twoway.core.records import Talk, TalkKind
from twoway.core.workflow.keep_in_touch import CADENCES, cadence_from_tags, log_talk
from twoway.ui.i18n import filled
from twoway.ui.main.common import compact_date_pattern, date_text, from_qdate, to_qdate, tr
from twoway.ui.main.hub import CONTACT, DataHub
from twoway.ui.main.widgets import FlowLayout


def cadence_label(days: int) -> str:
    return {
        0: tr("No reminder"),
        14: tr("Every 2 weeks"),
        30: tr("Every month"),
        61: tr("Every 2 months"),
        91: tr("Every 3 months"),
        182: tr("Every 6 months"),
    }.get(days) or tr("Every %n days", None, days)


def talk_kind_label(kind: TalkKind) -> str:
    return {
        TalkKind.CALL: tr("Call"),
        TalkKind.COFFEE: tr("Coffee"),
        TalkKind.MESSAGE: tr("Message"),
        TalkKind.NOTE: tr("Note"),
    }[kind]


class KeepInTouchBox(QGroupBox):
    def __init__(self, hub: DataHub, parent=None) -> None:
        super().__init__(tr("Keep in touch"), parent)
        self.hub = hub
        self.contact_id = ""
        form = QFormLayout(self)
        self.cadence = QComboBox(self)
        self.cadence.setAccessibleName(tr("How often to reconnect"))
        form.addRow(tr("Reconnect:"), self.cadence)
        self.talks = QListWidget(self)
        self.talks.setAccessibleName(tr("Talks logged"))
        self.talks.setMaximumHeight(self.fontMetrics().height() * 5)
        form.addRow(tr("Talks:"), self.talks)
        row = FlowLayout()  # wraps rather than widening the narrow contact panel
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(compact_date_pattern(self.day.locale(), weekday=False))
        self.day.setAccessibleName(tr("Day of the talk"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(tr("Kind of talk"))
        for kind in TalkKind:
            self.kind.addItem(talk_kind_label(kind), str(kind))
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(tr("What you talked about"))
        self.note.setAccessibleName(tr("Note on the talk"))
        self.log_button = QPushButton(tr("&Log a talk"), self)
        row.addWidget(self.day)
        row.addWidget(self.kind)
        row.addWidget(self.log_button)
        form.addRow("", self.note)  # the note has the whole width; the panel is narrow
        form.addRow("", row)
        self.cadence.currentIndexChanged.connect(self._cadence_chosen)
        self.log_button.clicked.connect(self.log)
        self.note.returnPressed.connect(self.log)
        hub.tag_cadences_changed.connect(self._show_cadence)
        hub.changed.connect(self._on_change)

    def _on_change(self, kind: str, record_id: str) -> None:
        if kind == CONTACT and record_id == self.contact_id:
            self._show_cadence()  # their tags may have changed

    def _show_cadence(self) -> None:
        """Their own choice; without one, what their tags give ("Every month, from tag
        “investors”"), which choosing any other cadence here overrides."""
        contact = self.hub.contact(self.contact_id)
        days = (contact.keep_in_touch_days or 0) if contact else 0
        by_tag, tag = cadence_from_tags(contact, self.hub.tag_cadences()) if contact else (0, "")
        self.cadence.blockSignals(True)
        self.cadence.clear()
        for choice in sorted({*CADENCES, days}):
            label = cadence_label(choice)
            if choice == 0 and by_tag:
                label = filled(tr("%1, from tag “%2”"), cadence_label(by_tag), tag)
            self.cadence.addItem(label, choice)
        self.cadence.setCurrentIndex(self.cadence.findData(days))
        self.cadence.setToolTip(
            tr("A choice here comes before the one of their tags (Settings ▸ Keep in touch).")
            if by_tag
            else ""
        )
        self.cadence.blockSignals(False)

    def show_contact(self, contact_id: str) -> None:
        self.contact_id = contact_id
        contact = self.hub.contact(contact_id)
        self._show_cadence()
        self.day.setDate(to_qdate(self.hub.today()))
        self.note.clear()
        self.talks.clear()
        today = self.hub.today()
        for talk in reversed(contact.talks if contact else []):  # newest first
            parts = [date_text(talk.day, today), talk_kind_label(talk.kind)]
            if talk.note:
                parts.append(talk.note)
            self.talks.addItem(" · ".join(parts))
        self.talks.setVisible(self.talks.count() > 0)
        label = self.layout().labelForField(self.talks)
        if label is not None:
            label.setVisible(self.talks.count() > 0)

    def _cadence_chosen(self, _row: int) -> None:
        contact = self.hub.contact(self.contact_id)
        days = self.cadence.currentData()
        if contact is not None and days is not None and (contact.keep_in_touch_days or 0) != days:
            contact.keep_in_touch_days = int(days) or None
            self.hub.put_contact(contact)

    def log(self) -> None:
        contact = self.hub.contact(self.contact_id)
        day = from_qdate(self.day.date()) if self.day.date() != QDate() else None
        if contact is None or day is None:
            return
        talk = Talk(day, TalkKind(self.kind.currentData()), self.note.text().strip())
        log_talk(contact, talk, self.hub.today())
        self.hub.put_contact(contact)
        self.show_contact(contact.id)
