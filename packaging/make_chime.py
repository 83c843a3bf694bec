"""Writes resources/chime.wav: Twoway's own gentle chime.

A soft bell: a few inharmonic partials, a 20 ms fade-in (no click), an exponential
decay, 1.3 s long, peaking at -14 dBFS so it never startles anyone on a call.
Run: python packaging/make_chime.py
"""

import math
import struct
import wave
from pathlib import Path

RATE = 44100
LENGTH_S = 1.3
PEAK_DBFS = -14.0
BASE_HZ = 660.0
# (frequency ratio, relative amplitude, decay time constant in seconds)
PARTIALS = [(1.0, 1.0, 0.45), (2.0, 0.35, 0.30), (2.76, 0.18, 0.22), (5.4, 0.05, 0.12)]
ATTACK_S = 0.02


def render() -> list[float]:
    samples = []
    for n in range(int(RATE * LENGTH_S)):
        t = n / RATE
        value = sum(
            amp * math.exp(-t / tau) * math.sin(2 * math.pi * BASE_HZ * ratio * t)
            for ratio, amp, tau in PARTIALS
        )
        attack = min(1.0, t / ATTACK_S)
        tail = min(1.0, (LENGTH_S - t) / 0.05)  # fade the last 50 ms to silence
        samples.append(value * attack * tail)
    peak = max(abs(s) for s in samples)
    gain = 10 ** (PEAK_DBFS / 20) / peak
    return [s * gain for s in samples]


def write(path: Path) -> None:
    frames = b"".join(struct.pack("<h", round(s * 32767)) for s in render())
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


if __name__ == "__main__":
    target = Path(__file__).resolve().parent.parent / "resources" / "chime.wav"
    write(target)
    print(f"wrote {target.name}: {LENGTH_S} s at {PEAK_DBFS} dBFS peak")
