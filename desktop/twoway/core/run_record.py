"""What happened in a meeting, as the timer engine (`session.Session.record`) hands it
over when the meeting ends: for the debrief, the meeting's file and the insights."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class PhaseRecord:
    title: str
    owner: str
    planned_s: float
    allowed_s: float
    actual_s: float


@dataclass(frozen=True)
class RunRecord:
    """What happened in a meeting, for the debrief and the insights."""

    format_id: str
    format_name: str
    started_at: datetime | None
    ended_at: datetime | None
    slot_s: float
    elapsed_s: float
    paused_s: float
    phases: tuple[PhaseRecord, ...]
    balance: dict[str, float]
    overrun_s: float
    slot_overrun_s: float
    swapped: bool
    suspensions: int

    @property
    def their_share(self) -> float | None:
        """Share of the one-sided time that went to the other person (0..1)."""
        total = self.balance["them"] + self.balance["me"]
        return self.balance["them"] / total if total > 0 else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "format_id": self.format_id,
            "format_name": self.format_name,
            "started_at": self.started_at.isoformat() if self.started_at else "",
            "ended_at": self.ended_at.isoformat() if self.ended_at else "",
            "slot_s": round(self.slot_s, 1),
            "elapsed_s": round(self.elapsed_s, 1),
            "paused_s": round(self.paused_s, 1),
            "overrun_s": round(self.overrun_s, 1),
            "slot_overrun_s": round(self.slot_overrun_s, 1),
            "swapped": self.swapped,
            "suspensions": self.suspensions,
            "balance": {k: round(v, 1) for k, v in self.balance.items()},
            "phases": [
                {
                    "title": p.title,
                    "owner": p.owner,
                    "planned_s": round(p.planned_s, 1),
                    "allowed_s": round(p.allowed_s, 1),
                    "actual_s": round(p.actual_s, 1),
                }
                for p in self.phases
            ],
        }
