"""The native Wayland opt-in: the setting reaches the platform choice before Qt starts, and
there the user is told once how to pin the overlay, by the window class the desktop sees."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from twoway import APP_ID
from twoway.core.clock import FakeClock
from twoway.core.settings import SettingsFile
from twoway.paths import DataPaths
from twoway.ui import app, context, x11
from twoway.ui.platform_choice import WAYLAND_FIRST, XWAYLAND_FIRST

WAYLAND_WITH_X11 = {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}


def test_the_saved_setting_decides_the_platform_before_qt_starts(monkeypatch, data_dir):
    for name in ("QT_QPA_PLATFORM", "TWOWAY_NATIVE_WAYLAND"):
        monkeypatch.delenv(name, raising=False)
    for name, value in WAYLAND_WITH_X11.items():
        monkeypatch.setenv(name, value)
    paths = DataPaths(data_dir)
    assert app._platform_for(_settings(paths)) == XWAYLAND_FIRST

    (data_dir / "settings.toml").write_text(
        "schema = 1\n[overlay]\nnative_wayland = true\n", encoding="utf-8"
    )
    assert app._platform_for(_settings(paths)) == WAYLAND_FIRST


def test_a_broken_setting_keeps_twoway_on_xwayland(monkeypatch, data_dir):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("TWOWAY_NATIVE_WAYLAND", raising=False)
    for name, value in WAYLAND_WITH_X11.items():
        monkeypatch.setenv(name, value)
    (data_dir / "settings.toml").write_text(
        'schema = 1\n[overlay]\nnative_wayland = "yes please"\n', encoding="utf-8"
    )
    assert app._platform_for(_settings(DataPaths(data_dir))) == XWAYLAND_FIRST


def test_on_native_wayland_the_note_tells_how_to_pin_the_overlay_once(qtbot, monkeypatch, data_dir):
    monkeypatch.setattr(x11, "on_wayland", lambda: True)
    first = context.AppContext.build(QApplication.instance(), DataPaths(data_dir), FakeClock())
    qtbot.addWidget(first.overlay)
    [note] = [notice.text for notice in first.notices.held]  # said once start-up is over
    # GNOME, KDE and sway, by the class the compositor knows the overlay by.
    assert "Always on Top" in note
    assert f"window class “{APP_ID}”" in note
    assert f'for_window [app_id="{APP_ID}"]' in note
    assert "overlay.native_wayland" in note

    again = context.AppContext.build(QApplication.instance(), DataPaths(data_dir), FakeClock())
    qtbot.addWidget(again.overlay)
    assert again.notices.held == []


def _settings(paths: DataPaths) -> SettingsFile:
    return SettingsFile.load(paths.settings_file, paths.backups_dir)
