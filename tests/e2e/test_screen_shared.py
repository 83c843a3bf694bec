"""Screen sharing noticed on a real PipeWire daemon: a screen cast's video node appears
(media class Video/Source, no device behind it, as the screen-cast portal makes), the
overlay gets out of the shared picture, and comes back when the cast stops."""

from __future__ import annotations

import json
import shutil
import subprocess
import time

import calls_fixtures
import pytest
from calls_fixtures import wait_until

from twoway.ui.screencast import BAR_PX

pytestmark = pytest.mark.e2e


@pytest.fixture
def pipewire(twoway, tmp_path):
    missing = [tool for tool in ("pipewire", "pw-cli", "pw-dump") if not shutil.which(tool)]
    assert not missing, f"install pipewire and pipewire-bin (missing: {missing})"
    run = tmp_path / "pw-run"
    run.mkdir()
    env = twoway.desktop.env
    env["PIPEWIRE_RUNTIME_DIR"] = str(run)
    server = subprocess.Popen(
        ["pipewire"], env=dict(env, XDG_RUNTIME_DIR=str(run)),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    assert wait_until(lambda: (run / "pipewire-0").exists(), 10), "PipeWire did not start"
    yield env
    server.terminate()
    server.wait(timeout=10)


def start_cast(env, name="gnome-shell-screencast") -> int:
    subprocess.run(
        ["pw-cli", "create-node", "adapter",
         f"{{ factory.name=support.null-audio-sink media.class=Video/Source node.name={name}"
         " object.linger=true }"],
        env=env, check=True, capture_output=True, timeout=10,
    )  # fmt: skip
    nodes = json.loads(subprocess.run(["pw-dump"], env=env, capture_output=True, check=True).stdout)
    return next(
        n["id"] for n in nodes if n.get("info", {}).get("props", {}).get("node.name") == name
    )


def test_a_screen_cast_hides_the_overlay_until_it_stops(twoway, pipewire):
    twoway.launch()
    assert twoway.cli("start", "--contact", "Maya Okafor").returncode == 0
    assert wait_until(lambda: twoway.status()["screen_shared"] is False, 10, 0.2)
    assert twoway.status()["overlay_visible"] is True

    cast = start_cast(pipewire)
    assert wait_until(lambda: twoway.status()["screen_shared"] is True, 6, 0.2)
    assert wait_until(lambda: twoway.status()["overlay_visible"] is False, 3, 0.2)
    assert twoway.desktop.windows_named("Twoway meeting timer") == []
    assert twoway.status()["state"] == "running", "the meeting goes on"

    subprocess.run(["pw-cli", "destroy", str(cast)], env=pipewire, check=True, capture_output=True)
    assert wait_until(lambda: twoway.status()["screen_shared"] is False, 6, 0.2)
    assert wait_until(lambda: twoway.status()["overlay_visible"] is True, 3, 0.2)


def test_as_a_thin_bar_when_the_setting_says_so(twoway, pipewire):
    (twoway.data_dir / "settings.toml").write_text('schema = 1\n\n[calls]\nscreen_share = "bar"\n')
    twoway.launch()
    assert twoway.cli("start").returncode == 0
    start_cast(pipewire)
    assert wait_until(lambda: twoway.status()["overlay_visible"] is False, 8, 0.2)
    bars = wait_until(lambda: twoway.desktop.windows_named("screen shared"), 3)
    assert len(bars) == 1
    assert calls_fixtures.window_geometry(twoway.desktop, bars[0])[3] == BAR_PX


def test_a_camera_is_not_a_screen_cast(twoway, pipewire):
    twoway.launch()
    subprocess.run(
        ["pw-cli", "create-node", "adapter",
         "{ factory.name=support.null-audio-sink media.class=Video/Source node.name=webcam"
         " device.api=v4l2 object.linger=true }"],
        env=pipewire, check=True, capture_output=True, timeout=10,
    )  # fmt: skip
    assert wait_until(lambda: twoway.status()["screen_shared"] is False, 10, 0.2)
    time.sleep(3)
    assert twoway.status()["screen_shared"] is False
