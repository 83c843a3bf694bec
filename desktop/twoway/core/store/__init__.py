"""The user's records on disk: one readable TOML file per record, never lost.

`Store` is the whole interface; see `store.py` for the rules it keeps.
"""

from twoway.core.store.problems import Problem
from twoway.core.store.store import ChangeSummary, Store, StoreError

__all__ = ["ChangeSummary", "Problem", "Store", "StoreError"]
