"""Settings ▸ About you: the [profile] section of settings.toml."""

from __future__ import annotations

import tomllib

import pytest

from twoway.core.settings import SettingsFile


def test_about_you_is_kept_in_its_own_section(paths):
    settings = SettingsFile.load(paths.settings_file)
    assert settings.get("profile.name") == ""
    assert settings.set("profile.name", "Sam Lee") is None
    assert settings.set("profile.introduction", "I run pricing research at Fernhill.") is None
    data = tomllib.loads(paths.settings_file.read_text("utf-8"))
    assert data["profile"] == {
        "name": "Sam Lee",
        "introduction": "I run pricing research at Fernhill.",
    }
    again = SettingsFile.load(paths.settings_file)
    assert again.get("profile.name") == "Sam Lee"
    assert again.values.profile.sign_off == ""


def test_about_you_is_one_line_of_text(paths):
    settings = SettingsFile.load(paths.settings_file)
    with pytest.raises(ValueError, match="one line"):
        settings.set("profile.introduction", "two\nlines")
    with pytest.raises(ValueError, match="one line"):
        settings.set("profile.name", "x" * 121)
    with pytest.raises(ValueError):
        settings.set("profile.sign_off", 5)
