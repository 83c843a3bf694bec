"""The user's records on disk: one readable TOML file per record, never lost.

`Store` is the whole interface; see `store.py` for the rules it keeps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from twoway.core.store.problems import Problem

if TYPE_CHECKING:
    from twoway.core.store.store import ChangeSummary, Store, StoreError

__all__ = ["ChangeSummary", "Problem", "Store", "StoreError"]


def __getattr__(name: str) -> object:
    # The settings use this package's TOML helpers at start-up; the store itself (and its
    # imports) loads only when first asked for, after the overlay is on screen.
    if name in ("ChangeSummary", "Store", "StoreError"):
        from twoway.core.store import store

        return getattr(store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
