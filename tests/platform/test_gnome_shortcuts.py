"""GNOME custom shortcuts for Twoway's commands, written through the real gsettings into
a private settings file (GSETTINGS_BACKEND=keyfile under the tests' private home)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from twoway.platform import gnome_shortcuts as gnome


@pytest.fixture(autouse=True)
def private_gsettings(monkeypatch, tmp_path):
    assert shutil.which("gsettings"), "install libglib2.0-bin (gsettings)"
    monkeypatch.setenv("GSETTINGS_BACKEND", "keyfile")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def get(path: str, field: str) -> str:
    where = f"{gnome.SCHEMA}.custom-keybinding:{path}"
    return subprocess.run(["gsettings", "get", where, field], capture_output=True, text=True,
                          check=True).stdout.strip()  # fmt: skip


def test_gnome_accelerators():
    assert gnome.gnome_accelerator("Ctrl+Alt+Shift+N") == "<Control><Alt><Shift>n"
    assert gnome.gnome_accelerator("Meta+F9") == "<Super>F9"
    assert gnome.gnome_accelerator("Ctrl+PgDown") == "<Control>Page_Down"


def test_shortcuts_are_added_beside_the_users_own_and_removed_without_them():
    mine = f"{gnome.BASE}custom0/"
    subprocess.run(["gsettings", "set", gnome.SCHEMA, "custom-keybindings", f"['{mine}']"],
                   check=True)  # fmt: skip
    written = gnome.install(
        {"next": "Ctrl+Alt+Shift+N", "end": "Ctrl+Alt+Shift+E", "toggle": ""},
        ["twoway", "--data-dir", "/home/maya/My Twoway"],
        {"next": "next phase", "end": "end the meeting"},
    )
    assert written == [f"{gnome.BASE}twoway-next/", f"{gnome.BASE}twoway-end/"]
    assert gnome.installed() == written
    assert get(written[0], "name") == "'Twoway: next phase'"
    assert get(written[0], "command") == "\"twoway --data-dir '/home/maya/My Twoway' next\""
    assert get(written[0], "binding") == "'<Control><Alt><Shift>n'"

    gnome.install({"next": "Ctrl+Alt+F9"}, ["twoway"], {})  # again: updated, not doubled
    assert gnome.installed() == [f"{gnome.BASE}twoway-next/"]
    assert get(f"{gnome.BASE}twoway-next/", "binding") == "'<Control><Alt>F9'"

    assert gnome.remove() == 1
    assert gnome.installed() == []
    listed = subprocess.run(["gsettings", "get", gnome.SCHEMA, "custom-keybindings"],
                            capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert mine in listed, "the user's own shortcut stays"
