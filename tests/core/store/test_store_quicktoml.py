"""The quick reader for Twoway's own TOML gives exactly what tomllib gives, and leaves
every other file (and every mistake) to tomllib, so problems are still explained."""

from __future__ import annotations

import random
import tomllib

import pytest
import store_samples as samples

from twoway.core.store import quicktoml
from twoway.core.store.codec import record_document
from twoway.core.store.layout import AGENDA, CONTACT, FOLLOWUP, MEETING, TEMPLATE
from twoway.core.store.tomltext import Unreadable, dump_text, parse_bytes

NASTY = [
    *samples.ODD_TEXTS,
    'quote " inside',
    "backslash \\ inside",
    'three quotes """ inside',
    'ends with a quote"',
    "ends with a backslash\\",
    "tab\tinside",
    "line\nbreaks\n\nand an empty line",
    "control \x01 and \x1f and \x7f",
    "# not a comment",
    "[not a table]",
    "key = value",
    "",
    " ",
    "ünïcödé 🙂 فرنسا",
]


def documents() -> list[dict]:
    rng = random.Random(13)
    person = samples.contact()
    docs = [
        record_document(CONTACT, person),
        record_document(MEETING, samples.meeting(person.id)),
        record_document(FOLLOWUP, samples.followup(person.id)),
        record_document(TEMPLATE, samples.template()),
        record_document(AGENDA, samples.agenda()),
    ]
    for _ in range(300):
        words = rng.sample(NASTY, 4)
        person = samples.contact(
            name=words[0] or "x",
            notes="\n".join(words),
            tags=[w for w in words if w],
            company=rng.choice(NASTY),
        )
        docs.append(record_document(CONTACT, person))
        meeting = samples.meeting(person.id)
        meeting.request.message = rng.choice(NASTY) + "\n" + rng.choice(NASTY)
        meeting.prep.questions = rng.sample(NASTY, 3)
        docs.append(record_document(MEETING, meeting))
    return docs


@pytest.mark.parametrize("multiline", [True, False])
def test_what_twoway_writes_reads_the_same_as_with_tomllib(multiline):
    import tomli_w

    read_quickly = 0
    for document in documents():
        text = tomli_w.dumps(document, multiline_strings=multiline)
        quick = quicktoml.read(text)
        if quick is not None:
            read_quickly += 1
            assert quick == tomllib.loads(text), text
    assert read_quickly >= 100  # all but the oddest texts take the quick way


def test_the_usual_files_take_the_quick_way():
    person = samples.contact(notes="Plain notes.\nOn two lines.")
    for kind, record in [
        (CONTACT, person),
        (MEETING, samples.meeting(person.id)),
        (AGENDA, samples.agenda()),
    ]:
        text = dump_text(record_document(kind, record))
        assert quicktoml.read(text) == tomllib.loads(text)
        assert quicktoml.read(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        'name = "Ada" # a comment\n',
        "# a comment\nname = 1\n",
        'name = "Ada"\nname = "Bea"\n',
        "[request]\nx = 1\n[request]\ny = 2\n",
        "x = 1\n[x]\n",
        "x = []\n[[x]]\n",
        "[a]\nb = 1\n[[a]]\n",
        'name = "unterminated\n',
        'notes = """\nnever closed\n',
        'notes = """\nends inside""" here\n',
        'text = "bad escape \\q"\n',
        'text = "surrogate \\uD800"\n',
        "when = 2026-02-30T10:00:00+00:00\n",
        "when = 2026-01-05T25:00:00+00:00\n",
        "day = 2026-13-01\n",
        "number = 007\n",
        "number = +7\n",
        "number = 1_000\n",
        "number = 1e5\n",
        "flag = True\n",
        'name="tight"\n',
        "  indented = 1\n",
        '"quoted key" = 1\n',
        "dotted.key = 1\n",
        'list = ["a", 1]\n',
        'list = [\n    "a"\n]\n',
        'list = [\n    "a",\n',
        "[ spaced ]\n",
        "[table] # comment\n",
        'name = "Ada"\r\nrole = "x"\r\n',
        "local = 2026-01-05T10:00:00\n",
        "time = 10:00:00\n",
        "inline = { a = 1 }\n",
        "x = 1\n\x00\n",
        "[[a]]\n[a.b]\nx = 1\n[[a]]\n[a.b]\nx = 2\n",
        "[a.b]\nx = 1\n[a]\ny = 2\n",
        'items = [\n    { text = "a" },\n]\n[items.more]\nx = 1\n',
        'items = [\n    { text = "a" },\n]\n[[items]]\nx = 1\n',
        'items = [\n    { text = "a", text = "b" },\n]\n',
        'items = [\n    { text = "a",  done = true },\n]\n',
        'items = [\n    { text = "a", nested = { x = 1 } },\n]\n',
        "[[a]]\nx = 1\n[a.b]\ny = 2\n[[a]]\nx = 3\n",
    ],
)
def test_anything_else_is_left_to_tomllib(text):
    quick = quicktoml.read(text)
    try:
        expected = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        assert quick is None  # tomllib reads it and says what is wrong, with the line
        return
    assert quick is None or quick == expected


def test_a_broken_file_is_still_explained_with_its_line():
    with pytest.raises(Unreadable) as caught:
        parse_bytes(b'schema = 2\nname = "Ada"\nname = "Bea"\n')
    assert caught.value.line == 3
    assert caught.value.message == "This is not valid TOML: the same key appears twice."
