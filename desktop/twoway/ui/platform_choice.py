"""Which Qt platform Twoway runs on: decided before the QApplication exists. No Qt here.

On a Wayland desktop an ordinary client cannot keep a window above others, cannot place
it and cannot move it; GNOME and KWin simply ignore Qt's "stay on top" there. The same
window through XWayland is kept above, takes no focus, sits where Twoway puts it and can
be dragged. So where both are on offer, Twoway asks for X11 first and falls back to
native Wayland when the X11 plugin cannot load (Qt tries a `;`-separated list in order).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

XWAYLAND_FIRST = "xcb;wayland"
WAYLAND_FIRST = "wayland;xcb"
NATIVE_WAYLAND_VARIABLE = "TWOWAY_NATIVE_WAYLAND"
_YES = {"1", "true", "yes", "on"}
_NO = {"0", "false", "no", "off"}


@dataclass(frozen=True)
class PlatformChoice:
    platform: str | None  # the value for Qt's -platform; None leaves Qt's own choice
    why: str  # for the log: which rule decided


def choose_platform(env: Mapping[str, str], *, native_wayland_setting: bool) -> PlatformChoice:
    """The platform for this desktop, from the environment and the user's setting.

    The user's own QT_QPA_PLATFORM always wins. TWOWAY_NATIVE_WAYLAND=1 (or the
    `overlay.native_wayland` setting) opts into native Wayland; TWOWAY_NATIVE_WAYLAND=0
    opts out again for one launch, whatever the setting says.
    """
    if env.get("QT_QPA_PLATFORM", "").strip():
        return PlatformChoice(None, "QT_QPA_PLATFORM is set by the user")
    if not (env.get("WAYLAND_DISPLAY") and env.get("DISPLAY")):
        return PlatformChoice(None, "not both Wayland and X11 available")
    wanted = env.get(NATIVE_WAYLAND_VARIABLE, "").strip().lower()
    if wanted in _YES:
        return PlatformChoice(WAYLAND_FIRST, f"{NATIVE_WAYLAND_VARIABLE} asks for native Wayland")
    if wanted in _NO:
        return PlatformChoice(XWAYLAND_FIRST, f"{NATIVE_WAYLAND_VARIABLE} asks for XWayland")
    if native_wayland_setting:
        return PlatformChoice(WAYLAND_FIRST, "the overlay.native_wayland setting is on")
    return PlatformChoice(XWAYLAND_FIRST, "XWayland keeps the overlay above the call")
