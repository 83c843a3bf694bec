"""One odd or hostile file never stops anything: it is named, and everything else loads.

A pipe named like a record would make a plain read wait forever; a file of arrays nested
thousands of levels deep would crash the parser; a huge file would fill memory.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import store_samples as samples

from twoway.core.format_files import load_formats
from twoway.core.records import Contact
from twoway.core.settings import SettingsFile, UiState
from twoway.core.store.layout import MAX_RECORD_BYTES
from twoway.core.store.problems import NOT_SAVED, UNREADABLE

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="pipes are a POSIX thing")
DEEP = "x = " + "[" * 3000 + "]" * 3000 + "\n"
A_LITTLE_DEEP = "x = " + "[" * 100 + "]" * 100 + "\n"  # parses, yet far deeper than ours
PIPE = "It could not be read (it is not an ordinary file but a pipe, socket or device)."
NESTED = (
    "It holds lists or tables nested inside one another more than 32 levels deep, "
    "so it was not read. It may have been damaged."
)


@pytest.fixture
def good(open_store):
    store = open_store()
    person = samples.contact(name="Ada Good")
    store.put_contact(person)
    assert store.flush() == []
    return person


def problem_at(store, path: Path):
    [problem] = [p for p in store.problems if p.path == path]
    return problem


@needs_fifo
def test_a_pipe_named_like_a_record_is_named_not_waited_on(open_store, paths, good):
    pipe = paths.root / "contacts" / "c-pipe.toml"
    os.mkfifo(pipe)

    store = open_store(cache=False)

    problem = problem_at(store, pipe)
    assert (problem.kind, problem.message) == (UNREADABLE, PIPE)
    assert [c.name for c in store.contacts.values()] == ["Ada Good"]
    store.put_contact(Contact(name="Another"))
    assert store.flush() == []
    assert store.rescan().problems == []  # looked at again, still not waited on
    assert Path(pipe).exists()


@needs_fifo
def test_a_pipe_as_settings_formats_or_window_state_is_named(paths):
    for path in (paths.settings_file, paths.ui_state_file, paths.formats_dir / "talk.toml"):
        path.parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(path)

    settings = SettingsFile.load(paths.settings_file)
    state, state_problem = UiState.load(paths.ui_state_file)
    library = load_formats(paths.formats_dir)

    [problem] = settings.problems
    assert problem.message == (
        "Your settings could not be read (it is not an ordinary file but a pipe, socket "
        "or device); defaults are used."
    )
    assert settings.read_only  # never replaced: what it is cannot be told
    assert state_problem is not None and state == UiState()
    [format_problem] = library.problems
    assert format_problem.path.name == "talk.toml"
    assert "not an ordinary file" in format_problem.message
    assert "minimastermind" in library.formats


@pytest.mark.parametrize("text", [DEEP, A_LITTLE_DEEP])
def test_a_record_nested_too_deeply_is_named_and_the_rest_loads(open_store, paths, good, text):
    deep = paths.root / "meetings" / "m-deep.toml"
    deep.parent.mkdir()
    deep.write_text('schema = 1\ncontact_id = "c"\n' + text)

    store = open_store(cache=False)

    problem = problem_at(store, deep)
    assert (problem.kind, problem.message) == (UNREADABLE, NESTED)
    assert [c.name for c in store.contacts.values()] == ["Ada Good"]
    assert deep.read_text().endswith(text)  # left as it is


@pytest.mark.parametrize("text", [DEEP, A_LITTLE_DEEP])
def test_settings_nested_too_deeply_are_named_and_defaults_used(paths, text):
    paths.settings_file.write_text("schema = 1\n[chime]\n" + text)

    settings = SettingsFile.load(paths.settings_file)

    [problem] = settings.problems
    assert (
        problem.message
        == f"Your settings file could not be read: {NESTED} Defaults are used; the file is kept as it is until you change a setting."
    )
    assert settings.get("backups.keep") == 14  # the default


@pytest.mark.parametrize("depth", [100, 100_000])
def test_window_state_nested_too_deeply_is_named(paths, depth):
    paths.ui_state_file.parent.mkdir(parents=True, exist_ok=True)
    paths.ui_state_file.write_text('{"other": ' + "[" * depth + "]" * depth + "}")

    state, problem = UiState.load(paths.ui_state_file)

    assert state == UiState()
    assert problem is not None and problem.kind == UNREADABLE
    assert problem.message.startswith("Window positions could not be read")


def test_a_format_nested_too_deeply_is_named_and_the_rest_load(paths):
    paths.formats_dir.mkdir()
    (paths.formats_dir / "deep.toml").write_text('schema = 1\nname = "Deep"\n' + DEEP)
    (paths.formats_dir / "walk.toml").write_text(
        'schema = 1\nname = "Walk"\n[[phases]]\ntitle = "Talk"\nowner = "both"\nminutes = 10\n'
    )

    library = load_formats(paths.formats_dir)

    [problem] = library.problems
    assert problem.path.name == "deep.toml"
    assert "nested inside one another" in problem.message
    assert library.formats["walk"].name == "Walk"


def test_a_record_file_over_the_size_limit_is_named_not_read(open_store, paths, good):
    huge = paths.root / "contacts" / "c-huge.toml"
    huge.write_bytes(b'schema = 2\nname = "Huge"\nnotes = "' + b"x" * MAX_RECORD_BYTES + b'"\n')

    store = open_store(cache=False)

    problem = problem_at(store, huge)
    assert problem.message == (
        "It could not be read (it is larger than 2 MB, the most Twoway reads)."
    )
    assert [c.name for c in store.contacts.values()] == ["Ada Good"]
    assert huge.stat().st_size > MAX_RECORD_BYTES  # left as it is


def test_a_record_too_large_to_save_is_refused_plainly_and_kept(open_store, paths, good):
    store = open_store()
    path = paths.root / "contacts" / f"{good.id}.toml"
    before = path.read_bytes()
    good.notes = "n" * (MAX_RECORD_BYTES + 10)
    store.put_contact(good)

    [problem] = store.flush()

    assert problem.kind == NOT_SAVED and problem.path == path
    assert problem.message == (
        "Contact “Ada Good”: this is too large to save (2.0 MB; a record may hold at most "
        "2 MB). Shorten its notes or other long text, and it is saved. Until then it is "
        "kept while Twoway stays open."
    )
    assert path.read_bytes() == before
    assert store.pending() == 1 and store.contacts[good.id].notes == good.notes
    good.notes = "Shorter now"
    store.put_contact(good)
    assert store.flush() == []
    assert open_store(cache=False).contacts[good.id].notes == "Shorter now"


def test_window_state_written_by_us_still_reads(paths):
    state = UiState(told_no_tray=True)
    state.save(paths.ui_state_file)
    assert UiState.load(paths.ui_state_file) == (state, None)
    assert json.loads(paths.ui_state_file.read_text())["told_no_tray"] is True
