"""Which windows are open, with their titles: X11, and X11 programs under XWayland.

Reading every window's title every two seconds would be cheap, but not free; instead the
window list and each window's properties are watched, and titles are read again only
after the X server said something changed. Native Wayland windows cannot be seen by any
other program (by design): under Wayland only XWayland windows (Zoom, and browsers
started for X11) are found.
"""

from __future__ import annotations

from twoway.core.calls import WindowSeen
from twoway.platform.xcb import PROPERTY_CHANGE_MASK, Connection, Rect


class XWindows:
    def __init__(self, connection: Connection | None = None, *, display: str | None = None):
        self._x = connection if connection is not None else Connection.open(display)
        self._seen: tuple[WindowSeen, ...] | None = None
        self._watched: set[int] = set()
        self.reads = 0  # how often the list was read again (benchmark, tests)
        if self._x is not None:
            self._x.watch(self._x.root)
            self._x.flush()

    @property
    def available(self) -> bool:
        return self._x is not None

    def windows(self) -> tuple[WindowSeen, ...] | None:
        if self._x is None:
            return None
        if self._x.events() or self._seen is None:
            self._seen = self._read()
        return self._seen

    def _read(self) -> tuple[WindowSeen, ...]:
        self.reads += 1
        found = []
        listed = self._x.window_list()
        for window in listed:
            if window not in self._watched:
                # Title changes (a browser switching tabs) arrive as events from now on.
                self._x.watch(window, PROPERTY_CHANGE_MASK)
                self._watched.add(window)
            found.append(WindowSeen(window, self._x.title(window), self._x.wm_class(window)))
        self._watched &= set(listed)
        self._x.flush()
        return tuple(found)

    def geometry(self, window: int) -> Rect | None:
        return self._x.geometry(window) if self._x is not None else None

    def close(self) -> None:
        if self._x is not None:
            self._x.close()
            self._x = None
