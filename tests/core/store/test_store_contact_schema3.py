"""Contacts of schema 3 keep a keep-in-touch cadence and a log of talks; schema-2 files
are upgraded (with a copy of the original kept), and nothing in them changes."""

from __future__ import annotations

import tomllib
from datetime import date

from twoway.core.records import Talk, TalkKind
from twoway.core.store.layout import CONTACT
from twoway.core.store.migrations import contact_2_to_3, upgrade

SCHEMA_2 = b'schema = 2\nname = "Ada Lovelace"\nemails = ["ada@example.org"]\nlast_interaction = 2026-11-02\n'


def test_the_step_from_2_to_3_keeps_every_field():
    data = tomllib.loads(SCHEMA_2.decode())
    assert contact_2_to_3(data) == data
    upgraded = upgrade("contact", data, 3)
    assert upgraded["schema"] == 3 and upgraded["emails"] == ["ada@example.org"]


def test_a_schema_2_contact_is_upgraded_with_its_original_kept(open_store, paths):
    path = CONTACT.path(paths.root, "c-ada")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(SCHEMA_2)
    store = open_store()
    assert store.problems == []
    ada = store.contacts["c-ada"]
    assert ada.keep_in_touch_days is None and ada.talks == []
    assert ada.last_interaction == date(2026, 11, 2)
    assert tomllib.loads(path.read_text("utf-8"))["schema"] == 3
    [kept] = sorted((paths.backups_dir / "migrated").rglob("*.toml"))
    assert kept.read_bytes() == SCHEMA_2


def test_cadence_and_talks_are_saved_and_read_back(open_store, paths):
    path = CONTACT.path(paths.root, "c-ada")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(SCHEMA_2)
    store = open_store()
    ada = store.contacts["c-ada"]
    ada.keep_in_touch_days = 30
    ada.talks.append(Talk(date(2026, 12, 1), TalkKind.COFFEE, "Pricing, and her new team"))
    store.put_contact(ada)
    assert store.flush() == []
    data = tomllib.loads(path.read_text("utf-8"))
    assert data["keep_in_touch_days"] == 30
    assert data["talks"] == [
        {"day": date(2026, 12, 1), "kind": "coffee", "note": "Pricing, and her new team"}
    ]
    again = open_store(cache=False).contacts["c-ada"]
    assert again.talks == ada.talks and again.keep_in_touch_days == 30
