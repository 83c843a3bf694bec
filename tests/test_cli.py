"""Command-line basics: version, data folder choice, usage errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from twoway import __version__
from twoway.cli import COMMANDS, build_parser, main, parse_args
from twoway.paths import DATA_DIR_ENV, resolve_data_dir

DESKTOP = Path(__file__).resolve().parent.parent / "desktop"


def this_checkout(env: dict | None = None) -> dict:
    """The environment for a `twoway` process that runs this checkout's code (not the
    one the virtual environment was installed from)."""
    import os

    env = dict(os.environ if env is None else env)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(DESKTOP), env.get("PYTHONPATH")]))
    return env


def run_twoway(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "twoway", *args],
        capture_output=True,
        text=True,
        env=this_checkout(env),
        timeout=60,
        check=False,
    )


def test_version_prints_the_version():
    result = run_twoway("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Twoway {__version__}"


def test_version_does_not_load_qt():
    code = (
        "import sys; from twoway.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was loaded'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_data_dir_option_wins_over_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert resolve_data_dir(str(tmp_path / "from-cli")).root == tmp_path / "from-cli"
    assert resolve_data_dir(None).root == tmp_path / "from-env"


def test_default_data_dir_is_the_platforms_and_not_the_real_home(monkeypatch):
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    root = resolve_data_dir(None).root
    assert root.name == "Twoway"
    assert str(root).startswith(str(Path.home()))
    assert "twoway-test-home" in str(root), "tests run with a private home"


def test_unknown_command_is_a_usage_error():
    result = run_twoway("frobnicate")
    assert result.returncode == 2
    assert "usage: twoway" in result.stderr


def test_a_misspelt_command_is_answered_with_the_list_of_commands():
    result = run_twoway("strat")
    assert result.returncode == 2
    assert "invalid choice: 'strat'" in result.stderr
    assert all(command in result.stderr for command in ("start", "pause", "export", "sync"))


def test_help_lists_every_command_and_a_commands_help_its_options():
    listed = run_twoway("--help").stdout
    assert all(command in listed for command in COMMANDS)
    own = run_twoway("--data-dir", "D", "start", "--help").stdout
    assert "--contact" in own and "--format" in own


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--minimized"],
        ["--data-dir", "start"],
        ["--data-dir", "D", "start", "--contact", "Maya Okafor", "--format", "Coffee"],
        ["click-through", "on"],
        ["show", "--window", "--data-dir", "D"],
        ["import", "contacts.vcf", "--dry-run"],
        ["export", "--format", "ics", "--output", "out.ics", "--deadlines", "event"],
        ["restore", "backup.zip"],
        ["account", "add", "https://example.org/dav", "--user", "me", "--calendar", "Work"],
        ["sync", "--password-stdin"],
    ],
)
def test_a_command_reads_the_same_as_with_the_whole_command_line_built(args):
    # Only the named command's part is built at start, for speed; it must read alike.
    assert parse_args(args) == build_parser().parse_args(args)


@pytest.mark.parametrize(
    "args",
    [
        ["start", "--colour", "blue"],
        ["click-through", "sideways"],
        ["export", "--format", "pdf", "--output", "x"],
        ["export", "--format", "csv"],
        ["restore"],
        ["restore", "a.zip", "--force"],
    ],
)
def test_bad_arguments_are_usage_errors(args):
    with pytest.raises(SystemExit) as exit_info:
        parse_args(args)
    assert exit_info.value.code == 2


def test_demo_refuses_a_real_data_folder(tmp_path, capsys):
    assert main(["--demo", "--data-dir", str(tmp_path)]) == 2
    assert "throwaway folder" in capsys.readouterr().err


@pytest.mark.parametrize("where", ["before", "after"])
def test_an_empty_data_dir_is_refused_rather_than_the_usual_folder_used(capsys, where):
    argv = ["--data-dir", "", "status"] if where == "before" else ["status", "--data-dir", ""]
    assert main(argv) == 2
    assert capsys.readouterr().err == (
        "twoway: --data-dir was given an empty path; name a folder.\n"
    )


# --- hostile files through the command line --------------------------------------------


def _twoway_with(data: Path, *args: str) -> subprocess.CompletedProcess:
    import os

    env = {**os.environ, DATA_DIR_ENV: str(data)}
    return run_twoway(*args, env=env)


def _seed(data: Path) -> None:
    from twoway.core.records import Contact
    from twoway.core.store import Store
    from twoway.paths import DataPaths

    store = Store.open(DataPaths(data), cache_file=None)
    store.put_contact(Contact(name="Ada Lovelace"))
    assert store.flush() == []


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="pipes are a POSIX thing")
def test_export_names_what_it_left_out_and_fails(tmp_path):
    import os

    data = tmp_path / "data"
    _seed(data)
    os.mkfifo(data / "contacts" / "c-pipe.toml")
    (data / "contacts" / "c-deep.toml").write_text("x = " + "[" * 3000 + "]" * 3000)
    output = tmp_path / "contacts.vcf"

    result = _twoway_with(data, "export", "--format", "vcard", "--output", str(output))

    assert result.returncode == 1
    assert result.stdout == f"Exported 1 contact to {output}.\n"
    assert result.stderr.splitlines() == [
        "twoway export: 2 records could not be read:",
        "  contacts/c-deep.toml: It holds lists or tables nested inside one another more "
        "than 32 levels deep, so it was not read. It may have been damaged.",
        "  contacts/c-pipe.toml: It could not be read (it is not an ordinary file but a "
        "pipe, socket or device).",
    ]
    assert "Ada Lovelace" in output.read_text()
    assert "Traceback" not in result.stderr


def test_restore_dry_run_then_restore_then_a_refused_one(tmp_path):
    import zipfile

    data = tmp_path / "data"
    _seed(data)
    exported = tmp_path / "backup.zip"
    assert (
        _twoway_with(data, "export", "--format", "backup", "--output", str(exported)).returncode
        == 0
    )
    (data / "contacts" / "c-later.toml").write_text('schema = 2\nname = "Added later"\n')

    dry = _twoway_with(data, "restore", "--dry-run", str(exported))

    assert (dry.returncode, dry.stderr) == (0, "")
    assert dry.stdout.splitlines() == [
        "Dry run: restoring “backup.zip” would add 0 files, replace 0 and remove 1 "
        "(1 file already as in the backup). Nothing was written.",
        "  remove   contacts/c-later.toml",
    ]
    assert (data / "contacts" / "c-later.toml").exists()

    done = _twoway_with(data, "restore", str(exported))

    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith(
        "Restored “backup.zip”: added 0 files, replaced 0 and removed 1 (1 file already as "
        "in the backup).\nWhat you had before is kept in "
    )
    assert not (data / "contacts" / "c-later.toml").exists()

    crafted = tmp_path / "crafted.zip"
    with zipfile.ZipFile(crafted, "w") as archive:
        archive.writestr("C:/Windows/win.toml", "schema = 2\n")
    files_before = sorted(p.name for p in (data / "contacts").iterdir())

    bad = _twoway_with(data, "restore", str(crafted))

    assert bad.returncode == 1 and bad.stdout == ""
    assert bad.stderr == (
        "twoway restore: “crafted.zip” cannot be restored, so nothing was changed. Its entry "
        "“C:/Windows/win.toml”: its name could lead out of the data folder (an absolute "
        "path, a drive letter or a network path).\n"
    )
    assert sorted(p.name for p in (data / "contacts").iterdir()) == files_before
    missing = _twoway_with(data, "restore", str(tmp_path / "nowhere.zip"))
    assert (missing.returncode, missing.stderr) == (
        1,
        "twoway restore: There is no file called “nowhere.zip”.\n",
    )


@pytest.mark.skipif(not hasattr(__import__("os"), "symlink"), reason="needs symbolic links")
def test_a_backup_export_leaves_out_a_planted_link_and_says_so(tmp_path):
    import os
    import zipfile

    data = tmp_path / "data"
    _seed(data)
    os.symlink("/etc/passwd", data / "contacts" / "x.toml")
    output = data / "exported.zip"  # inside the synced folder, as people do

    result = _twoway_with(data, "export", "--format", "backup", "--output", str(output))

    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "twoway export: 1 file could not be backed up:",
        "  contacts/x.toml: It was left out of the backup (it is a link to somewhere else; "
        "backups hold only the data folder's own files).",
    ]
    with zipfile.ZipFile(output) as archive:
        assert "contacts/x.toml" not in archive.namelist()
        assert all(b"root:" not in archive.read(name) for name in archive.namelist())


def test_restore_refuses_while_the_app_runs_with_the_folder(tmp_path, monkeypatch, capsys):
    import twoway.remote

    data = tmp_path / "data"
    _seed(data)
    before = sorted(p.name for p in (data / "contacts").iterdir())
    asked = []
    monkeypatch.setattr(
        twoway.remote, "request", lambda paths, message, **_: asked.append(message) or {}
    )

    code = main(["--data-dir", str(data), "restore", str(tmp_path / "backup.zip")])

    assert code == 1 and asked == [{"command": "status"}]
    assert capsys.readouterr().err == (
        "twoway restore: Twoway is running with this data folder; restore from its "
        "Settings, or quit it and try again. Nothing was changed.\n"
    )
    assert sorted(p.name for p in (data / "contacts").iterdir()) == before


@pytest.mark.parametrize(
    "args",
    [
        ["status", "--data-dir", "D"],
        ["--data-dir", "D", "status"],
        ["start", "--contact", "Maya", "--data-dir", "D"],
        ["export", "--format", "csv", "--output", "x", "--data-dir", "D"],
    ],
)
def test_the_data_folder_may_be_named_before_or_after_the_command(args):
    assert parse_args(args).data_dir == "D"


def test_a_data_folder_named_only_before_the_command_is_kept():
    args = parse_args(["--data-dir", "D", "next"])
    assert (args.data_dir, args.command) == ("D", "next")


def test_status_without_a_data_folder_points_to_the_running_demo(tmp_path, capsys, monkeypatch):
    from twoway import launch
    from twoway.paths import DataPaths

    demo = DataPaths(tmp_path / "twoway-demo-x")
    demo.root.mkdir()
    launch.post_demo_folder(demo)  # as the running demo does (this process stands in)
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    try:
        assert main(["status"]) == 1
        said = capsys.readouterr().err
        assert f"twoway --data-dir {demo.root} <command>" in said
        assert "demo is running" in said
    finally:
        launch.remove_demo_signpost(demo)
    assert main(["status"]) == 1
    assert "Twoway is not running. Start it" in capsys.readouterr().err


def test_a_signpost_left_by_a_demo_that_has_gone_points_nowhere(tmp_path):
    import json

    from twoway import launch

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    launch.demo_signpost().write_text(
        json.dumps({"data_dir": str(tmp_path), "pid": int(gone.stdout)})
    )
    try:
        assert launch.running_demo_folder() is None
    finally:
        launch.demo_signpost().unlink()


# --- data folders with odd names --------------------------------------------------------


def test_a_data_folder_whose_name_is_not_utf8_works(tmp_path):
    import os

    data = os.fsencode(tmp_path) + b"/caf\xe9-\xff"  # Latin-1, as an old disk may have it
    os.mkdir(data)
    output = tmp_path / "out.csv"
    twoway = [sys.executable, "-m", "twoway", "--data-dir", data]

    run = lambda *args: subprocess.run(  # noqa: E731
        [*twoway, *args], capture_output=True, text=True, env=this_checkout(), timeout=60
    )

    status = run("status")
    export = run("export", "--format", "csv", "--output", output)

    assert (status.returncode, status.stderr) == (
        1,
        "twoway: Twoway is not running. Start it with `twoway` or `twoway start`.\n",
    )
    assert (export.returncode, export.stderr) == (0, "")
    assert export.stdout == f"Exported 0 contacts to {output}.\n"


def test_a_utf8_data_folder_keeps_the_names_of_its_machine_local_folders():
    """Window places, sync state and the load cache are found where they always were."""
    from twoway.paths import DataPaths, folder_digest

    root = Path("/home/zoë/Daten Ω")
    paths = DataPaths(root)

    # As computed from str(root).encode("utf-8") before.
    assert folder_digest(root) == "143375eb2a0a74c7"
    assert paths.state_dir.name == "143375eb2a0a74c7"
    assert paths.load_cache_file.name == "143375eb2a0a74c710ea.cache"
    assert paths.runtime_dir.name == "twoway-143375eb2a0a74c7", "no link on the way"


@pytest.mark.skipif(not hasattr(__import__("os"), "symlink"), reason="needs symbolic links")
def test_a_data_folder_reached_through_a_link_is_the_same_running_twoway(tmp_path):
    import os

    from twoway.paths import DataPaths, folder_digest
    from twoway.remote import server_names

    real = tmp_path / "real"
    real.mkdir()
    os.symlink(real, tmp_path / "link")
    through_link, direct = DataPaths(tmp_path / "link"), DataPaths(real)

    assert through_link.runtime_dir == direct.runtime_dir
    assert server_names(through_link) == server_names(direct)
    # This machine's state for the folder stays where it was for the path as given.
    assert through_link.state_dir.name == folder_digest(tmp_path / "link")


# --- refusals -----------------------------------------------------------------------------


def test_restore_refuses_in_one_line_when_the_socket_is_another_users(tmp_path, monkeypatch):
    import io

    import twoway.remote

    def refused(paths, message, **_):
        raise twoway.remote.Refused("Twoway will not use its control socket: it is not yours.")

    monkeypatch.setattr(twoway.remote, "request", refused)
    data = tmp_path / "data"
    _seed(data)
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)

    code = main(["restore", str(tmp_path / "backup.zip"), "--data-dir", str(data)])

    assert (code, err.getvalue()) == (
        1,
        "twoway: Twoway will not use its control socket: it is not yours.\n",
    )


# --- the data folder after the command ------------------------------------------------


# Every command, with the data folder named after it (and its own arguments, if any).
AFTER_THE_COMMAND = {
    "start": ["start"],
    **{name: [name] for name in ("pause", "resume", "toggle", "next", "prev", "extend")},
    **{name: [name] for name in ("swap", "end", "debrief", "show", "hide", "status", "quit")},
    "click-through": ["click-through", "on"],
    "import": ["import", "contacts.vcf"],
    "export": ["export", "--format", "csv", "--output", "x"],
    "restore": ["restore", "backup.zip"],
    "account": ["account", "list"],
    "sync": ["sync"],
}


@pytest.mark.parametrize(
    "args",
    [
        *([*words, "--data-dir", "D"] for words in AFTER_THE_COMMAND.values()),
        ["account", "--data-dir", "D", "list"],
        ["account", "add", "https://example.org/dav", "--user", "me", "--data-dir", "D"],
        ["account", "remove", "a-1", "--data-dir", "D"],
        ["sync", "--password-stdin", "--data-dir", "D"],
    ],
)
def test_every_command_takes_the_data_folder_after_it(args):
    assert parse_args(args).data_dir == "D"
    assert parse_args(args) == build_parser().parse_args(args)


def test_the_list_of_commands_above_is_complete():
    assert set(AFTER_THE_COMMAND) == set(COMMANDS)


def test_account_and_sync_use_the_data_folder_named_after_them(tmp_path):
    import os

    data = tmp_path / "data"
    calendar = tmp_path / "work.ics"
    calendar.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")
    env = {k: v for k, v in os.environ.items() if k != DATA_DIR_ENV}

    added = run_twoway("account", "add", str(calendar), "--data-dir", str(data), env=env)
    listed = run_twoway("account", "list", "--data-dir", str(data), env=env)
    elsewhere = run_twoway("account", "list", env=env)

    assert added.returncode == 0, added.stderr
    assert (listed.returncode, listed.stderr) == (0, "")
    assert f"read-only calendar  {calendar}" in listed.stdout
    assert str(calendar) not in elsewhere.stdout, "the usual data folder was not used"
    synced = run_twoway("sync", "--data-dir", str(tmp_path / "empty"), env=env)
    assert (synced.returncode, synced.stderr) == (
        2,
        "twoway sync: no accounts yet; add one with: twoway account add URL --user NAME\n",
    )


def test_start_says_in_one_line_when_no_data_folder_can_be_made_there(tmp_path):
    import os

    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    below = a_file / "Twoway"
    env = {**os.environ, "TWOWAY_FOREGROUND": ""}  # as a shortcut runs it: in the background

    result = run_twoway("start", "--data-dir", str(below), env=env)

    assert (result.returncode, result.stdout) == (1, "")
    assert (
        result.stderr == f"twoway: The data folder {below} could not be made (Not a directory).\n"
    )
