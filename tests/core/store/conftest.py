"""Fixtures for the store tests: a data folder, a fake clock, and a store opener."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from twoway.core.clock import FakeClock
from twoway.core.store import Store
from twoway.paths import DataPaths


@pytest.fixture
def paths(data_dir: Path) -> DataPaths:
    return DataPaths(data_dir)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def cache_file(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "store.cache"


@pytest.fixture
def open_store(paths: DataPaths, clock: FakeClock, cache_file: Path):
    """Open the store as the app does: with the load cache, unless told otherwise."""

    def opener(*, cache: bool = True) -> Store:
        return Store.open(paths, clock, cache_file=cache_file if cache else None)

    return opener


def settle(root: Path) -> None:
    """Make every file an hour old, as files are at a real start-up.

    The load cache does not trust entries for files changed within two seconds of its
    own writing (they could change again within one clock tick, unseen).
    """
    hour_ago = time.time() - 3600
    for path in root.rglob("*"):
        os.utime(path, (hour_ago, hour_ago))
