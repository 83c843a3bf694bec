"""The probes for the desktop Twoway runs on, put together as one `look()`.

Linux: the sound server (PulseAudio or PipeWire) for microphones; the X server (X11 or
XWayland) for windows; PipeWire for screen casts. Windows: the consent store for the
microphone, EnumWindows for windows. macOS: CoreAudio for the microphone, the window
server's list for windows. What a desktop cannot tell is None.
"""

from __future__ import annotations

import logging
import sys

from twoway.core.calls import Observation
from twoway.platform.screencast import sharing_window
from twoway.platform.xcb import Rect

log = logging.getLogger(__name__)


class DesktopProbe:
    def __init__(self, *, windows: bool = True) -> None:
        self._mic = None
        self._windows = None
        self._screencast = None
        self._closers = []
        if sys.platform.startswith("linux"):
            from twoway.platform.pulse import PulseMicrophones
            from twoway.platform.screencast import PipeWireScreencast

            pulse = PulseMicrophones()
            self._mic = pulse.users
            self._closers.append(pulse.close)
            cast = PipeWireScreencast()
            self._screencast = cast.active
            self._closers.append(cast.close)
        elif sys.platform == "win32":
            from twoway.platform.windows_mic import default_probe

            self._mic = default_probe()
        elif sys.platform == "darwin":
            from twoway.platform.macos_mic import core_audio_reader, microphone_users

            reader = core_audio_reader()
            if reader is not None:
                self._mic = lambda: microphone_users(reader)
        if windows:
            found = self._window_lister()
            if found is not None:
                self._windows = found
                self._closers.append(found.close)

    @staticmethod
    def _window_lister():
        """The windows' titles: the X server on Linux, EnumWindows on Windows, the window
        server's list on macOS; None where they cannot be read."""
        try:
            if sys.platform == "win32":
                from twoway.platform.windows_titles import Win32Windows

                return Win32Windows()
            if sys.platform == "darwin":
                from twoway.platform.macos_titles import QuartzWindows

                return QuartzWindows()
            from twoway.platform.xwindows import XWindows

            found = XWindows()
            return found if found.available else None
        except (OSError, AttributeError, ValueError):  # a library or a call is missing
            log.exception("Window titles cannot be read on this system")
            return None

    def look(self) -> Observation:
        windows = self._safely(self._windows.windows if self._windows else None)
        return Observation(
            mic_users=self._safely(self._mic),
            windows=windows,
            screen_shared=screen_shared(self._safely(self._screencast), sharing_window(windows)),
        )

    def window_geometry(self, window_id: int) -> Rect | None:
        return self._windows.geometry(window_id) if self._windows else None

    @property
    def sees_windows(self) -> bool:
        return self._windows is not None

    def close(self) -> None:
        for close in self._closers:
            close()
        self._closers = []

    @staticmethod
    def _safely(probe):
        if probe is None:
            return None
        try:
            return probe()
        except Exception:  # a probe failing must never take the meeting timer with it
            log.exception("A desktop probe failed")
            return None


def screen_shared(cast: bool | None, indicator: bool | None) -> bool | None:
    """True when either way sees sharing; False only when PipeWire can tell and sees
    none (a missing indicator window proves nothing); else None: cannot tell."""
    if cast or indicator:
        return True
    return False if cast is False else None
