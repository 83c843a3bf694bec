"""Built-in formats, user formats, and every kind of broken format file."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from twoway.core.format_files import (
    FormatFileTaken,
    format_to_toml,
    free_format_id,
    load_formats,
    parse_format,
    save_format,
    save_new_format,
)
from twoway.core.formats import Format, Owner, Phase, builtin_formats, swapped_phases

GOOD = """\
schema = 1
name = "Coffee, long"
slot_minutes = 45
warning_lead_s = 90
swappable = true

[[phases]]
title = "Warm-up"
owner = "both"
minutes = 5

[[phases]]
title = "Them"
owner = "them"
minutes = 17.5
color = "#0072B2"
cue = "Ask about the launch"

[[phases]]
title = "Me"
owner = "me"
minutes = 17.5
"""

GOOD_PHASES = parse_format(GOOD, "good").phases


def write(folder: Path, name: str, text: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_builtins_follow_the_methods():
    formats = {f.id: f for f in builtin_formats()}
    mini = formats["minimastermind"]
    assert [(p.owner, p.minutes) for p in mini.phases] == [
        (Owner.THEM, 5),
        (Owner.ME, 5),
        (Owner.THEM, 1),
        (Owner.ME, 1),
    ]
    assert mini.planned_minutes == 12 and mini.slot_minutes == 15
    twenty = formats["twenty-minute"]
    assert twenty.phases[0].minutes == 4 and twenty.phases[-1].minutes == 2
    assert 12 <= twenty.phases[1].minutes <= 15
    assert twenty.slot_minutes == 20
    assert formats["coffee-chat"].slot_minutes == 30
    for fmt in formats.values():
        assert fmt.planned_minutes <= fmt.slot_minutes
        assert all(p.cue for p in fmt.phases), "every built-in phase has a default cue"


def test_no_folder_means_builtins_only(tmp_path):
    library = load_formats(tmp_path / "missing")
    assert set(library.formats) == {"minimastermind", "twenty-minute", "coffee-chat"}
    assert library.problems == []


def test_user_format_loads_and_is_found_by_name(data_dir):
    write(data_dir / "formats", "long-coffee.toml", GOOD)
    library = load_formats(data_dir / "formats")
    assert library.problems == []
    fmt = library.find("coffee, LONG")
    assert fmt is not None and fmt.id == "long-coffee"
    assert fmt.slot_minutes == 45 and fmt.warning_lead_s == 90 and fmt.swappable
    assert fmt.phases[1].minutes == 17.5 and fmt.phases[1].cue == "Ask about the launch"
    assert fmt.phases[1].display_color == "#0072B2"
    assert fmt.phases[2].display_color  # owner color when none given


def test_user_file_overrides_a_builtin(data_dir):
    text = GOOD.replace('name = "Coffee, long"', 'name = "My minimastermind"')
    write(data_dir / "formats", "minimastermind.toml", text)
    library = load_formats(data_dir / "formats")
    assert library.get("minimastermind").name == "My minimastermind"
    assert not library.get("minimastermind").builtin


BROKEN = [
    ("truncated.toml", 'name = "Cut\n[[phases]]\ntitle = "A"\n', 1, "not valid TOML"),
    ("no-phases.toml", 'name = "Empty"\n', None, "at least one [[phases]]"),
    (
        "bad-owner.toml",
        'name = "X"\n\n[[phases]]\ntitle = "A"\nowner = "you"\nminutes = 3\n',
        5,
        "owner must be",
    ),
    (
        "bad-minutes.toml",
        'name = "X"\n[[phases]]\ntitle = "A"\nowner = "me"\nminutes = "five"\n',
        5,
        "minutes must be a number",
    ),
    (
        "negative.toml",
        'name = "X"\n[[phases]]\ntitle = "A"\nowner = "me"\nminutes = -2\n',
        5,
        "more than 0",
    ),
    (
        "typo.toml",
        'name = "X"\n[[phases]]\ntitle = "A"\nowner = "me"\nminuts = 2\n',
        5,
        "unknown setting 'minuts'",
    ),
    (
        "short-slot.toml",
        'name = "X"\nslot_minutes = 2\n[[phases]]\ntitle = "A"\nowner = "me"\nminutes = 5\n',
        2,
        "shorter than its phases",
    ),
    (
        "bad-color.toml",
        'name = "X"\n[[phases]]\ntitle = "A"\nowner = "me"\nminutes = 5\ncolor = "red"\n',
        6,
        "color must look like",
    ),
    ("duplicate.toml", 'name = "X"\nname = "Y"\n', 2, "not valid TOML"),
    ("newer.toml", 'schema = 9\nname = "X"\n', 1, "newer Twoway"),
    ("no-name.toml", '[[phases]]\ntitle = "A"\nowner = "me"\nminutes = 5\n', None, "name is"),
]


@pytest.mark.parametrize(("name", "text", "line", "message"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_file_is_reported_with_line_and_others_still_load(
    data_dir, name, text, line, message
):
    folder = data_dir / "formats"
    write(folder, "long-coffee.toml", GOOD)
    broken = write(folder, name, text)
    before = broken.read_bytes()
    library = load_formats(folder)
    assert "long-coffee" in library.formats and "minimastermind" in library.formats
    assert len(library.problems) == 1
    problem = library.problems[0]
    assert problem.path == broken
    assert message in problem.message
    assert problem.line == line
    assert str(problem).startswith(name)
    assert broken.read_bytes() == before, "a broken file is never rewritten"


def test_a_format_file_saved_with_a_byte_order_mark_is_read(data_dir):
    # As Notepad saves UTF-8; records with a mark were already accepted.
    write(
        data_dir / "formats",
        "long-coffee.toml",
        "\ufeff" + GOOD.replace("[[phases]]", "\n[[phases]]", 1),
    )
    library = load_formats(data_dir / "formats")
    assert library.problems == []
    assert library.formats["long-coffee"].name == "Coffee, long"
    broken = write(data_dir / "formats", "broken.toml", "\ufeff" + GOOD.replace("= 45", "= ", 1))
    (problem,) = load_formats(data_dir / "formats").problems
    assert (problem.path, problem.line) == (broken, 3)  # lines counted as the user sees them


def test_binary_and_undecodable_files_are_reported(data_dir):
    folder = data_dir / "formats"
    write(folder, "binary.toml", b"\x00\xff\xfe\x00garbage")
    write(folder, "latin.toml", 'name = "Caf\xe9"'.encode("latin-1"))
    library = load_formats(folder)
    messages = sorted(p.message for p in library.problems)
    assert messages == ["is not UTF-8 text", "is not UTF-8 text"]


def test_a_directory_named_like_a_format_is_reported(data_dir):
    (data_dir / "formats" / "odd.toml").mkdir(parents=True)
    library = load_formats(data_dir / "formats")
    assert [p.path.name for p in library.problems] == ["odd.toml"]
    assert "cannot be read" in library.problems[0].message


def test_unreadable_file_is_reported(data_dir, monkeypatch):
    secret = write(data_dir / "formats", "secret.toml", GOOD)
    import twoway.core.format_files as formats_module

    real_read = formats_module.read_regular_file

    def refuse(path: Path) -> bytes:
        # chmod cannot stop root, so the refusal is simulated where it happens.
        if path == secret:
            raise PermissionError(13, "Permission denied")
        return real_read(path)

    monkeypatch.setattr(formats_module, "read_regular_file", refuse)
    library = load_formats(data_dir / "formats")
    assert [p.path for p in library.problems] == [secret]
    assert "cannot be read (Permission denied)" in library.problems[0].message


def test_odd_file_names_are_reported(data_dir):
    write(data_dir / "formats", "Has Spaces!.toml", GOOD)
    library = load_formats(data_dir / "formats")
    assert "file name" in library.problems[0].message


def test_save_and_reload_round_trip_with_unicode(data_dir):
    fmt = Format(
        id="kaffee",
        name="Kaffeeplausch ☕ مرحبا",
        phases=(
            Phase("Deren Geschichte", Owner.THEM, 12.5, cue="Fragen:\n„Was brauchen Sie?“"),
            Phase("Meine", Owner.ME, 12.5, color="#E69F00"),
        ),
        slot_minutes=30,
        swappable=True,
        closing_line="Danke! ✨",
    )
    saved = save_format(fmt, data_dir / "formats")
    path = saved.source
    assert path.name == "kaffee.toml"
    again = parse_format(path.read_text(encoding="utf-8"), "kaffee", path)
    assert again == fmt
    assert "schema = 1" in format_to_toml(fmt)


def test_save_refuses_unsafe_ids(data_dir):
    fmt = builtin_formats()[0]
    with pytest.raises(ValueError):
        save_format(Format(**{**fmt.__dict__, "id": "../escape"}), data_dir)


# Written by a newer Twoway on another device, and with one typo: neither loads here.
NEWER = GOOD.replace("schema = 1", "schema = 2")
TYPO = GOOD.replace('color = "#0072B2"', 'color = "#0072B"')


def test_a_new_format_never_takes_the_file_of_one_that_did_not_load(data_dir):
    folder = data_dir / "formats"
    newer = write(folder, "new-format.toml", NEWER)
    typo = write(folder, "weekly.toml", TYPO)
    library = load_formats(folder)
    assert len(library.problems) == 2 and "new-format" not in library.formats

    fresh = Format(id="new-format", name="New format", phases=GOOD_PHASES, slot_minutes=45)
    saved = save_new_format(fresh, folder, library.formats)
    assert saved.id == "new-format-2"
    assert newer.read_text(encoding="utf-8") == NEWER
    assert load_formats(folder).get("new-format-2").name == "New format"
    assert free_format_id("weekly", folder, library.formats) == "weekly-2"
    assert free_format_id("minimastermind", folder, library.formats) == "minimastermind-2"

    # Asked to write a new format straight over it, the save refuses.
    with pytest.raises(FormatFileTaken):
        save_format(replace(fresh, id="weekly"), folder)
    assert typo.read_text(encoding="utf-8") == TYPO


def test_saving_writes_over_a_file_only_as_it_was_read(data_dir):
    folder = data_dir / "formats"
    path = write(folder, "long-coffee.toml", GOOD)
    read = load_formats(folder).get("long-coffee")
    saved = save_format(replace(read, name="Coffee, longer"), folder, over=read.file_digest)
    assert load_formats(folder).get("long-coffee").name == "Coffee, longer"

    # Changed outside Twoway since: valid, or from a newer Twoway, it is left as it is.
    for outside in (GOOD.replace("= 45", "= 50"), NEWER):
        path.write_text(outside, encoding="utf-8")
        with pytest.raises(FormatFileTaken):
            save_format(replace(saved, name="Mine"), folder, over=saved.file_digest)
        assert path.read_text(encoding="utf-8") == outside

    # Read again, it is the file being edited; removed outside, there is nothing to lose.
    path.write_text(GOOD, encoding="utf-8")
    again = load_formats(folder).get("long-coffee")
    save_format(replace(again, name="Mine"), folder, over=again.file_digest)
    assert load_formats(folder).get("long-coffee").name == "Mine"
    path.unlink()
    save_format(replace(again, name="Back"), folder, over=again.file_digest)
    assert load_formats(folder).get("long-coffee").name == "Back"


def test_swapped_phases_trades_adjacent_pairs_and_keeps_shared_phases():
    phases = builtin_formats()[2].phases  # coffee chat: both, them, me, both
    swapped = swapped_phases(phases)
    assert [p.owner for p in swapped] == [Owner.BOTH, Owner.ME, Owner.THEM, Owner.BOTH]
    assert swapped_phases(swapped) == phases
