"""The control socket's folder is this user's alone: another local user who makes the
socket or its folder first receives no command and cannot answer for Twoway."""

from __future__ import annotations

import argparse
import io
import os
import socket
import stat
from pathlib import Path

import appdirs
import pytest

from twoway import paths as paths_module
from twoway import remote
from twoway.paths import DataPaths
from twoway.ui import instance


@pytest.fixture
def paths(data_dir) -> DataPaths:
    return DataPaths(data_dir)


def owned_by_someone_else(monkeypatch, *targets: Path) -> None:
    """Make `remote.lstat` report another user as the owner of these paths."""
    real = os.lstat
    stranger = os.geteuid() + 1

    def lstat(path):
        st = real(path)
        if Path(path) in targets:
            values = list(st)
            values[stat.ST_UID] = stranger
            return os.stat_result(values)
        return st

    monkeypatch.setattr(remote, "lstat", lstat)


def squatter(path: str) -> socket.socket:
    """A listening socket that would answer `status` with made-up JSON, if asked."""
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(path)
    sock.listen(1)
    sock.settimeout(0.3)
    return sock


def never_contacted(sock: socket.socket) -> bool:
    try:
        sock.accept()[0].close()
    except TimeoutError:
        return True
    return False


def test_a_socket_owned_by_another_user_is_refused_with_a_plain_message(paths, monkeypatch):
    remote.prepare_runtime_dir(paths)
    [name] = remote.server_names(paths)
    with squatter(name) as theirs:
        owned_by_someone_else(monkeypatch, Path(name))
        out, err = io.StringIO(), io.StringIO()

        code = remote.send_command(paths, {"command": "quit"}, out, err)

        assert code == remote.EXIT_FAILED and out.getvalue() == ""
        said = err.getvalue()
        assert said.count("\n") == 1 and "belongs to another user" in said
        assert name in said and "Traceback" not in said
        assert never_contacted(theirs), "the quit command never reached it"


def test_a_socket_folder_other_users_can_open_is_refused(paths):
    folder = paths.runtime_dir
    folder.mkdir(parents=True)
    os.chmod(folder, 0o755)
    [name] = remote.server_names(paths)
    with squatter(name) as theirs:
        with pytest.raises(remote.Refused, match="can be opened by other users"):
            remote.request(paths, {"command": "status"})
        assert never_contacted(theirs)


def test_a_runtime_folder_of_another_user_is_not_used_by_the_app(paths, monkeypatch, capsys):
    paths.runtime_dir.mkdir(parents=True, mode=0o700)
    owned_by_someone_else(monkeypatch, paths.runtime_dir)
    args = argparse.Namespace(command=None, minimized=False, format=None, contact=None)

    claim = instance.claim_instance(paths, args)

    assert not claim.forwarded and claim.lock is None and claim.server_names == []
    said = capsys.readouterr().err
    assert "belongs to another user" in said and str(paths.runtime_dir) in said
    assert list(paths.runtime_dir.iterdir()) == [], "neither lock nor socket put there"


def test_our_own_folder_made_too_open_is_closed_again(paths):
    paths.runtime_dir.mkdir(parents=True)
    os.chmod(paths.runtime_dir, 0o755)

    remote.prepare_runtime_dir(paths)

    assert stat.S_IMODE(os.stat(paths.runtime_dir).st_mode) == 0o700


def test_without_xdg_runtime_dir_the_folder_is_a_private_one_of_our_own(paths, monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR")

    folder = remote.prepare_runtime_dir(paths)

    base = Path(appdirs.user_cache_dir("Twoway", appauthor=False)) / "run"
    assert paths_module.user_runtime_base() == base
    assert folder.parent == base and folder.is_relative_to(Path.home())
    for each in (base, folder):
        assert stat.S_IMODE(os.stat(each).st_mode) == 0o700
    [name] = remote.server_names(paths)
    assert Path(name).is_relative_to(base)


def test_start_refuses_in_one_line_when_the_socket_is_another_users(paths, monkeypatch):
    from twoway import launch

    remote.prepare_runtime_dir(paths)
    [name] = remote.server_names(paths)
    launched = []
    monkeypatch.setattr(launch, "_launch_quietly", lambda paths: launched.append(paths))
    with squatter(name) as theirs:
        owned_by_someone_else(monkeypatch, Path(name))
        out, err = io.StringIO(), io.StringIO()

        code = launch.start_meeting(paths, None, "Maya", out, err)

        assert (code, out.getvalue()) == (1, "")
        assert err.getvalue() == (
            f"twoway: Twoway will not use its control socket: {name} belongs to another user "
            f"(user id {os.geteuid() + 1}). Remove it, or set XDG_RUNTIME_DIR to a folder only "
            "you can open.\n"
        )
        assert launched == [], "no second Twoway was started beside it"
        assert never_contacted(theirs)


def test_a_start_whose_socket_turns_out_to_be_another_users_says_so(paths, monkeypatch):
    """The socket appears while Twoway starts in the background, and it is not ours."""
    from twoway import launch

    answers = iter([remote.NotRunning(), remote.Refused("It is not yours.")])

    def request(paths, message, **_):
        raise next(answers)

    class Started:
        returncode = None

        def poll(self):
            return None

    monkeypatch.setattr(remote, "request", request)
    monkeypatch.setattr(launch, "_launch_quietly", lambda paths: Started())
    out, err = io.StringIO(), io.StringIO()

    assert launch.start_meeting(paths, None, None, out, err) == 1
    assert (out.getvalue(), err.getvalue()) == ("", "twoway: It is not yours.\n")


def test_a_socket_folder_we_may_not_look_into_is_refused_not_a_traceback(paths, monkeypatch):
    remote.prepare_runtime_dir(paths)
    [name] = remote.server_names(paths)
    owned_by_someone_else(monkeypatch, paths.runtime_dir)
    looks = remote.lstat

    def lstat(path):
        if Path(path) == Path(name):  # as when the folder is 0700 and someone else's
            raise PermissionError(13, "Permission denied", str(path))
        return looks(path)

    monkeypatch.setattr(remote, "lstat", lstat)
    out, err = io.StringIO(), io.StringIO()

    assert remote.send_command(paths, {"command": "status"}, out, err) == 1
    assert err.getvalue() == (
        f"twoway: Twoway will not use its control socket: {paths.runtime_dir} belongs to "
        f"another user (user id {os.geteuid() + 1}). Remove it, or set XDG_RUNTIME_DIR to a "
        "folder only you can open.\n"
    )
