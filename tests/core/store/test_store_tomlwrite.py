"""The quick TOML writer: the same text as the general writer, read back exactly."""

from __future__ import annotations

import random
import tomllib
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
import store_samples as samples
import tomli_w

from twoway.core.records import MeetingStatus
from twoway.core.store import quicktoml, tomlwrite
from twoway.core.store.codec import record_document
from twoway.core.store.layout import AGENDA, CONTACT, FOLLOWUP, MEETING, TEMPLATE
from twoway.core.store.tomltext import dump_text


def has_carriage_return(value: object) -> bool:
    if isinstance(value, str):
        return "\r" in value
    if isinstance(value, dict):
        return any(has_carriage_return(item) for item in value.values())
    if isinstance(value, list):
        return any(has_carriage_return(item) for item in value)
    return False


def general(document: dict) -> str:
    """What the general writer makes of a document, with Twoway's rule for line breaks."""
    return tomli_w.dumps(document, multiline_strings=not has_carriage_return(document))


def assert_written_alike(document: dict) -> None:
    text = tomlwrite.dumps(document)
    assert text == general(document)
    assert tomllib.loads(text) == tomllib.loads(general(document))
    quick = quicktoml.read(text)
    assert quick is None or quick == tomllib.loads(text)


def every_record() -> list[dict]:
    person = samples.contact()
    return [
        record_document(CONTACT, person),
        record_document(MEETING, samples.meeting(person.id)),
        record_document(FOLLOWUP, samples.followup(person.id)),
        record_document(TEMPLATE, samples.template()),
        record_document(AGENDA, samples.agenda()),
    ]


@pytest.mark.parametrize(
    "document", every_record(), ids=["contact", "meeting", "followup", "template", "agenda"]
)
def test_every_record_type_is_written_as_the_general_writer_writes_it(document):
    assert_written_alike(document)


@pytest.mark.parametrize("text", samples.ODD_TEXTS)
def test_odd_text_in_every_place_comes_back_exactly(text):
    document = {
        "schema": 3,
        "name": text,
        "tags": [text, "plain"],
        "prep": {"notes": text, "items": [{"text": text, "done": False}]},
        "run": {text: text},  # a free table: its keys are anything
    }
    assert_written_alike(document)
    assert tomllib.loads(dump_text(document)) == document


def test_every_control_character_and_quote_is_escaped_as_toml_requires():
    every = "".join(chr(code) for code in range(0x80)) + '"""' + "\\u0000"
    for text in (every, every.replace("\r", ""), every.replace("\n", "")):
        document = {"notes": text, "lines": [text]}
        assert_written_alike(document)
        assert tomllib.loads(tomlwrite.dumps(document)) == document


def test_huge_text_and_long_lists_come_back_exactly():
    document = {
        "notes": samples.ONE_MB_NOTE + "\nsecond line",
        "emails": [f"person{i}@example.org" for i in range(2000)],
    }
    assert_written_alike(document)


def test_values_of_every_kind_are_written_alike():
    document = {
        "flag": True,
        "off": False,
        "count": -42,
        "share": 0.25,
        "day": date(2026, 1, 5),
        "at": datetime(2026, 1, 5, 9, 30, tzinfo=UTC),
        "local": datetime(2026, 1, 5, 9, 30, tzinfo=timezone(timedelta(hours=-5))),
        "status": MeetingStatus.DONE,
        "empty": [],
        "nothing": {},
        "quoted key": "x",
        "ünï": "y",
        "": "empty key",
        "small": [{"a": 1}, {"b": "two"}],  # short tables stay inline
        "long": [{"text": "x" * 120}, {"text": "y"}],  # one too long: [[long]] sections
        "fits": [{"text": "x" * 82}],  # inline, its line exactly as wide as allowed
        "just_over": [{"text": "x" * 83}],
        "deep": {"inner": {"most": [1, 2]}, "also": "here"},
        "only_tables": {"a": {"b": {"c": 1}}},
        "nested_lists": [["a", "b"], [], ["c"]],
    }
    assert_written_alike(document)


def test_random_documents_are_written_alike():
    rng = random.Random(7)
    alphabet = 'aZ09 _-."\\\n\r\t\x00\x1f\x7féñ中🙂\u2028'

    def text() -> str:
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))

    def value(depth: int) -> object:
        pick = rng.randint(0, 6 if depth < 3 else 3)
        if pick == 0:
            return text()
        if pick == 1:
            return rng.randint(-5, 5)
        if pick == 2:
            return rng.random() < 0.5
        if pick == 3:
            return [text() for _ in range(rng.randint(0, 3))]
        if pick == 4:
            return table(depth + 1)
        if pick == 5:
            return [table(depth + 1) for _ in range(rng.randint(1, 3))]
        return date(2026, 1, rng.randint(1, 28))

    def table(depth: int) -> dict:
        return {text(): value(depth) for _ in range(rng.randint(0, 4))}

    for _ in range(500):
        assert_written_alike(table(0))


def test_a_value_it_does_not_know_is_left_to_the_general_writer():
    from datetime import time

    assert tomlwrite.dumps({"at": time(9, 30)}) is None
    assert dump_text({"at": time(9, 30)}) == "at = 09:30:00\n"
