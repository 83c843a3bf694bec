"""The platform probes' rules, behind their seams: what the sound server, the Windows
consent store, CoreAudio and PipeWire report, turned into answers."""

from __future__ import annotations

from twoway.core.calls import WindowSeen
from twoway.platform import macos_mic, windows_mic
from twoway.platform.desktop import screen_shared
from twoway.platform.pulse import users_from_outputs
from twoway.platform.screencast import PipeWireScreencast, is_screencast_node, sharing_window


def output(name, binary, pid, source):
    return {"source": source, "properties": {"application.name": name,
            "application.process.binary": binary, "application.process.id": str(pid)}}  # fmt: skip


def test_pulse_recorders_of_a_microphone_count_but_monitors_and_twoway_do_not():
    outputs = [output("ZOOM VoiceEngine", "zoom", 10, 1), output("OBS", "obs", 11, 0),
               output("Twoway", "python3", 99, 1)]  # fmt: skip
    users = users_from_outputs(outputs, monitors={0}, own_pid=99)
    assert [(u.name, u.binary, u.pid) for u in users] == [("ZOOM VoiceEngine", "zoom", 10)]


class FakeRegistry:
    def __init__(self, tree: dict[str, dict]) -> None:
        self.tree = tree

    def subkeys(self, path):
        prefix = path + "\\"
        return sorted({k[len(prefix) :].split("\\")[0] for k in self.tree if k.startswith(prefix)})

    def value(self, path, name):
        return self.tree.get(path, {}).get(name)


def test_windows_consent_store_apps_with_no_stop_time_record_now():
    store = windows_mic.CONSENT_STORE
    registry = FakeRegistry({
        store + r"\MicrosoftTeams_8wekyb3d8bbwe": {"LastUsedTimeStart": 5, "LastUsedTimeStop": 0},
        store + r"\Microsoft.WindowsSoundRecorder": {"LastUsedTimeStart": 5, "LastUsedTimeStop": 6},
        store + r"\NonPackaged\C:#Users#maya#AppData#Roaming#Zoom#bin#Zoom.exe":
            {"LastUsedTimeStart": 7, "LastUsedTimeStop": 0},
        store + r"\NonPackaged\C:#Program Files#Twoway#twoway.exe":
            {"LastUsedTimeStart": 7, "LastUsedTimeStop": 0},
    })  # fmt: skip
    users = windows_mic.microphone_users(registry, own_program="twoway.exe")
    assert [(u.name, u.binary) for u in users] == [
        ("MicrosoftTeams", "MicrosoftTeams_8wekyb3d8bbwe"),
        ("Zoom", "Zoom.exe"),
    ]
    assert windows_mic.microphone_users(FakeRegistry({})) == ()


def test_macos_default_input_running_somewhere_is_a_microphone_in_use():
    values = {(macos_mic.SYSTEM_OBJECT, macos_mic.DEFAULT_INPUT_DEVICE): 73,
              (73, macos_mic.RUNNING_SOMEWHERE): 1}  # fmt: skip
    read = lambda obj, selector: values.get((obj, selector))  # noqa: E731
    assert [u.name for u in macos_mic.microphone_users(read)] == ["microphone"]
    values[(73, macos_mic.RUNNING_SOMEWHERE)] = 0
    assert macos_mic.microphone_users(read) == ()
    values[(macos_mic.SYSTEM_OBJECT, macos_mic.DEFAULT_INPUT_DEVICE)] = 0
    assert macos_mic.microphone_users(read) == (), "no microphone at all"
    assert macos_mic.microphone_users(lambda obj, selector: None) is None, "cannot tell"


def node(node_id, props):
    return {"id": node_id, "type": "PipeWire:Interface:Node", "info": {"props": props}}


def test_a_screencast_is_a_video_source_node_with_no_device_behind_it():
    assert is_screencast_node(
        node(5, {"media.class": "Video/Source", "node.name": "gnome-shell-screencast"})
    )
    assert not is_screencast_node(node(6, {"media.class": "Video/Source", "device.api": "v4l2"}))
    assert not is_screencast_node(node(7, {"media.class": "Audio/Source"}))


def test_the_pipewire_monitor_stream_adds_and_removes_casts():
    cast = PipeWireScreencast(pw_dump="pw-dump")
    cast._apply([node(5, {"media.class": "Video/Source"}), node(6, {"media.class": "Audio/Sink"})])
    assert cast._casts == {5}
    cast._apply([{"id": 5, "type": "PipeWire:Interface:Node", "info": {"state": "running"}}])
    assert cast._casts == {5}, "a change without properties keeps it"
    cast._apply([{"id": 5, "info": None}])
    assert cast._casts == set()


def test_sharing_indicator_windows_and_the_combined_answer():
    assert sharing_window((WindowSeen(1, "as_toolbar"),)) is True
    assert sharing_window((WindowSeen(1, "meet.google.com is sharing your screen."),)) is True
    assert sharing_window((WindowSeen(1, "Zoom Meeting"),)) is False
    assert sharing_window(None) is None
    assert screen_shared(True, False) is True
    assert screen_shared(None, True) is True
    assert screen_shared(False, False) is False
    assert screen_shared(None, False) is None, "no indicator proves nothing"
