"""The GNOME Wayland harness itself: it says plainly what is missing, and leaves nothing
running behind it."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from gnome_wayland import GnomeSession, GnomeUnavailable, family_of, is_running


def test_without_gnome_shell_the_harness_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # a machine without any of the tools
    with pytest.raises(GnomeUnavailable, match=r"gnome-shell.*packaging/setup-env --test"):
        GnomeSession.start(tmp_path / "session")


@pytest.mark.e2e
@pytest.mark.slow
def test_a_stopped_session_leaves_no_process_behind():
    root = Path(tempfile.mkdtemp(prefix="twoway-gnome-"))
    try:
        session = GnomeSession.start(root)
        session.open_call_window()
        started = family_of([p.pid for p in session.processes])
        names = {Path(f"/proc/{pid}/comm").read_text().strip() for pid in started}
        assert {"gnome-shell", "Xwayland", "dbus-daemon", "foot"} <= names
        session.stop()
        left = [pid for pid in started if is_running(pid)]
        assert left == [], f"still running: {left}"
    finally:
        shutil.rmtree(root, ignore_errors=True)
