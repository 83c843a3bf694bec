"""CPU and memory of the running overlay over a minute, next to a bare PySide6 window
repainting once a second, measured side by side in one run.

Run: .venv/bin/python tests/perf/bench_overlay_cpu.py [--seconds 60] [--platform offscreen]
Prints the CPU use of each as a percentage of one core, the difference, and peak memory.
Aim: the overlay within 0.2 percentage points of a core of the bare window.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time

BARE_WINDOW = r"""
import time
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QWidget

class Window(QWidget):
    def paintEvent(self, event):
        painter = QPainter(self)
        painter.drawText(self.rect(), 0, time.strftime("%M:%S"))

app = QApplication([])
window = Window()
window.resize(360, 148)
window.show()
timer = QTimer()
timer.timeout.connect(window.update)
timer.start(1000)
app.exec()
"""

TICKS_PER_SECOND = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS_PER_SECOND


def peak_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--platform", default="offscreen")
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=args.platform, TWOWAY_FOREGROUND="1")
    with tempfile.TemporaryDirectory() as data:
        bare = subprocess.Popen([sys.executable, "-c", BARE_WINDOW], env=env)
        app = subprocess.Popen(
            [sys.executable, "-m", "twoway", "--data-dir", data, "start"], env=env
        )
        try:
            time.sleep(4)  # let both finish starting
            start = {p.pid: cpu_seconds(p.pid) for p in (bare, app)}
            time.sleep(args.seconds)
            used = {p.pid: cpu_seconds(p.pid) - start[p.pid] for p in (bare, app)}
            memory = {p.pid: peak_mb(p.pid) for p in (bare, app)}
        finally:
            for process in (bare, app):
                process.terminate()
            for process in (bare, app):
                process.wait(timeout=10)
    bare_pct = used[bare.pid] / args.seconds * 100
    app_pct = used[app.pid] / args.seconds * 100
    print(f"bare_window_cpu_pct: {bare_pct:.2f}")
    print(f"overlay_cpu_pct: {app_pct:.2f}")
    print(f"difference_pct_points: {app_pct - bare_pct:.2f}")
    print(f"bare_window_peak_mb: {memory[bare.pid]:.1f}")
    print(f"overlay_peak_mb: {memory[app.pid]:.1f}")


if __name__ == "__main__":
    main()
