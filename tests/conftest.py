"""Shared test set-up: offscreen Qt, and a private home so no test touches the real one."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Before anything reads them: appdirs and Qt resolve folders from these variables.
_PRIVATE_HOME = Path(tempfile.mkdtemp(prefix="twoway-test-home-"))
for _name, _sub in [
    ("HOME", ""),
    ("XDG_DATA_HOME", ".local/share"),
    ("XDG_CONFIG_HOME", ".config"),
    ("XDG_CACHE_HOME", ".cache"),
    ("XDG_STATE_HOME", ".local/state"),
]:
    (_PRIVATE_HOME / _sub).mkdir(parents=True, exist_ok=True)
    os.environ[_name] = str(_PRIVATE_HOME / _sub)
_runtime = _PRIVATE_HOME / "run"
_runtime.mkdir(mode=0o700, exist_ok=True)
os.environ["XDG_RUNTIME_DIR"] = str(_runtime)
os.environ.pop("TWOWAY_DATA_DIR", None)
# `twoway start` runs the app in its own process here, so tests can watch and stop it;
# the background launch a shortcut gets is tested on its own (tests/e2e/test_start_returns.py).
os.environ["TWOWAY_FOREGROUND"] = "1"
# No test talks to the desktop's real notification service.
os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)

REPO = Path(__file__).resolve().parent.parent


def pytest_unconfigure(config: pytest.Config) -> None:
    # The private home holds caches, states and virtual environments of the install
    # tests: gone with the run, not left in the temp folder.
    shutil.rmtree(_PRIVATE_HOME, ignore_errors=True)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item):
    # An app context watches its data folder from the QApplication, which outlives the
    # test: the watch ends with the test, before its folder is removed, or the news of
    # that would reach a later test.
    store_watch = sys.modules.get("twoway.ui.store_watch")
    if store_watch is not None:
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        for watcher in app.findChildren(store_watch.StoreWatcher) if app else []:
            watcher.close()  # (not deleted: the test's own teardown may still use it)
    return (yield)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data folder of the test's own."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder
