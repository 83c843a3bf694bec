"""Two devices sharing one data folder through real Syncthing: the app runs on device A,
a second Twoway (the settings core and the store, as the CLI uses them) on device B.

Settings changed on either side are kept on both, a settings conflict is listed, the
machine-local files stay out of the folder, and nothing of Syncthing's is deleted.
"""

from __future__ import annotations

import os
import stat
import time
import tomllib
from pathlib import Path

import pytest
from syncthing_pair import SyncthingPair

from twoway.core.settings import SettingsFile
from twoway.core.store import Store
from twoway.core.store.problems import CONFLICT
from twoway.paths import DataPaths

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


@pytest.fixture
def pair(tmp_path):
    devices = SyncthingPair(tmp_path / "sync")
    try:
        devices.start()
        yield devices
    finally:
        devices.stop()


def settings_in(folder: Path) -> dict:
    return tomllib.loads((folder / "settings.toml").read_text(encoding="utf-8"))


def eventually(check, seconds: float = 30):
    give_up_at = time.monotonic() + seconds
    while time.monotonic() < give_up_at:
        if check():
            return True
        time.sleep(0.3)
    return check()


def sockets_in(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if stat.S_ISSOCK(os.lstat(p).st_mode)]


def test_settings_travel_both_ways_and_nothing_is_lost(pair, twoway):
    a, b = pair.a.folder, pair.b.folder
    # Syncthing's own: its folder marker, and a download in progress (a temporary file).
    planted = a / "contacts" / ".syncthing.c-0123456789ab.toml.tmp"
    planted.parent.mkdir()
    planted.write_text("half a download", encoding="utf-8")

    twoway.launch(data_dir=a)  # the main window opens: its place is kept on quit
    assert twoway.status(data_dir=a)["click_through"] is False

    # Device B turns click-through on and lowers the volume; A's app takes it in.
    on_b = SettingsFile.load(b / "settings.toml")
    on_b.set("overlay.click_through", True)
    on_b.set("sound.volume", 0.25)
    pair.wait_in_sync()
    assert eventually(lambda: twoway.status(data_dir=a)["click_through"] is True), (
        "a setting changed on another device takes effect in the running app"
    )

    # A changes a setting: B's volume is kept in A's file and comes back to B intact.
    assert twoway.cli("click-through", "off", data_dir=a).returncode == 0
    assert eventually(lambda: settings_in(a)["overlay"]["click_through"] is False)
    pair.wait_in_sync()
    for folder in (a, b):
        saved = settings_in(folder)
        assert saved["overlay"]["click_through"] is False
        assert saved["sound"]["volume"] == 0.25, f"B's change is kept in {folder.name}"

    # B changes another setting without having read A's change: A's change survives.
    on_b.set("backups.keep", 30)
    pair.wait_in_sync()
    for folder in (a, b):
        saved = settings_in(folder)
        assert saved["backups"]["keep"] == 30 and saved["overlay"]["click_through"] is False
    assert on_b.get("overlay.click_through") is False, "B took in A's change as it saved"

    # Both change settings while apart: Syncthing keeps a conflict copy; it is listed.
    pair.pause()
    assert twoway.cli("click-through", "on", data_dir=a).returncode == 0
    assert eventually(lambda: settings_in(a)["overlay"]["click_through"] is True)
    time.sleep(1.1)  # a later modification time on B
    on_b.set("sound.volume", 0.75)
    pair.resume()
    pair.wait_in_sync()
    copies = sorted(a.glob("settings.sync-conflict-*.toml"))
    assert copies, "Syncthing kept both versions"
    for folder in (a, b):
        listed = [
            p.path.name
            for p in Store.open(DataPaths(folder), cache_file=None).problems
            if p.kind == CONFLICT
        ]
        assert [c.name for c in copies] == listed

    assert twoway.cli("quit", data_dir=a).returncode == 0
    assert eventually(lambda: not twoway.processes_for(a), 20)

    # What belongs to one machine never entered the shared folder.
    for folder in (a, b):
        assert not (folder / "ui-state.json").exists()
        assert not (folder / ".run").exists()
        assert sockets_in(folder) == []
        assert (folder / ".stfolder").is_dir(), "Syncthing's folder marker is left alone"
        assert (folder / ".stignore").is_file()
    assert DataPaths(a).ui_state_file.exists(), "window positions are kept on this machine"
    assert planted.read_text(encoding="utf-8") == "half a download"
