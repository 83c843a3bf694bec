"""Plural forms: every counted string has them, in English's own catalog and in each language."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = ("de", "es", "fr")
PLACEHOLDER = re.compile(r"%L?\d|%L?n|\{\w+\}")


def numerus_messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source")): message
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    }


def forms(message: ET.Element) -> list[str]:
    return [form.text or "" for form in message.find("translation").iter("numerusform")]


@pytest.fixture(scope="module")
def code_plurals(tmp_path_factory, i18n_tools) -> dict[str, dict]:
    """What lupdate finds in the code today, as a fresh catalog for each language."""
    folder = tmp_path_factory.mktemp("plurals")
    found = {}
    for language in ("en", *LANGUAGES):
        fresh = folder / f"twoway_{language}.ts"
        i18n_tools.update_ts_files([fresh], quiet=True)
        found[language] = numerus_messages(fresh)
    return found


def test_the_code_has_counted_strings(code_plurals):
    sources = {source for _, source in code_plurals["en"]}
    assert {"%n days overdue", "%n contacts", "%n min left", "%n follow-ups are due"} <= sources


def test_english_catalog_holds_every_counted_string_and_nothing_else(code_plurals):
    """When this fails, run `packaging/i18n_update.py en` and write the new forms."""
    committed = REPO / "i18n" / "twoway_en.ts"
    assert ET.parse(committed).getroot().get("language") == "en"
    english = numerus_messages(committed)
    assert english.keys() == code_plurals["en"].keys()
    root = ET.parse(committed).getroot()
    assert all(m.get("numerus") == "yes" for m in root.iter("message"))


def test_english_forms_are_written_and_keep_their_placeholders():
    for (context, source), message in numerus_messages(REPO / "i18n" / "twoway_en.ts").items():
        assert message.find("translation").get("type") is None, f"{source!r} is unfinished"
        singular, plural = forms(message)
        assert plural == source, f"{source!r}: the plural is the source itself"
        assert sorted(PLACEHOLDER.findall(singular)) == sorted(PLACEHOLDER.findall(source)), (
            f"{context}/{source!r}: {singular!r}"
        )


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_translated_plural_has_all_forms_with_their_placeholders(code_plurals, language):
    """Only finished entries are checked here; unfinished ones are the translators' list."""
    expected = {key: len(forms(m)) for key, m in code_plurals[language].items()}
    committed = numerus_messages(REPO / "i18n" / f"twoway_{language}.ts")
    for key, message in committed.items():
        if message.find("translation").get("type") or key not in expected:
            continue
        written = forms(message)
        assert len(written) == expected[key], f"{language} {key}: {len(written)} forms"
        wanted = sorted(PLACEHOLDER.findall(key[1]))
        for form in written:
            assert form.strip(), f"{language} {key}: an empty form"
            assert sorted(PLACEHOLDER.findall(form)) == wanted, f"{language} {key}: {form!r}"
