"""Twoway notices the call on a real X desktop with a real sound server: a program
recording from the microphone, a window titled like a Zoom meeting."""

from __future__ import annotations

import subprocess
import time

import pytest
from calls_fixtures import open_call_window, start_pulse, wait_until

pytestmark = pytest.mark.e2e


@pytest.fixture
def pulse(twoway, tmp_path):
    server = start_pulse(tmp_path, twoway.desktop.env)
    yield twoway.desktop.env
    server.terminate()
    server.wait(timeout=10)


def call_now(twoway):
    return twoway.status()["call"]


def test_a_program_recording_from_the_microphone_is_a_call_within_5_seconds(twoway, pulse):
    twoway.launch()
    assert call_now(twoway) is None
    assert twoway.status()["screen_shared"] in (False, None)
    recorder = subprocess.Popen(["parecord", "--device=microphone", "/dev/null"], env=pulse)
    twoway.desktop.processes.append(recorder)
    began = time.monotonic()
    call = wait_until(lambda: call_now(twoway), 10, 0.2)
    took = time.monotonic() - began
    assert call, "the recording was not noticed"
    assert took < 5, f"noticed after {took:.1f} s"
    assert call["detected"] is True
    assert call["app"] == "parecord"
    assert call["by"] == ["microphone"]
    assert 0 <= call["since_s"] < 5

    recorder.terminate()
    recorder.wait(timeout=5)
    assert wait_until(lambda: call_now(twoway) is None, 15, 0.3), "the call did not end"


def test_recording_a_speaker_is_not_a_call(twoway, pulse):
    twoway.launch()
    recorder = subprocess.Popen(["parecord", "--device=speaker.monitor", "/dev/null"], env=pulse)
    twoway.desktop.processes.append(recorder)
    time.sleep(5)
    assert call_now(twoway) is None


def test_a_zoom_meeting_window_is_recognised(twoway):
    twoway.launch()
    assert call_now(twoway) is None
    open_call_window(twoway.desktop, "Zoom Meeting")
    call = wait_until(lambda: call_now(twoway), 10, 0.2)
    assert call, "the Zoom window was not recognised"
    assert call["app"] == "Zoom"
    assert "window" in call["by"]
