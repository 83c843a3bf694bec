"""Meeting formats: a named list of phases, each with an owner, a length, a color and a cue.

Built-in formats come from the methods Twoway supports; users add or override formats
as TOML files in the `formats/` folder of their data directory (one file per format,
the file name is the format's id): reading and writing those is `format_files.py`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from twoway.core.marks import QT_TRANSLATE_NOOP

FORMAT_SCHEMA_VERSION = 1
MAX_PHASES = 20
MAX_PHASE_MINUTES = 240
MAX_TEXT = 500


class Owner(StrEnum):
    """Whose turn a phase is: the other person's, the user's, or a shared phase."""

    THEM = "them"
    ME = "me"
    BOTH = "both"

    def opposite(self) -> Owner:
        return {Owner.THEM: Owner.ME, Owner.ME: Owner.THEM}.get(self, self)


# Okabe–Ito colors: distinguishable with the common color-vision deficiencies.
OWNER_COLORS = {Owner.THEM: "#56B4E9", Owner.ME: "#E69F00", Owner.BOTH: "#009E73"}
OVERRUN_COLOR = "#D55E00"


@dataclass(frozen=True)
class Phase:
    title: str
    owner: Owner
    minutes: float
    color: str = ""
    cue: str = ""

    @property
    def seconds(self) -> float:
        return self.minutes * 60.0

    @property
    def display_color(self) -> str:
        return self.color or OWNER_COLORS[self.owner]


@dataclass(frozen=True)
class Format:
    id: str
    name: str
    phases: tuple[Phase, ...]
    slot_minutes: float
    warning_lead_s: int = 60
    swappable: bool = False
    description: str = ""
    closing_line: str = ""
    builtin: bool = False
    source: Path | None = field(default=None, compare=False)
    # The SHA-256 of the file's bytes as read or written ("" when not from a file): saving
    # writes over that file only while it still holds exactly those bytes. Unlike `source`
    # it is compared, so a library read again differs once any file's bytes do.
    file_digest: str = ""

    @property
    def planned_minutes(self) -> float:
        return sum(p.minutes for p in self.phases)

    @property
    def slot_seconds(self) -> float:
        return self.slot_minutes * 60.0


@dataclass(frozen=True)
class FormatProblem:
    """Why a format file could not be used, in words a person can act on."""

    path: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path.name}, line {self.line}" if self.line else self.path.name
        return f"{where}: {self.message}"


@dataclass
class FormatLibrary:
    formats: dict[str, Format]
    problems: list[FormatProblem]

    def get(self, format_id: str) -> Format:
        return self.formats[format_id]

    def find(self, name_or_id: str) -> Format | None:
        """Look a format up by id or by name, ignoring case."""
        wanted = name_or_id.strip().casefold()
        for fmt in self.formats.values():
            if wanted in (fmt.id.casefold(), fmt.name.casefold()):
                return fmt
        return None


def builtin_formats() -> list[Format]:
    minimastermind = Format(
        id="minimastermind",
        name=QT_TRANSLATE_NOOP("Formats", "Minimastermind"),
        description=QT_TRANSLATE_NOOP(
            "Formats",
            "Twelve minutes planned in a fifteen-minute slot: five on them, five on you, "
            "then a minute each on what was of value.",
        ),
        slot_minutes=15,
        warning_lead_s=45,
        swappable=True,
        phases=(
            Phase(
                QT_TRANSLATE_NOOP("Formats", "Their offer and challenge"),
                Owner.THEM,
                5,
                cue=QT_TRANSLATE_NOOP(
                    "Formats", "Ask about their offer and the business challenge they face now."
                ),
            ),
            Phase(
                QT_TRANSLATE_NOOP("Formats", "Your offer and challenge"),
                Owner.ME,
                5,
                cue=QT_TRANSLATE_NOOP(
                    "Formats", "Say what you offer and the one challenge you want ideas on."
                ),
            ),
            Phase(
                QT_TRANSLATE_NOOP("Formats", "Their takeaway"),
                Owner.THEM,
                1,
                cue=QT_TRANSLATE_NOOP(
                    "Formats", "What was of value to them? Any fit to buy, sell or refer?"
                ),
            ),
            Phase(
                QT_TRANSLATE_NOOP("Formats", "Your takeaway"),
                Owner.ME,
                1,
                cue=QT_TRANSLATE_NOOP("Formats", "Name what was of value to you, and thank them."),
            ),
        ),
        closing_line=QT_TRANSLATE_NOOP(
            "Formats", "This was worth it — thank you. Shall we note one next step each?"
        ),
        builtin=True,
    )
    twenty_minute = Format(
        id="twenty-minute",
        name=QT_TRANSLATE_NOOP("Formats", "20-minute networking meeting"),
        description=QT_TRANSLATE_NOOP(
            "Formats",
            "An informational meeting you asked for: introduction, your prepared "
            "questions, and how you can help them.",
        ),
        slot_minutes=20,
        warning_lead_s=60,
        swappable=False,
        phases=(
            Phase(
                QT_TRANSLATE_NOOP("Formats", "Introduction"),
                Owner.ME,
                4,
                cue=QT_TRANSLATE_NOOP(
                    "Formats", "Thank them, then a short overview that leads to why you asked."
                ),
            ),
            Phase(
                QT_TRANSLATE_NOOP("Formats", "Discussion"),
                Owner.THEM,
                13,
                cue=QT_TRANSLATE_NOOP(
                    "Formats", "Work through your prepared questions and topics."
                ),
            ),
            Phase(
                QT_TRANSLATE_NOOP("Formats", "Ending"),
                Owner.BOTH,
                2,
                cue=QT_TRANSLATE_NOOP(
                    "Formats", "Offer how you can help them, agree on a follow-up, say thanks."
                ),
            ),
        ),
        closing_line=QT_TRANSLATE_NOOP(
            "Formats", "I promised you twenty minutes. How can I help you in return?"
        ),
        builtin=True,
    )
    coffee_chat = Format(
        id="coffee-chat",
        name=QT_TRANSLATE_NOOP("Formats", "30-minute coffee chat"),
        description=QT_TRANSLATE_NOOP(
            "Formats", "A relaxed conversation with equal time for each side."
        ),
        slot_minutes=30,
        warning_lead_s=60,
        swappable=True,
        phases=(
            Phase(
                QT_TRANSLATE_NOOP("Formats", "Warm-up"),
                Owner.BOTH,
                3,
                cue=QT_TRANSLATE_NOOP(
                    "Formats", "How you met, and what each of you hopes to get from the chat."
                ),
            ),
            Phase(
                QT_TRANSLATE_NOOP("Formats", "Their story"),
                Owner.THEM,
                11,
                cue=QT_TRANSLATE_NOOP(
                    "Formats", "What are they working on, and what would help them most?"
                ),
            ),
            Phase(
                QT_TRANSLATE_NOOP("Formats", "Your story"),
                Owner.ME,
                11,
                cue=QT_TRANSLATE_NOOP(
                    "Formats", "Where you are headed, and your most specific need."
                ),
            ),
            Phase(
                QT_TRANSLATE_NOOP("Formats", "Next steps"),
                Owner.BOTH,
                3,
                cue=QT_TRANSLATE_NOOP("Formats", "Agree on one next step each, with a date."),
            ),
        ),
        closing_line=QT_TRANSLATE_NOOP(
            "Formats", "Before we go: what is the one thing I can do for you this week?"
        ),
        builtin=True,
    )
    return [minimastermind, twenty_minute, coffee_chat]


def swapped_phases(phases: Iterable[Phase]) -> tuple[Phase, ...]:
    """Swap who goes first: each adjacent them/me pair trades places.

    Shared phases stay where they are, so a warm-up stays first and next steps last.
    """
    result = list(phases)
    i = 0
    while i < len(result) - 1:
        pair = {result[i].owner, result[i + 1].owner}
        if pair == {Owner.THEM, Owner.ME}:
            result[i], result[i + 1] = result[i + 1], result[i]
            i += 2
        else:
            i += 1
    return tuple(result)
