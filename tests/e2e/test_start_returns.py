"""`twoway start` from a desktop shortcut: it launches Twoway in the background when it is
not running and returns, with exit code 0, once the meeting runs."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.e2e


def test_start_launches_in_the_background_and_returns_once_the_meeting_runs(twoway, tmp_path):
    env = dict(twoway.desktop.env)
    env.pop("TWOWAY_FOREGROUND", None)  # as a shortcut runs it
    command = [sys.executable, "-m", "twoway", "start", "--contact", "Maya Okafor",
               "--data-dir", str(twoway.data_dir)]  # fmt: skip
    began = time.monotonic()
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        took = time.monotonic() - began
        assert result.returncode == 0, result.stderr
        status = twoway.status()
        assert status["state"] == "running"
        assert status["contact"] == "Maya Okafor"
        assert took < 30
        # The app lives on in its own process after the command returned.
        assert len(twoway.processes_for()) == 1

        # Started again, it steers the running app rather than launching another.
        again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        assert again.returncode == 1
        assert "already running" in again.stderr
        assert len(twoway.processes_for()) == 1
    finally:
        for pid in twoway.processes_for():
            twoway.cli("quit")
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                deadline = time.monotonic() + 10
                while os.path.exists(f"/proc/{pid}") and time.monotonic() < deadline:
                    time.sleep(0.1)


def test_start_with_an_unknown_format_says_so_and_fails(twoway):
    env = dict(twoway.desktop.env)
    env.pop("TWOWAY_FOREGROUND", None)
    command = [sys.executable, "-m", "twoway", "--data-dir", str(twoway.data_dir), "start",
               "--format", "no such format"]  # fmt: skip
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        assert result.returncode == 1
        assert "There is no format called “no such format”" in result.stderr
    finally:
        pids = twoway.processes_for()
        twoway.cli("quit")
        deadline = time.monotonic() + 10
        while any(os.path.exists(f"/proc/{p}") for p in pids) and time.monotonic() < deadline:
            time.sleep(0.1)


def test_start_with_a_data_folder_that_is_a_file_says_why_and_fails(twoway, tmp_path):
    env = dict(twoway.desktop.env)
    env.pop("TWOWAY_FOREGROUND", None)
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    command = [sys.executable, "-m", "twoway", "start", "--data-dir", str(a_file)]

    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)

    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"twoway: The data folder {a_file} is not a folder.\n"
    assert twoway.processes_for(a_file) == []


def test_start_in_the_foreground_with_a_data_folder_that_is_a_file_fails_the_same(twoway, tmp_path):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")

    result = twoway.cli("start", data_dir=a_file)  # TWOWAY_FOREGROUND=1: the app itself

    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"twoway: The data folder {a_file} is not a folder.\n"
