"""Many files written at once (an import): each whole or not at all, nothing left behind."""

from __future__ import annotations

import errno

import pytest

from twoway.core import atomic
from twoway.core.atomic import TEMP_PREFIX, atomic_write_many


def contents(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_every_file_is_written_whole_and_in_its_place(tmp_path):
    items = [(tmp_path / "a" / f"c-{n}.toml", f"name = {n}\n".encode() * n) for n in range(300)]
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "c-7.toml").write_bytes(b"old")

    done, error = atomic_write_many(iter(items))

    assert (done, error) == (300, None)
    assert contents(tmp_path / "a") == {path.name: data for path, data in items}


def test_a_failure_part_way_replaces_nothing_and_leaves_no_temporary_file(tmp_path, monkeypatch):
    real = atomic._create_temp
    made = []

    def full_after_100(path, token):
        if len(made) == 100:
            raise OSError(errno.ENOSPC, "No space left on device")
        made.append(path)
        return real(path, token)

    monkeypatch.setattr(atomic, "_create_temp", full_after_100)
    (tmp_path / "c-5.toml").write_bytes(b"kept")
    items = [(tmp_path / f"c-{n}.toml", b"new") for n in range(300)]

    done, error = atomic_write_many(items)

    assert done == 0 and error is not None and error.errno == errno.ENOSPC
    assert contents(tmp_path) == {"c-5.toml": b"kept"}


def test_an_error_while_making_the_contents_leaves_no_temporary_file(tmp_path):
    def items():
        for n in range(200):
            yield tmp_path / f"c-{n}.toml", b"x"
        raise ValueError("a record that cannot be written")

    with pytest.raises(ValueError):
        atomic_write_many(items())

    assert not [p for p in tmp_path.iterdir() if p.name.startswith(TEMP_PREFIX)]
    assert not list(tmp_path.glob("*.toml"))
