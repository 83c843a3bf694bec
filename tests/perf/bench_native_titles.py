"""What Twoway's own side of a look at the windows costs on Windows and macOS: the
Python and ctypes work around EnumWindows and CGWindowListCopyWindowInfo, measured here
with stand-ins that answer at once (the system calls themselves cannot be measured
without Windows or macOS). The figure is an upper bound for Twoway's share of a look.

Run: .venv/bin/python tests/perf/bench_native_titles.py [--windows 300] [--looks 500]
Prints `name: value` lines.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "desktop"))
sys.path.insert(0, str(REPO / "tests" / "platform"))

from test_window_titles import KEYS, FakeKernel32, FakeQuartz, FakeUser32  # noqa: E402

from twoway.core.calls import CHECK_INTERVAL_S  # noqa: E402
from twoway.platform.macos_titles import QuartzWindows  # noqa: E402
from twoway.platform.windows_titles import Win32Windows  # noqa: E402


def per_look_ms(look, looks: int) -> float:
    look()  # the first look fills the program names
    started = time.process_time()
    for _ in range(looks):
        look()
    return (time.process_time() - started) / looks * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--windows", type=int, default=300)
    parser.add_argument("--looks", type=int, default=500)
    args = parser.parse_args()
    count = args.windows
    # A busy desktop: a third of the top-level windows visible with a title.
    user32 = FakeUser32(
        [(0x100 + i, f"Window {i}" if i % 3 == 0 else "", i % 3 == 0, 4000 + i % 40)
         for i in range(count)]
    )  # fmt: skip
    kernel32 = FakeKernel32({4000 + i: rf"C:\Program Files\App{i}\app{i}.exe" for i in range(40)})
    windows_ms = per_look_ms(Win32Windows(user32, kernel32).windows, args.looks)
    quartz = FakeQuartz(
        [{"kCGWindowNumber": i, "kCGWindowName": f"Window {i}", "kCGWindowOwnerName": f"App {i % 40}",
          "kCGWindowLayer": 0 if i % 2 else 25} for i in range(count // 3)]
    )  # fmt: skip
    macos_ms = per_look_ms(QuartzWindows(quartz, quartz, KEYS).windows, args.looks)
    print(f"windows_top_level: {count}")
    print(f"windows_look_python_ms: {windows_ms:.3f}")
    print(f"windows_pct_points_of_a_core: {windows_ms / 1000 / CHECK_INTERVAL_S * 100:.4f}")
    print(f"macos_windows_listed: {count // 3}")
    print(f"macos_look_python_ms: {macos_ms:.3f}")
    print(f"macos_pct_points_of_a_core: {macos_ms / 1000 / CHECK_INTERVAL_S * 100:.4f}")


if __name__ == "__main__":
    main()
