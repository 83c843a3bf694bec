"""One meeting, step by step: plan (or decline), request, prep, run, debrief.

Every field saves as it is typed. The debrief opens here by itself when a meeting ends;
saving it creates the follow-ups.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QFont, QGuiApplication, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from twoway.core.formats import OWNER_COLORS, Format, Owner
from twoway.core.records import ChecklistItem, ChecklistTemplate, Fit, Meeting, MeetingStatus
from twoway.core.workflow import prep as prep_logic
from twoway.core.workflow import request as composer
from twoway.core.workflow.followups import (
    FOLLOW_UP_TEXT,
    SOMEONE,
    THANK_YOU_TEXT,
    followups_from_debrief,
)
from twoway.core.workflow.meetings import meeting_date
from twoway.ui.i18n import number_text, percent_text
from twoway.ui.main import common
from twoway.ui.main import templates as templates_ui
from twoway.ui.main.bands import Band, PhaseBands
from twoway.ui.main.common import (
    SPACING,
    datetime_edit_format,
    datetime_text,
    from_qdatetime,
    hint,
    minutes_text,
    owner_label,
    owner_letter,
    plural_count,
    to_qdatetime,
    tr,
    translated_format_text,
)
from twoway.ui.main.contacts import show_fit
from twoway.ui.main.hub import CONTACT, MEETING, DataHub
from twoway.ui.main.meetings_list import MeetingsList
from twoway.ui.main.models import (
    ChecklistModel,
    ContactsModel,
    CuesModel,
    FormatsModel,
    RunPhasesModel,
    status_text,
)
from twoway.ui.main.profile import long_datetime_text, profile_values
from twoway.ui.main.templates import menu_label, template_name
from twoway.ui.main.widgets import (
    FlowLayout,
    OptionalDate,
    Page,
    WrappingDelegate,
    fit_columns,
    labelled,
    set_column_width,
    table,
    text_box,
)

STEPS = ("plan", "request", "prep", "run", "debrief")
FOLLOW_UP_AFTER_DAYS = 7  # "I'll follow up in a week": the debrief's suggested date


def wording(minutes: int = 0) -> composer.Wording:
    """The composer's sentences in the user's language, those with a count for `minutes`.

    The counted ones are written out here, word for word the core's English, so that
    lupdate sees them with their count and gives them plural forms.
    """
    from dataclasses import fields

    from PySide6.QtCore import QCoreApplication

    counted = {
        #: A sentence of the request message; keep {minutes}, the number of minutes.
        "minutes": tr(
            "It will take {minutes} minutes, and I will keep an eye on the clock.", None, minutes
        ),
        #: The subject line of the request message; keep {minutes}, the number of minutes.
        "subject": tr("A {minutes}-minute call?", None, minutes),
        #: Declining a long call but offering a short one; keep {minutes}, the number.
        "decline_shorter": tr(
            "I cannot make room for a long call, but I could do a focused {minutes} minutes: "
            "half the time on your questions, half on mine. Would that work for you?",
            None,
            minutes,
        ),
    }
    return composer.Wording(
        **{
            f.name: counted.get(f.name)
            or QCoreApplication.translate("Request", getattr(composer.ENGLISH, f.name))
            for f in fields(composer.Wording)
        }
    )


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class Step(QWidget):
    """One step of the workflow. Edits go through `edit`, which saves at once."""

    def __init__(self, hub: DataHub, nav, parent=None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.nav = nav
        self.meeting_id = ""
        self._loading = False

    def meeting(self) -> Meeting | None:
        return self.hub.meeting(self.meeting_id)

    def format(self) -> Format | None:
        meeting = self.meeting()
        return self.hub.format(meeting.format_id) if meeting else None

    def edit(self, change: Callable[[Meeting], None]) -> None:
        if self._loading:
            return
        meeting = self.meeting()
        if meeting is not None:
            change(meeting)
            self.hub.put_meeting(meeting)

    def load(self, meeting_id: str) -> None:
        self.meeting_id = meeting_id
        self._loading = True
        try:
            self.fill(self.meeting())
        finally:
            self._loading = False

    def fill(self, meeting: Meeting | None) -> None:
        raise NotImplementedError


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
    area.setWidget(widget)
    return area


def _buttons(*buttons: QWidget) -> FlowLayout:
    row = FlowLayout()
    for button in buttons:
        row.addWidget(button)
    return row


# --- plan ----------------------------------------------------------------------------------


class PlanStep(Step):
    def __init__(self, hub: DataHub, nav, parent=None) -> None:
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
        decline_layout.addLayout(_buttons(self.write_no, self.write_shorter))
        self.decline_text = text_box(tr("Message declining the meeting"), decline_box, lines=5)
        decline_layout.addWidget(self.decline_text)
        self.decline_text.hide()  # shown once there is a message to edit
        self.copy_decline = QPushButton(tr("Copy"), decline_box)
        self.copy_decline.setAccessibleName(tr("Copy the message declining the meeting"))
        self.mail_decline = QPushButton(tr("Open in mail"), decline_box)
        self.mail_decline.setAccessibleName(tr("Open the message declining in your mail program"))
        self.mark_declined = QPushButton(tr("Mark &declined"), decline_box)
        decline_layout.addLayout(_buttons(self.copy_decline, self.mail_decline, self.mark_declined))
        layout.addWidget(decline_box)
        self.delete_button = QPushButton(tr("Delete this meeting…"), self)
        layout.addLayout(_buttons(self.delete_button))
        layout.addStretch(1)

        self.contact.currentIndexChanged.connect(self._contact_chosen)
        self.format_box.currentIndexChanged.connect(self._format_chosen)
        self.has_time.toggled.connect(self._time_changed)
        self.has_time.toggled.connect(self.when.setEnabled)
        self.when.dateTimeChanged.connect(self._time_changed)
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.write_no.clicked.connect(lambda: self._write_decline(shorter=False))
        self.write_shorter.clicked.connect(lambda: self._write_decline(shorter=True))
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
        self.decline_text.clear()
        self.decline_text.hide()
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
                or tr(
                    "%1 minutes planned in a %2-minute slot.",
                    None,
                    plural_count(fmt.planned_minutes),
                )
                .replace("%1", number_text(fmt.planned_minutes))
                .replace("%2", number_text(fmt.slot_minutes))
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

    def _write_decline(self, *, shorter: bool) -> None:
        meeting = self.meeting()
        if meeting is None:
            return
        minutes = 0
        if shorter:
            slots = [f.slot_minutes for f in self.hub.formats.formats.values()]
            minutes = round(min(slots)) if slots else 15
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


# --- request ---------------------------------------------------------------------------------


class RequestStep(Step):
    def __init__(self, hub: DataHub, nav, parent=None) -> None:
        super().__init__(hub, nav, parent)
        self._composed = ""
        layout = QHBoxLayout(self)
        layout.setSpacing(24)
        left = QVBoxLayout()
        left.addWidget(
            hint(
                tr(
                    "Say why you ask, what is in it for them, what you want to talk about and "
                    "for how long, and give them an easy way to say no."
                ),
                self,
            )
        )
        self.intent = QLineEdit(self)
        self.intent.setAccessibleName(tr("Why you ask"))
        self.intent.setPlaceholderText(tr("learn how your team hires researchers"))
        self.benefit = text_box(tr("What is in it for them"), self, lines=2)
        self.benefit.setPlaceholderText(
            tr("I can share what I learned running pricing studies for three retailers")
        )
        self.topics = text_box(tr("Topics, one a line"), self, lines=3)
        self.topics.setPlaceholderText(
            tr("how the team is organised\nwhat you look for in a first hire")
        )
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 240)
        self._minutes_suffix(0)
        self.minutes.valueChanged.connect(self._minutes_suffix)
        self.minutes.setAccessibleName(tr("Time needed, in minutes"))
        self.minutes.setMaximumWidth(160)
        self.way_out = QLineEdit(self)
        self.way_out.setAccessibleName(tr("A way to say no"))
        self.way_out.setPlaceholderText(wording().default_way_out)
        for text, field in (
            (tr("&Why you ask: I would like to…"), self.intent),
            (tr("What is in it for &them:"), self.benefit),
            (tr("T&opics, one a line:"), self.topics),
            (tr("T&ime needed (from the format):"), self.minutes),
            (tr("A &way to say no (leave empty for ours):"), self.way_out),
        ):
            left.addLayout(labelled(text, field, self))
        left.addStretch(1)
        layout.addLayout(left, 5)

        right = QVBoxLayout()
        self.subject = QLabel(self)
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(_bold(QLabel(tr("Your message"), self)))
        right.addWidget(self.subject)
        self.preview = QPlainTextEdit(self)
        self.preview.setAccessibleName(tr("Your message, editable"))
        self.preview.setTabChangesFocus(True)
        self.preview.setMinimumHeight(260)
        right.addWidget(self.preview, 1)
        self.edited_note = hint(
            tr("You edited the message by hand; changes to the fields no longer update it."), self
        )
        right.addWidget(self.edited_note)
        self.rebuild = QPushButton(tr("&Rebuild from the fields"), self)
        self.copy = QPushButton(tr("&Copy"), self)
        self.copy.setAccessibleName(tr("Copy the message"))
        self.mail = QPushButton(tr("Open in &mail"), self)
        self.mail.setAccessibleName(tr("Open the message in your mail program"))
        self.sent = QCheckBox(tr("&Sent"), self)
        right.addLayout(_buttons(self.copy, self.mail, self.sent, self.rebuild))
        layout.addLayout(right, 6)

        self.intent.textEdited.connect(self._fields_edited)
        self.benefit.textChanged.connect(self._fields_edited)
        self.topics.textChanged.connect(self._fields_edited)
        self.minutes.valueChanged.connect(self._fields_edited)
        self.way_out.textEdited.connect(self._fields_edited)
        self.preview.textChanged.connect(self._message_edited)
        self.rebuild.clicked.connect(self._rebuild)
        self.copy.clicked.connect(self.copy_message)
        self.mail.clicked.connect(self.open_mail)
        self.sent.toggled.connect(lambda on: self.edit(lambda m: setattr(m.request, "sent", on)))

    def fill(self, meeting: Meeting | None) -> None:
        if meeting is None:
            return
        request = meeting.request
        fmt = self.hub.format(meeting.format_id)
        if request.minutes == 0 and fmt is not None:
            request.minutes = round(fmt.slot_minutes)
        self.intent.setText(request.intent)
        self.intent.setCursorPosition(0)  # show the start of long text
        self.benefit.setPlainText(request.their_benefit)
        self.topics.setPlainText(request.topics)
        self.minutes.setValue(request.minutes)
        self.way_out.setText(request.way_out)
        self.way_out.setCursorPosition(0)
        self.sent.setChecked(request.sent)
        self._composed = self.compose(meeting)
        self.preview.setPlainText(request.message or self._composed)
        self._update_subject(meeting)
        self._update_edited_note()

    def compose(self, meeting: Meeting) -> str:
        about_you = profile_values(self.nav.context)
        return composer.compose_request(
            meeting.request,
            self.hub.contact_name(meeting.contact_id),
            about_you["profile.name"],
            words=wording(meeting.request.minutes),
            introduction=about_you["profile.introduction"],
            sign_off=about_you["profile.sign_off"],
            proposed_time=long_datetime_text(meeting.scheduled),
        )

    def _update_subject(self, meeting: Meeting) -> None:
        self.subject.setText(
            tr("Subject: %1").replace(
                "%1", composer.request_subject(meeting.request, wording(meeting.request.minutes))
            )
        )

    def _update_edited_note(self) -> None:
        by_hand = self.preview.toPlainText() != self._composed
        self.edited_note.setVisible(by_hand)
        self.rebuild.setEnabled(by_hand)

    def _minutes_suffix(self, value: int) -> None:
        #: The unit after the number in the field; the form follows the number.
        self.minutes.setSuffix(tr(" minutes", None, value))

    def _fields_edited(self, *_args) -> None:
        if self._loading:
            return

        def change(meeting: Meeting) -> None:
            request = meeting.request
            request.intent = self.intent.text().strip()
            request.their_benefit = self.benefit.toPlainText().strip()
            request.topics = self.topics.toPlainText().strip()
            request.minutes = self.minutes.value()
            request.way_out = self.way_out.text().strip()
            composed = self.compose(meeting)
            # The preview follows the fields until the user edits it by hand.
            if self.preview.toPlainText() == self._composed:
                self._composed = composed
                self._set_preview(composed)
                request.message = composed
            else:
                self._composed = composed
            self._update_subject(meeting)

        self.edit(change)
        self._update_edited_note()

    def _set_preview(self, text: str) -> None:
        self.preview.blockSignals(True)
        self.preview.setPlainText(text)
        self.preview.blockSignals(False)

    def _message_edited(self) -> None:
        text = self.preview.toPlainText()
        self.edit(lambda m: setattr(m.request, "message", text))
        self._update_edited_note()

    def _rebuild(self) -> None:
        self.preview.setPlainText(self._composed)

    def copy_message(self) -> None:
        QGuiApplication.clipboard().setText(self.preview.toPlainText())
        self.nav.status(tr("Message copied."))

    def mailto(self) -> str:
        meeting = self.meeting()
        contact = self.hub.contact(meeting.contact_id) if meeting else None
        subject = (
            composer.request_subject(meeting.request, wording(meeting.request.minutes))
            if meeting
            else ""
        )
        return composer.mailto_url(
            contact.emails if contact else [], subject, self.preview.toPlainText()
        )

    def open_mail(self) -> None:
        if not QDesktopServices.openUrl(QUrl(self.mailto(), QUrl.ParsingMode.StrictMode)):
            self.nav.status(tr("No mail program answered. Copy the message instead."))


# --- prep ------------------------------------------------------------------------------------


class PrepStep(Step):
    def __init__(self, hub: DataHub, nav, parent=None) -> None:
        super().__init__(hub, nav, parent)
        layout = QHBoxLayout(self)
        layout.setSpacing(24)
        left = QVBoxLayout()
        left.addWidget(_bold(QLabel(tr("Checklist"), self)))
        self.checklist = ChecklistModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.checklist)
        self.tree.setAccessibleName(tr("Prep checklist"))
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.setMinimumHeight(self.fontMetrics().height() * 20)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        left.addWidget(self.tree)
        self.progress = hint("", self)
        left.addWidget(self.progress)
        add_row = QHBoxLayout()
        self.new_item = QLineEdit(self)
        self.new_item.setPlaceholderText(tr("Add your own item, then press Enter"))
        self.new_item.setAccessibleName(tr("New checklist item"))
        add_row.addWidget(self.new_item, 1)
        left.addLayout(add_row)
        self.remove_item = QPushButton(tr("Remove item"), self)
        self.reset_items = QPushButton(tr("Start over from"), self)
        self.reset_items.setToolTip(tr("Replace this checklist with one from a template"))
        self.template_menu = QMenu(self.reset_items)
        self.reset_items.setMenu(self.template_menu)
        self.template_menu.aboutToShow.connect(self._fill_template_menu)
        self.delete_menu = QMenu(tr("Delete a template"), self.template_menu)
        self.save_template = QPushButton(tr("Save as template…"), self)
        self.save_template.setToolTip(tr("Keep this checklist to start other meetings from"))
        left.addLayout(_buttons(self.remove_item, self.reset_items, self.save_template))
        left.addStretch(1)
        layout.addLayout(left, 1)

        right = QVBoxLayout()
        self.introduction = text_box(tr("Your introduction"), self, lines=3)
        self.introduction.setPlaceholderText(
            tr(
                "Where you are now, in two or three sentences that lead to why you asked for this call."
            )
        )
        self.questions = text_box(tr("Questions to ask, one a line"), self, lines=3)
        self.help_ideas = text_box(tr("Ideas to help them, one a line"), self, lines=2)
        self.closing = QLineEdit(self)
        self.closing.setAccessibleName(tr("Closing line"))
        for text, field in (
            (tr("Your &introduction (not a résumé):"), self.introduction),
            (tr("&Questions to ask, one a line:"), self.questions),
            (tr("Ideas to &help them, one a line:"), self.help_ideas),
            (tr("C&losing line, shown near the end:"), self.closing),
        ):
            right.addLayout(labelled(text, field, self))
            if field is self.introduction:
                # The one line from Settings ▸ About you, offered rather than imposed.
                self.use_profile_intro = QPushButton(tr("&Use my introduction"), self)
                self.use_profile_intro.setAccessibleName(
                    tr("Use the introduction from Settings, About you")
                )
                right.addLayout(_buttons(self.use_profile_intro))
        self.fill_cues = QPushButton(tr("&Fill cues from your prep"), self)
        self.fill_cues.setToolTip(
            tr("Introduction in your first turn, questions in theirs, ideas in their takeaway.")
        )
        cues_heading = QHBoxLayout()
        cues_heading.addWidget(_bold(QLabel(tr("Cues in the overlay, phase by phase"), self)), 1)
        cues_heading.addWidget(self.fill_cues)
        right.addLayout(cues_heading)
        self.cues = CuesModel(self)
        self.cue_view = table(self.cues, tr("Cues in the overlay"), self, stretch=CuesModel.CUE)
        self.cue_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.cue_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.cue_view.setMinimumHeight(130)
        right.addWidget(self.cue_view)
        right.addWidget(
            hint(tr("Grey cues are the format's own. Double-click a cue to write yours."), self)
        )
        right.addStretch(1)
        layout.addLayout(right, 1)

        self.checklist.edited.connect(self._checklist_edited)
        self.new_item.returnPressed.connect(self._add_item)
        self.remove_item.clicked.connect(self._remove_item)
        self.save_template.clicked.connect(self._save_template)
        self.introduction.textChanged.connect(self._text_edited)
        self.questions.textChanged.connect(self._text_edited)
        self.help_ideas.textChanged.connect(self._text_edited)
        self.closing.textEdited.connect(self._text_edited)
        self.cues.edited.connect(self._cues_edited)
        self.fill_cues.clicked.connect(self._fill_cues)
        self.use_profile_intro.clicked.connect(self._use_profile_intro)

    def fill(self, meeting: Meeting | None) -> None:
        if meeting is None:
            return
        prep = meeting.prep
        if not prep.items:
            fresh = prep_logic.prep_from_template(self.hub.template())
            prep.items = fresh.items
        self.checklist.set_items(prep.items)
        self.tree.expandAll()
        self.introduction.setPlainText(prep.introduction)
        self.questions.setPlainText("\n".join(prep.questions))
        self.help_ideas.setPlainText("\n".join(prep.help_ideas))
        fmt = self.hub.format(meeting.format_id)
        self.closing.setText(prep.closing_line)
        self.closing.setCursorPosition(0)
        self.closing.setPlaceholderText(translated_format_text(fmt.closing_line) if fmt else "")
        self.cues.set_meeting(fmt, prep)
        fit_columns(self.cue_view)
        own = profile_values(self.nav.context)["profile.introduction"]
        self.use_profile_intro.setVisible(bool(own))
        self.use_profile_intro.setEnabled(bool(own) and own != prep.introduction)
        self._update_progress(meeting)

    def _update_progress(self, meeting: Meeting) -> None:
        done, total = meeting.prep.progress
        self.progress.setText(
            tr("%1 of %2 done").replace("%1", str(done)).replace("%2", str(total))
        )

    def _checklist_edited(self) -> None:
        # The model edits the meeting's own items; save them.
        meeting = self.meeting()
        if meeting is not None:
            meeting.prep.items = self.checklist.items
            self.hub.put_meeting(meeting)
            self._update_progress(meeting)

    def _add_item(self) -> None:
        text = self.new_item.text().strip()
        meeting = self.meeting()
        if not text or meeting is None:
            return
        meeting.prep.items.append(ChecklistItem(text, prep_logic.SECTION_OWN))
        self.hub.put_meeting(meeting)
        self.new_item.clear()
        self.load(self.meeting_id)

    def _remove_item(self) -> None:
        item = self.checklist.item(self.tree.currentIndex())
        meeting = self.meeting()
        if item is None or meeting is None:
            return
        meeting.prep.items = [i for i in meeting.prep.items if i is not item]
        self.hub.put_meeting(meeting)
        self.load(self.meeting_id)

    def _fill_template_menu(self) -> None:
        menu, deleting = self.template_menu, self.delete_menu
        menu.clear()
        deleting.clear()  # made once: clear() would leave a new submenu behind each time
        templates = self.hub.templates()
        for template in templates:
            action = menu.addAction(menu_label(template))
            action.triggered.connect(lambda _=False, t=template: self._reset_items(t))
        if len(templates) > 1:
            menu.addSeparator()
            menu.addMenu(deleting)
            for template in templates[1:]:
                action = deleting.addAction(menu_label(template))
                action.triggered.connect(lambda _=False, t=template: self._delete_template(t))

    def _reset_items(self, template: ChecklistTemplate) -> None:
        meeting = self.meeting()
        if meeting is None:
            return
        if common.confirm(
            self,
            tr("Start over"),
            tr("Replace this checklist with a fresh one from “%1”?").replace(
                "%1", template_name(template)
            ),
            tr("Ticks and your own items are cleared."),
            tr("Start over"),
        ):
            meeting.prep.items = prep_logic.prep_from_template(template).items
            self.hub.put_meeting(meeting)
            self.load(self.meeting_id)

    def _delete_template(self, template: ChecklistTemplate) -> None:
        if common.confirm(
            self,
            tr("Delete template"),
            tr("Delete the checklist template “%1”?").replace("%1", template_name(template)),
            tr("Meetings that started from it keep their checklists."),
            tr("Delete"),
        ):
            self.hub.delete_template(template.id)

    def _save_template(self) -> None:
        meeting = self.meeting()
        if meeting is None:
            return
        templates = self.hub.templates()
        read_only = {t.id for t in templates if self.hub.template_is_read_only(t.id)}
        choice = templates_ui.ask_where_to_save(templates, read_only, self)
        if choice is None:
            return
        written = prep_logic.save_as_template(
            {t.id: t for t in templates},
            meeting.prep.items,
            into=choice.into,
            name=choice.name,
            for_new_meetings=choice.for_new_meetings,
        )
        for template in written:
            self.hub.put_template(template)
        saved = written[0]  # the checklist just saved; the second is a default swapped out
        self.nav.status(
            tr("Saved the checklist as the template “%1”.").replace("%1", template_name(saved))
        )

    def _text_edited(self, *_args) -> None:
        def change(meeting: Meeting) -> None:
            prep = meeting.prep
            prep.introduction = self.introduction.toPlainText().strip()
            prep.questions = prep_logic.lines(self.questions.toPlainText())
            prep.help_ideas = prep_logic.lines(self.help_ideas.toPlainText())
            prep.closing_line = self.closing.text().strip()

        self.edit(change)

    def _cues_edited(self) -> None:
        meeting = self.meeting()
        if meeting is not None and not self._loading:
            meeting.prep.cues = dict(self.cues.prep.cues)
            self.hub.put_meeting(meeting)

    def _fill_cues(self) -> None:
        meeting = self.meeting()
        fmt = self.format()
        if meeting is None or fmt is None:
            return
        suggested = prep_logic.suggested_cues(fmt, meeting.prep)
        if not suggested:
            self.nav.status(tr("Write an introduction, questions or ideas first."))
            return
        self.cues.set_cues({**meeting.prep.cues, **suggested})
        fit_columns(self.cue_view)

    def _use_profile_intro(self) -> None:
        own = profile_values(self.nav.context)["profile.introduction"]
        if own:
            self.introduction.setPlainText(own)  # saved through textChanged, undoable by typing
            self.use_profile_intro.setEnabled(False)


# --- run -------------------------------------------------------------------------------------


class RunStep(Step):
    def __init__(self, hub: DataHub, nav, parent=None) -> None:
        super().__init__(hub, nav, parent)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.bands = PhaseBands(self)
        layout.addWidget(self.bands)
        self.cue_list = QLabel(self)
        self.cue_list.setWordWrap(True)
        self.cue_list.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.cue_list)
        self.start = QPushButton(tr("&Start the meeting"), self)
        self.start.setDefault(True)
        self.end = QPushButton(tr("&End the meeting"), self)
        layout.addLayout(_buttons(self.start, self.end))
        self.state = hint("", self)
        layout.addWidget(self.state)
        layout.addWidget(
            hint(
                tr(
                    "The overlay floats over your call with the time, whose turn it is and your "
                    "cue. When you end the meeting, the debrief opens here."
                ),
                self,
            )
        )
        layout.addStretch(1)
        self.start.clicked.connect(lambda: nav.start_meeting(self.meeting_id))
        self.end.clicked.connect(nav.end_meeting)
        nav.meeting_running_changed.connect(self._update_state)

    def fill(self, meeting: Meeting | None) -> None:
        if meeting is None:
            return
        fmt = self.hub.format(meeting.format_id)
        name = self.hub.contact_name(meeting.contact_id) or tr("no contact")
        if fmt is None:
            self.summary.setText(
                tr("This meeting's format is no longer there; choose another in Plan.")
            )
            self.bands.set_bands([])
            self.cue_list.setText("")
        else:
            planned = fmt.planned_minutes
            self.summary.setText(
                #: %1 is a format, %2 a person; %3 minutes may have a fraction, as in 12.5,
                #: and the form follows it.
                tr(
                    "%1 with %2: %3 minutes planned in a %4-minute slot.",
                    None,
                    plural_count(planned),
                )
                .replace("%1", translated_format_text(fmt.name))
                .replace("%2", name)
                .replace("%3", number_text(planned))
                .replace("%4", number_text(fmt.slot_minutes))
            )
            self.bands.set_bands(
                [
                    Band(translated_format_text(p.title), p.owner, p.minutes, p.color)
                    for p in fmt.phases
                ],
                fmt.slot_minutes,
            )
            from html import escape

            rows = "".join(
                f"<tr><td style='padding-right:12px'><b>{escape(translated_format_text(p.title))}</b></td>"
                f"<td>{escape(meeting.prep.cues.get(i) or translated_format_text(p.cue))}</td></tr>"
                for i, p in enumerate(fmt.phases)
            )
            self.cue_list.setText(f"<table cellspacing='0' cellpadding='3'>{rows}</table>")
        self._update_state()

    def _update_state(self) -> None:
        running_id = self.nav.running_meeting_id()
        running = self.nav.meeting_running()
        meeting = self.meeting()
        self.start.setEnabled(
            meeting is not None and not running and self.hub.format(meeting.format_id) is not None
        )
        self.end.setEnabled(running and running_id == self.meeting_id)
        if running and running_id == self.meeting_id:
            self.state.setText(tr("This meeting is running. The overlay shows the time."))
        elif running:
            self.state.setText(tr("Another meeting is running. End it before starting this one."))
        elif meeting is not None and meeting.run:
            self.state.setText(tr("This meeting was run. Starting it again replaces its times."))
        else:
            self.state.setText("")


# --- debrief -----------------------------------------------------------------------------


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
    def __init__(self, hub: DataHub, nav, parent=None) -> None:
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
        balance_box.addWidget(_bold(QLabel(tr("Who had the time"), self)))
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
        layout.addLayout(_buttons(self.save, self.saved_note))
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
            self.run_summary.setText(
                tr("This meeting was not run with the timer, so there are no times to show.")
            )
            return
        elapsed = float(run.get("elapsed_s", 0))
        slot = float(run.get("slot_s", 0))
        over = float(run.get("slot_overrun_s", 0))
        if over >= 1:
            timing = tr("It took %1 of a %2 slot: %3 over.").replace("%3", minutes_text(over))
        else:
            timing = tr("It took %1 of a %2 slot, on time.")
        self.run_summary.setText(
            timing.replace("%1", minutes_text(elapsed)).replace("%2", minutes_text(slot))
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
            self.balance_note.setText(note.replace("%1", str(round(share * 100))))
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
        meeting.debrief.completed = True
        if meeting.status is MeetingStatus.PLANNED:
            meeting.status = MeetingStatus.DONE
        self.hub.put_meeting(meeting)
        existing = {
            f.id: f for f in self.hub.store.followups.values() if f.meeting_id == meeting.id
        }
        changes = followups_from_debrief(
            meeting,
            self.hub.contact_name(meeting.contact_id),
            existing,
            self.hub.today(),
            texts=(tr_followup(FOLLOW_UP_TEXT), tr_followup(THANK_YOU_TEXT), tr_followup(SOMEONE)),
        )
        for followup in changes.put:
            self.hub.put_followup(followup)
        for followup_id in changes.delete:
            self.hub.delete_followup_now(followup_id)
        # The contact's last interaction is the store's to keep: the day the meeting was
        # held, not the day its debrief is written.
        self.hub.save_now()
        count = len(changes.put)
        self.saved_note.setText(
            tr("Saved. Follow-ups added or updated: %1.").replace("%1", str(count))
            if count
            else tr("Saved.")
        )
        self.nav.meeting_header_changed()
        return count


def tr_followup(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("FollowUps", text)


# --- the page ---------------------------------------------------------------------------


class MeetingView(Page):
    def __init__(self, hub: DataHub, nav, parent=None) -> None:
        super().__init__(tr("Meeting"), parent)
        self.hub = hub
        self.nav = nav
        self.meeting_id = ""
        self.subtitle = hint("", self)
        self.content.addWidget(self.subtitle)
        # With no meeting open, the page lists them all.
        self.list = MeetingsList(hub, nav, self)
        self.content.addWidget(self.list, 1)
        self.back_button = QPushButton(tr("‹ &All meetings"), self)
        self.back_button.setAccessibleName(tr("Back to the list of meetings"))
        self.content.addLayout(_buttons(self.back_button))
        self.back_button.clicked.connect(lambda: self.open(""))

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.steps: dict[str, Step] = {
            "plan": PlanStep(hub, nav),
            "request": RequestStep(hub, nav),
            "prep": PrepStep(hub, nav),
            "run": RunStep(hub, nav),
            "debrief": DebriefStep(hub, nav),
        }
        names = {
            "plan": tr("1 · Plan"),
            "request": tr("2 · Request"),
            "prep": tr("3 · Prep"),
            "run": tr("4 · Run"),
            "debrief": tr("5 · Debrief"),
        }
        for key, step in self.steps.items():
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(0, SPACING, 0, 0)
            page_layout.addWidget(step)
            self.tabs.addTab(_scrolled(page), names[key])
        self.content.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_changed)
        hub.removed.connect(self._removed)
        hub.reset.connect(lambda: self.open(self.meeting_id))
        hub.formats_changed.connect(lambda: self.open(self.meeting_id, self.current_step()))
        self.open("")

    @property
    def plan(self) -> PlanStep:
        return self.steps["plan"]

    @property
    def request(self) -> RequestStep:
        return self.steps["request"]

    @property
    def prep(self) -> PrepStep:
        return self.steps["prep"]

    @property
    def run(self) -> RunStep:
        return self.steps["run"]

    @property
    def debrief(self) -> DebriefStep:
        return self.steps["debrief"]

    def current_step(self) -> str:
        return STEPS[self.tabs.currentIndex()]

    def open(self, meeting_id: str, step: str = "") -> None:
        meeting = self.hub.meeting(meeting_id)
        self.meeting_id = meeting.id if meeting else ""
        self.list.setVisible(meeting is None)
        self.back_button.setVisible(meeting is not None)
        self.tabs.setVisible(meeting is not None)
        for each in self.steps.values():
            each.load(self.meeting_id)
        if step in STEPS:
            self.tabs.setCurrentIndex(STEPS.index(step))
        self.update_header()

    def _tab_changed(self, _index: int) -> None:
        # Reload the step shown: another step may have changed what it depends on.
        self.steps[self.current_step()].load(self.meeting_id)

    def update_header(self) -> None:
        meeting = self.hub.meeting(self.meeting_id)
        if meeting is None:
            self.set_title(tr("Meetings"))
            self.subtitle.setText("")
            return
        name = self.hub.contact_name(meeting.contact_id)
        self.set_title(tr("Meeting with %1").replace("%1", name) if name else tr("Meeting"))
        when = datetime_text(meeting_date(meeting))
        self.subtitle.setText(
            " · ".join([self.hub.meeting_format_name(meeting), when, status_text(meeting.status)])
        )

    def _removed(self, kind: str, record_id: str) -> None:
        if kind == MEETING and record_id == self.meeting_id:
            self.open("")

    def commit(self) -> None:
        """Fields save as they are typed; nothing is held back here."""
