"""The meeting engine: runs one meeting through the phases of a format.

Time comes from an injected Clock. Elapsed time is always the difference between two
clock readings, settled into counters only when the state changes, so neither lag,
missed ticks nor changes of the wall clock can make the timer drift.

Suspend: a call does not go on while the laptop sleeps. When `tick()` finds that more
than SUSPEND_GAP_S passed since it last looked, the meeting is paused at the moment of
the last observation (the sleep is not counted) and a SUSPENDED event says why; the
user resumes or ends it on waking.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from twoway.core.clock import Clock
from twoway.core.formats import Format, Owner, Phase
from twoway.core.run_record import PhaseRecord, RunRecord

SUSPEND_GAP_S = 20.0
EXTEND_STEP_S = 60.0
# A shortened phase keeps at least this share of its time, and never less than MIN_FLOOR_S.
FLOOR_FRACTION = 0.4
MIN_FLOOR_S = 30.0


class State(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"


class EventKind(StrEnum):
    STARTED = "started"
    PHASE_CHANGED = "phase_changed"
    WARNING = "warning"
    PHASE_OVERRUN = "phase_overrun"
    SLOT_OVERRUN = "slot_overrun"
    PAUSED = "paused"
    RESUMED = "resumed"
    SUSPENDED = "suspended"
    EXTENDED = "extended"
    SWAPPED = "swapped"
    ENDED = "ended"


@dataclass(frozen=True)
class Event:
    kind: EventKind
    phase_index: int
    elapsed_s: float


@dataclass
class PhaseRun:
    """One phase as it is being run: its plan (which may change) and the time it had."""

    phase: Phase
    origin: int  # index of this phase in the format, to find the prep cue written for it
    budget_s: float
    extra_s: float = 0.0
    active_s: float = 0.0
    warned: bool = False
    overran: bool = False

    @property
    def allowed_s(self) -> float:
        return self.budget_s + self.extra_s

    @property
    def time_left_s(self) -> float:
        """Settled time left (never negative): the current phase also has unsettled time."""
        return max(0.0, self.allowed_s - self.active_s)


@dataclass(frozen=True)
class CatchUpPlan:
    """How to still end within the slot, from now on."""

    on_time: bool  # the slot can still be kept
    slot_left_s: float  # slot time left right now (negative once past it)
    buffer_s: float  # spare time after the remaining phases (negative: how late we will end)
    budgets: tuple[float, ...]  # seconds left for each phase after the current one
    shortened: bool  # whether the later phases had to shrink


def shrink_to_fit(wanted: list[float], available: float) -> tuple[list[float], bool]:
    """Shrink durations proportionally to fit `available`, none below its floor.

    Returns the new durations and whether they fit.
    """
    # Budgets shrunk to fit exactly add up to `available` only up to rounding; without the
    # tolerance, planning them again would shrink them by a hair each time.
    if sum(wanted) <= available + 1e-9:
        return list(wanted), True
    floors = [min(w, max(MIN_FLOOR_S, FLOOR_FRACTION * w)) for w in wanted]
    if sum(floors) >= available:
        return floors, sum(floors) <= available + 1e-9
    fixed: set[int] = set()
    while True:
        free = [i for i in range(len(wanted)) if i not in fixed]
        room = available - sum(floors[i] for i in fixed)
        factor = room / sum(wanted[i] for i in free)
        too_small = {i for i in free if wanted[i] * factor < floors[i]}
        if not too_small:
            return [
                floors[i] if i in fixed else wanted[i] * factor for i in range(len(wanted))
            ], True
        fixed |= too_small


@dataclass
class _Listeners:
    callbacks: list[Callable[[Event], None]] = field(default_factory=list)

    def emit(self, event: Event) -> None:
        for callback in list(self.callbacks):
            callback(event)


class Session:
    def __init__(
        self,
        fmt: Format,
        clock: Clock,
        *,
        cues: Mapping[int, str] | None = None,
        rebalance_on_next: bool = True,
    ) -> None:
        self.format = fmt
        self._clock = clock
        self._cues = dict(cues or {})
        self.rebalance_on_next = rebalance_on_next
        self.runs = [PhaseRun(p, i, p.seconds) for i, p in enumerate(fmt.phases)]
        self.state = State.NOT_STARTED
        self.index = 0
        self.swapped = False
        self.suspensions = 0
        self.started_at: datetime | None = None
        self.ended_at: datetime | None = None
        self._active_s = 0.0  # settled active time, all phases
        self._paused_s = 0.0
        self._mark = 0.0  # clock reading up to which time has been settled
        self._last_seen = 0.0  # clock reading of the last tick or operation
        self._slot_overran = False
        self._listeners = _Listeners()
        self._instant: float | None = None  # a clock reading held by at_one_instant()

    # --- observing ---------------------------------------------------------------------

    def add_listener(self, callback: Callable[[Event], None]) -> None:
        self._listeners.callbacks.append(callback)

    def _now(self) -> float:
        if self._instant is not None:
            return self._instant
        return self._clock.monotonic()

    @contextmanager
    def at_one_instant(self) -> Iterator[Session]:
        """Every reading inside the block comes from one clock reading, so figures shown
        side by side (the phase's overrun and the slot's) never disagree by a second."""
        outer = self._instant
        self._instant = self._clock.monotonic() if outer is None else outer
        try:
            yield self
        finally:
            self._instant = outer

    def _unsettled(self) -> float:
        return self._now() - self._mark if self.state is State.RUNNING else 0.0

    @property
    def current(self) -> PhaseRun:
        return self.runs[self.index]

    @property
    def phase(self) -> Phase:
        return self.current.phase

    def cue_for(self, index: int) -> str:
        run = self.runs[index]
        return self._cues.get(run.origin, "").strip() or run.phase.cue

    @property
    def cue(self) -> str:
        return self.cue_for(self.index)

    def elapsed(self) -> float:
        """Active meeting time so far, pauses excluded."""
        return self._active_s + self._unsettled()

    def phase_elapsed(self) -> float:
        return self.current.active_s + self._unsettled()

    def phase_remaining(self) -> float:
        """Seconds left in this phase; negative once it has run over."""
        return self.current.allowed_s - self.phase_elapsed()

    def slot_remaining(self) -> float:
        return self.format.slot_seconds - self.elapsed()

    @property
    def is_phase_overrun(self) -> bool:
        return self.state is not State.NOT_STARTED and self.phase_remaining() < 0

    @property
    def is_slot_overrun(self) -> bool:
        return self.slot_remaining() < 0

    @property
    def is_warning(self) -> bool:
        remaining = self.phase_remaining()
        return (
            self.state in (State.RUNNING, State.PAUSED)
            and 0 <= remaining <= self.format.warning_lead_s
        )

    @property
    def is_last_phase(self) -> bool:
        return self.index == len(self.runs) - 1

    @property
    def can_swap(self) -> bool:
        return self.format.swappable and self.state is not State.ENDED and bool(self._open_pairs())

    def status_word(self) -> str:
        """One word for the CLI and the tray: idle, running, paused, overrun or ended."""
        if self.state is State.NOT_STARTED:
            return "idle"
        if self.state is State.RUNNING and (self.is_phase_overrun or self.is_slot_overrun):
            return "overrun"
        return str(self.state.value)

    def catch_up_plan(self, *, leaving_now: bool = False) -> CatchUpPlan:
        """How the later phases fit the slot if this phase takes its time (or ends now)."""
        slot_left = self.slot_remaining()
        current_left = 0.0 if leaving_now else max(0.0, self.phase_remaining())
        # A later phase already visited (the user went Back) has spent part of its time,
        # and that time is already gone from the slot: plan only what it has left.
        later = [run.time_left_s for run in self.runs[self.index + 1 :]]
        available = slot_left - current_left
        budgets, fits = shrink_to_fit(later, available)
        return CatchUpPlan(
            on_time=fits and slot_left >= 0,
            slot_left_s=slot_left,
            buffer_s=available - sum(budgets),
            budgets=tuple(budgets),
            shortened=budgets != later,
        )

    # --- time passing ----------------------------------------------------------------

    def _settle(self) -> None:
        now = self._now()
        if self.state is State.RUNNING:
            counted_until = now
            if now - self._last_seen > SUSPEND_GAP_S:
                # Acted on (End, Next…) straight after waking, before a tick noticed the
                # sleep: the sleep is no meeting time, as it would not be after a tick.
                counted_until = self._last_seen
                self._paused_s += now - self._last_seen
                self.suspensions += 1
            spent = counted_until - self._mark
            self._active_s += spent
            self.current.active_s += spent
        elif self.state is State.PAUSED:
            self._paused_s += now - self._mark
        self._mark = now
        self._last_seen = now

    def _event(self, kind: EventKind) -> None:
        self._listeners.emit(Event(kind, self.index, self.elapsed()))

    def tick(self) -> None:
        """Look at the clock: notice a suspend, and fire warning and overrun events once."""
        if self.state is not State.RUNNING:
            self._last_seen = self._now()
            return
        if self._now() - self._last_seen > SUSPEND_GAP_S:
            self._pause_for_suspend()
            return
        self._last_seen = self._now()
        self._fire_due_events()

    def _pause_for_suspend(self) -> None:
        # Count the meeting up to the last moment we saw it running, not through the sleep.
        asleep_from = self._last_seen
        spent = asleep_from - self._mark
        self._active_s += spent
        self.current.active_s += spent
        self._paused_s += self._now() - asleep_from
        self._mark = self._last_seen = self._now()
        self.state = State.PAUSED
        self.suspensions += 1
        self._fire_due_events()
        self._event(EventKind.SUSPENDED)

    def _fire_due_events(self) -> None:
        run = self.current
        remaining = self.phase_remaining()
        if not run.warned and remaining <= self.format.warning_lead_s:
            run.warned = True
            self._event(EventKind.WARNING)
        if not run.overran and remaining < 0:
            run.overran = True
            self._event(EventKind.PHASE_OVERRUN)
        if not self._slot_overran and self.is_slot_overrun:
            self._slot_overran = True
            self._event(EventKind.SLOT_OVERRUN)

    def _rearm(self, run: PhaseRun) -> None:
        """A new deadline deserves its own warning and chime: after the time allowed at a
        position changed (time settled first), re-arm the events no longer due there."""
        remaining = run.allowed_s - run.active_s
        if remaining > self.format.warning_lead_s:
            run.warned = False
        if remaining >= 0:
            run.overran = False

    # --- operations --------------------------------------------------------------------

    def start(self) -> bool:
        if self.state is not State.NOT_STARTED:
            return False
        now = self._now()
        self._mark = self._last_seen = now
        self.started_at = self._clock.wall()
        self.state = State.RUNNING
        self._event(EventKind.STARTED)
        self._event(EventKind.PHASE_CHANGED)
        self._fire_due_events()
        return True

    def pause(self) -> bool:
        if self.state is not State.RUNNING:
            return False
        self._settle()
        self.state = State.PAUSED
        self._event(EventKind.PAUSED)
        return True

    def resume(self) -> bool:
        if self.state is not State.PAUSED:
            return False
        self._settle()
        self.state = State.RUNNING
        self._event(EventKind.RESUMED)
        return True

    def toggle_pause(self) -> bool:
        return self.resume() if self.state is State.PAUSED else self.pause()

    def _go_to(self, index: int) -> None:
        self._settle()
        self.index = index
        self._event(EventKind.PHASE_CHANGED)
        if self.state is State.RUNNING:
            self._fire_due_events()

    def next_phase(self) -> bool:
        if self.state in (State.NOT_STARTED, State.ENDED) or self.is_last_phase:
            return False
        self._settle()
        if self.rebalance_on_next:
            plan = self.catch_up_plan(leaving_now=True)
            if plan.shortened:
                for run, budget in zip(self.runs[self.index + 1 :], plan.budgets, strict=True):
                    # The plan is of time left: cut only that, so a visited phase keeps
                    # what it spent (and one that already ran over stays over).
                    cut = run.time_left_s - budget
                    run.budget_s, run.extra_s = run.allowed_s - cut, 0.0
        self._go_to(self.index + 1)
        return True

    def previous_phase(self) -> bool:
        if self.state in (State.NOT_STARTED, State.ENDED) or self.index == 0:
            return False
        self._go_to(self.index - 1)
        return True

    def extend(self, seconds: float = EXTEND_STEP_S) -> bool:
        """Give the current phase more time. The slot stays as promised."""
        if self.state in (State.NOT_STARTED, State.ENDED):
            return False
        self._settle()
        self.current.extra_s += seconds
        self._rearm(self.current)
        self._event(EventKind.EXTENDED)
        return True

    def _open_pairs(self) -> list[int]:
        """Start indexes of them/me pairs not yet begun (or begun in their first phase)."""
        pairs = []
        i = 0
        while i < len(self.runs) - 1:
            owners = {self.runs[i].phase.owner, self.runs[i + 1].phase.owner}
            if owners == {Owner.THEM, Owner.ME}:
                # After Back the current phase can be the first of a pair whose second
                # phase has run already: both sides have had their turn, so it stays.
                if i >= self.index and self.runs[i + 1].active_s == 0:
                    pairs.append(i)
                i += 2
            else:
                i += 1
        return pairs

    def swap(self) -> bool:
        """Swap who goes first, for every them/me pair not yet under way.

        The time already spent in the current phase stays with its slot position, so the
        meeting still ends when promised.
        """
        if not self.can_swap:
            return False
        self._settle()
        for i in self._open_pairs():
            first, second = self.runs[i], self.runs[i + 1]
            first.phase, second.phase = second.phase, first.phase
            first.origin, second.origin = second.origin, first.origin
            first.budget_s, second.budget_s = second.budget_s, first.budget_s
            # The warned and overran flags stay with the position, like the time spent
            # there, but the phase that moved in has its own deadline to chime for.
            self._rearm(first)
            self._rearm(second)
        self.swapped = not self.swapped
        self._event(EventKind.SWAPPED)
        self._event(EventKind.PHASE_CHANGED)
        return True

    def end(self) -> bool:
        if self.state is State.ENDED:
            return False
        self._settle()
        self.state = State.ENDED
        self.ended_at = self._clock.wall()
        self._event(EventKind.ENDED)
        return True

    # --- the record ----------------------------------------------------------------------

    def record(self) -> RunRecord:
        elapsed = self.elapsed()
        balance = {str(owner): 0.0 for owner in Owner}
        phases = []
        overrun = 0.0
        for i, run in enumerate(self.runs):
            actual = run.active_s + (self._unsettled() if i == self.index else 0.0)
            balance[str(run.phase.owner)] += actual
            overrun += max(0.0, actual - run.allowed_s)
            phases.append(
                PhaseRecord(
                    title=run.phase.title,
                    owner=str(run.phase.owner),
                    planned_s=run.phase.seconds,
                    allowed_s=run.allowed_s,
                    actual_s=actual,
                )
            )
        return RunRecord(
            format_id=self.format.id,
            format_name=self.format.name,
            started_at=self.started_at,
            ended_at=self.ended_at,
            slot_s=self.format.slot_seconds,
            elapsed_s=elapsed,
            paused_s=self._paused_s,
            phases=tuple(phases),
            balance=balance,
            overrun_s=overrun,
            slot_overrun_s=max(0.0, elapsed - self.format.slot_seconds),
            swapped=self.swapped,
            suspensions=self.suspensions,
        )
