"""The demo's records speak the user's language: texts translated, everything else kept."""

from __future__ import annotations

from datetime import UTC, datetime

from twoway.core.clock import FakeClock
from twoway.core.records import MeetingStatus
from twoway.core.store import Store
from twoway.core.workflow.prep import CUE_SEPARATOR
from twoway.demo_data import seed_demo
from twoway.paths import DataPaths

NOW = datetime(2026, 3, 10, 8, 40, tzinfo=UTC)
CATALOG = {  # a few of the demo's texts, as a translation would give them
    "Launching a Lisbon studio this spring. Prefers calls before 10:00.": "Eröffnet im "
    "Frühjahr ein Studio in Lissabon. Telefoniert am liebsten vor 10:00.",
    "What is the hardest pricing call for the new line?": "Was ist die schwerste "
    "Preisentscheidung für die neue Linie?",
    "Send Priya the note on price elasticity": "Priya die Notiz zur Preiselastizität schicken",
    "research": "forschung",
}


def seeded(data_dir, translate=str) -> Store:
    store = Store.open(DataPaths(data_dir), FakeClock(start=NOW), cache_file=None)
    seed_demo(store, NOW, translate)
    return store


def test_the_demo_texts_come_in_the_users_language_and_names_stay(data_dir):
    store = seeded(data_dir, lambda text: CATALOG.get(text, text))
    maya = store.contacts["c-demo00"]
    assert maya.notes.startswith("Eröffnet im Frühjahr")
    assert (maya.name, maya.emails) == ("Maya Okafor", ["maya@studiolumen.example"])
    assert "forschung" in store.contacts["c-demo01"].tags
    followups = {f.id: f.text for f in store.followups.values()}
    assert followups["f-demo09"] == "Priya die Notiz zur Preiselastizität schicken"
    meeting = store.meetings["m-demo10"]
    assert meeting.prep.questions[0].startswith("Was ist die schwerste")
    # The overlay's cues are made from the translated prep, not from the English one.
    assert meeting.prep.cues[0].split(CUE_SEPARATOR)[0] == meeting.prep.questions[0]
    assert store.meetings["m-demo14"].status is MeetingStatus.DECLINED


def test_without_a_translation_the_demo_is_english(data_dir):
    store = seeded(data_dir)
    assert store.contacts["c-demo00"].notes.startswith("Launching a Lisbon studio")
