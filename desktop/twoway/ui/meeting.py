"""The running meeting, as the Qt layer sees it: one Session, ticked by a timer.

The overlay, the tray, the remote-control server and the main window all steer the
meeting through this controller and listen to its signals; none of them owns it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from twoway.core.clock import Clock
from twoway.core.formats import Format
from twoway.core.run_record import RunRecord
from twoway.core.session import Event, EventKind, Session, State

# The timer wakes when the shown second changes, and at least this often.
MAX_TICK_MS = 1000
MIN_TICK_MS = 20


@dataclass(frozen=True)
class MeetingInfo:
    """Who the meeting is with, for display and for saving the run."""

    meeting_id: str = ""
    contact_id: str = ""
    contact_name: str = ""
    closing_line: str = ""


class MeetingController(QObject):
    started = Signal()
    ticked = Signal()  # time passed; views decide whether what they show changed
    changed = Signal()  # the state, the phase or the plan changed
    event = Signal(object)  # a core Event
    ended = Signal(object, object)  # RunRecord, MeetingInfo

    def __init__(self, clock: Clock, *, keep_slot: bool = True, parent: QObject | None = None):
        super().__init__(parent)
        self._clock = clock
        self.keep_slot = keep_slot
        self.session: Session | None = None
        self.info = MeetingInfo()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)
        # An operation shifts the seconds (resume, next phase): wake for the new ones.
        self.changed.connect(self._reschedule)

    # --- lifecycle -------------------------------------------------------------------

    @property
    def active(self) -> bool:
        """A meeting is loaded and not ended."""
        return self.session is not None and self.session.state is not State.ENDED

    def start(
        self,
        fmt: Format,
        info: MeetingInfo | None = None,
        cues: Mapping[int, str] | None = None,
    ) -> bool:
        if self.active:
            return False
        self.info = info or MeetingInfo()
        self.session = Session(fmt, self._clock, cues=cues, rebalance_on_next=self.keep_slot)
        self.session.add_listener(self._on_event)
        self.session.start()
        self._timer.start(self._next_tick_ms())
        self.started.emit()
        self.changed.emit()
        return True

    def tick(self) -> None:
        if self.session is None:
            return
        self.session.tick()
        self.ticked.emit()
        if self.active:
            self._timer.start(self._next_tick_ms())

    def _reschedule(self) -> None:
        if self.active:
            self._timer.start(self._next_tick_ms())
        else:
            self._timer.stop()

    def _next_tick_ms(self) -> int:
        """Wake just after the next whole second of the phase or the slot changes: the
        display stays exact while the process sleeps in between (a few wake-ups a second
        would cost battery for nothing)."""
        session = self.session
        if session is None or session.state is not State.RUNNING:
            return MAX_TICK_MS
        waits = [value % 1.0 for value in (session.phase_remaining(), session.slot_remaining())]
        soonest = min((w for w in waits if w > 0.002), default=1.0)
        return max(MIN_TICK_MS, min(MAX_TICK_MS, int(soonest * 1000) + 5))

    def _on_event(self, event: Event) -> None:
        self.event.emit(event)
        if event.kind is not EventKind.WARNING:
            self.changed.emit()
        if event.kind is EventKind.ENDED:
            self._timer.stop()
            assert self.session is not None
            self.ended.emit(self.session.record(), self.info)

    # --- operations: each returns whether it did anything -----------------------------

    def _do(self, name: str) -> bool:
        if self.session is None:
            return False
        return getattr(self.session, name)()

    def pause(self) -> bool:
        return self._do("pause")

    def resume(self) -> bool:
        return self._do("resume")

    def toggle_pause(self) -> bool:
        return self._do("toggle_pause")

    def next_phase(self) -> bool:
        return self._do("next_phase")

    def previous_phase(self) -> bool:
        return self._do("previous_phase")

    def extend(self) -> bool:
        return self._do("extend")

    def swap(self) -> bool:
        return self._do("swap")

    def end(self) -> bool:
        return self._do("end")

    def record(self) -> RunRecord | None:
        return self.session.record() if self.session else None

    # --- reporting -------------------------------------------------------------------

    def status(self) -> dict:
        """The state as one flat dict: what `twoway status` prints."""
        session = self.session
        if session is None:
            return {
                "state": "idle",
                "format": None,
                "phase": None,
                "phase_index": None,
                "owner": None,
                "phase_remaining_s": None,
                "slot_remaining_s": None,
                "overrun_s": 0,
                "elapsed_s": 0,
                "contact": None,
            }
        remaining = session.phase_remaining()
        return {
            "state": session.status_word(),
            "format": session.format.name,
            "phase": session.phase.title,
            "phase_index": session.index,
            "owner": str(session.phase.owner),
            "phase_remaining_s": round(max(0.0, remaining), 1),
            "slot_remaining_s": round(session.slot_remaining(), 1),
            "overrun_s": round(max(0.0, -remaining), 1),
            "elapsed_s": round(session.elapsed(), 1),
            "contact": self.info.contact_name or None,
        }
