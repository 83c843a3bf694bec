"""The fit check: which of the user's needs a contact may help with, and the reverse.

Matching is by shared words, after dropping small words and common endings, so
"market research" finds "a market researcher" and "hiring" finds "hires". It is a
hint for a person deciding whether to meet, not a score to trust blindly; the words
that matched are returned so the user can see why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from twoway.core.records import Agenda, AgendaItem, Contact
from twoway.core.workflow.search import fold

# Words too common to say anything about a match, written without accents (words are
# compared that way): English, then German, Spanish and French, the languages Twoway
# speaks, so "und" or "pour" in two texts is not taken for a shared interest.
_STOPWORD_TEXT = """
    a about above after again all also am an and any are as at be been being but by can
    could did do does doing for from further get gets getting had has have having he her
    here him his how i if in into is it its just like looking may me more most my need
    needs new no nor not now of off on once one only or other our out over own per
    please same she should so some someone something such than that the their them then
    there these they this those through to too under until up us very want wants was we
    well were what when where which while who whom why will with would you your help
    helping offer offers offering good great way ways find finding some any people person
    work working thing things lot lots really

    aber als auch auf aus bei bin bis bitte das dass dein deine deinem deinen deiner dem
    den der des die dich dir durch ein eine
    einem einen einer eines etwas fur gern gerne habe haben hat hatte ich ihm ihn ihr ihre
    ihrem ihren ihrer ist jemand jemanden jetzt kann konnen leute man mehr mein meine
    meinem meinen meiner meines mich mir mit
    nach nicht noch nur ob oder ohne sehr sein seine sich sie sind uber um und uns unser
    unsere unter viel vom von vor war was weil welche wenn wer wie wir wird zum zur
    zwischen brauche brauchen suche suchen biete bieten hilfe helfen menschen

    algo alguien ayuda ayudar busco buscar como con cosa cosas cuando del desde donde
    entre esa ese eso esta estar estas este esto estos gente hasta hay las los mas mis
    muy necesita necesito nuestra nuestro ofrecer ofrezco para pero personas por que
    quien ser sin sobre sus tambien tengo tiene tienen tus una unas uno unos

    aide aider aux avec avoir besoin ces cette chercher cherche chez choses comme dans
    des elle est etre gens les leur leurs mes nos offre offrir par personne personnes
    plus pour propose proposer quelqu qui quoi sans ses son sont sous sur tes tres une
    vos votre
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
# Rank words in a job title say little about what a person can help with ("design lead"
# is no lead for a job search); the rest of the title does.
_RANK_WORDS = frozenset(
    [
        "lead",
        "head",
        "senior",
        "junior",
        "chief",
        "principal",
        "manager",
        "director",
        "vp",
        "founder",
        "owner",
    ]
)
_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
_SUFFIXES = ("ations", "ation", "ings", "ing", "ers", "er", "es", "ed", "s", "e")
_MIN_WORD = 3
_MIN_PREFIX = 5


class Direction(StrEnum):
    THEY_HELP_ME = "they_help_me"  # one of my needs, matched by what they offer or who they are
    I_HELP_THEM = "i_help_them"  # one of my offers, matched by what they need


class Advice(StrEnum):
    MEET = "meet"  # matches both ways: a real two-way conversation
    SHORT = "short"  # matches one way: a short, structured format keeps it fair
    DECLINE_OK = "decline_ok"  # no match found: a polite no is fine


@dataclass(frozen=True)
class FitMatch:
    direction: Direction
    item: AgendaItem
    words: tuple[str, ...]  # the contact's words that matched, as they wrote them


@dataclass(frozen=True)
class FitReport:
    matches: tuple[FitMatch, ...] = field(default_factory=tuple)

    def of(self, direction: Direction) -> tuple[FitMatch, ...]:
        return tuple(m for m in self.matches if m.direction is direction)

    @property
    def advice(self) -> Advice:
        directions = {m.direction for m in self.matches}
        if len(directions) == 2:
            return Advice.MEET
        if directions:
            return Advice.SHORT
        return Advice.DECLINE_OK


def stem(word: str) -> str:
    """A rough English stem: enough to meet "hiring" and "hire", not a linguist's."""
    word = fold(word)
    if word.endswith("ies") and len(word) > _MIN_WORD + 2:
        return word[:-3] + "y"  # "companies" -> "company"
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_WORD:
            return word[: -len(suffix)]
    return word


def keywords(text: str, skip: frozenset[str] = frozenset()) -> dict[str, str]:
    """Stem -> the first word as written, for the meaningful words of `text`."""
    found: dict[str, str] = {}
    for word in _WORD_RE.findall(text):
        folded = fold(word)
        acronym = len(word) == 2 and word.isupper()  # HR, UX, AI
        too_short = len(folded) < _MIN_WORD and not acronym
        if too_short or folded in _STOPWORDS or folded in skip or folded.isdigit():
            continue
        found.setdefault(stem(word), word)
    return found


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= _MIN_PREFIX and long.startswith(short)


def _matching_words(wanted: dict[str, str], available: dict[str, str]) -> tuple[str, ...]:
    words = []
    for want in wanted:
        for have, written in available.items():
            if _same(want, have) and written not in words:
                words.append(written)
    return tuple(words)


def contact_offer_words(contact: Contact) -> dict[str, str]:
    """The words of everything about a contact that may serve one of the user's needs."""
    words = keywords("\n".join([contact.offers, contact.company, " ".join(contact.tags)]))
    for stem_, written in keywords(contact.role, skip=_RANK_WORDS).items():
        words.setdefault(stem_, written)
    return words


def fit_check(contact: Contact, agenda: Agenda) -> FitReport:
    """Match the user's open needs against the contact, and the user's offers against
    the contact's needs."""
    they_offer = contact_offer_words(contact)
    they_need = keywords(contact.needs)
    matches = []
    for item in agenda.needs:
        if item.done:
            continue
        words = _matching_words(keywords(item.text), they_offer)
        if words:
            matches.append(FitMatch(Direction.THEY_HELP_ME, item, words))
    for item in agenda.offers:
        if item.done:
            continue
        words = _matching_words(keywords(item.text), they_need)
        if words:
            matches.append(FitMatch(Direction.I_HELP_THEM, item, words))
    return FitReport(tuple(matches))
