"""Window and overlay positions: this machine's, outside the synced data folder."""

from __future__ import annotations

import json

from twoway.core.settings import UiState
from twoway.core.store.problems import UNREADABLE
from twoway.paths import DataPaths


def test_window_positions_live_outside_the_data_folder_one_file_per_folder(tmp_path):
    one, two = DataPaths(tmp_path / "one"), DataPaths(tmp_path / "two")

    assert not one.ui_state_file.is_relative_to(one.root)
    assert one.ui_state_file != two.ui_state_file
    assert not one.runtime_dir.is_relative_to(one.root)
    assert one.runtime_dir != two.runtime_dir


def test_ui_state_round_trips_and_keeps_what_it_does_not_know(data_dir):
    paths = DataPaths(data_dir)
    paths.ui_state_file.parent.mkdir(parents=True)
    paths.ui_state_file.write_text(
        json.dumps(
            {
                "schema": 1,
                "overlay_positions": {"eDP-1@1920x1080+0+0": {"screen": "eDP-1", "x": 1, "y": 0}},
                "splitter": "AAAA",
            }
        )
    )
    state, problem = UiState.load(paths.ui_state_file)
    assert problem is None
    assert state.overlay_positions["eDP-1@1920x1080+0+0"]["screen"] == "eDP-1"

    state.main_window_geometry = "AdnQywADAAAAAAB4AAAAZA=="
    state.overlay_positions["HDMI-1@2560x1440+1920+0"] = {"screen": "HDMI-1", "x": 0.5, "y": 1}
    state.save(paths.ui_state_file)
    again, _ = UiState.load(paths.ui_state_file)

    assert again == state
    assert json.loads(paths.ui_state_file.read_text())["splitter"] == "AAAA"
    assert not paths.settings_file.exists()  # window state never goes into the settings


def test_window_positions_are_moved_out_of_the_data_folder_once(data_dir):
    paths = DataPaths(data_dir)
    old = {"schema": 1, "main_window_geometry": "AAAA", "told_no_tray": True}
    paths.old_ui_state_file.write_text(json.dumps(old))

    state, problem = UiState.load(paths.ui_state_file, paths.old_ui_state_file)

    assert problem is None
    assert state.main_window_geometry == "AAAA" and state.told_no_tray
    assert not paths.old_ui_state_file.exists(), "no longer carried to other devices"
    assert json.loads(paths.ui_state_file.read_text())["main_window_geometry"] == "AAAA"

    # Another device's old file arriving later does not replace this machine's state.
    paths.old_ui_state_file.write_text(json.dumps({"main_window_geometry": "BBBB"}))
    again, _ = UiState.load(paths.ui_state_file, paths.old_ui_state_file)
    assert again.main_window_geometry == "AAAA"


def test_an_unreadable_ui_state_is_kept_aside_not_replaced(data_dir):
    paths = DataPaths(data_dir)
    paths.ui_state_file.parent.mkdir(parents=True)
    paths.ui_state_file.write_text('{"overlay_positions": {')

    state, problem = UiState.load(paths.ui_state_file)

    assert state == UiState()
    assert problem is not None and problem.kind == UNREADABLE
    [kept] = paths.ui_state_file.parent.glob("ui-state.unreadable.*.json")
    assert kept.read_text() == '{"overlay_positions": {'
    assert kept.name in problem.message

    state.main_window_geometry = "CCCC"
    state.save(paths.ui_state_file)
    assert kept.read_text() == '{"overlay_positions": {', "the next save leaves it alone"


def test_a_deeply_nested_ui_state_is_unreadable_not_a_crash(data_dir):
    paths = DataPaths(data_dir)
    paths.ui_state_file.parent.mkdir(parents=True)
    paths.ui_state_file.write_text('{"other": ' + "[" * 100_000 + "]" * 100_000 + "}")

    state, problem = UiState.load(paths.ui_state_file)

    assert state == UiState() and problem is not None and problem.kind == UNREADABLE
