"""Start-up benchmark: time from process start to first paint, and peak memory,
for a bare PySide6 window (the floor) and for Twoway's overlay, in one run.

Run: .venv/bin/python tests/perf/bench_startup.py [--runs 5] [--platform offscreen|xcb]
Prints medians and the ratios against the floor. Aim: start within 1.5x of the floor,
memory within the floor + 45 MB.

Also printed, for reference: a bare window that paints one line of text, which any card
with text pays for (Qt's `Qt` namespace builds its ~90 enums on first use, and the first
text loads the fonts).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE_WINDOW = r"""
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

class Window(QWidget):
    painted = False
    def paintEvent(self, event):
        if not Window.painted:
            Window.painted = True
            print(f"first_paint_unix: {time.time():.4f}", flush=True)
            QTimer.singleShot(500, report)

def report():
    with open("/proc/self/status") as status:
        hwm = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    print(f"peak_rss_kb: {hwm}", flush=True)
    app.quit()

app = QApplication([])
window = Window()
window.resize(360, 148)
window.show()
app.exec()
"""


TEXT_WINDOW = BARE_WINDOW.replace(
    "from PySide6.QtWidgets import QApplication, QWidget",
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "from PySide6.QtCore import Qt\n"
    "from PySide6.QtGui import QPainter",
).replace(
    "            QTimer.singleShot(500, report)",
    "            QTimer.singleShot(500, report)\n"
    "        painter = QPainter(self)\n"
    "        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, 'Your turn 4:32')\n"
    "        painter.end()",
)


def measure(command: list[str], env: dict) -> tuple[float, float]:
    started = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    values = dict(line.split(": ", 1) for line in result.stdout.splitlines() if ": " in line)
    if "first_paint_unix" not in values:
        raise SystemExit(f"no first paint from {command[:3]}:\n{result.stdout}\n{result.stderr}")
    return (float(values["first_paint_unix"]) - started) * 1000, int(values["peak_rss_kb"]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default="offscreen")
    args = parser.parse_args()
    # As installed: pip compiles the package to bytecode, so the runs below read it from a
    # cache of their own (filled by a first, unmeasured run) rather than compiling the
    # source each time, whatever PYTHONDONTWRITEBYTECODE says in this shell.
    bytecode = tempfile.TemporaryDirectory(prefix="twoway-bench-pyc-")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(
        QT_QPA_PLATFORM=args.platform,
        TWOWAY_REPORT_FIRST_PAINT="1",
        TWOWAY_FOREGROUND="1",
        PYTHONPYCACHEPREFIX=bytecode.name,
    )
    bare, text, app = [], [], []
    for run in range(args.runs + 1):
        floor = measure([sys.executable, "-c", BARE_WINDOW], env)
        with_text = measure([sys.executable, "-c", TEXT_WINDOW], env)
        with tempfile.TemporaryDirectory() as data:
            twoway = measure([sys.executable, "-m", "twoway", "--data-dir", data, "start"], env)
        if run:  # the first run fills the bytecode cache
            bare.append(floor)
            text.append(with_text)
            app.append(twoway)
    bare_ms = statistics.median(t for t, _ in bare)
    bare_mb = statistics.median(m for _, m in bare)
    app_ms = statistics.median(t for t, _ in app)
    app_mb = statistics.median(m for _, m in app)
    print(f"floor_first_paint_ms: {bare_ms:.0f}")
    print(f"floor_peak_mb: {bare_mb:.1f}")
    print(f"twoway_first_paint_ms: {app_ms:.0f}")
    print(f"twoway_peak_mb: {app_mb:.1f}")
    print(f"start_ratio: {app_ms / bare_ms:.2f}")
    text_ms = statistics.median(t for t, _ in text)
    print(f"text_window_first_paint_ms: {text_ms:.0f}")
    print(f"start_ratio_to_text_window: {app_ms / text_ms:.2f}")
    print(f"memory_over_floor_mb: {app_mb - bare_mb:.1f}")
    bytecode.cleanup()


if __name__ == "__main__":
    main()
