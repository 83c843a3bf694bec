"""Step 2, request: the message asking for the call, composed from a few fields and editable."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from twoway.core.records import Meeting
from twoway.core.workflow import request as composer
from twoway.ui.i18n import filled
from twoway.ui.main.common import hint, tr
from twoway.ui.main.hub import DataHub
from twoway.ui.main.meeting.step import Step, bold_label, button_row, wording
from twoway.ui.main.profile import long_datetime_text, profile_values
from twoway.ui.main.widgets import labelled, text_box
from twoway.ui.seams import Navigation


class RequestStep(Step):
    def __init__(self, hub: DataHub, nav: Navigation, parent=None) -> None:
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
        right.addWidget(bold_label(QLabel(tr("Your message"), self)))
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
        right.addLayout(button_row(self.copy, self.mail, self.sent, self.rebuild))
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
        self.sent.toggled.connect(self._sent_toggled)

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
        # The message follows the fields and the plan (a new time, another format) unless
        # it was edited by hand or sent; then the saved text is shown as it is.
        self._composed = self.compose(meeting)
        kept = composer.kept_as_is(request, self._composed)
        self.preview.setPlainText(request.message if kept else self._composed)
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
            filled(
                tr("Subject: %1"),
                composer.request_subject(meeting.request, wording(meeting.request.minutes)),
            )
        )

    def _update_edited_note(self) -> None:
        # Once sent, the message is the one sent: nothing to rebuild it from.
        by_hand = not self.sent.isChecked() and self.preview.toPlainText() != self._composed
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
            self._recompose(meeting)
            request.message = self.preview.toPlainText()
            request.composed = self._composed

        self.edit(change)

    def _recompose(self, meeting: Meeting) -> None:
        """Compose the message again from what it says (the fields, the plan, About you);
        the preview follows until the user edits it by hand."""
        composed = self.compose(meeting)
        follows = not self.sent.isChecked() and self.preview.toPlainText() == self._composed
        if follows and composed != self._composed:
            self._set_preview(composed)
        self._composed = composed
        self._update_subject(meeting)
        self._update_edited_note()

    def _keep_shown(self) -> None:
        """The message as shown is the one sent: the plan may have changed it since it was
        saved. Saved with what it was composed as, so a hand edit stays one."""
        meeting = self.meeting()
        if meeting is None or meeting.request.sent:
            return  # already kept as sent
        self._recompose(meeting)
        text, composed = self.preview.toPlainText(), self._composed
        if (meeting.request.message, meeting.request.composed) != (text, composed):
            self.edit(lambda m: self._set_message(m, text, composed))

    @staticmethod
    def _set_message(meeting: Meeting, text: str, composed: str) -> None:
        meeting.request.message = text
        meeting.request.composed = composed

    def _sent_toggled(self, on: bool) -> None:
        if on and not self._loading:
            self._keep_shown()
        self.edit(lambda m: setattr(m.request, "sent", on))
        meeting = self.meeting()
        unsent = not on and not self._loading and meeting is not None
        # Not sent after all: a message Twoway wrote follows the plan again.
        if unsent and self.preview.toPlainText() == (meeting.request.composed or self._composed):
            self._set_preview(self._composed)
            self.edit(lambda m: self._set_message(m, self._composed, self._composed))
        self._update_edited_note()

    def _set_preview(self, text: str) -> None:
        self.preview.blockSignals(True)
        self.preview.setPlainText(text)
        self.preview.blockSignals(False)

    def _message_edited(self) -> None:
        text, composed = self.preview.toPlainText(), self._composed
        self.edit(lambda m: self._set_message(m, text, composed))
        self._update_edited_note()

    def _rebuild(self) -> None:
        self.preview.setPlainText(self._composed)

    def copy_message(self) -> None:
        self._keep_shown()
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
        self._keep_shown()
        if not QDesktopServices.openUrl(QUrl(self.mailto(), QUrl.ParsingMode.StrictMode)):
            self.nav.status(tr("No mail program answered. Copy the message instead."))
