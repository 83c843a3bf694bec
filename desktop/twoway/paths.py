"""Where Twoway keeps the user's data and where it finds its own resources.

This is the only module that decides paths. It works the same way from a source
checkout, an installed wheel and a frozen (PyInstaller) bundle.

The data folder may be carried between machines by a sync tool, so only what belongs to
every device lives in it. What belongs to one machine lives outside it, one set per data
folder: the instance lock and control socket in the user's runtime folder, window and
overlay positions in the platform's state folder.
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
    def state_dir(self) -> Path:
        # This machine's own state for this data folder, outside the synced folder.
        return user_state_dir() / "folders" / folder_digest(self.root)

    @property
    def unsaved_dir(self) -> Path:
        # Records that could not be saved in the data folder when Twoway quit (read-only,
        # full): kept on this machine, one folder per quit, until the user takes them back.
        return self.state_dir / "unsaved"

    @property
    def ui_state_file(self) -> Path:
        # Window and overlay geometry: machine-local, so outside the synced folder.
        return self.state_dir / "ui-state.json"

    @property
    def old_ui_state_file(self) -> Path:
        # Where older versions kept it; moved out once (see UiState.load).
        return self.root / "ui-state.json"

    @property
    def formats_dir(self) -> Path:
        return self.root / "formats"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    @property
    def load_cache_file(self) -> Path:
        # The store's load cache: machine-local and disposable, so in the cache folder.
        digest = hashlib.sha256(os.fsencode(self.root)).hexdigest()[:20]
        return user_cache_dir() / "store" / f"{digest}.cache"

    @property
    def runtime_dir(self) -> Path:
        # The lock and socket of the running instance: this machine's, this user's only.
        return user_runtime_base() / f"twoway-{self.instance_digest}"

    @property
    def instance_digest(self) -> str:
        """The name of the one running Twoway for this folder (its lock and socket): of
        the folder itself, so a path through a symbolic link reaches the same app.

        The state folder and the load cache keep the digest of the path as given, as
        they always had: nothing kept there is lost by a link on the way."""
        return folder_digest(real_folder(self.root))


def folder_digest(root: Path) -> str:
    """A short name for one data folder, to keep each folder's machine-local files apart.

    Of the path's bytes as the system has them: a name that is not valid UTF-8 works too,
    and every other name keeps the digest it always had."""
    return hashlib.sha256(os.fsencode(root)).hexdigest()[:16]


def real_folder(root: Path) -> Path:
    """`root` with every symbolic link on the way followed; as given when that fails (a
    loop of links)."""
    try:
        return root.resolve()
    except (OSError, RuntimeError):
        return root


def user_runtime_base() -> Path:
    """The user's private folder for sockets and locks.

    XDG_RUNTIME_DIR where the session provides it (made 0700 for this user by the login
    manager). Otherwise a folder of our own in the user's cache folder, never a name in
    the shared /tmp that another user could create first.
    """
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if sys.platform != "win32" and os.path.isabs(runtime):
        return Path(runtime)
    return user_cache_dir() / "run"


def user_cache_dir() -> Path:
    """Machine-local files that can be made again (the load cache)."""
    return Path(appdirs.user_cache_dir(_APP_DIR_NAME, appauthor=False))


def user_state_dir() -> Path:
    """Machine-local state that outlives a run (window positions)."""
    return Path(appdirs.user_state_dir(_APP_DIR_NAME, appauthor=False))


def default_data_dir() -> Path:
    return Path(appdirs.user_data_dir(_APP_DIR_NAME, appauthor=False, roaming=True))


def state_dir(paths: DataPaths) -> Path:
    """Machine-local state for one data folder: window positions, calendar accounts and
    what the last sync saw. Never inside the data folder, which may itself be synced."""
    return paths.state_dir


def data_folder_problem(paths: DataPaths) -> str:
    """Why Twoway cannot keep its data in `paths.root`, in one plain sentence; "" when it
    can. A missing folder is made (private to the user), as Twoway always did."""
    root = paths.root
    try:
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
    except FileExistsError:
        pass  # something that is not a folder: said below
    except OSError as exc:
        return f"The data folder {root} could not be made ({exc.strerror or exc})."
    if not root.is_dir():
        return f"The data folder {root} is not a folder."
    return ""


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
