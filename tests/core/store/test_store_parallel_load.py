"""A first start without the load cache on many files: read by helper processes.

What the user sees must be exactly what a one-file-at-a-time start shows: the same
records, the same named problems, and a load cache written for the next start.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import store_samples as samples
from test_store_broken_files import CORPUS, write

from twoway.core.store import Store, parallel
from twoway.core.store.lazy import LazyMeeting
from twoway.core.workflow.search import search_contacts

NEWER = b'schema = 99\nname = "From the future"\n'


@pytest.fixture
def many(open_store, paths) -> None:
    """Forty contacts and meetings with odd text, every broken file, one newer file."""
    store = open_store(cache=False)
    for number in range(40):
        person = samples.contact(
            id=f"c-{number:04d}", notes=samples.ODD_TEXTS[number % len(samples.ODD_TEXTS)]
        )
        store.put_contact(person)
        store.put_meeting(samples.meeting(person.id, id=f"m-{number:04d}"))
    assert not store.close()
    for folder, name, content, _line, _reason in CORPUS:
        write(paths.root, folder, name, content)
    write(paths.root, "contacts", "c-newer.toml", NEWER)
    samples.settle(paths.root)


def _open(paths, clock, *, helpers: bool, cache_file: Path | None = None, progress=None):
    saved = parallel.PARALLEL_AT
    parallel.PARALLEL_AT = 10 if helpers else 10**9
    try:
        return Store.open(paths, clock, cache_file=cache_file, progress=progress)
    finally:
        parallel.PARALLEL_AT = saved


def _problems(store: Store) -> list[tuple]:
    return sorted((str(p.path), p.kind, p.line, str(p.message)) for p in store.problems)


@pytest.fixture(autouse=True)
def two_cores(monkeypatch) -> None:
    # The helpers are used wherever there is more than one core; tests run anywhere.
    monkeypatch.setattr(parallel, "usable_workers", lambda: 2)


def test_helpers_load_exactly_what_one_by_one_loading_does(many, paths, clock, monkeypatch):
    calls = []
    original = parallel.Helpers.parse_files

    def spy(self, kind, files, now, progress=None):
        calls.append((kind.name, len(files)))
        return original(self, kind, files, now, progress)

    monkeypatch.setattr(parallel.Helpers, "parse_files", spy)
    one_by_one = _open(paths, clock, helpers=False)
    assert calls == []

    shared = _open(paths, clock, helpers=True)

    assert ("contact", 52) in calls and ("meeting", 45) in calls
    # Meetings come in with their long parts unread, as from the cache.
    assert type(shared.meetings["m-0001"]) is LazyMeeting
    assert shared.contacts == one_by_one.contacts
    assert shared.meetings == one_by_one.meetings
    assert shared.followups == one_by_one.followups
    assert _problems(shared) == _problems(one_by_one)
    assert len(_problems(shared)) == len(CORPUS) + 1  # every broken file and the newer one
    assert shared.is_read_only("contact", "c-newer")
    assert [c.id for c in search_contacts(shared.contacts, "Ångström")] == [
        c.id for c in search_contacts(one_by_one.contacts, "Ångström")
    ]


def test_a_load_by_the_helpers_leaves_a_cache_for_the_next_start(many, paths, clock, tmp_path):
    cache = tmp_path / "load.cache"
    first = _open(paths, clock, helpers=True, cache_file=cache)
    assert first.loaded_from_cache == 0 and cache.exists()

    second = _open(paths, clock, helpers=True, cache_file=cache)

    assert second.loaded_from_cache == 80  # every good contact and meeting
    assert second.contacts == first.contacts
    assert second.meetings == first.meetings
    assert _problems(second) == _problems(first)


def test_a_meeting_read_by_the_helpers_saves_like_any_other(many, paths, clock):
    store = _open(paths, clock, helpers=True)
    meeting = store.meetings["m-0003"]
    meeting.debrief.next_step = "Call Ana on Friday"
    store.put_meeting(meeting)
    assert not store.close()

    again = _open(paths, clock, helpers=False)

    assert again.meetings["m-0003"].debrief.next_step == "Call Ana on Friday"
    assert again.meetings["m-0003"].prep == samples.meeting("c-0003").prep


def test_without_helpers_every_file_is_still_read(many, paths, clock, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise OSError("no processes here")

    monkeypatch.setattr(parallel.multiprocessing, "get_context", refuse)
    expected = _open(paths, clock, helpers=False)

    store = _open(paths, clock, helpers=True)

    assert store.meetings == expected.meetings
    assert _problems(store) == _problems(expected)


def test_progress_is_reported_up_to_every_file(many, paths, clock):
    seen: list[tuple[int, int]] = []

    store = _open(
        paths, clock, helpers=True, progress=lambda done, total: seen.append((done, total))
    )

    total = 40 + 40 + len(CORPUS) + 1
    assert seen[0] == (0, total)
    assert seen[-1] == (total, total)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert len(store.contacts) == 41
