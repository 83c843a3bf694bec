"""Contacts: a list searched as you type, and a detail page edited in place.

The detail page shows the contact's fields, the fit check against the user's agenda,
and their whole history: meetings, debriefs and follow-ups.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from twoway.core.records import Contact
from twoway.core.workflow.fit import Advice, Direction, fit_check
from twoway.core.workflow.meetings import listed_meetings
from twoway.ui.i18n import filled
from twoway.ui.main import common
from twoway.ui.main.common import SPACING, heading, hint, tr
from twoway.ui.main.hub import AGENDA, CONTACT, DataHub
from twoway.ui.main.keep_in_touch import KeepInTouchBox
from twoway.ui.main.models.contacts import ContactsModel
from twoway.ui.main.models.followups import FollowUpsModel
from twoway.ui.main.models.meetings import MeetingsModel
from twoway.ui.main.widgets import Page, fit_columns, set_column_width, table, text_box
from twoway.ui.seams import Navigation

_LIST_FIELDS = {"emails", "phones", "tags"}


def line_fields() -> list[tuple[str, str]]:
    """The fields edited as one line of text (lists are typed with commas), with labels."""
    return [
        ("name", tr("Name")),
        ("company", tr("Company")),
        ("role", tr("Role")),
        ("emails", tr("Email")),
        ("phones", tr("Phone")),
        ("linkedin", tr("LinkedIn")),
        ("website", tr("Website")),
        ("met_how", tr("How you met")),
        ("tags", tr("Tags")),
    ]


def text_fields() -> list[tuple[str, str]]:
    return [
        ("offers", tr("What they offer")),
        ("needs", tr("What they need")),
        ("notes", tr("Notes")),
    ]


def split_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def advice_text(advice: Advice) -> str:
    return {
        Advice.MEET: tr("A two-way fit: you can help each other. Worth a meeting."),
        Advice.SHORT: tr("A fit one way. A short, structured call keeps it fair to both of you."),
        Advice.DECLINE_OK: tr(
            "No match with your agenda found. Meeting anyway is fine; so is a kind no."
        ),
    }[advice]


class ContactDetail(QWidget):
    """The contact's fields, fit check and history. Every edit is saved as it is typed."""

    def __init__(self, hub: DataHub, nav: Navigation, parent=None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.nav = nav
        self.contact_id = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING, 0, SPACING, SPACING)
        layout.setSpacing(SPACING)

        top = QHBoxLayout()
        self.title = heading("", self, level=2)
        top.addWidget(self.title, 1)
        self.plan_button = QPushButton(tr("&Plan a meeting…"), self)
        self.delete_button = QPushButton(tr("Delete…"), self)
        self.delete_button.setAccessibleName(tr("Delete this contact"))
        top.addWidget(self.plan_button)
        top.addWidget(self.delete_button)
        layout.addLayout(top)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        self.fields: dict[str, QLineEdit | object] = {}
        for key, label in line_fields():
            edit = QLineEdit(self)
            edit.setAccessibleName(label)
            if key in _LIST_FIELDS:
                edit.setPlaceholderText(tr("separate several with commas"))
            edit.textEdited.connect(lambda text, k=key: self._edited(k, text))
            if key == "name":
                edit.editingFinished.connect(self._name_left)
            form.addRow(label + ":", edit)
            self.fields[key] = edit
        for key, label in text_fields():
            box = text_box(label, self, lines=3)
            box.textChanged.connect(lambda k=key, b=box: self._edited(k, b.toPlainText()))
            form.addRow(label + ":", box)
            self.fields[key] = box
        layout.addLayout(form)

        self.fit_box = QGroupBox(tr("Fit with your agenda"), self)
        fit_layout = QVBoxLayout(self.fit_box)
        self.fit_advice = QLabel(self.fit_box)
        self.fit_advice.setWordWrap(True)
        self.fit_details = QLabel(self.fit_box)
        self.fit_details.setWordWrap(True)
        self.fit_details.setTextFormat(Qt.TextFormat.RichText)
        fit_layout.addWidget(self.fit_advice)
        fit_layout.addWidget(self.fit_details)
        layout.addWidget(self.fit_box)
        self.keep_in_touch = KeepInTouchBox(hub, self)
        layout.addWidget(self.keep_in_touch)

        history = QGroupBox(tr("History"), self)
        history_layout = QVBoxLayout(history)
        self.meetings_model = MeetingsModel(hub, self._meetings, self)
        self.meetings_view = table(
            self.meetings_model,
            tr("Meetings with this contact"),
            self,
            stretch=MeetingsModel.DEBRIEF,
        )
        self.meetings_view.hideColumn(MeetingsModel.WITH)
        # Prep progress matters before a meeting, not in a history: room for the debrief.
        self.meetings_view.hideColumn(MeetingsModel.PREP)
        self.meetings_view.setMinimumHeight(120)
        self.followups_model = FollowUpsModel(hub, self._followups, self)
        self.followups_view = table(
            self.followups_model,
            tr("Follow-ups with this contact"),
            self,
            stretch=FollowUpsModel.TEXT,
        )
        self.followups_view.hideColumn(FollowUpsModel.CONTACT_COLUMN)
        self.followups_view.setMinimumHeight(100)
        history_layout.addWidget(QLabel(tr("Meetings and debriefs"), history))
        history_layout.addWidget(self.meetings_view)
        history_layout.addWidget(QLabel(tr("Follow-ups"), history))
        history_layout.addWidget(self.followups_view)
        layout.addWidget(history)
        layout.addStretch(1)

        self.plan_button.clicked.connect(lambda: nav.plan_meeting(self.contact_id))
        self.delete_button.clicked.connect(self.confirm_delete)
        self.meetings_view.activated.connect(self._open_meeting)
        hub.changed.connect(self._on_change)
        hub.reset.connect(self._take_outside_changes)
        self.show_contact("")

    def _meetings(self):
        if not self.contact_id:
            return []
        found = list(self.hub.store.meetings_for(self.contact_id))
        return listed_meetings(found, None, "", self.hub.contact_name)

    def _followups(self):
        if not self.contact_id:
            return []
        return sorted(self.hub.store.followups_for(self.contact_id), key=lambda f: f.due)

    def contact(self) -> Contact | None:
        return self.hub.contact(self.contact_id)

    def show_contact(self, contact_id: str) -> None:
        self.contact_id = contact_id
        contact = self.contact()
        self.setEnabled(contact is not None)
        for key, widget in self.fields.items():
            self._show_field(key, widget, getattr(contact, key) if contact else "")
        self.title.setText(contact.name if contact else tr("No contact chosen"))
        self.meetings_model.refresh()
        self.followups_model.refresh()
        fit_columns(self.meetings_view)
        fit_columns(self.followups_view)
        self.keep_in_touch.show_contact(contact_id if contact else "")
        self._update_fit()

    def _show_field(self, key: str, widget, value) -> None:
        text = ", ".join(value) if key in _LIST_FIELDS else value
        widget.blockSignals(True)
        if isinstance(widget, QLineEdit):
            widget.setText(text)
            widget.setCursorPosition(0)
        else:
            widget.setPlainText(text)
        widget.blockSignals(False)

    def _stored_form(self, key: str, text: str):
        return split_list(text) if key in _LIST_FIELDS else text.strip()

    def _name_left(self) -> None:
        contact = self.contact()
        field = self.fields["name"]
        if contact is not None and isinstance(field, QLineEdit) and not field.text().strip():
            self._show_field("name", field, contact.name)  # left empty: the name stays

    def _take_outside_changes(self) -> None:
        """The records were read again (another device, a restore): a field now showing
        something else than the record is refreshed, so the next keystroke does not write
        the old text over the new. Fields that agree are left alone, cursor and all."""
        contact = self.contact()
        if contact is None:
            if self.contact_id:
                self.show_contact("")  # deleted elsewhere
            return
        for key, widget in self.fields.items():
            shown = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
            if self._stored_form(key, shown) != getattr(contact, key):
                self._show_field(key, widget, getattr(contact, key))
        self.title.setText(contact.name)

    def _edited(self, key: str, text: str) -> None:
        contact = self.contact()
        if contact is None:
            return
        value = self._stored_form(key, text)
        if key == "name" and not value:
            return  # a contact keeps a name: cleared to retype it, or put back on leaving
        if getattr(contact, key) == value:
            return
        setattr(contact, key, value)
        if key == "name":
            self.title.setText(contact.name)
        self.hub.put_contact(contact)

    def _on_change(self, kind: str, record_id: str) -> None:
        if kind == AGENDA or (kind == CONTACT and record_id == self.contact_id):
            self._update_fit()

    def _update_fit(self) -> None:
        contact = self.contact()
        if contact is None:
            self.fit_advice.setText("")
            self.fit_details.setText("")
            return
        show_fit(self.fit_advice, self.fit_details, contact, self.hub.store.agenda)

    def _open_meeting(self, index) -> None:
        meeting = self.meetings_model.record(index.row())
        if meeting is not None:
            self.nav.open_meeting(meeting.id)

    def confirm_delete(self) -> None:
        contact = self.contact()
        if contact is None:
            return
        meetings, followups = self.hub.contact_footprint(contact.id)
        if common.confirm(
            self,
            tr("Delete contact"),
            filled(tr("Delete %1?"), contact.name or tr("this contact")),
            filled(
                tr(
                    "Their meetings (%1) and follow-ups (%2) are deleted with them. "
                    "Edit ▸ Undo brings it all back."
                ),
                str(len(meetings)),
                str(len(followups)),
            ),
            tr("Delete"),
        ):
            name = contact.name
            self.hub.delete_contact(contact.id)
            self.nav.status(filled(tr("Deleted %1. Undo with Ctrl+Z."), name or tr("the contact")))


def fit_html(report) -> str:
    """The matches as two short lists, with the words that matched."""
    from html import escape

    parts = []
    for direction, title in (
        (Direction.THEY_HELP_ME, tr("They may help with")),
        (Direction.I_HELP_THEM, tr("You may help with")),
    ):
        found = report.of(direction)
        if not found:
            continue
        items = "".join(
            f"<li>{escape(m.item.text)} <span style='color:gray'>("
            + escape(filled(tr("matched: %1"), ", ".join(m.words)))
            + ")</span></li>"
            for m in found
        )
        parts.append(f"<b>{escape(title)}</b><ul style='margin-top:2px'>{items}</ul>")
    return "".join(parts)


def show_fit(advice_label, details_label, contact: Contact, agenda) -> None:
    """The fit check of one contact against the user's agenda, in two labels."""
    if not agenda.needs and not agenda.offers:
        advice_label.setText(
            tr("Write down what you need and can offer in Agenda to see the fit here.")
        )
        details_label.setText("")
        return
    report = fit_check(contact, agenda)
    advice_label.setText(advice_text(report.advice))
    details_label.setText(fit_html(report))


class ContactsView(Page):
    def __init__(self, hub: DataHub, nav: Navigation, parent=None) -> None:
        super().__init__(tr("Contacts"), parent)
        self.hub = hub
        self.nav = nav
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        self.content.addWidget(splitter, 1)

        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, SPACING, 0)
        search_row = QHBoxLayout()
        self.search = QLineEdit(left)
        self.search.setPlaceholderText(tr("Search every field…"))
        self.search.setToolTip(
            tr("Names, companies, roles, tags, emails, notes: every word counts.")
        )
        self.search.setAccessibleName(tr("Search contacts"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(tr("&New contact"), left)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.new_button)
        left_layout.addLayout(search_row)
        self.model = ContactsModel(hub, self)
        self.list = table(self.model, tr("Contacts"), left, stretch=ContactsModel.NAME)
        self.list.setSortingEnabled(True)
        self.list.sortByColumn(ContactsModel.NAME, Qt.SortOrder.AscendingOrder)
        set_column_width(self.list, ContactsModel.COMPANY, 150)
        set_column_width(self.list, ContactsModel.LAST, 110)
        self.list.hideColumn(ContactsModel.ROLE)
        self.list.hideColumn(ContactsModel.TAGS)
        left_layout.addWidget(self.list, 1)
        self.count = hint("", left)
        left_layout.addWidget(self.count)

        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
        self.detail = ContactDetail(hub, nav, scroll)
        scroll.setWidget(self.detail)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([440, 560])

        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._focus_list)
        self.new_button.clicked.connect(self.new_contact)
        self.list.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsRemoved.connect(self._after_remove)
        self.model.rowsInserted.connect(self._update_count)
        self._pending_select = ""
        self._update_count()
        QTimer.singleShot(0, self._select_first)

    def _search(self, text: str) -> None:
        self.model.set_query(text)

    def _focus_list(self) -> None:
        if self.model.rowCount():
            self.list.setFocus()
            if not self.list.currentIndex().isValid():
                self.list.setCurrentIndex(self.model.index(0, 0))

    def _select_first(self) -> None:
        if not self.detail.contact_id and self.model.rowCount():
            self.select(self.model.contact_id(0))

    def _show(self, contact_id: str) -> None:
        self.model.kept_listed = contact_id
        self.detail.show_contact(contact_id)

    def _row_changed(self, current, _previous) -> None:
        contact_id = self.model.contact_id(current.row())
        if contact_id and contact_id != self.detail.contact_id:
            self._show(contact_id)

    def _after_reset(self) -> None:
        # Searching rebuilds the rows: keep the contact on show if it is still listed,
        # else show the first match, so typing a name is enough to open someone.
        self._update_count()
        row = self.model.row_of(self.detail.contact_id)
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        elif self.hub.contact(self.detail.contact_id) is None:
            self._show("")

    def _after_remove(self) -> None:
        self._update_count()
        if self.hub.contact(self.detail.contact_id) is None:
            current = self.list.currentIndex()
            self._show(self.model.contact_id(current.row()) if current.isValid() else "")

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if total == 0:
            shortcut = QKeySequence("Ctrl+I").toString(QKeySequence.SequenceFormat.NativeText)
            self.count.setText(
                filled(
                    tr(
                        "No contacts yet. Choose New contact, or bring in your address book "
                        "with File ▸ Import contacts (%1)."
                    ),
                    shortcut,
                )
            )
        elif shown == total:
            self.count.setText(tr("%n contacts", None, total))
        else:
            #: The form follows %n, the number of all contacts; %1 of them match the search.
            self.count.setText(filled(tr("%1 of %n contacts match", None, total), str(shown)))

    def select(self, contact_id: str) -> None:
        row = self.model.row_of(contact_id)
        if row < 0 and self.hub.contact(contact_id) is not None:
            self.search.clear()  # the contact is hidden by the search: show everyone
            row = self.model.row_of(contact_id)
        if row >= 0:
            index = self.model.index(row, 0)
            self.list.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.list.scrollTo(index)
        self._show(contact_id)

    def new_contact(self) -> str:
        """A contact made once it has a name: asked for first, so no placeholder is saved."""
        name = common.ask_text(self, tr("New contact"), tr("Name of the new contact:"))
        if not name:
            return ""
        contact = Contact(name=name)
        self.search.clear()
        self.hub.put_contact(contact)
        self.select(contact.id)
        self.detail.fields["company"].setFocus()
        return contact.id

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
