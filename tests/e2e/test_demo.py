"""The newcomer's first minute: `twoway --demo` shows a running meeting in the overlay."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from twoway.paths import DataPaths

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def _status(desktop, data_dir: str) -> dict | None:
    result = desktop.run(sys.executable, "-m", "twoway", "--data-dir", data_dir, "status")
    return json.loads(result.stdout) if result.returncode == 0 else None


def test_demo_runs_a_meeting_on_top_that_moves_on_by_itself(desktop, tmp_path):
    log = tmp_path / "demo.log"
    with log.open("w") as output:
        app = subprocess.Popen(
            [sys.executable, "-m", "twoway", "--demo"],
            env=desktop.env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        folder = None
        for _ in range(100):
            found = re.search(r"throwaway folder, (\S+)", log.read_text())
            if found:
                folder = found.group(1)
                break
            assert app.poll() is None, log.read_text()
            time.sleep(0.2)
        assert folder and Path(folder).is_dir()
        for _ in range(100):
            windows = desktop.windows_named("Twoway meeting timer")
            if windows:
                break
            time.sleep(0.2)
        assert windows, "the overlay did not appear"
        wanted = {"_NET_WM_STATE_ABOVE", "_NET_WM_STATE_SKIP_TASKBAR"}
        for _ in range(50):  # the window manager takes the hints a moment after mapping
            state = desktop.net_wm_state(windows[0])
            if wanted <= state:
                break
            time.sleep(0.1)
        assert "_NET_WM_STATE_ABOVE" in state
        assert "_NET_WM_STATE_SKIP_TASKBAR" in state

        status = _status(desktop, folder)
        assert status["state"] == "running"
        assert status["contact"] == "Maya Okafor"
        assert status["phase_index"] == 0

        # The first phase runs over at 30 s; the demo moves on by itself 6 s later.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            status = _status(desktop, folder)
            if status and status["phase_index"] == 1:
                break
            time.sleep(1)
        assert status["phase_index"] == 1 and status["owner"] == "me"
        desktop.screenshot(tmp_path / "demo.png")
    finally:
        app.terminate()
        app.wait(timeout=20)
    assert not Path(folder).exists(), "the throwaway folder is removed on quit"
    left = DataPaths(Path(folder))  # the demo ran with this process's home and XDG folders
    assert not left.state_dir.exists(), "its window places are removed too"
    assert not left.load_cache_file.exists(), "and its load cache"
