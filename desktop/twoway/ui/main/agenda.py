"""Agenda: the user's goal, what they need and what they can offer, edited in place."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from twoway.ui.i18n import filled
from twoway.ui.main.common import hint, tr
from twoway.ui.main.hub import DataHub
from twoway.ui.main.models.agenda import AgendaItemsModel
from twoway.ui.main.widgets import Page, is_delete_key, text_box
from twoway.ui.seams import Navigation


class ItemList(QWidget):
    """One editable list: a line to add to it, the items with ticks, a remove button."""

    def __init__(self, title: str, explanation: str, placeholder: str, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(title, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        layout.addWidget(label)
        layout.addWidget(hint(explanation, self))
        self.model = AgendaItemsModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(title)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(2)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(placeholder)
        self.entry.setAccessibleName(placeholder)
        self.add_button = QPushButton(tr("Add"), self)
        self.add_button.setAccessibleName(filled(tr("Add to %1"), title))
        self.remove_button = QPushButton(tr("Remove"), self)
        self.remove_button.setAccessibleName(filled(tr("Remove from %1"), title))
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.entry.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.view.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        # Delete removes the chosen line, unless the line is being edited.
        if watched is self.view and is_delete_key(self.view, event):
            self.remove()
            return True
        return super().eventFilter(watched, event)

    def add(self) -> None:
        text = self.entry.text().strip()
        if text:
            row = self.model.add(text)
            self.entry.clear()
            self.view.scrollTo(self.model.index(row, 0))

    def remove(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove(index.row())


class AgendaView(Page):
    def __init__(self, hub: DataHub, nav: Navigation, parent=None) -> None:
        super().__init__(tr("Agenda"), parent)
        self.hub = hub
        self.content.addWidget(
            hint(
                tr(
                    "Know what you need before you meet people: it tells you which meetings "
                    "are worth it. Tick a need off once it is met."
                ),
                self,
            )
        )
        goal_label = QLabel(tr("Your goal right now"), self)
        font = goal_label.font()
        font.setBold(True)
        goal_label.setFont(font)
        self.content.addWidget(goal_label)
        self.goal = text_box(tr("Your goal right now"), self, lines=2)
        self.goal.setPlaceholderText(
            tr("For example: a product role in a climate start-up by summer")
        )
        self.content.addWidget(self.goal)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        self.needs = ItemList(
            tr("What you need"),
            tr("Introductions, advice, leads, people to hire, partners."),
            tr("Add a need, then press Enter"),
            self,
        )
        self.offers = ItemList(
            tr("What you can offer"),
            tr("Skills, contacts, feedback, an audience: what others may want from you."),
            tr("Add an offer, then press Enter"),
            self,
        )
        columns.addWidget(self.needs)
        columns.addWidget(self.offers)
        self.content.addLayout(columns, 1)

        self.goal.textChanged.connect(self._goal_edited)
        self.needs.model.edited.connect(self._save)
        self.offers.model.edited.connect(self._save)
        hub.reset.connect(self.load)
        self.load()

    def load(self) -> None:
        self.agenda = self.hub.store.agenda
        self.goal.blockSignals(True)
        self.goal.setPlainText(self.agenda.goal)
        self.goal.blockSignals(False)
        self.needs.model.set_items(self.agenda.needs)
        self.offers.model.set_items(self.agenda.offers)

    def _goal_edited(self) -> None:
        self.agenda.goal = self.goal.toPlainText().strip()
        self._save()

    def _save(self) -> None:
        # The lists shown are the agenda's own lists, so the agenda is up to date already.
        self.hub.set_agenda(self.agenda)
