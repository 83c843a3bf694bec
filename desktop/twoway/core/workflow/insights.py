"""Insights: how the user's meetings actually went, from the timer's records.

Only meetings that were run with the timer have times; a meeting marked done by hand
counts as held but adds no times. A follow-up counts for "on time" once it is done or
overdue; open ones not yet due are still in play and are left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from twoway.core.records import FollowUp, Meeting, MeetingStatus
from twoway.core.workflow.meetings import meeting_date


@dataclass(frozen=True)
class Insights:
    meetings: int = 0  # held: run with the timer or marked done
    timed: int = 0  # run with the timer
    minutes: float = 0.0  # active time of the timed meetings
    average_overrun_s: float = 0.0  # past the promised slot, per timed meeting
    over_slot: int = 0  # timed meetings that ran past their slot
    them_s: float = 0.0
    me_s: float = 0.0
    both_s: float = 0.0
    followups_counted: int = 0  # done, or overdue
    followups_on_time: int = 0  # done on or before their due date

    @property
    def their_share(self) -> float | None:
        """Share of the one-sided time that went to the other person (0..1)."""
        one_sided = self.them_s + self.me_s
        return self.them_s / one_sided if one_sided > 0 else None

    @property
    def on_time_share(self) -> float | None:
        if not self.followups_counted:
            return None
        return self.followups_on_time / self.followups_counted


def was_held(meeting: Meeting) -> bool:
    return meeting.run is not None or meeting.status is MeetingStatus.DONE


def compute(meetings: Iterable[Meeting], followups: Iterable[FollowUp], today: date) -> Insights:
    held = [m for m in meetings if was_held(m)]
    runs = [m.run for m in held if m.run]
    balance = {"them": 0.0, "me": 0.0, "both": 0.0}
    for run in runs:
        for owner in balance:
            balance[owner] += float(run.get("balance", {}).get(owner, 0.0))
    overruns = [float(run.get("slot_overrun_s", 0.0)) for run in runs]
    counted = on_time = 0
    for followup in followups:
        if followup.done:
            counted += 1
            if followup.done_on is not None and followup.done_on <= followup.due:
                on_time += 1
        elif followup.due < today:
            counted += 1
    return Insights(
        meetings=len(held),
        timed=len(runs),
        minutes=sum(float(run.get("elapsed_s", 0.0)) for run in runs) / 60.0,
        average_overrun_s=sum(overruns) / len(overruns) if overruns else 0.0,
        over_slot=sum(1 for s in overruns if s > 0),
        them_s=balance["them"],
        me_s=balance["me"],
        both_s=balance["both"],
        followups_counted=counted,
        followups_on_time=on_time,
    )


def _grouped(
    meetings: list[Meeting],
    followups: Iterable[FollowUp],
    today: date,
    meeting_key: Callable[[Meeting], str],
    followup_key: Callable[[FollowUp], str | None],
) -> dict[str, Insights]:
    groups: dict[str, tuple[list[Meeting], list[FollowUp]]] = {}
    for meeting in meetings:
        groups.setdefault(meeting_key(meeting), ([], []))[0].append(meeting)
    for followup in followups:
        group = followup_key(followup)
        if group is not None:
            groups.setdefault(group, ([], []))[1].append(followup)
    return {name: compute(ms, fs, today) for name, (ms, fs) in groups.items()}


def by_contact(
    meetings: Iterable[Meeting], followups: Iterable[FollowUp], today: date
) -> dict[str, Insights]:
    """Insights per contact id ("" for meetings with no contact)."""
    return _grouped(
        list(meetings), followups, today, lambda m: m.contact_id, lambda f: f.contact_id
    )


def by_format(
    meetings: Iterable[Meeting], followups: Iterable[FollowUp], today: date
) -> dict[str, Insights]:
    """Insights per format id; a follow-up counts for the format of its meeting."""
    meetings = list(meetings)
    format_of = {m.id: m.format_id for m in meetings}
    return _grouped(
        meetings, followups, today, lambda m: m.format_id, lambda f: format_of.get(f.meeting_id)
    )


@dataclass(frozen=True)
class RunBar:
    """One timed meeting, for the chart: time per side against the promised slot."""

    meeting_id: str
    started: datetime | None
    them_s: float
    me_s: float
    both_s: float
    slot_s: float

    @property
    def total_s(self) -> float:
        return self.them_s + self.me_s + self.both_s


def recent_runs(meetings: Iterable[Meeting], limit: int = 12) -> list[RunBar]:
    """The last `limit` timed meetings, oldest first."""
    bars = []
    for meeting in meetings:
        run = meeting.run
        if not run:
            continue
        balance = run.get("balance", {})
        bars.append(
            RunBar(
                meeting_id=meeting.id,
                started=meeting_date(meeting),
                them_s=float(balance.get("them", 0.0)),
                me_s=float(balance.get("me", 0.0)),
                both_s=float(balance.get("both", 0.0)),
                slot_s=float(run.get("slot_s", 0.0)),
            )
        )
    bars.sort(key=lambda bar: (bar.started is None, bar.started or datetime.min))
    return bars[-limit:]
