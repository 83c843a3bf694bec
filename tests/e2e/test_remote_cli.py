"""The real app on a virtual desktop with a tray host, steered by the real `twoway`
command from other processes."""

from __future__ import annotations

import json
import os
import signal
import time

import pytest

from twoway.paths import DataPaths
from twoway.remote import server_names
from twoway.ui.instance import lock_path

pytestmark = pytest.mark.e2e


def wait_until(check, timeout_s: float = 10.0) -> bool:
    give_up_at = time.monotonic() + timeout_s
    while time.monotonic() < give_up_at:
        if check():
            return True
        time.sleep(0.1)
    return check()


def test_the_tray_icon_docks_and_the_overlay_stays_on_top_out_of_the_taskbar(twoway):
    twoway.launch("start")
    assert wait_until(lambda: twoway.desktop.tray_icons() == 1)
    overlays = twoway.desktop.windows_named("Twoway meeting timer")
    assert len(overlays) == 1
    assert wait_until(
        lambda: (
            {"_NET_WM_STATE_ABOVE", "_NET_WM_STATE_SKIP_TASKBAR"}
            <= twoway.desktop.net_wm_state(overlays[0])
        )
    )


def test_every_command_steers_the_running_app(twoway):
    twoway.launch()
    assert twoway.status()["state"] == "idle"

    def run(*args: str) -> dict:
        result = twoway.cli(*args)
        assert result.returncode == 0, f"{args}: {result.stderr}"
        assert result.stdout == "", "only status prints"
        return twoway.status()

    status = run("start", "--format", "minimastermind", "--contact", "Maya Okafor")
    assert status["state"] == "running"
    assert status["format"] == "Minimastermind"
    assert status["contact"] == "Maya Okafor"
    assert status["owner"] == "them"
    assert status["phase_index"] == 0
    assert 280 < status["phase_remaining_s"] <= 300
    assert status["overlay_visible"] is True

    assert run("pause")["state"] == "paused"
    assert run("resume")["state"] == "running"
    assert run("toggle")["state"] == "paused"
    assert run("toggle")["state"] == "running"

    before = twoway.status()["phase_remaining_s"]
    assert run("extend")["phase_remaining_s"] > before + 50

    assert run("swap")["owner"] == "me", "the user now goes first"
    status = run("next")
    assert (status["phase_index"], status["owner"]) == (1, "them")
    status = run("prev")
    assert (status["phase_index"], status["owner"]) == (0, "me")

    assert run("hide")["overlay_visible"] is False
    assert twoway.desktop.windows_named("Twoway meeting timer") == []
    assert run("show")["overlay_visible"] is True
    assert len(twoway.desktop.windows_named("Twoway meeting timer")) == 1
    run("hide")
    assert run("show", "--window")["overlay_visible"] is True

    assert run("click-through", "on")["click_through"] is True
    assert run("click-through", "off")["click_through"] is False

    status = run("end")
    assert status["state"] == "ended"
    assert status["contact"] == "Maya Okafor", "the ended meeting is still there to debrief"

    app = twoway.apps[0]
    assert twoway.cli("quit").returncode == 0
    assert app.wait(timeout=10) == 0


def test_commands_the_meeting_cannot_take_fail_with_one_line(twoway):
    twoway.launch()
    for command in ("pause", "next", "end"):
        result = twoway.cli(command)
        assert result.returncode == 1
        assert result.stderr.strip() == "twoway: No meeting is running."
    twoway.cli("start", "--format", "minimastermind")
    result = twoway.cli("prev")
    assert result.returncode == 1
    assert result.stderr.strip() == "twoway: This is the first phase."
    result = twoway.cli("start", "--format", "no such format")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert twoway.status()["state"] == "running", "the running meeting was left alone"


def test_with_no_app_running_start_launches_it_and_the_rest_fail(twoway, data_dir):
    for args in (["status"], ["pause"], ["show"], ["quit"]):
        result = twoway.cli(*args)
        assert result.returncode == 1, args
        assert result.stdout == ""
        assert result.stderr.count("\n") == 1
        assert "not running" in result.stderr

    app = twoway.launch("start", "--format", "twenty-minute", "--contact", "Ada")
    status = twoway.status()
    assert status["state"] == "running"
    assert status["contact"] == "Ada"
    assert twoway.processes_for() == [app.pid]


def test_a_second_launch_forwards_and_exits(twoway):
    app = twoway.launch()
    again = twoway.cli()  # plain `twoway`: brings the running one forward
    assert again.returncode == 0, again.stderr
    twoway.cli("hide")
    again = twoway.cli("start", "--contact", "Grace")
    assert again.returncode == 0, again.stderr
    status = twoway.status()
    assert (status["state"], status["contact"]) == ("running", "Grace")
    assert status["overlay_visible"] is True, "the started meeting comes forward"
    assert twoway.processes_for() == [app.pid]
    assert app.poll() is None


def test_two_data_folders_are_two_independent_apps(twoway, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    first = twoway.launch()
    second = twoway.launch(data_dir=other)
    assert first.pid != second.pid
    twoway.cli("start")
    assert twoway.status()["state"] == "running"
    assert twoway.status(data_dir=other)["state"] == "idle"
    assert wait_until(lambda: twoway.desktop.tray_icons() == 2)


def test_a_killed_app_leaves_nothing_that_blocks_the_next_start(twoway, data_dir):
    app = twoway.launch()
    twoway.cli("start")
    os.kill(app.pid, signal.SIGKILL)
    app.wait(timeout=10)
    paths = DataPaths(data_dir)
    assert lock_path(paths).exists() and os.path.exists(server_names(paths)[0]), "left behind"

    restarted = twoway.launch()
    assert twoway.status()["state"] == "idle"
    assert twoway.processes_for() == [restarted.pid]


def test_sigterm_ends_the_meeting_saves_and_lets_the_next_start_in(twoway, data_dir):
    app = twoway.launch()
    twoway.cli("start", "--contact", "Maya")
    app.terminate()
    assert app.wait(timeout=10) == 0
    paths = DataPaths(data_dir)
    assert not lock_path(paths).exists()
    assert not os.path.exists(server_names(paths)[0])
    # The overlay's place was saved on the way out, and so was the meeting's run.
    saved = json.loads(paths.ui_state_file.read_text(encoding="utf-8"))
    assert saved["overlay_positions"]
    meetings = list((data_dir / "meetings").glob("*.toml"))
    assert len(meetings) == 1
    assert "[run]" in meetings[0].read_text(encoding="utf-8"), "kept for the debrief"
    twoway.launch()
    assert twoway.status()["state"] == "idle"


def test_a_data_folder_that_is_a_file_is_said_in_one_line(twoway, tmp_path):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")

    result = twoway.cli(data_dir=a_file)  # plain `twoway`: the app itself

    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"twoway: The data folder {a_file} is not a folder.\n"
    assert twoway.processes_for(a_file) == []
    assert a_file.read_text() == "not a folder"


def test_debrief_during_a_meeting_fails_with_one_line_and_opens_no_window(twoway):
    twoway.launch("--minimized")
    result = twoway.cli("debrief")
    assert (result.returncode, result.stderr) == (1, "twoway: No meeting has been run yet.\n")
    twoway.cli("start", "--contact", "Maya Okafor")

    result = twoway.cli("debrief")

    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == "twoway: That cannot be done at this point of the meeting.\n"
    time.sleep(0.5)  # a window opened by mistake would be mapped by now
    assert twoway.desktop.windows_named("^Twoway$") == [], "nothing but the overlay shows"
    assert twoway.status()["state"] == "running"

    assert twoway.cli("end").returncode == 0
    result = twoway.cli("debrief")
    assert (result.returncode, result.stderr) == (0, "")
    assert wait_until(lambda: twoway.desktop.windows_named("^Twoway$") != [])
