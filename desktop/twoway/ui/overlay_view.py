"""What the overlay shows, decided apart from how it is drawn.

`present()` turns the running session into a `View`: plain values a person can see
change (texts already in the user's language, rounded times, the band row). The window
in `overlay.py` only lays out and paints a View, so every rule about wording and timing
lives here and is tested without a window.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from twoway.core.formats import Owner
from twoway.core.session import Session, State
from twoway.ui.i18n import filled, translated_format_text

# --- time: one format on the whole card -------------------------------------------------


def _whole_seconds(seconds: float) -> int:
    # Time left counts down like a kitchen timer (4:59.2 left shows 5:00); time over
    # counts up (0.7 s over shows 0:00). Every figure on the card rounds the same way,
    # so two figures that mean the same time always read the same.
    return math.ceil(seconds - 1e-6) if seconds >= 0 else math.floor(-seconds)


def span_text(seconds: float) -> str:
    """A length of time as m:ss (h:mm:ss from an hour), without a sign."""
    whole = _whole_seconds(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def time_text(seconds: float) -> str:
    """Time left as m:ss; once over, the time over as +m:ss."""
    return ("+" if seconds < 0 else "") + span_text(seconds)


# --- the view ------------------------------------------------------------------------------


class Mode(StrEnum):
    IDLE = "idle"  # no meeting: only shown when the user asks for the overlay
    RUNNING = "running"  # a meeting is under way (paused included)
    ENDED = "ended"  # the small card that offers the debrief


class Tone(StrEnum):
    NORMAL = "normal"
    WARNING = "warning"
    OVERRUN = "overrun"
    PAUSED = "paused"


class NoteKind(StrEnum):
    PLAN = "plan"  # over time: how to still end on the promised time
    CLOSING = "closing"  # the prepared closing line, near the end
    NOTE = "note"  # a plain remark (paused, slept)


class BandStatus(StrEnum):
    DONE = "done"
    CURRENT = "current"
    NEXT = "next"


@dataclass(frozen=True)
class Band:
    fraction: float  # of the band row's width
    color: str
    owner: Owner
    status: BandStatus


@dataclass(frozen=True)
class View:
    """Everything the overlay shows, rounded to what a person can see change."""

    mode: Mode = Mode.IDLE
    state: State = State.NOT_STARTED
    owner: Owner = Owner.BOTH
    badge: str = ""  # whose turn: the other person's first name, YOU or BOTH
    title: str = ""
    step: str = ""
    time: str = ""
    slot: str = ""
    slot_over: bool = False
    tone: Tone = Tone.NORMAL
    note: str = ""  # the plan, closing line or remark: its own line, under the bands
    note_kind: NoteKind = NoteKind.NOTE
    cue: str = ""  # the user's own prepared words for this phase, shown whole
    bands: tuple[Band, ...] = ()
    marker: float = 0.0  # where "now" is along the band row, 0..1

    @property
    def idle(self) -> bool:
        return self.mode is Mode.IDLE


@dataclass(frozen=True)
class Options:
    show_closing_line: bool = True
    closing_line_lead_s: int = 120


def first_name(full_name: str) -> str:
    """The name people are called by: the first word that is not a title such as "Dr."."""
    words = [w for w in full_name.split() if not w.endswith(".")]
    return words[0] if words else ""


def badge_text(owner: Owner, contact_name: str) -> str:
    """Whose turn, in words that cannot be read backwards: the other person's first
    name where it is known; for the user a word each language picks for "me"."""
    if owner is Owner.THEM:
        name = first_name(contact_name)
        return (
            name.upper()
            if name
            else QCoreApplication.translate("OverlayWindow", "THEM", "turn badge: the other person")
        )
    if owner is Owner.ME:
        return QCoreApplication.translate(
            "OverlayWindow", "YOU", "turn badge: the user reading the card"
        )
    return QCoreApplication.translate("OverlayWindow", "BOTH", "turn badge: both people")


def band_letter(owner: Owner) -> str:
    return {
        Owner.THEM: QCoreApplication.translate(
            "OverlayWindow", "T", "band letter: the other person"
        ),
        Owner.ME: QCoreApplication.translate(
            "OverlayWindow", "Y", "band letter: the user reading the card"
        ),
        Owner.BOTH: QCoreApplication.translate("OverlayWindow", "B", "band letter: both people"),
    }[owner]


def idle_view() -> View:
    return View(
        mode=Mode.IDLE,
        title=QCoreApplication.translate("OverlayWindow", "No meeting running"),
        note=QCoreApplication.translate(
            "OverlayWindow", "Start one from the tray or the main window."
        ),
    )


def ended_view(contact_name: str) -> View:
    name = first_name(contact_name)
    title = (
        filled(QCoreApplication.translate("OverlayWindow", "Meeting with %1 ended"), name)
        if name
        else QCoreApplication.translate("OverlayWindow", "Meeting ended")
    )
    return View(
        mode=Mode.ENDED,
        title=title,
        note=QCoreApplication.translate("OverlayWindow", "Write the debrief while it is fresh."),
    )


def present(
    session: Session,
    *,
    contact_name: str,
    closing_line: str,
    asleep: bool,
    options: Options,
    marker_pixels: int,
) -> View:
    """The view of a running (or paused) session, every figure from one clock reading."""
    with session.at_one_instant():
        remaining = session.phase_remaining()
        slot_left = session.slot_remaining()
        overrun = remaining < 0
        if session.state is State.PAUSED:
            tone = Tone.PAUSED
        elif overrun:
            tone = Tone.OVERRUN
        elif session.is_warning:
            tone = Tone.WARNING
        else:
            tone = Tone.NORMAL
        note, kind = _note(session, overrun, slot_left, asleep, closing_line, options)
        return View(
            mode=Mode.RUNNING,
            state=session.state,
            owner=session.phase.owner,
            badge=badge_text(session.phase.owner, contact_name),
            title=translated_format_text(session.phase.title),
            step=filled(
                QCoreApplication.translate("OverlayWindow", "%1 of %2"),
                str(session.index + 1),
                str(len(session.runs)),
            ),
            time=time_text(remaining),
            slot=time_text(slot_left),
            slot_over=slot_left < 0,
            tone=tone,
            note=note,
            note_kind=kind,
            cue=translated_format_text(session.cue),
            bands=_bands(session),
            marker=_marker(session, marker_pixels),
        )


def _note(
    session: Session,
    overrun: bool,
    slot_left: float,
    asleep: bool,
    closing_line: str,
    options: Options,
) -> tuple[str, NoteKind]:
    if session.state is State.PAUSED:
        if asleep:
            return QCoreApplication.translate(
                "OverlayWindow", "Paused while the computer slept. Resume when you are back."
            ), NoteKind.NOTE
        return "", NoteKind.NOTE  # the card says PAUSED beside the time
    if slot_left < 0:
        return QCoreApplication.translate(
            "OverlayWindow", "Past the time you promised. Thank them and close."
        ), NoteKind.PLAN
    closing = closing_line or session.format.closing_line
    # Near the end of the slot, but never more than the last 15 % of a short one: then
    # closing well is the plan, even in a phase that runs over.
    lead = min(options.closing_line_lead_s, 0.15 * session.format.slot_seconds)
    if options.show_closing_line and closing and 0 <= slot_left <= lead:
        return translated_format_text(closing), NoteKind.CLOSING
    if overrun:
        return plan_text(session), NoteKind.PLAN
    return "", NoteKind.NOTE


def plan_text(session: Session) -> str:
    """How to still end on the promised time, in plain words, once a phase runs over."""
    plan = session.catch_up_plan(leaving_now=True)
    if not plan.budgets:
        return filled(
            QCoreApplication.translate(
                "OverlayWindow", "Over time — %1 left of the time you promised. Start to close."
            ),
            span_text(plan.slot_left_s),
        )
    if not plan.on_time:
        return filled(
            QCoreApplication.translate(
                "OverlayWindow", "Move on now: even shortened, you will end %1 late."
            ),
            span_text(-plan.buffer_s),
        )
    if plan.shortened:
        nxt = session.runs[session.index + 1].phase
        pattern = {
            Owner.THEM: QCoreApplication.translate(
                "OverlayWindow", "Move on now: %1 for their turn keeps your promised end."
            ),
            Owner.ME: QCoreApplication.translate(
                "OverlayWindow", "Move on now: %1 for your turn keeps your promised end."
            ),
            Owner.BOTH: QCoreApplication.translate(
                "OverlayWindow", "Move on now: %1 for the next part keeps your promised end."
            ),
        }[nxt.owner]
        return filled(pattern, span_text(plan.budgets[0]))
    return QCoreApplication.translate(
        "OverlayWindow", "Over time — move on now and you still end on time."
    )


def _bands(session: Session) -> tuple[Band, ...]:
    total = sum(run.allowed_s for run in session.runs) or 1.0
    bands = []
    for i, run in enumerate(session.runs):
        if i < session.index:
            status = BandStatus.DONE
        elif i == session.index:
            status = BandStatus.CURRENT
        else:
            status = BandStatus.NEXT
        bands.append(Band(run.allowed_s / total, run.phase.display_color, run.phase.owner, status))
    return tuple(bands)


def _marker(session: Session, pixels: int) -> float:
    total = sum(run.allowed_s for run in session.runs) or 1.0
    before = sum(run.allowed_s for run in session.runs[: session.index])
    within = min(session.phase_elapsed(), session.current.allowed_s)
    # Rounded to whole pixels of the band row, so it moves only when it visibly moves.
    pixels = max(1, pixels)
    return round((before + within) / total * pixels) / pixels


# --- the running meeting in words, for the tray's tooltip and Today ----------------------


def turn_text(owner: Owner) -> str:
    return {
        Owner.THEM: QCoreApplication.translate("OverlayWindow", "their turn"),
        Owner.ME: QCoreApplication.translate("OverlayWindow", "your turn"),
        Owner.BOTH: QCoreApplication.translate("OverlayWindow", "together"),
    }[owner]


def phase_line(session: Session) -> str:
    """ "Their offer and challenge (their turn): 4:59 left" — the phase, whose turn, and
    the time left or over; past the slot's end with time left in the phase, says so."""
    remaining = session.phase_remaining()
    if remaining < 0:
        timing = filled(
            QCoreApplication.translate("OverlayWindow", "%1 over"), span_text(-remaining)
        )
    elif session.state is State.RUNNING and session.is_slot_overrun:
        timing = QCoreApplication.translate("OverlayWindow", "past the promised time")
    else:
        timing = filled(
            QCoreApplication.translate("OverlayWindow", "%1 left"), time_text(remaining)
        )
    return filled(
        QCoreApplication.translate("OverlayWindow", "%1 (%2): %3", "phase (whose turn): time"),
        translated_format_text(session.phase.title),
        turn_text(session.phase.owner),
        timing,
    )
