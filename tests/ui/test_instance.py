"""One app per data folder: the lock, the local socket, and what each command does.

The client runs in a worker thread so the app's event loop (this thread) can answer it.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QApplication

from twoway import remote
from twoway.core.clock import FakeClock
from twoway.paths import DataPaths
from twoway.ui import instance
from twoway.ui.context import AppContext
from twoway.ui.instance import claim_instance


def launch_args(command: str | None = None, **extra) -> argparse.Namespace:
    values = {"command": command, "minimized": False, "format": None, "contact": None}
    return argparse.Namespace(**{**values, **extra})


@pytest.fixture
def paths(data_dir) -> DataPaths:
    return DataPaths(data_dir)


@pytest.fixture
def claims():
    held: list[instance.InstanceClaim] = []
    yield held
    for claim in held:
        claim.release()


@pytest.fixture
def contexts(qtbot):
    made: list[AppContext] = []

    def make(paths: DataPaths) -> AppContext:
        ctx = AppContext.build(QApplication.instance(), paths, FakeClock())
        ctx.chime.enabled = False
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        for window in (ctx.main_window, ctx.overlay):
            if window is not None:
                window.close()
                window.deleteLater()


@pytest.fixture
def context(contexts, paths) -> AppContext:
    return contexts(paths)


@pytest.fixture
def serve(claims, contexts):
    """Make this process the running app for a data folder."""

    def start(paths: DataPaths, context: AppContext | None = None) -> instance.InstanceClaim:
        claim = claim_instance(paths, launch_args())
        claims.append(claim)
        assert not claim.forwarded
        claim.attach(context or contexts(paths))
        return claim

    return start


@pytest.fixture
def app_for(serve, context, paths):
    return serve(paths, context)


def in_background(qtbot, work):
    """Run `work` in a thread while the event loop here keeps answering."""
    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(work)
        qtbot.waitUntil(future.done, timeout=15_000)
        return future.result()


def ask(qtbot, paths: DataPaths, message: dict) -> dict:
    return in_background(qtbot, lambda: remote.request(paths, message))


def test_the_first_launch_answers_status(qtbot, app_for, paths):
    reply = ask(qtbot, paths, {"command": "status"})
    assert reply["ok"] is True
    assert reply["status"]["state"] == "idle"
    assert reply["status"]["overlay_visible"] is False


def test_commands_change_the_meeting_and_refusals_say_why(qtbot, app_for, paths, context):
    assert ask(qtbot, paths, {"command": "pause"}) == {
        "ok": False,
        "error": "No meeting is running.",
    }
    reply = ask(qtbot, paths, {"command": "start", "format": "minimastermind", "contact": "Ada"})
    assert reply["ok"] and reply["status"]["state"] == "running"
    assert context.meeting.info.contact_name == "Ada"
    assert context.overlay.isVisible()

    reply = ask(qtbot, paths, {"command": "start"})
    assert reply == {"ok": False, "error": "A meeting is already running. End it first."}
    reply = ask(qtbot, paths, {"command": "prev"})
    assert reply == {"ok": False, "error": "This is the first phase."}
    reply = ask(qtbot, paths, {"command": "click-through", "mode": "on"})
    assert reply["status"]["click_through"] is True
    assert context.overlay.click_through
    assert ask(qtbot, paths, {"command": "end"})["status"]["state"] == "ended"


def test_unknown_or_garbled_requests_get_a_reason_not_a_crash(qtbot, app_for, paths):
    reply = ask(qtbot, paths, {"command": "dance"})
    assert reply == {"ok": False, "error": "Twoway does not know the command “dance”."}

    def garbled() -> bytes:
        with socket.socket(socket.AF_UNIX) as sock:
            sock.settimeout(10)
            sock.connect(remote.server_names(paths)[0])
            sock.sendall(b"{not json\n")
            return sock.recv(4096)

    assert b"not readable" in in_background(qtbot, garbled)
    assert ask(qtbot, paths, {"command": "status"})["ok"], "still answering"


def test_quit_answers_first_then_quits(qtbot, app_for, paths, context, monkeypatch):
    quits: list[int] = []
    monkeypatch.setattr(context, "request_quit", lambda: quits.append(1))
    assert ask(qtbot, paths, {"command": "quit"})["ok"]
    qtbot.waitUntil(lambda: quits == [1])


def test_a_second_launch_hands_its_start_to_the_running_app(qtbot, app_for, paths, context, capsys):
    second = in_background(
        qtbot,
        lambda: claim_instance(paths, launch_args("start", format="twenty-minute", contact="Lin")),
    )
    assert second.forwarded and second.exit_code == 0
    assert context.meeting.status()["format"] == context.formats.get("twenty-minute").name
    assert context.meeting.info.contact_name == "Lin"


def test_a_plain_second_launch_brings_the_app_forward(qtbot, app_for, paths, context):
    second = in_background(qtbot, lambda: claim_instance(paths, launch_args()))
    assert second.forwarded and second.exit_code == 0
    assert (context.main_window or context.overlay).isVisible()


def test_a_second_launch_at_login_changes_nothing(qtbot, app_for, paths, context):
    second = in_background(qtbot, lambda: claim_instance(paths, launch_args(minimized=True)))
    assert second.forwarded and second.exit_code == 0
    assert context.main_window is None and not context.overlay.isVisible()


def test_a_forwarded_start_that_fails_exits_1_with_the_reason(qtbot, app_for, paths, capsys):
    second = in_background(
        qtbot, lambda: claim_instance(paths, launch_args("start", format="tango"))
    )
    assert second.forwarded and second.exit_code == 1
    assert "There is no format called “tango”" in capsys.readouterr().err


def test_two_data_folders_are_two_instances(qtbot, serve, contexts, tmp_path):
    first, second = DataPaths(tmp_path / "one"), DataPaths(tmp_path / "two")
    assert remote.server_names(first) != remote.server_names(second)
    serve(first)
    serve(second, contexts(second))
    ask(qtbot, first, {"command": "start"})
    assert ask(qtbot, first, {"command": "status"})["status"]["state"] == "running"
    assert ask(qtbot, second, {"command": "status"})["status"]["state"] == "idle"


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_lock_and_socket_left_by_a_crash_do_not_block_the_next_start(qtbot, serve, paths):
    remote.prepare_runtime_dir(paths)
    lock = instance.lock_path(paths)
    # What QLockFile writes: pid, program, host. This process died without cleaning up.
    lock.write_text(f"{dead_pid()}\n{sys.executable}\n{socket.gethostname()}\n")
    left_behind = socket.socket(socket.AF_UNIX)
    left_behind.bind(remote.server_names(paths)[0])
    left_behind.close()
    assert Path(remote.server_names(paths)[0]).exists()

    serve(paths)
    assert ask(qtbot, paths, {"command": "status"})["ok"], "listening on the same name again"


def test_a_lock_naming_a_live_stranger_is_taken_over(qtbot, serve, paths, monkeypatch):
    """After a reboot the old process id may belong to another program that never answers."""
    monkeypatch.setattr(instance, "STARTING_APP_WAIT_S", 0.3)
    stranger = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        remote.prepare_runtime_dir(paths)
        program = os.readlink(f"/proc/{stranger.pid}/exe")
        instance.lock_path(paths).write_text(f"{stranger.pid}\n{program}\n{socket.gethostname()}\n")
        probe = QLockFile(str(instance.lock_path(paths)))
        probe.setStaleLockTime(0)
        assert not probe.tryLock(0), "Qt alone would think the lock is held"

        serve(paths)
        assert ask(qtbot, paths, {"command": "status"})["ok"]
    finally:
        stranger.kill()
        stranger.wait()


def test_the_lock_and_socket_are_not_in_the_synced_data_folder(serve, paths):
    """A sync tool would carry them to other machines (and sockets do not sync)."""
    serve(paths)

    assert instance.lock_path(paths).exists()
    assert not instance.lock_path(paths).is_relative_to(paths.root)
    [name] = remote.server_names(paths)
    assert Path(name).exists() and not Path(name).is_relative_to(paths.root)
    assert not (paths.root / ".run").exists()


def test_a_second_launch_waits_for_an_app_that_is_still_starting(qtbot, claims, contexts, paths):
    starting = claim_instance(paths, launch_args())  # locked, not listening yet
    claims.append(starting)
    with ThreadPoolExecutor(1) as pool:
        second = pool.submit(claim_instance, paths, launch_args("start", contact="Bo"))
        qtbot.wait(300)
        assert not second.done()
        context = contexts(paths)
        starting.attach(context)
        qtbot.waitUntil(second.done, timeout=15_000)
    assert second.result().forwarded
    assert context.meeting.info.contact_name == "Bo"


def test_a_deep_data_folder_still_gets_a_socket(qtbot, serve, tmp_path):
    paths = DataPaths(tmp_path.joinpath(*["a-rather-long-folder-name"] * 6))
    [name] = remote.server_names(paths)  # named after the folder, not inside it
    assert len(os.fsencode(name)) <= 100
    serve(paths)
    assert ask(qtbot, paths, {"command": "status"})["ok"]
    assert Path(name).exists()


def test_a_runtime_folder_too_deep_for_a_socket_gets_a_shorter_name(
    qtbot, serve, paths, monkeypatch
):
    base = len(os.fsencode(paths.runtime_dir.parent))
    monkeypatch.setattr(remote, "_MAX_SOCKET_PATH_BYTES", base + 30)
    [name] = remote.server_names(paths)
    assert Path(name).parent == paths.runtime_dir.parent
    serve(paths)
    assert ask(qtbot, paths, {"command": "status"})["ok"]
    assert Path(name).exists()


def test_release_removes_the_lock_and_socket(serve, paths):
    claim = serve(paths)
    assert instance.lock_path(paths).exists()
    claim.release()
    assert not instance.lock_path(paths).exists()
    assert not Path(remote.server_names(paths)[0]).exists()
    with pytest.raises(remote.NotRunning):
        remote.request(paths, {"command": "status"})


def test_the_lock_and_socket_are_private(serve, paths):
    serve(paths)
    assert paths.runtime_dir.stat().st_mode & 0o077 == 0
    assert os.stat(remote.server_names(paths)[0]).st_mode & 0o077 == 0


def test_the_cli_client_prints_status_as_one_line_of_json(qtbot, app_for, paths):
    import io
    import json

    out, err = io.StringIO(), io.StringIO()
    code = in_background(qtbot, lambda: remote.send_command(paths, {"command": "status"}, out, err))
    assert code == 0 and err.getvalue() == ""
    assert out.getvalue().count("\n") == 1
    assert json.loads(out.getvalue())["state"] == "idle"


def test_the_cli_client_says_when_nothing_runs(paths):
    import io

    out, err = io.StringIO(), io.StringIO()
    assert remote.send_command(paths, {"command": "next"}, out, err) == 1
    assert out.getvalue() == ""
    assert err.getvalue().count("\n") == 1 and "not running" in err.getvalue()


def test_a_silent_server_is_reported_not_waited_for_forever(paths):
    remote.prepare_runtime_dir(paths)
    with socket.socket(socket.AF_UNIX) as mute:
        mute.bind(remote.server_names(paths)[0])
        mute.listen(1)
        with pytest.raises(remote.NoAnswer):
            remote.request(paths, {"command": "status"}, timeout_s=0.5)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_the_same_folder_through_a_link_reaches_the_running_app(qtbot, app_for, paths, context):
    link = paths.root.parent / "link-to-data"
    os.symlink(paths.root, link)

    second = in_background(
        qtbot, lambda: claim_instance(DataPaths(link), launch_args("start", contact="Lin"))
    )

    assert second.forwarded and second.exit_code == 0, "no second app for the same folder"
    assert context.meeting.info.contact_name == "Lin"


def test_debrief_is_refused_while_a_meeting_runs_and_opens_nothing(qtbot, app_for, paths, context):
    assert ask(qtbot, paths, {"command": "debrief"}) == {
        "ok": False,
        "error": "No meeting has been run yet.",
    }
    ask(qtbot, paths, {"command": "start", "contact": "Ada"})

    reply = ask(qtbot, paths, {"command": "debrief"})

    assert reply == {"ok": False, "error": "That cannot be done at this point of the meeting."}
    assert context.main_window is None or not context.main_window.isVisible()
    assert context.meeting.active

    ask(qtbot, paths, {"command": "end"})
    assert ask(qtbot, paths, {"command": "debrief"})["ok"] is True
    assert context.main_window.isVisible(), "once it ended, the debrief opens"
    assert context.main_window.current_view() == "meeting"
    context.overlay.close_end_card()
    context.main_window.hide()
    assert ask(qtbot, paths, {"command": "debrief"})["ok"] is True, "the last one, later too"
    assert context.main_window.isVisible()
