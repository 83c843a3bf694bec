"""Command-line basics: version, data folder choice, usage errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from twoway import __version__
from twoway.cli import build_parser, main
from twoway.paths import DATA_DIR_ENV, resolve_data_dir


def run_twoway(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "twoway", *args],
        capture_output=True,
        text=True,
        env=env,
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


@pytest.mark.parametrize(
    "args",
    [
        ["start", "--colour", "blue"],
        ["click-through", "sideways"],
        ["export", "--format", "pdf", "--output", "x"],
        ["export", "--format", "csv"],
    ],
)
def test_bad_arguments_are_usage_errors(args):
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(args)
    assert exit_info.value.code == 2


def test_demo_refuses_a_real_data_folder(tmp_path, capsys):
    assert main(["--demo", "--data-dir", str(tmp_path)]) == 2
    assert "throwaway folder" in capsys.readouterr().err


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
    assert build_parser().parse_args(args).data_dir == "D"


def test_a_data_folder_named_only_before_the_command_is_kept():
    args = build_parser().parse_args(["--data-dir", "D", "next"])
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
