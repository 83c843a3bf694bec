"""The demo: a throwaway data folder and a meeting short enough to watch in two minutes."""

from __future__ import annotations

import tempfile
from pathlib import Path

from twoway.core.formats import Format, Owner, Phase
from twoway.core.marks import QT_TRANSLATE_NOOP
from twoway.paths import DataPaths


def prepare_demo_folder() -> DataPaths:
    """A fresh folder each time, so the demo never touches the user's real data."""
    return DataPaths(Path(tempfile.mkdtemp(prefix="twoway-demo-")))


def demo_format() -> Format:
    """A Minimastermind at a tenth of its length, so every state shows up quickly."""
    return Format(
        id="demo",
        name=QT_TRANSLATE_NOOP("Formats", "Demo: a Minimastermind in fast motion"),
        slot_minutes=1.5,
        warning_lead_s=8,
        swappable=True,
        closing_line=QT_TRANSLATE_NOOP(
            "Formats", "Thank you, Maya. I will send the introduction by Friday."
        ),
        phases=(
            Phase(
                QT_TRANSLATE_NOOP("Formats", "Their offer and challenge"),
                Owner.THEM,
                0.5,
                cue=QT_TRANSLATE_NOOP("Formats", "Ask Maya how the Lisbon studio launch is going."),
            ),
            Phase(
                QT_TRANSLATE_NOOP("Formats", "Your offer and challenge"),
                Owner.ME,
                0.5,
                cue=QT_TRANSLATE_NOOP(
                    "Formats", "Mention the pricing workshop; ask who buys research in retail."
                ),
            ),
            Phase(
                QT_TRANSLATE_NOOP("Formats", "Their takeaway"),
                Owner.THEM,
                0.1,
                cue=QT_TRANSLATE_NOOP("Formats", "What was of value to Maya?"),
            ),
            Phase(
                QT_TRANSLATE_NOOP("Formats", "Your takeaway"),
                Owner.ME,
                0.1,
                cue=QT_TRANSLATE_NOOP("Formats", "Name one thing you take away, and thank her."),
            ),
        ),
    )


DEMO_CONTACT = "Maya Okafor"
# The demo moves on by itself this long after a phase runs over, so the overrun shows.
DEMO_OVERRUN_S = 6
