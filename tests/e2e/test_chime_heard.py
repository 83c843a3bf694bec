"""The chime really plays: the real app runs against a private PulseAudio server whose
only output is a null sink, and the sink's monitor is recorded and measured."""

from __future__ import annotations

import array
import math
import os
import shutil
import signal
import subprocess
import sys
import time
import wave
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

QUICK_FORMAT = """\
name = "Quick"
warning_lead_s = 0

[[phases]]
title = "Them"
owner = "them"
minutes = 0.05

[[phases]]
title = "Me"
owner = "me"
minutes = 1
"""


@pytest.fixture
def pulse(tmp_path):
    """A private PulseAudio server with one null sink; yields the environment to use it."""
    missing = [tool for tool in ("pulseaudio", "pactl", "parecord") if not shutil.which(tool)]
    assert not missing, f"install pulseaudio and pulseaudio-utils (missing: {missing})"
    run = tmp_path / "pulse-run"
    (run / "pulse").mkdir(parents=True)
    env = dict(
        os.environ,
        XDG_RUNTIME_DIR=str(run),
        PULSE_RUNTIME_PATH=str(run / "pulse"),
        PULSE_STATE_PATH=str(run / "state"),
        PULSE_SERVER=f"unix:{run}/pulse/native",
    )
    server = subprocess.Popen(
        [
            "pulseaudio",
            "-n",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--system=false",
            "-L",
            f"module-native-protocol-unix socket={run}/pulse/native",
            "-L",
            "module-null-sink sink_name=recorder",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            if subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode == 0:
                break
            time.sleep(0.1)
        else:
            pytest.fail("the private PulseAudio server did not start")
        subprocess.run(["pactl", "set-default-sink", "recorder"], env=env, check=True)
        yield env
    finally:
        server.terminate()
        server.wait(timeout=10)


def loud_stretch(path: Path, threshold: float = 0.003) -> tuple[float, float, float]:
    """Peak level (dBFS) and the first and last moment (s) above the threshold."""
    with wave.open(str(path)) as recording:
        channels = recording.getnchannels()
        rate = recording.getframerate()
        assert recording.getsampwidth() == 2
        samples = array.array("h", recording.readframes(recording.getnframes()))
    loud = [i for i, s in enumerate(samples) if abs(s) / 32768 > threshold]
    if not loud:
        return float("-inf"), 0.0, 0.0
    peak = max(abs(s) for s in samples) / 32768
    return 20 * math.log10(peak), loud[0] / channels / rate, loud[-1] / channels / rate


def test_the_overrun_chime_is_heard_once_and_gently(pulse, tmp_path):
    data = tmp_path / "data"
    (data / "formats").mkdir(parents=True)
    (data / "formats" / "quick.toml").write_text(QUICK_FORMAT, encoding="utf-8")
    recording = tmp_path / "heard.wav"
    recorder = subprocess.Popen(
        ["parecord", "--device=recorder.monitor", "--file-format=wav", str(recording)],
        env=pulse,
    )
    env = dict(pulse, QT_QPA_PLATFORM="offscreen")
    app = subprocess.Popen(
        [sys.executable, "-m", "twoway", "--data-dir", str(data), "start", "--format", "quick"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        time.sleep(9)  # the first phase runs over after 3 s; the chime lasts 1.3 s
    finally:
        app.terminate()
        output = app.communicate(timeout=20)[0]
        recorder.send_signal(signal.SIGINT)
        recorder.wait(timeout=10)
    peak_db, first, last = loud_stretch(recording)
    assert peak_db > -40, f"nothing was heard; the app said:\n{output}"
    assert peak_db <= -12, "the chime must stay gentle"
    # One chime, not a repeated alarm: all the sound falls within one chime's length.
    assert last - first < 1.6
