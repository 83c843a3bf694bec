"""The request composer: a short, polite message asking for a meeting, and its mailto: link.

The message follows five points: say the intent up front, say what the other person
gets, name the topics, say how long it takes, and give an easy way to say no. The user
fills in those points; the composer joins them into plain sentences the user can edit.

The few fixed sentences live in `Wording`, so the Qt layer can hand in translations.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from email.utils import getaddresses
from urllib.parse import quote

from twoway.core.marks import QT_TRANSLATE_NOOP
from twoway.core.records import Request


@dataclass(frozen=True)
class Wording:
    """The composer's own sentences, with {name}, {minutes} or {text} where they go.

    Marked for translation; the Qt layer translates each with the "Request" context.
    The three with {minutes} have plural forms, so the Qt layer writes them out again
    with their count (ui/main/meeting.py: wording) instead of marking them here.
    """

    greeting: str = QT_TRANSLATE_NOOP("Request", "Hello {name},")
    greeting_no_name: str = QT_TRANSLATE_NOOP("Request", "Hello,")
    intent_fragment: str = QT_TRANSLATE_NOOP(
        "Request", "I am writing to ask for a short call, to {text}."
    )
    intent_sentence: str = QT_TRANSLATE_NOOP(
        "Request", "I am writing to ask for a short call. {text}"
    )
    benefit: str = QT_TRANSLATE_NOOP("Request", "What is in it for you: {text}")
    topics_one: str = QT_TRANSLATE_NOOP("Request", "What I would like to talk about: {text}")
    topics_many: str = QT_TRANSLATE_NOOP("Request", "What I would like to talk about:")
    minutes: str = "It will take {minutes} minutes, and I will keep an eye on the clock."
    default_way_out: str = QT_TRANSLATE_NOOP(
        "Request",
        "If the timing is wrong or it is not for you, a short no is perfectly fine, "
        "and so is no reply at all.",
    )
    sign_off: str = QT_TRANSLATE_NOOP("Request", "Thank you,")
    proposed_time: str = QT_TRANSLATE_NOOP(
        "Request", "Would {text} suit you? If not, name a time that does."
    )
    subject: str = "A {minutes}-minute call?"
    subject_no_minutes: str = QT_TRANSLATE_NOOP("Request", "A short call?")
    bullet: str = "- "
    # Declining, or offering a shorter format instead.
    decline_thanks: str = QT_TRANSLATE_NOOP(
        "Request", "Thank you for thinking of me, and for asking so clearly."
    )
    decline_no: str = QT_TRANSLATE_NOOP(
        "Request",
        "I am keeping my calendar tight at the moment, so I will say no to a call for now.",
    )
    decline_shorter: str = (
        "I cannot make room for a long call, but I could do a focused {minutes} minutes: "
        "half the time on your questions, half on mine. Would that work for you?"
    )
    decline_wish: str = QT_TRANSLATE_NOOP("Request", "I wish you all the best with it.")
    decline_sign_off: str = QT_TRANSLATE_NOOP("Request", "Kind regards,")
    decline_subject: str = QT_TRANSLATE_NOOP("Request", "Re: your request for a call")


ENGLISH = Wording()


def first_name(full_name: str) -> str:
    parts = full_name.split()
    return parts[0] if parts else ""


def topic_lines(topics: str) -> list[str]:
    """Topics are written one a line; bullets typed by the user are dropped."""
    lines = []
    for raw in topics.splitlines():
        line = raw.strip().lstrip("-*•·").strip()
        if line:
            lines.append(line)
    return lines


def _as_sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    if text[-1] not in ".!?…":
        text += "."
    return text[0].upper() + text[1:]


def _as_clause(text: str) -> str:
    """Text that continues a sentence: no final full stop, no leading "to "."""
    text = text.strip().rstrip(".")
    if text.casefold().startswith("to "):
        text = text[3:].lstrip()
    return text


def _intent_line(intent: str, words: Wording) -> str:
    intent = intent.strip()
    if not intent:
        return ""
    # Starting lower-case, the user wrote the end of our sentence ("learn how you hire");
    # upper-case, a sentence of their own ("I am moving into research.").
    if intent[0].islower() or intent.casefold().startswith("to "):
        return words.intent_fragment.format(text=_as_clause(intent))
    return words.intent_sentence.format(text=_as_sentence(intent))


def compose_request(
    request: Request,
    contact_name: str = "",
    sender_name: str = "",
    words: Wording = ENGLISH,
    *,
    introduction: str = "",
    sign_off: str = "",
    proposed_time: str = "",
) -> str:
    """The message in our words, from the request's points. Empty points are left out.

    `introduction` and `sign_off` are the user's own (Settings ▸ About you);
    `proposed_time` is the planned time, already written out in the user's language.
    """
    name = first_name(contact_name)
    paragraphs: list[str] = [words.greeting.format(name=name) if name else words.greeting_no_name]
    if introduction.strip():
        paragraphs.append(_as_sentence(introduction))
    intent = _intent_line(request.intent, words)
    if intent:
        paragraphs.append(intent)
    if request.their_benefit.strip():
        paragraphs.append(words.benefit.format(text=_as_sentence(request.their_benefit)))
    topics = topic_lines(request.topics)
    if len(topics) == 1:
        paragraphs.append(words.topics_one.format(text=_as_sentence(topics[0])))
    elif topics:
        paragraphs.append("\n".join([words.topics_many, *(words.bullet + t for t in topics)]))
    if request.minutes > 0:
        paragraphs.append(words.minutes.format(minutes=request.minutes))
    if proposed_time.strip():
        paragraphs.append(words.proposed_time.format(text=proposed_time.strip()))
    way_out = request.way_out.strip() or words.default_way_out
    paragraphs.append(_as_sentence(way_out))
    closing = sign_off.strip() or words.sign_off
    paragraphs.append("\n".join(filter(None, [closing, sender_name.strip()])))
    return "\n\n".join(paragraphs)


def edited_by_hand(request: Request, composed: str) -> bool:
    """Whether the request's message was edited by hand, and so is kept as it is.

    A message is the composer's as long as it equals the text it was composed as
    (`request.composed`); then it follows the fields and the plan. A file from before
    that text was kept has none, and its message counts as the composer's only when it
    equals `composed`, what the composer makes now. An empty message is never kept.
    """
    if not request.message:
        return False
    return request.message != (request.composed or composed)


def kept_as_is(request: Request, composed: str) -> bool:
    """Whether the saved message is shown as it is rather than composed again: edited by
    hand, or sent (it is then the text as sent, whatever the plan says since)."""
    return (request.sent and bool(request.message)) or edited_by_hand(request, composed)


def request_subject(request: Request, words: Wording = ENGLISH) -> str:
    if request.minutes > 0:
        return words.subject.format(minutes=request.minutes)
    return words.subject_no_minutes


def shorter_minutes(slots: Iterable[float], minutes: float) -> int:
    """The call to offer instead of a meeting of `minutes`: the shortest of the slots
    (the formats' lengths) that is shorter in whole minutes; 0 when none is. A meeting
    of unknown length (0 minutes) is offered the shortest slot."""
    whole = round(minutes)
    offers = [m for m in map(round, slots) if m > 0 and (whole <= 0 or m < whole)]
    return min(offers, default=0)


def compose_decline(
    contact_name: str = "",
    *,
    shorter_minutes: int = 0,
    sender_name: str = "",
    words: Wording = ENGLISH,
) -> str:
    """A kind no; or, with `shorter_minutes`, a no to the long call and a yes to a short one."""
    name = first_name(contact_name)
    paragraphs = [
        words.greeting.format(name=name) if name else words.greeting_no_name,
        words.decline_thanks,
    ]
    if shorter_minutes > 0:
        paragraphs.append(words.decline_shorter.format(minutes=shorter_minutes))
    else:
        paragraphs.append(words.decline_no)
        paragraphs.append(words.decline_wish)
    paragraphs.append("\n".join(filter(None, [words.decline_sign_off, sender_name.strip()])))
    return "\n\n".join(paragraphs)


def _one_address(stored: str) -> str:
    """The one address a stored email means. Mail programs split the recipients of a
    link at commas (also encoded ones), so a display name with a comma ("Doe, Jane"
    <jane@…>) or a second address typed into the same field must not become another
    recipient: the first real address is used."""
    stored = stored.strip()
    if "," not in stored and "<" not in stored:
        return stored
    for _name, address in getaddresses([stored]):
        if "@" in address:
            return address
    return stored.split(",")[0].strip()


def mailto_url(recipients: Iterable[str], subject: str, body: str) -> str:
    """A mailto: link (RFC 6068) that mail clients open with the text intact.

    Every reserved character is percent-encoded as UTF-8, spaces as %20 (not "+"),
    and line breaks as CRLF, which the RFC asks for.
    """
    addresses = ",".join(
        quote(address, safe="@") for address in map(_one_address, recipients) if address
    )
    fields = []
    if subject:
        fields.append("subject=" + quote(subject, safe=""))
    if body:
        crlf = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
        fields.append("body=" + quote(crlf, safe=""))
    query = "&".join(fields)
    return f"mailto:{addresses}" + (f"?{query}" if query else "")
