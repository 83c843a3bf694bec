"""Step 4, run: start the meeting in the overlay, or end the one running."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

from twoway.core.records import Meeting
from twoway.ui.i18n import filled, number_text
from twoway.ui.main.bands import Band, PhaseBands
from twoway.ui.main.common import SPACING, hint, plural_count, tr, translated_format_text
from twoway.ui.main.hub import DataHub
from twoway.ui.main.meeting.step import Step, button_row
from twoway.ui.seams import Navigation


class RunStep(Step):
    def __init__(self, hub: DataHub, nav: Navigation, parent=None) -> None:
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
        layout.addLayout(button_row(self.start, self.end))
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
                filled(
                    tr(
                        "%1 with %2: %3 minutes planned in a %4-minute slot.",
                        None,
                        plural_count(planned),
                    ),
                    translated_format_text(fmt.name),
                    name,
                    number_text(planned),
                    number_text(fmt.slot_minutes),
                )
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
