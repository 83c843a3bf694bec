"""Settings: typed defaults, invalid values reported (never clobbered)."""

from __future__ import annotations

import tomllib

import pytest

from twoway.core.settings import Settings, SettingsFile
from twoway.core.store.problems import NEWER_VERSION, NOT_SAVED, UNREADABLE


def test_defaults_when_there_is_no_file(paths):
    settings = SettingsFile.load(paths.settings_file)

    assert settings.values == Settings()
    assert settings.problems == [] and not settings.read_only
    assert not paths.settings_file.exists()  # loading never writes
    assert settings.get("general.language") == ""
    assert settings.get("general.start_at_login") is False
    assert settings.get("general.show_tray") is True
    assert settings.get("overlay.size") == "medium"
    assert settings.get("overlay.opacity") == 0.92
    assert settings.get("overlay.click_through") is False
    assert settings.get("overlay.locked") is False
    assert settings.get("overlay.show_closing_line") is True
    assert settings.get("overlay.closing_line_lead_s") == 120
    assert settings.get("sound.chime") is True
    assert settings.get("sound.volume") == 0.6
    assert settings.get("sound.phase_tones") is False
    assert settings.get("meeting.default_format") == "minimastermind"
    assert settings.get("meeting.keep_slot") is True
    assert settings.get("meeting.reminder_minutes") == 5
    assert settings.get("backups.daily") is True
    assert settings.get("backups.keep") == 14


def test_a_valid_file_is_read_into_typed_values(paths):
    paths.settings_file.write_text(
        "schema = 1\n"
        '[general]\nlanguage = "de"\nstart_at_login = true\n'
        '[overlay]\nsize = "large"\nopacity = 1\n'
        "[sound]\nvolume = 0.25\n"
        '[meeting]\ndefault_format = "coffee-chat"\nreminder_minutes = 10\n'
        "[backups]\nkeep = 30\n"
    )

    settings = SettingsFile.load(paths.settings_file)

    assert settings.problems == []
    assert settings.values.general.language == "de"
    assert settings.values.general.start_at_login is True
    assert settings.values.overlay.size == "large"
    assert settings.values.overlay.opacity == 1.0 and isinstance(
        settings.values.overlay.opacity, float
    )
    assert settings.values.sound.volume == 0.25
    assert settings.values.meeting.default_format == "coffee-chat"
    assert settings.values.backups.keep == 30


BAD = (
    "schema = 1\n"
    "[overlay]\n"
    'size = "huge"\n'
    "opacity = 0.1\n"
    "locked = 1\n"
    "[sound]\n"
    "volume = 2.5\n"
    "chime = false\n"
    "[colours]\n"
    'theme = "dark"\n'
    "[meeting]\n"
    "reminder = 5\n"
)


def test_invalid_and_unknown_values_fall_back_and_are_reported(paths):
    paths.settings_file.write_text(BAD)

    settings = SettingsFile.load(paths.settings_file)

    assert settings.get("overlay.size") == "medium"
    assert settings.get("overlay.opacity") == 0.92
    assert settings.get("overlay.locked") is False
    assert settings.get("sound.volume") == 0.6
    assert settings.get("sound.chime") is False  # the valid value beside them is used
    reported = {(p.line, p.kind) for p in settings.problems}
    assert reported == {
        (3, UNREADABLE),
        (4, UNREADABLE),
        (5, UNREADABLE),
        (7, UNREADABLE),
        (9, UNREADABLE),
        (12, UNREADABLE),
    }
    messages = " ".join(p.message for p in settings.problems)
    assert '"overlay.size" must be one of "small", "medium", "large"' in messages
    assert "the default (0.92) is used" in messages
    assert '"meeting.reminder"' in messages
    assert paths.settings_file.read_text() == BAD


def test_changing_one_setting_changes_only_that_line(paths):
    paths.settings_file.write_text(BAD)
    settings = SettingsFile.load(paths.settings_file)

    assert settings.set("sound.volume", 0.3) is None

    data = tomllib.loads(paths.settings_file.read_text())
    assert data["sound"]["volume"] == 0.3
    assert data["overlay"]["size"] == "huge"  # untouched, still there to fix by hand
    assert data["colours"] == {"theme": "dark"}
    assert data["schema"] == 1
    assert SettingsFile.load(paths.settings_file).get("sound.volume") == 0.3


def test_a_refused_value_raises_and_changes_nothing(paths):
    settings = SettingsFile.load(paths.settings_file)

    with pytest.raises(ValueError, match=r"overlay\.opacity"):
        settings.set("overlay.opacity", 1.5)
    with pytest.raises(ValueError, match="no setting"):
        settings.set("overlay.colour", "red")
    with pytest.raises(ValueError):
        settings.set("sound.chime", "yes")

    assert settings.values == Settings()
    assert not paths.settings_file.exists()


def test_a_broken_settings_file_is_kept_before_the_first_change(paths):
    broken = b'schema = 1\n[overlay]\nsize = "lar'
    paths.settings_file.write_bytes(broken)

    settings = SettingsFile.load(paths.settings_file)
    [problem] = settings.problems
    assert problem.line == 3 and settings.values == Settings()
    assert paths.settings_file.read_bytes() == broken

    assert settings.set("overlay.size", "small") is None

    [kept] = list(paths.backups_dir.glob("settings.unreadable.*.toml"))
    assert kept.read_bytes() == broken
    assert SettingsFile.load(paths.settings_file).get("overlay.size") == "small"


def test_settings_from_a_newer_version_are_never_rewritten(paths):
    newer = b'schema = 2\n[overlay]\nsize = "small"\nshape = "round"\n'
    paths.settings_file.write_bytes(newer)

    settings = SettingsFile.load(paths.settings_file)

    assert settings.read_only and settings.get("overlay.size") == "small"
    assert any(p.kind == NEWER_VERSION for p in settings.problems)
    problem = settings.set("overlay.size", "large")
    assert problem is not None and problem.kind == NEWER_VERSION
    assert settings.get("overlay.size") == "large"  # applies for now
    assert paths.settings_file.read_bytes() == newer


def test_a_setting_that_cannot_be_saved_still_applies(paths, monkeypatch):
    import os

    settings = SettingsFile.load(paths.settings_file)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    problem = settings.set("sound.chime", False)

    assert problem is not None and problem.kind == NOT_SAVED
    assert settings.get("sound.chime") is False

    monkeypatch.undo()
    assert settings.set("overlay.size", "small") is None
    saved = SettingsFile.load(paths.settings_file)
    assert saved.get("sound.chime") is False  # the earlier change is saved with the next one
    assert saved.get("overlay.size") == "small"
