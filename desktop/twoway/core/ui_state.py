"""Window and overlay positions (ui-state.json): this machine's, kept apart from preferences.

It lives outside the synced data folder (see `DataPaths.ui_state_file`); older versions
kept it inside, and it is moved out once. A file that cannot be read is set aside under
another name, never silently replaced.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from twoway.core.atomic import atomic_write_bytes, atomic_write_text
from twoway.core.marks import QT_TRANSLATE_NOOP, message
from twoway.core.store.files import read_regular_file
from twoway.core.store.problems import UNREADABLE, Problem
from twoway.core.store.tomltext import nested_too_deeply

UI_STATE_SCHEMA = 1


@dataclass
class UiState:
    """Where windows were: kept apart from preferences, because it belongs to one machine."""

    # Screen-layout key (names and geometries of all screens) -> {"screen", "x", "y"}.
    overlay_positions: dict[str, dict[str, Any]] = field(default_factory=dict)
    main_window_geometry: str = ""  # base64 of the main window's saved geometry
    main_window_state: str = ""  # base64 of its saved toolbar and dock state
    told_no_tray: bool = False  # the "no system tray here" notice was given once
    told_no_on_top: bool = False  # the "overlay may not stay on top here" notice, once
    other: dict[str, Any] = field(default_factory=dict)
    # keys this version does not know, kept

    @classmethod
    def load(cls, path: Path, old_path: Path | None = None) -> tuple[UiState, Problem | None]:
        """Never fails: unreadable state means windows start in their default places.

        With `old_path` (the place inside the data folder older versions used), a state
        not yet at `path` is moved from there once.
        """
        path = Path(path)
        if old_path is not None and not path.exists() and Path(old_path).is_file():
            _move_out(Path(old_path), path)
        try:
            data = json.loads(read_regular_file(path))
            if nested_too_deeply(data):
                raise ValueError("nested too deeply")  # saving it again would fail
        except FileNotFoundError:
            return cls(), None
        except (OSError, ValueError, RecursionError) as exc:
            kept = _set_aside(path)
            if kept is not None:
                said = message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Window positions could not be read; windows open in their default places. The unreadable file is kept as %1.",
                    ),
                    kept.name,
                )
            else:
                said = message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Window positions could not be read; windows open in their default places.",
                    )
                )
            return cls(), Problem(path, getattr(exc, "lineno", None), said, UNREADABLE)
        if not isinstance(data, dict):
            data = {}
        positions = data.pop("overlay_positions", {})
        geometry = data.pop("main_window_geometry", "")
        state = data.pop("main_window_state", "")
        told_no_tray = data.pop("told_no_tray", False)
        told_no_on_top = data.pop("told_no_on_top", False)
        data.pop("schema", None)
        return (
            cls(
                overlay_positions={k: v for k, v in positions.items() if isinstance(v, dict)}
                if isinstance(positions, dict)
                else {},
                main_window_geometry=geometry if isinstance(geometry, str) else "",
                main_window_state=state if isinstance(state, str) else "",
                told_no_tray=told_no_tray is True,
                told_no_on_top=told_no_on_top is True,
                other=data,
            ),
            None,
        )

    def save(self, path: Path) -> None:
        """Write atomically; raises OSError if the file cannot be written."""
        data = {
            **self.other,
            "schema": UI_STATE_SCHEMA,
            "overlay_positions": self.overlay_positions,
            "main_window_geometry": self.main_window_geometry,
            "main_window_state": self.main_window_state,
            "told_no_tray": self.told_no_tray,
            "told_no_on_top": self.told_no_on_top,
        }
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False))


def _move_out(old: Path, new: Path) -> None:
    """Carry the old file to the new place, then take it out of the synced folder."""
    try:
        raw = old.read_bytes()
        new.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write_bytes(new, raw)
    except OSError:
        return  # stays where it was; read from there next time we try
    with contextlib.suppress(OSError):
        old.unlink()


def _set_aside(path: Path) -> Path | None:
    """Rename an unreadable state file so the next save does not replace it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.unreadable.{stamp}{path.suffix}")
    try:
        os.replace(path, target)
    except OSError:
        return None
    return target
