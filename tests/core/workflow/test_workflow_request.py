"""The request composer and its mailto: link."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

from twoway.core.records import Request
from twoway.core.workflow.request import (
    compose_decline,
    compose_request,
    edited_by_hand,
    mailto_url,
    request_subject,
    shorter_minutes,
    topic_lines,
)


def full_request() -> Request:
    return Request(
        intent="learn how your team hires market researchers",
        their_benefit="I can share what I learned running pricing studies for three retailers",
        topics="- how the team is organised\n\n* which skills matter in a first hire",
        minutes=15,
        way_out="",
    )


def test_message_puts_the_five_points_in_order():
    text = compose_request(full_request(), "Maya Okafor", "Sam")
    assert text.startswith("Hello Maya,\n\n")
    intent = text.index("to learn how your team hires market researchers.")
    benefit = text.index("What is in it for you: I can share")
    topics = text.index("- how the team is organised\n- which skills matter in a first hire")
    minutes = text.index("It will take 15 minutes")
    way_out = text.index("a short no is perfectly fine")
    assert intent < benefit < topics < minutes < way_out
    assert text.endswith("Thank you,\nSam")


def test_sentence_intent_is_kept_as_written():
    request = Request(intent="I am moving into research and would value your view", minutes=20)
    text = compose_request(request, "Ines")
    assert "ask for a short call. I am moving into research and would value your view." in text


def test_intent_starting_with_to_is_not_doubled():
    text = compose_request(Request(intent="to hear about your move to Lisbon."), "Ines")
    assert "a short call, to hear about your move to Lisbon." in text
    assert "to to" not in text


def test_empty_points_are_left_out_and_the_way_out_is_always_there():
    text = compose_request(Request(), "")
    assert text.splitlines()[0] == "Hello,"
    assert "What is in it for you" not in text
    assert "minutes" not in text
    assert "no reply at all" in text


def test_own_way_out_replaces_the_default():
    request = Request(way_out="if you are busy, just ignore this")
    text = compose_request(request, "Ines")
    assert "If you are busy, just ignore this." in text
    assert "no reply at all" not in text


def test_single_topic_is_one_sentence():
    text = compose_request(Request(topics="your first year as a founder"), "Ines")
    assert "What I would like to talk about: Your first year as a founder." in text


def test_topic_lines_drop_bullets_and_blank_lines():
    assert topic_lines("• one\n\n  - two  \n*three") == ["one", "two", "three"]


def test_subject_names_the_minutes():
    assert request_subject(Request(minutes=15)) == "A 15-minute call?"
    assert request_subject(Request()) == "A short call?"


def test_mailto_round_trips_text_with_reserved_characters():
    body = "Hello Zoë,\n\nQ&A: 50% of it = you? #1 + more\nBye"
    url = mailto_url(["zoe@example.org", "  "], "A 15-minute call?", body)
    assert url.startswith("mailto:zoe@example.org?subject=")
    assert " " not in url and "\n" not in url and "+" not in url
    query = urlsplit(url).query
    # parse_qs would turn "+" into a space; mail clients follow the RFC, so check raw.
    fields = dict(part.split("=", 1) for part in query.split("&"))
    assert unquote(fields["subject"]) == "A 15-minute call?"
    assert unquote(fields["body"]) == body.replace("\n", "\r\n")
    assert set(parse_qs(query)) == {"subject", "body"}


def test_mailto_joins_several_recipients():
    url = mailto_url(["a@example.org", "b@example.org"], "", "")
    assert url == "mailto:a@example.org,b@example.org"


def test_a_stored_email_holding_a_comma_stays_one_recipient():
    stored = ['"Doe, Jane" <jane@example.org>', "tom@example.org, tom.berg@example.com", "x@y.org"]
    url = mailto_url(stored, "Hi", "")
    to_part = unquote(urlsplit(url).path)  # what a mail program splits at commas
    assert to_part.split(",") == ["jane@example.org", "tom@example.org", "x@y.org"]


def test_decline_is_kind_and_can_offer_a_shorter_call():
    plain = compose_decline("Tom Berg")
    assert plain.startswith("Hello Tom,")
    assert "say no to a call for now" in plain
    shorter = compose_decline("Tom Berg", shorter_minutes=15)
    assert "a focused 15 minutes" in shorter
    assert "say no to a call for now" not in shorter


def test_the_request_introduces_signs_and_proposes_the_planned_time():
    from twoway.core.records import Request
    from twoway.core.workflow.request import compose_request

    request = Request(intent="learn how you hire researchers", minutes=20)
    text = compose_request(
        request,
        "Maya Okafor",
        "Sam Lee",
        introduction="I run pricing research at a grocery chain",
        sign_off="Best wishes,",
        proposed_time="Tuesday, 8 December 2026, 14:05",
    )
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == "Hello Maya,"
    assert paragraphs[1] == "I run pricing research at a grocery chain."
    assert "Would Tuesday, 8 December 2026, 14:05 suit you?" in text
    assert paragraphs[-1] == "Best wishes,\nSam Lee"
    plain = compose_request(request, "Maya Okafor")
    assert "suit you" not in plain and plain.endswith("Thank you,")


def test_a_message_is_edited_by_hand_only_when_it_differs_from_what_it_was_composed_as():
    old = compose_request(Request(intent="hear about Lisbon"), "Ines")
    now = old.replace("Lisbon", "Lisbon and Porto")  # the fields or the plan changed since
    assert not edited_by_hand(Request(), now)  # nothing written yet
    assert not edited_by_hand(Request(message=old, composed=old), now)
    assert edited_by_hand(Request(message=old + "\nP.S. Hi!", composed=old), now)
    assert not edited_by_hand(Request(message=now + "!", composed=now + "!"), now)


def test_a_message_from_before_composed_texts_were_kept_is_compared_with_today_s():
    now = compose_request(Request(intent="hear about Lisbon"), "Ines")
    assert not edited_by_hand(Request(message=now), now)
    assert edited_by_hand(Request(message=now + "\nP.S. Hi!"), now)


def test_a_shorter_call_is_strictly_shorter_than_the_meeting():
    slots = [15, 20, 30, 12.4]
    assert shorter_minutes(slots, 30) == 12
    assert shorter_minutes([15, 20, 30], 30) == 15
    assert shorter_minutes([15, 20, 30], 20) == 15
    assert shorter_minutes([15, 20, 30], 15) == 0  # nothing shorter: no offer
    assert shorter_minutes([15.2, 20], 15) == 0  # rounds to the same 15 minutes
    assert shorter_minutes([], 20) == 0
    assert shorter_minutes([20, 15], 0) == 15  # a meeting of unknown length: the shortest
