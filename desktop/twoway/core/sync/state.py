"""What the last sync saw, per account: ETags, sync tokens, UIDs, the links between
calendar events and meetings (with the call links found; the meeting itself keeps which
event it came from, for every computer), and the conflicts still to look at.

It lives in the machine-local state folder (`paths.state_dir`), never in the data folder:
another machine syncing the same data folder has its own view of the servers. A state file
that fails to parse is set aside (renamed), never overwritten: the next sync then compares
everything afresh, which the duplicate rules make safe.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from twoway.core.atomic import atomic_write_bytes

_EMPTY: dict[str, dict[str, Any]] = {
    "calendar_in": {"suggestions": {}, "links": {}},
    "calendar_out": {"items": {}},
    "contacts": {"token": "", "pairs": {}, "conflicts": []},
}


def state_file(state_dir: Path, account_id: str) -> Path:
    return state_dir / f"sync-{account_id}.json"


def load_state(state_dir: Path, account_id: str) -> dict[str, Any]:
    path = state_file(state_dir, account_id)
    try:
        data: dict[str, Any] = json.loads(path.read_bytes())
        if not isinstance(data, dict):
            raise ValueError("not an object")
    except FileNotFoundError:
        data = {}
    except ValueError:
        path.replace(path.with_suffix(".unreadable.json"))
        data = {}
    for part, defaults in _EMPTY.items():
        section = data.setdefault(part, {})
        for key, value in defaults.items():
            section.setdefault(key, json.loads(json.dumps(value)))
    return data


def save_state(state_dir: Path, account_id: str, data: dict[str, Any]) -> None:
    state_dir.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(data, separators=(",", ":"), sort_keys=True).encode("utf-8")
    atomic_write_bytes(state_file(state_dir, account_id), raw)


def forget_state(state_dir: Path, account_id: str) -> None:
    state_file(state_dir, account_id).unlink(missing_ok=True)
