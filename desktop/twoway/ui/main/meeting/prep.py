"""Step 3, prep: the checklist (from a template), the introduction and the overlay's cues."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTreeView,
    QVBoxLayout,
)

from twoway.core.records import ChecklistItem, ChecklistTemplate, Meeting
from twoway.core.workflow import prep as prep_logic
from twoway.ui.i18n import filled
from twoway.ui.main import common
from twoway.ui.main import templates as templates_ui
from twoway.ui.main.common import hint, tr, translated_format_text
from twoway.ui.main.hub import DataHub
from twoway.ui.main.meeting.step import Step, bold_label, button_row
from twoway.ui.main.models.meeting_steps import ChecklistModel, CuesModel
from twoway.ui.main.profile import profile_values
from twoway.ui.main.templates import menu_label, template_name
from twoway.ui.main.widgets import WrappingDelegate, fit_columns, labelled, table, text_box
from twoway.ui.seams import Navigation


class PrepStep(Step):
    def __init__(self, hub: DataHub, nav: Navigation, parent=None) -> None:
        super().__init__(hub, nav, parent)
        layout = QHBoxLayout(self)
        layout.setSpacing(24)
        left = QVBoxLayout()
        left.addWidget(bold_label(QLabel(tr("Checklist"), self)))
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
        left.addLayout(button_row(self.remove_item, self.reset_items, self.save_template))
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
                right.addLayout(button_row(self.use_profile_intro))
        self.fill_cues = QPushButton(tr("&Fill cues from your prep"), self)
        self.fill_cues.setToolTip(
            tr("Introduction in your first turn, questions in theirs, ideas in their takeaway.")
        )
        cues_heading = QHBoxLayout()
        cues_heading.addWidget(
            bold_label(QLabel(tr("Cues in the overlay, phase by phase"), self)), 1
        )
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
        self.progress.setText(filled(tr("%1 of %2 done"), str(done), str(total)))

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
            filled(
                tr("Replace this checklist with a fresh one from “%1”?"), template_name(template)
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
            filled(tr("Delete the checklist template “%1”?"), template_name(template)),
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
            filled(tr("Saved the checklist as the template “%1”."), template_name(saved))
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
