"""The call, as the running app sees it: looks at the desktop every two seconds (through
`twoway.platform`), decides with `twoway.core.calls`, and acts on what changed —
offers to start the planned meeting, offers to end it when the call is over, opens the
debrief once the call has ended.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from twoway.core.call_apps import load_call_apps
from twoway.core.calls import (
    CHECK_INTERVAL_S,
    Call,
    CallDetector,
    OfferMode,
    PlannedMeeting,
    Suggestion,
    meeting_for_call,
    on_call_change,
)
from twoway.ui.call_offer import CallOfferCard
from twoway.ui.i18n import translated, translated_format_text

log = logging.getLogger(__name__)


class CallWatch(QObject):
    call_started = Signal(object)  # Call
    call_ended = Signal(object)  # Call
    checked = Signal()  # after every look at the desktop (docking follows the call window)
    offer_changed = Signal()  # an offer appeared or went (hotkeys are active while one shows)

    def __init__(self, context, probe, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.probe = probe
        listed = load_call_apps(context.paths.root)
        for problem in listed.problems:
            log.warning("%s", problem)
            context.notices.say(QCoreApplication.applicationName(), translated(problem))
        self.detector = CallDetector(
            context.clock, probe.look, listed.apps, ignored_recorders=listed.ignored_recorders
        )
        self.card = CallOfferCard()
        self.card.accepted.connect(self._offer_accepted)
        # However the offer goes (answered, declined, gone by itself, no longer true), the
        # keys it took are given back once nothing runs.
        self.card.withdrawn.connect(self.offer_changed)
        self._offered: PlannedMeeting | None = None
        self.docking = None  # ui.docking.Docking where call windows can be followed
        self.screen_share = None  # ui.screencast.ScreenShareGuard
        self._timer = QTimer(self)
        self._timer.setInterval(int(CHECK_INTERVAL_S * 1000))
        self._timer.timeout.connect(self.check)
        context.meeting.started.connect(self._meeting_started)
        context.meeting.ended.connect(self._meeting_ended)

    @classmethod
    def install(cls, context) -> CallWatch:
        from twoway.platform.desktop import DesktopProbe

        watch = cls(context, DesktopProbe(), context.app)
        if watch.probe.sees_windows and QGuiApplication.platformName() == "xcb":
            from twoway.ui.docking import Docking

            watch.docking = Docking(context, watch, watch)
        from twoway.ui.screencast import ScreenShareGuard

        watch.screen_share = ScreenShareGuard(context, watch, watch)
        watch.start()
        return watch

    def start(self) -> None:
        # The first look starts the sound-server and PipeWire watchers: after the overlay's
        # first paint, not before it.
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def close(self) -> None:
        self.stop()
        self.card.withdraw()
        self.probe.close()

    @property
    def call(self) -> Call | None:
        return self.detector.call

    def status(self) -> dict | None:
        return self.detector.status()

    @property
    def screen_share_hiding(self) -> bool:
        """The overlay is out of sight for a shared screen, and comes back when it stops."""
        return self.screen_share is not None and self.screen_share.hiding

    @property
    def offering_start(self) -> bool:
        return self.card.offering == "start"

    # --- looking --------------------------------------------------------------------------

    def check(self) -> None:
        before = self.detector.call
        now = self.detector.poll()
        if (before is None) != (now is None):
            if now is not None:
                log.info("call noticed: %s", now.app)
                self.call_started.emit(now)
                self._act(call_started=True)
            else:
                log.info("call over: %s", before.app)
                self.call_ended.emit(before)
                self._act(call_started=False)
                if not self.context.meeting.active and not self.context.overlay.ended_meeting_id:
                    self.context.call_is_over()  # what waited during the call may be said
        self.checked.emit()

    def _settings(self):
        return self.context.settings.values.calls

    def _act(self, *, call_started: bool) -> None:
        settings = self._settings()
        suggestion = on_call_change(
            call_started=call_started,
            mode=OfferMode(settings.offer),
            meeting_running=self.context.meeting.active,
            meeting_offered=bool(self.card.offering),
            debrief_waiting=bool(self.context.overlay.ended_meeting_id),
            debrief_after_call=settings.debrief_after_call,
        )
        if suggestion in (Suggestion.OFFER_START, Suggestion.START):
            self._offered = self._planned_meeting(any_time=settings.offer_any_time)
            if self._offered is None:
                return
            if suggestion is Suggestion.START:
                self.start_offered()
            else:
                fmt_name, first_name = self._describe(self._offered)
                self.card.offer_start(fmt_name, first_name, self._card_place())
                self.offer_changed.emit()
        elif suggestion is Suggestion.OFFER_END:
            self.card.offer_end(self._card_place())
            self.offer_changed.emit()
        elif suggestion is Suggestion.OPEN_DEBRIEF:
            meeting_id = self.context.overlay.ended_meeting_id
            self.context.overlay.close_end_card()
            self.context.open_debrief(meeting_id)  # the call is over: now Twoway may ask
        elif not call_started and self.card.offering == "start":
            self.card.withdraw()  # the call it was about is over

    def _planned_meeting(self, *, any_time: bool) -> PlannedMeeting | None:
        try:
            planned = [
                PlannedMeeting(m.id, self.context.meetings.contact_name(m.contact_id), m.scheduled)
                for m in self.context.meetings.planned()
            ]
        except Exception:  # the records could not be read: offer a plain start at most
            log.exception("Planned meetings could not be read")
            planned = []
        found = meeting_for_call(planned, self.context.clock.wall(), any_time=any_time)
        if found is None and any_time:
            return PlannedMeeting("", "", None)  # a quick start with the default format
        return found

    def _describe(self, offered: PlannedMeeting) -> tuple[str, str]:
        fmt = None
        if offered.meeting_id:
            meeting = self.context.records.open().meetings.get(offered.meeting_id)
            fmt = self.context.formats.find(meeting.format_id) if meeting else None
        fmt = fmt or self.context.meetings.default_format()
        name = translated_format_text(fmt.name)
        return name, offered.contact_name.split(" ")[0] if offered.contact_name else ""

    def _card_place(self) -> QPoint:
        """Where the overlay is (or would be): the offer stands in for it."""
        overlay = self.context.overlay
        if overlay.isVisible():
            return overlay.frameGeometry().topLeft()
        return self.context.placement.place_for(self.card.sizeHint())

    # --- answers --------------------------------------------------------------------------

    def start_offered(self) -> bool:
        """Start what is offered (the card's button, the start hotkey)."""
        offered, self._offered = self._offered, None
        self.card.withdraw()
        if offered is not None and offered.meeting_id:
            meeting = self.context.records.open().meetings.get(offered.meeting_id)
            if meeting is not None and self.context.start_planned_meeting(meeting):
                return True
        return not self.context.meetings.start_by_name(None, None)

    def _offer_accepted(self, kind: str) -> None:
        if kind == "end":
            self.context.meeting.end()
        else:
            self.start_offered()

    def _meeting_started(self) -> None:
        self.card.withdraw()

    def _meeting_ended(self, *_args) -> None:
        """Ended another way (the end hotkey, the tray, `twoway end`): nothing left to end."""
        if self.card.offering == "end":
            self.card.withdraw()
