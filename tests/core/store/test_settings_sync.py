"""Settings changed on another device (through a sync tool) are taken in, and a change
made here never writes the other device's change back over."""

from __future__ import annotations

import tomllib

from twoway.core.settings import SettingsFile


def write(paths, text: str) -> None:
    paths.settings_file.write_text(text, encoding="utf-8")


def on_disk(paths) -> dict:
    return tomllib.loads(paths.settings_file.read_text(encoding="utf-8"))


def test_a_change_here_keeps_a_change_another_device_made_meanwhile(paths):
    write(paths, 'schema = 1\n[sound]\nvolume = 0.5\n[overlay]\nsize = "medium"\n')
    here = SettingsFile.load(paths.settings_file)
    # Device B changes the size; the sync tool puts its file in place.
    write(paths, 'schema = 1\n[sound]\nvolume = 0.5\n[overlay]\nsize = "large"\n')

    assert here.set("sound.volume", 0.2) is None

    saved = on_disk(paths)
    assert saved["overlay"]["size"] == "large", "B's change is not undone"
    assert saved["sound"]["volume"] == 0.2
    assert here.get("overlay.size") == "large", "and it applies here too"
    assert here.changed_outside == ["overlay.size"]


def test_a_change_that_could_not_be_saved_is_merged_into_a_newer_file(paths, monkeypatch):
    import os

    write(paths, "schema = 1\n")
    here = SettingsFile.load(paths.settings_file)
    real_replace = os.replace

    def refuse(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    assert here.set("sound.chime", False) is not None
    monkeypatch.setattr(os, "replace", real_replace)
    write(paths, "schema = 1\n[backups]\nkeep = 30\n")  # meanwhile, from the other device

    assert here.set("overlay.size", "small") is None

    saved = on_disk(paths)
    assert saved["backups"]["keep"] == 30
    assert saved["sound"]["chime"] is False, "the earlier change is still carried"
    assert saved["overlay"]["size"] == "small"


def test_the_same_setting_changed_on_both_sides_the_later_change_wins(paths):
    write(paths, "schema = 1\n[sound]\nvolume = 0.5\n")
    here = SettingsFile.load(paths.settings_file)
    write(paths, "schema = 1\n[sound]\nvolume = 0.9\n")

    here.set("sound.volume", 0.1)  # made after B's: the user's last word

    assert on_disk(paths)["sound"]["volume"] == 0.1


def test_reload_takes_in_an_outside_change_and_says_which_settings_changed(paths):
    write(paths, 'schema = 1\n[general]\nlanguage = "de"\n')
    here = SettingsFile.load(paths.settings_file)
    assert here.reload() == [], "nothing changed"

    write(paths, 'schema = 1\n[general]\nlanguage = "fr"\n[sound]\nchime = false\n')

    assert sorted(here.reload()) == ["general.language", "sound.chime"]
    assert here.get("general.language") == "fr" and here.get("sound.chime") is False


def test_our_own_write_is_not_news_on_reload(paths):
    here = SettingsFile.load(paths.settings_file)
    here.set("overlay.locked", True)

    assert here.reload() == []


def test_an_unreadable_outside_change_keeps_the_values_in_use_and_is_kept(paths):
    write(paths, "schema = 1\n[sound]\nvolume = 0.3\n")
    here = SettingsFile.load(paths.settings_file)
    broken = b"schema = 1\n[sound]\nvolume = \n"
    paths.settings_file.write_bytes(broken)

    assert here.reload() == []
    assert here.get("sound.volume") == 0.3
    assert here.problems and paths.settings_file.read_bytes() == broken

    assert here.set("sound.chime", False) is None
    [kept] = paths.backups_dir.glob("settings.unreadable.*.toml")
    assert kept.read_bytes() == broken, "the broken file is kept before it is replaced"
    assert on_disk(paths)["sound"] == {"volume": 0.3, "chime": False}


def test_a_removed_settings_file_keeps_the_values_in_use(paths):
    write(paths, 'schema = 1\n[overlay]\nsize = "large"\n')
    here = SettingsFile.load(paths.settings_file)
    paths.settings_file.unlink()

    assert here.reload() == []
    assert here.get("overlay.size") == "large"


def test_a_newer_version_arriving_from_another_device_stops_writes(paths):
    write(paths, "schema = 1\n")
    here = SettingsFile.load(paths.settings_file)
    newer = b'schema = 2\n[overlay]\nsize = "small"\nshape = "round"\n'
    paths.settings_file.write_bytes(newer)

    problem = here.set("sound.volume", 0.4)

    assert problem is not None and here.read_only
    assert paths.settings_file.read_bytes() == newer
    assert here.get("overlay.size") == "small" and here.get("sound.volume") == 0.4


def test_deeply_nested_settings_are_unreadable_not_a_crash(paths):
    deep = "schema = 1\n[general]\nlanguage = " + "[" * 50_000 + "]" * 50_000 + "\n"
    write(paths, deep)

    here = SettingsFile.load(paths.settings_file)

    assert here.get("general.language") == "" and here.problems
    assert "nested inside one another" in here.problems[0].message
    assert here.set("sound.chime", False) is None
    [kept] = paths.backups_dir.glob("settings.unreadable.*.toml")
    assert kept.read_text(encoding="utf-8") == deep


def test_setting_what_the_file_already_says_does_not_write_it_again(paths):
    here = SettingsFile.load(paths.settings_file)
    here.set("overlay.size", "large")
    written = paths.settings_file.stat()

    assert here.set("overlay.size", "large") is None

    again = paths.settings_file.stat()
    assert (again.st_ino, again.st_mtime_ns) == (written.st_ino, written.st_mtime_ns)
