"""Step 1, plan: who, which format and when, whether the contact fits, or a polite decline."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from twoway.core.records import Meeting, MeetingStatus
from twoway.core.workflow import request as composer
from twoway.ui.i18n import filled, number_text
from twoway.ui.main import common
from twoway.ui.main.common import (
    SPACING,
    datetime_edit_format,
    from_qdatetime,
    hint,
    plural_count,
    to_qdatetime,
    tr,
    translated_format_text,
)
from twoway.ui.main.contacts import show_fit
from twoway.ui.main.hub import CONTACT, DataHub
from twoway.ui.main.meeting.step import Step, button_row, wording
from twoway.ui.main.models.contacts import ContactsModel
from twoway.ui.main.models.formats import FormatsModel
from twoway.ui.main.models.meetings import status_text
from twoway.ui.main.profile import profile_values
from twoway.ui.main.widgets import text_box
from twoway.ui.seams import Navigation


class PlanStep(Step):
    def __init__(self, hub: DataHub, nav: Navigation, parent=None) -> None:
        super().__init__(hub, nav, parent)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.contacts = ContactsModel(hub, self)
        self.contact = QComboBox(self)
        self.contact.setModel(self.contacts)
        self.contact.setPlaceholderText(tr("Choose a contact"))
        self.contact.setAccessibleName(tr("Who the meeting is with"))
        self.contact.setMinimumContentsLength(28)
        self.formats = FormatsModel(hub, self)
        self.format_box = QComboBox(self)
        self.format_box.setModel(self.formats)
        self.format_box.setAccessibleName(tr("Format"))
        self.format_box.setMinimumContentsLength(28)
        when_row = QHBoxLayout()
        self.has_time = QCheckBox(tr("At a set time:"), self)
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(datetime_edit_format(self.when.locale()))
        self.when.setAccessibleName(tr("Date and time of the meeting"))
        when_row.addWidget(self.has_time)
        when_row.addWidget(self.when)
        when_row.addStretch(1)
        self.status = QComboBox(self)
        self.status.setAccessibleName(tr("Status"))
        for status in MeetingStatus:
            self.status.addItem(status_text(status), str(status))
        form.addRow(tr("&With:"), self.contact)
        form.addRow(tr("&Format:"), self.format_box)
        form.addRow(tr("When:"), when_row)
        form.addRow(tr("S&tatus:"), self.status)
        layout.addLayout(form)
        self.format_note = hint("", self)
        layout.addWidget(self.format_note)

        fit_box = QGroupBox(tr("Is this meeting worth it?"), self)
        fit_layout = QVBoxLayout(fit_box)
        self.fit_advice = QLabel(fit_box)
        self.fit_advice.setWordWrap(True)
        self.fit_details = QLabel(fit_box)
        self.fit_details.setWordWrap(True)
        self.fit_details.setTextFormat(Qt.TextFormat.RichText)
        fit_layout.addWidget(self.fit_advice)
        fit_layout.addWidget(self.fit_details)
        layout.addWidget(fit_box)

        decline_box = QGroupBox(tr("Not the right call?"), self)
        decline_layout = QVBoxLayout(decline_box)
        decline_layout.addWidget(
            hint(
                tr(
                    "Saying no is fine, and so is offering a shorter call. "
                    "Write it kindly, then mark the meeting declined."
                ),
                decline_box,
            )
        )
        self.write_no = QPushButton(tr("Write a polite &no"), decline_box)
        self.write_shorter = QPushButton(tr("Offer a &shorter call"), decline_box)
        decline_layout.addLayout(button_row(self.write_no, self.write_shorter))
        self.decline_text = text_box(tr("Message declining the meeting"), decline_box, lines=5)
        decline_layout.addWidget(self.decline_text)
        self.decline_text.hide()  # shown once there is a message to edit
        self.copy_decline = QPushButton(tr("Copy"), decline_box)
        self.copy_decline.setAccessibleName(tr("Copy the message declining the meeting"))
        self.mail_decline = QPushButton(tr("Open in mail"), decline_box)
        self.mail_decline.setAccessibleName(tr("Open the message declining in your mail program"))
        self.mark_declined = QPushButton(tr("Mark &declined"), decline_box)
        decline_layout.addLayout(
            button_row(self.copy_decline, self.mail_decline, self.mark_declined)
        )
        layout.addWidget(decline_box)
        self.delete_button = QPushButton(tr("Delete this meeting…"), self)
        layout.addLayout(button_row(self.delete_button))
        layout.addStretch(1)

        self.contact.currentIndexChanged.connect(self._contact_chosen)
        self.format_box.currentIndexChanged.connect(self._format_chosen)
        self.has_time.toggled.connect(self._time_changed)
        self.has_time.toggled.connect(self.when.setEnabled)
        self.when.dateTimeChanged.connect(self._time_changed)
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.write_no.clicked.connect(lambda: self._write_decline(shorter=False))
        self.write_shorter.clicked.connect(lambda: self._write_decline(shorter=True))
        self.decline_text.textChanged.connect(self._decline_edited)
        self.copy_decline.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.decline_text.toPlainText())
        )
        self.mail_decline.clicked.connect(self._mail_decline)
        self.mark_declined.clicked.connect(self._mark_declined)
        self.delete_button.clicked.connect(self._delete)
        self.contacts.modelReset.connect(lambda: self.load(self.meeting_id))
        hub.changed.connect(self._on_change)

    def fill(self, meeting: Meeting | None) -> None:
        if meeting is None:
            return
        self.contact.setCurrentIndex(self.contacts.row_of(meeting.contact_id))
        self.format_box.setCurrentIndex(self.formats.row_of(meeting.format_id))
        self.has_time.setChecked(meeting.scheduled is not None)
        self.when.setEnabled(meeting.scheduled is not None)
        when = meeting.scheduled or (self.hub.now() + timedelta(days=1))
        self.when.setDateTime(to_qdatetime(when))
        self.status.setCurrentIndex(self.status.findData(str(meeting.status)))
        self.decline_text.setPlainText(meeting.request.decline_message)
        self.decline_text.setVisible(bool(meeting.request.decline_message))
        self._update_decline_buttons()
        self._update_notes(meeting)

    def _on_change(self, kind: str, record_id: str) -> None:
        meeting = self.meeting()
        if meeting is not None and kind == CONTACT and record_id == meeting.contact_id:
            self._update_notes(meeting)

    def _update_notes(self, meeting: Meeting) -> None:
        fmt = self.hub.format(meeting.format_id)
        if fmt is None:
            self.format_note.setText(tr("This meeting's format is no longer there."))
        else:
            self.format_note.setText(
                translated_format_text(fmt.description)
                #: %1 minutes may have a fraction, as in 12.5; the form follows it.
                or filled(
                    tr(
                        "%1 minutes planned in a %2-minute slot.",
                        None,
                        plural_count(fmt.planned_minutes),
                    ),
                    number_text(fmt.planned_minutes),
                    number_text(fmt.slot_minutes),
                )
            )
        contact = self.hub.contact(meeting.contact_id)
        if contact is None:
            self.fit_advice.setText(tr("Choose a contact to see how they fit your agenda."))
            self.fit_details.setText("")
            return
        show_fit(self.fit_advice, self.fit_details, contact, self.hub.store.agenda)

    def _contact_chosen(self, row: int) -> None:
        contact_id = self.contacts.contact_id(row)
        self.edit(lambda m: setattr(m, "contact_id", contact_id))
        meeting = self.meeting()
        if meeting is not None and not self._loading:
            self._update_notes(meeting)
            self.nav.meeting_header_changed()

    def _format_chosen(self, row: int) -> None:
        format_id = self.formats.format_id(row)
        fmt = self.hub.format(format_id)
        if not format_id or fmt is None:
            return

        def change(meeting: Meeting) -> None:
            old = self.hub.format(meeting.format_id)
            # Minutes asked for follow the format unless the user typed their own.
            if meeting.request.minutes in (0, round(old.slot_minutes) if old else 0):
                meeting.request.minutes = round(fmt.slot_minutes)
            meeting.prep.cues = {}  # cues belong to the old format's phases
            meeting.format_id = format_id

        self.edit(change)
        meeting = self.meeting()
        if meeting is not None and not self._loading:
            self._update_notes(meeting)
            self._update_decline_buttons()
            self.nav.meeting_header_changed()

    def _time_changed(self, *_args) -> None:
        when = from_qdatetime(self.when.dateTime()) if self.has_time.isChecked() else None
        self.edit(lambda m: setattr(m, "scheduled", when))
        if not self._loading:
            self.nav.meeting_header_changed()

    def _status_chosen(self, _row: int) -> None:
        status = MeetingStatus(self.status.currentData())
        self.edit(lambda m: setattr(m, "status", status))
        if not self._loading:
            self.nav.meeting_header_changed()

    def _shorter_minutes(self, meeting: Meeting) -> int:
        """The shorter call to offer: the shortest format shorter than this meeting; 0: none."""
        fmt = self.hub.format(meeting.format_id)
        length = fmt.slot_minutes if fmt is not None else meeting.request.minutes
        slots = [f.slot_minutes for f in self.hub.formats.formats.values()]
        return composer.shorter_minutes(slots, length)

    def _update_decline_buttons(self) -> None:
        meeting = self.meeting()
        shorter = meeting is not None and self._shorter_minutes(meeting) > 0
        self.write_shorter.setEnabled(shorter)
        self.write_shorter.setToolTip(
            ""
            if shorter
            else tr(
                "None of your formats is shorter than this one, so there is no shorter call to offer."
            )
        )
        written = bool(self.decline_text.toPlainText().strip())
        self.copy_decline.setEnabled(written)
        self.mail_decline.setEnabled(written)

    def _decline_edited(self) -> None:
        text = self.decline_text.toPlainText()
        self.edit(lambda m: setattr(m.request, "decline_message", text))
        self._update_decline_buttons()

    def _write_decline(self, *, shorter: bool) -> None:
        meeting = self.meeting()
        if meeting is None:
            return
        minutes = self._shorter_minutes(meeting) if shorter else 0
        if shorter and minutes <= 0:
            return  # the button is disabled then; nothing shorter to offer
        self.decline_text.setPlainText(
            composer.compose_decline(
                self.hub.contact_name(meeting.contact_id),
                shorter_minutes=minutes,
                sender_name=profile_values(self.nav.context)["profile.name"],
                words=wording(minutes),
            )
        )
        self.decline_text.show()
        self.decline_text.setFocus()

    def _mail_decline(self) -> None:
        meeting = self.meeting()
        contact = self.hub.contact(meeting.contact_id) if meeting else None
        url = composer.mailto_url(
            contact.emails if contact else [],
            wording().decline_subject,
            self.decline_text.toPlainText(),
        )
        QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode))

    def _mark_declined(self) -> None:
        self.status.setCurrentIndex(self.status.findData(str(MeetingStatus.DECLINED)))

    def _delete(self) -> None:
        meeting = self.meeting()
        if meeting is None:
            return
        if common.confirm(
            self,
            tr("Delete meeting"),
            tr("Delete this meeting with its request, prep and debrief?"),
            tr("Its follow-ups go too. Edit ▸ Undo brings it all back."),
            tr("Delete"),
        ):
            self.hub.delete_meeting(meeting.id)
            self.nav.status(tr("Meeting deleted. Undo with Ctrl+Z."))
