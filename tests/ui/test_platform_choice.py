"""Which Qt platform Twoway asks for: XWayland where both are on offer, so the overlay is
kept above the call; native Wayland only when the user opts in."""

from __future__ import annotations

import pytest

from twoway.ui.platform_choice import WAYLAND_FIRST, XWAYLAND_FIRST, choose_platform

GNOME_WAYLAND = {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}


def platform(env: dict, *, setting: bool = False) -> str | None:
    return choose_platform(env, native_wayland_setting=setting).platform


def test_a_wayland_session_with_xwayland_runs_twoway_on_x11_then_wayland():
    # Qt tries the list in order: native Wayland when the X11 plugin cannot load.
    assert platform(GNOME_WAYLAND) == XWAYLAND_FIRST == "xcb;wayland"


def test_the_users_own_qt_platform_always_wins():
    for chosen in ("wayland", "xcb", "offscreen"):
        env = {**GNOME_WAYLAND, "QT_QPA_PLATFORM": chosen, "TWOWAY_NATIVE_WAYLAND": "1"}
        assert platform(env, setting=True) is None


def test_an_empty_qt_platform_counts_as_not_set():
    assert platform({**GNOME_WAYLAND, "QT_QPA_PLATFORM": " "}) == XWAYLAND_FIRST


@pytest.mark.parametrize(
    "env",
    [
        {"DISPLAY": ":0"},  # plain X11: Qt's choice is already xcb
        {"WAYLAND_DISPLAY": "wayland-0"},  # Wayland without XWayland: nothing else to use
        {},  # Windows, macOS
    ],
)
def test_without_both_displays_qt_chooses(env):
    assert platform(env) is None
    assert platform(env, setting=True) is None


def test_the_setting_opts_into_native_wayland():
    assert platform(GNOME_WAYLAND, setting=True) == WAYLAND_FIRST == "wayland;xcb"


@pytest.mark.parametrize("value", ["1", "true", "YES", "on"])
def test_the_environment_variable_opts_into_native_wayland(value):
    assert platform({**GNOME_WAYLAND, "TWOWAY_NATIVE_WAYLAND": value}) == WAYLAND_FIRST


def test_the_environment_variable_can_opt_out_for_one_launch():
    env = {**GNOME_WAYLAND, "TWOWAY_NATIVE_WAYLAND": "0"}
    assert platform(env, setting=True) == XWAYLAND_FIRST


def test_an_unrecognised_variable_leaves_the_setting_in_charge():
    env = {**GNOME_WAYLAND, "TWOWAY_NATIVE_WAYLAND": "maybe"}
    assert platform(env) == XWAYLAND_FIRST
    assert platform(env, setting=True) == WAYLAND_FIRST


def test_each_choice_says_why_for_the_log():
    users_own = {**GNOME_WAYLAND, "QT_QPA_PLATFORM": "xcb"}
    assert "user" in choose_platform(users_own, native_wayland_setting=False).why
    assert "setting" in choose_platform(GNOME_WAYLAND, native_wayland_setting=True).why
