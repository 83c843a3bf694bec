"""Preparing for a meeting: the default checklist, a prep made from a template, and cues.

The default checklist follows the homework the methods ask for: who the person is and
what they may need, a short introduction that leads to why this call (not a résumé),
the questions to ask, and some ideas for how to help them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace

from twoway.core.formats import Format, Owner
from twoway.core.marks import QT_TRANSLATE_NOOP
from twoway.core.records import ChecklistItem, ChecklistTemplate, Prep

DEFAULT_TEMPLATE_ID = "t-default"
CUE_SEPARATOR = " · "


SECTION_HOMEWORK = QT_TRANSLATE_NOOP("Prep", "Homework on the person")
SECTION_INTRODUCTION = QT_TRANSLATE_NOOP("Prep", "Your introduction")
SECTION_QUESTIONS = QT_TRANSLATE_NOOP("Prep", "Questions")
SECTION_HELP = QT_TRANSLATE_NOOP("Prep", "Ideas to help them")
SECTION_OWN = QT_TRANSLATE_NOOP("Prep", "Your own")  # items the user adds to one prep


def default_template() -> ChecklistTemplate:
    homework = [
        QT_TRANSLATE_NOOP("Prep", "Background: their role, earlier roles, what they publish"),
        QT_TRANSLATE_NOOP("Prep", "Interests, at work and beyond"),
        QT_TRANSLATE_NOOP("Prep", "What they may need, or are working on now"),
        QT_TRANSLATE_NOOP("Prep", "Expertise they have that you lack, and the reverse"),
        QT_TRANSLATE_NOOP("Prep", "Audiences you share, or want to reach through each other"),
        QT_TRANSLATE_NOOP("Prep", "Things to trade: services, guest posts, tools, time"),
        QT_TRANSLATE_NOOP("Prep", "People you could introduce them to"),
    ]
    items = [ChecklistItem(text, SECTION_HOMEWORK) for text in homework]
    items += [
        ChecklistItem(
            QT_TRANSLATE_NOOP("Prep", "A short introduction that leads to why you want this call"),
            SECTION_INTRODUCTION,
        ),
        ChecklistItem(
            QT_TRANSLATE_NOOP("Prep", "The questions you want to ask"), SECTION_QUESTIONS
        ),
        ChecklistItem(
            QT_TRANSLATE_NOOP("Prep", "The one question that matters most"), SECTION_QUESTIONS
        ),
        ChecklistItem(
            QT_TRANSLATE_NOOP("Prep", "Two or three ideas that could help them"), SECTION_HELP
        ),
    ]
    return ChecklistTemplate(
        name=QT_TRANSLATE_NOOP("Prep", "Networking call"),
        items=items,
        id=DEFAULT_TEMPLATE_ID,
        builtin=True,
    )


def prep_from_template(template: ChecklistTemplate, closing_line: str = "") -> Prep:
    """A fresh prep: the template's items, none ticked."""
    items = [ChecklistItem(item.text, item.section) for item in template.items]
    return Prep(items=items, closing_line=closing_line)


def template_for_new_meetings(stored: Mapping[str, ChecklistTemplate]) -> ChecklistTemplate:
    """The user's saved default, else the built-in one."""
    return stored.get(DEFAULT_TEMPLATE_ID) or default_template()


def templates_in_order(
    stored: Mapping[str, ChecklistTemplate], name: Callable[[str], str] = str
) -> list[ChecklistTemplate]:
    """The one new meetings start with first (the built-in until the user saves their own),
    then the others by `name` (the name as shown, which may be translated)."""
    default = template_for_new_meetings(stored)
    others = [t for t in stored.values() if t.id != DEFAULT_TEMPLATE_ID]
    return [default, *sorted(others, key=lambda t: name(t.name).casefold())]


def save_as_template(
    stored: Mapping[str, ChecklistTemplate],
    items: list[ChecklistItem],
    *,
    into: str | None = None,
    name: str = "",
    for_new_meetings: bool = False,
) -> list[ChecklistTemplate]:
    """The templates to write when a checklist is saved as a template.

    It replaces the items of template `into`, or becomes a new template called `name`.
    The template new meetings start with always has DEFAULT_TEMPLATE_ID; making another
    one the default swaps the two, so the old default is kept under the other's id and
    no checklist is lost.
    """
    unticked = [ChecklistItem(item.text, item.section) for item in items]
    if into is None:
        saved = ChecklistTemplate(name=name.strip(), items=unticked)
    else:
        # The default may be the built-in, never saved; any other template must exist.
        known = template_for_new_meetings(stored) if into == DEFAULT_TEMPLATE_ID else stored[into]
        saved = replace(known, items=unticked, builtin=False)
    if saved.id == DEFAULT_TEMPLATE_ID or not for_new_meetings:
        return [saved]
    old_default = template_for_new_meetings(stored)
    return [
        replace(saved, id=DEFAULT_TEMPLATE_ID),
        replace(old_default, id=saved.id, builtin=False),
    ]


def lines(text: str) -> list[str]:
    """One entry a line, blank lines dropped: how questions and ideas are typed."""
    return [line.strip() for line in text.splitlines() if line.strip()]


LONG_CUE = 90  # characters; a longer entry is cut to its first sentence on the overlay
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def cue_text(text: str) -> str:
    """One line for the overlay: a long entry's first sentence (the rest stays in prep)."""
    text = " ".join(text.split())
    if len(text) <= LONG_CUE:
        return text
    return _SENTENCE_END.split(text, maxsplit=1)[0]


def suggested_cues(fmt: Format, prep: Prep) -> dict[int, str]:
    """Put the prep where it is needed in the call, in the phases whose owner it fits.

    The introduction goes to the user's first own phase; the questions to the first
    phase that is the other person's; the ideas to help them to their takeaway (their
    last phase after the first, else the last shared one). Nothing goes to a phase of
    the wrong owner: with no phase that fits, the entry stays in prep only. Phases with
    nothing prepared keep the format's own cue (they are left out here).
    """
    cues: dict[int, str] = {}
    phases = list(enumerate(fmt.phases))
    mine = [i for i, p in phases if p.owner is Owner.ME]
    theirs = [i for i, p in phases if p.owner is Owner.THEM]
    shared = [i for i, p in phases if p.owner is Owner.BOTH]
    if prep.introduction.strip() and mine:
        cues[mine[0]] = cue_text(prep.introduction)
    if prep.questions and theirs:
        cues[theirs[0]] = CUE_SEPARATOR.join(cue_text(q) for q in prep.questions)
    takeaway = theirs[-1] if len(theirs) > 1 else (shared[-1] if shared else None)
    if prep.help_ideas and takeaway is not None and takeaway not in cues:
        cues[takeaway] = CUE_SEPARATOR.join(cue_text(idea) for idea in prep.help_ideas)
    return cues
