"""Sentences the core says to people stay translatable: Message and how it is used."""

import ast
import copy
import pickle
import re
from pathlib import Path

import pytest

from twoway.core.marks import QT_TRANSLATE_NOOP, Message, message

CORE = Path(__file__).parents[2] / "desktop" / "twoway" / "core"


def test_a_message_reads_as_its_english_sentence():
    said = message(QT_TRANSLATE_NOOP("Messages", "“%1” is a folder, not a file."), "cards")
    assert said == "“cards” is a folder, not a file."
    assert isinstance(said, str)
    assert said.source == "“%1” is a folder, not a file."
    assert said.args == ("cards",)


def test_placeholders_are_filled_once_so_an_argument_may_contain_a_percent_sign():
    said = message("%1 then %2", "50%2 off", 7)
    assert said == "50%2 off then 7"


def test_numbers_read_without_needless_zeros():
    assert message("at most %1 and %2", 600.0, 12.5) == "at most 600 and 12.5"


def test_a_message_can_carry_another_message():
    field = message("phase %1: %2", 2, "title")
    said = message("%1 is missing", field)
    assert said == "phase 2: title is missing"
    assert said.args[0].source == "phase %1: %2"


def test_a_copied_message_keeps_its_source_and_arguments():
    said = message("The file is larger than %1 MB.", 16)
    for again in (copy.deepcopy(said), pickle.loads(pickle.dumps(said))):
        assert isinstance(again, Message)
        assert (again, again.source, again.args) == (said, said.source, said.args)


def _message_calls():
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "message":
                yield path.relative_to(CORE), node


def _marked(node: ast.expr) -> str | None:
    """The source text when node is QT_TRANSLATE_NOOP("Messages", "literal")."""
    if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"):
        return None
    context, text = node.args
    assert isinstance(context, ast.Constant) and context.value == "Messages"
    assert isinstance(text, ast.Constant) and isinstance(text.value, str)
    return text.value


def test_every_core_message_is_marked_for_translation_with_its_arguments():
    calls = list(_message_calls())
    assert len(calls) > 80  # the core's sentences really go through here
    for where, call in calls:
        source = _marked(call.args[0])
        if source is None:
            # Only a sentence picked from a table of marked ones may come in a variable.
            assert isinstance(call.args[0], ast.Name), f"{where}:{call.lineno}"
            continue
        if any(isinstance(arg, ast.Starred) for arg in call.args):
            continue  # a list of values: counted when it runs
        wanted = max((int(n) for n in re.findall(r"%([1-9])", source)), default=0)
        assert len(call.args) - 1 == wanted, f"{where}:{call.lineno}: {source}"


@pytest.mark.parametrize("name", ["formats.py", "settings.py", "store/store.py"])
def test_no_sentence_in_the_core_is_built_with_an_f_string_for_people(name):
    # f-strings that reach people lose their translation; messages use %1 instead.
    text = (CORE / name).read_text(encoding="utf-8")
    assert not re.search(r"(Problem|Invalid|_problem|report)\(\s*f[\"']", text)
