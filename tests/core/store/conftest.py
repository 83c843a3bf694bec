"""Fixtures for the store tests: a data folder, a fake clock, and a store opener."""

from __future__ import annotations

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
