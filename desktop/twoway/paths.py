"""Where Twoway keeps the user's data and where it finds its own resources.

This is the only module that decides paths. It works the same way from a source
checkout, an installed wheel and a frozen (PyInstaller) bundle.
"""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import appdirs

DATA_DIR_ENV = "TWOWAY_DATA_DIR"
_APP_DIR_NAME = "Twoway"


@dataclass(frozen=True)
class DataPaths:
    """Every location inside one data folder. Two folders are two independent instances."""

    root: Path

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.toml"

    @property
    def ui_state_file(self) -> Path:
        # Window and overlay geometry: machine-local, kept apart from preferences.
        return self.root / "ui-state.json"

    @property
    def formats_dir(self) -> Path:
        return self.root / "formats"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    @property
    def runtime_dir(self) -> Path:
        # The lock and socket of the running instance live with the data they guard.
        return self.root / ".run"


def default_data_dir() -> Path:
    return Path(appdirs.user_data_dir(_APP_DIR_NAME, appauthor=False, roaming=True))


def state_dir(paths: DataPaths) -> Path:
    """Machine-local state for one data folder (such as what the last calendar sync saw).

    It never lives inside the data folder, which may itself be synced between machines;
    each data folder gets its own subfolder, named after its path.
    """
    digest = hashlib.sha256(str(paths.root).encode("utf-8")).hexdigest()[:16]
    base = Path(appdirs.user_state_dir(_APP_DIR_NAME, appauthor=False))
    return base / f"{paths.root.name or 'data'}-{digest}"


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> DataPaths:
    """The --data-dir option wins, then TWOWAY_DATA_DIR, then the platform's data folder."""
    chosen = cli_value or os.environ.get(DATA_DIR_ENV) or default_data_dir()
    return DataPaths(Path(chosen).expanduser().absolute())


def _package_dir() -> Path:
    return Path(__file__).resolve().parent


def _candidate_roots(name: str) -> list[Path]:
    roots = []
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        roots.append(Path(frozen_base) / "twoway" / name)
    # Installed wheel: resources are copied into the package.
    roots.append(_package_dir() / name)
    # Source checkout: desktop/twoway/paths.py -> <repo>/<name>
    roots.append(_package_dir().parent.parent / name)
    return roots


def resource_dir() -> Path:
    for root in _candidate_roots("resources"):
        if (root / "chime.wav").is_file():
            return root
    raise FileNotFoundError("Twoway's resources folder is missing from this installation.")


def resource(name: str) -> Path:
    return resource_dir() / name


def translations_dir() -> Path | None:
    """Folder holding the compiled .qm files, or None when none were built."""
    for root in _candidate_roots("i18n"):
        if any(root.glob("twoway_*.qm")):
            return root
    return None
