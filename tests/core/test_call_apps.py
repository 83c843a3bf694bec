"""The call-app list: built in, extended and overridden by the user's call-apps.toml."""

from __future__ import annotations

from twoway.core.call_apps import FILE_NAME, load_call_apps
from twoway.core.calls import MicUser, WindowSeen


def test_without_a_file_the_built_in_list_is_used(tmp_path):
    listed = load_call_apps(tmp_path)
    assert {"Zoom", "Google Meet", "Jitsi Meet", "Microsoft Teams", "Webex", "Whereby",
            "Slack huddle"} <= {app.name for app in listed.apps}  # fmt: skip
    assert listed.problems == []
    assert not (tmp_path / FILE_NAME).exists(), "reading never writes"


def test_the_user_adds_an_app_and_replaces_a_built_in_one(tmp_path):
    (tmp_path / FILE_NAME).write_text(
        '[[app]]\nname = "Acme Meet"\ntitles = ["^Acme call"]\nrecorders = ["acme-voice"]\n'
        'toolbar = "top"\n\n'
        '[[app]]\nname = "Zoom"\ntitles = ["^My Zoom"]\n\n'
        '[ignore]\nrecorders = ["dictation"]\n',
        encoding="utf-8",
    )
    listed = load_call_apps(tmp_path)
    apps = {app.name: app for app in listed.apps}
    assert apps["Acme Meet"].matches_window(WindowSeen(1, "Acme call with Maya"))
    assert apps["Acme Meet"].matches_recorder(MicUser("acme-voice"))
    assert apps["Acme Meet"].toolbar == "top"
    assert apps["Zoom"].matches_window(WindowSeen(1, "My Zoom"))
    assert not apps["Zoom"].matches_window(WindowSeen(1, "Zoom Meeting"))
    assert "dictation" in listed.ignored_recorders
    assert listed.problems == []


def test_a_broken_entry_is_reported_with_its_line_and_the_rest_still_counts(tmp_path):
    (tmp_path / FILE_NAME).write_text(
        '[[app]]\nname = "Good"\ntitles = ["^Good call"]\n\n'
        '[[app]]\nname = "Bad"\ntitles = ["(unclosed"]\n',
        encoding="utf-8",
    )
    listed = load_call_apps(tmp_path)
    names = {app.name for app in listed.apps}
    assert "Good" in names and "Bad" not in names and "Zoom" in names
    assert len(listed.problems) == 1
    said = str(listed.problems[0])
    assert "call-apps.toml" in said and "Bad" in said and "(unclosed" in said


def test_an_unreadable_file_falls_back_to_the_built_in_list_and_is_kept(tmp_path):
    path = tmp_path / FILE_NAME
    path.write_text("[[app]\nname = ", encoding="utf-8")
    listed = load_call_apps(tmp_path)
    assert "Zoom" in {app.name for app in listed.apps}
    assert "line" in str(listed.problems[0])
    assert path.read_text(encoding="utf-8") == "[[app]\nname = "
