"""Twoway: short, structured one-to-one networking calls."""

import os

__version__ = "0.1.0"

APP_NAME = "Twoway"
APP_ID = "org.twoway.Twoway"

# Set, `twoway start` runs the app in its own process instead of launching it in the
# background (service managers, test harnesses that watch the app's process).
FOREGROUND_ENV = "TWOWAY_FOREGROUND"


def runs_in_foreground() -> bool:
    return os.environ.get(FOREGROUND_ENV, "") not in ("", "0")
