"""Every language is complete: no string left in English, and each translation keeps the
placeholders and the one keyboard accelerator its source has."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

I18N = Path(__file__).resolve().parents[2] / "i18n"
LANGUAGES = ("de", "es", "fr")
PLACEHOLDER = re.compile(r"%\d|%n|\{[a-z_]+\}")


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)\w", text.replace("&&", "")))


def messages(language: str):
    root = ET.parse(I18N / f"twoway_{language}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_entry_is_unfinished_or_empty(language):
    missing = []
    for context, message in messages(language):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(f.strip() for f in forms):
            missing.append(f"{context}: {message.findtext('source')!r}")
    assert missing == [], f"{len(missing)} untranslated in {language}: {missing[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_accelerators(language):
    wrong = []
    for context, message in messages(language):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        wanted = set(PLACEHOLDER.findall(source))
        for form in forms:
            if not form:
                continue  # reported by the test above
            kept = set(PLACEHOLDER.findall(form))
            # A plural form for one may say "one" instead of writing %n.
            if kept != wanted and not (message.get("numerus") == "yes" and kept == wanted - {"%n"}):
                wrong.append(f"{context}: {source!r} -> {form!r}")
            if accelerators(source) == 1 and accelerators(form) != 1:
                wrong.append(f"accelerator {context}: {source!r} -> {form!r}")
    assert wrong == [], f"{len(wrong)} in {language}: {wrong[:5]}"
