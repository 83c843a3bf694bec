"""Settings ▸ Keep in touch: a cadence per tag, in the [keep_in_touch.tags] table."""

from __future__ import annotations

import tomllib

import pytest

from twoway.core.settings import SettingsFile
from twoway.core.store.problems import UNREADABLE


def test_tag_cadences_round_trip_case_folded(paths):
    settings = SettingsFile.load(paths.settings_file)
    assert settings.values.keep_in_touch.tags == {}
    assert settings.set_tag_cadence("Investors", 30) is None
    assert settings.set_tag_cadence("former colleagues", 91) is None
    data = tomllib.loads(paths.settings_file.read_text("utf-8"))
    assert data["keep_in_touch"]["tags"] == {"investors": 30, "former colleagues": 91}
    again = SettingsFile.load(paths.settings_file)
    assert again.problems == []
    assert again.values.keep_in_touch.tags == {"investors": 30, "former colleagues": 91}


def test_no_reminder_takes_the_tag_out(paths):
    settings = SettingsFile.load(paths.settings_file)
    settings.set_tag_cadence("investors", 30)
    settings.set_tag_cadence("INVESTORS", 0)
    assert settings.values.keep_in_touch.tags == {}
    assert SettingsFile.load(paths.settings_file).values.keep_in_touch.tags == {}


def test_a_tag_changed_on_another_device_meanwhile_is_kept(paths):
    here = SettingsFile.load(paths.settings_file)
    here.set_tag_cadence("investors", 30)
    there = SettingsFile.load(paths.settings_file)
    there.set_tag_cadence("mentors", 61)
    assert here.set_tag_cadence("investors", 14) is None
    assert here.values.keep_in_touch.tags == {"investors": 14, "mentors": 61}
    assert "keep_in_touch.tags" not in here.changed_outside  # changed here too: not news
    saved = SettingsFile.load(paths.settings_file).values.keep_in_touch.tags
    assert saved == {"investors": 14, "mentors": 61}


def test_only_the_offered_cadences_are_taken(paths):
    settings = SettingsFile.load(paths.settings_file)
    with pytest.raises(ValueError, match="one of 0, 14, 30, 61, 91, 182"):
        settings.set_tag_cadence("investors", 45)
    with pytest.raises(ValueError, match="tag"):
        settings.set_tag_cadence("  ", 30)
    with pytest.raises(ValueError, match=r"keep_in_touch\.tags"):
        settings.set("keep_in_touch.tags", {"investors": "monthly"})
    assert settings.values.keep_in_touch.tags == {}
    assert not paths.settings_file.exists()


def test_a_bad_tag_cadence_in_the_file_is_named_and_the_others_still_count(paths):
    text = (
        "schema = 1\n"
        "[keep_in_touch.tags]\n"
        "investors = 30\n"
        "mentors = 45\n"
        'friends = "often"\n'
        "Founders = 14\n"
    )
    paths.settings_file.write_text(text)
    settings = SettingsFile.load(paths.settings_file)
    assert settings.values.keep_in_touch.tags == {"investors": 30, "founders": 14}
    assert [(p.line, p.kind) for p in settings.problems] == [(4, UNREADABLE), (5, UNREADABLE)]
    first = settings.problems[0].message
    assert first == (
        '"keep_in_touch.tags" for the tag "mentors" must be a number of days: '
        "one of 0, 14, 30, 61, 91, 182, so the tag is ignored."
    )
    assert paths.settings_file.read_text() == text  # kept for the user to fix

    assert settings.set_tag_cadence("mentors", 61) is None  # chosen again in Settings
    assert settings.problems == []  # what was said about the table is answered
    assert SettingsFile.load(paths.settings_file).values.keep_in_touch.tags == {
        "investors": 30,
        "founders": 14,
        "mentors": 61,
    }


def test_tag_cadences_that_are_not_a_table_fall_back_to_none(paths):
    paths.settings_file.write_text('schema = 1\n[keep_in_touch]\ntags = "investors"\n')
    settings = SettingsFile.load(paths.settings_file)
    assert settings.values.keep_in_touch.tags == {}
    [problem] = settings.problems
    assert problem.line == 3
    assert "must be a table of tags and days, such as investors = 30" in problem.message
