"""Two real Syncthing instances on this machine sharing one folder, as two devices would.

Loopback only: each listens on 127.0.0.1 (sync and REST), knows the other only at
tcp://127.0.0.1:PORT, and has global and local discovery, relays, NAT traversal, usage
and crash reporting, upgrades and the browser off. Each has its own home folder in the
test's temporary folder. Every process started here is stopped by its id.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

FOLDER_ID = "twoway"
_OFF = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "urAccepted": "-1",
    "urSeen": "3",
    "crashReportingEnabled": "false",
    "autoUpgradeIntervalH": "0",
    "startBrowser": "false",
    "reconnectionIntervalS": "2",
}


class SyncError(AssertionError):
    pass


def _free_ports(count: int) -> list[int]:
    sockets = []
    for _ in range(count):
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        sockets.append(sock)
    ports = [sock.getsockname()[1] for sock in sockets]
    for sock in sockets:
        sock.close()
    return ports


def _wait(check, seconds: float, what: str):
    give_up_at = time.monotonic() + seconds
    while time.monotonic() < give_up_at:
        try:
            result = check()
        except (OSError, KeyError, ValueError):
            result = None
        if result:
            return result
        time.sleep(0.3)
    raise SyncError(f"{what} within {seconds:g} s")


@dataclass
class Device:
    name: str
    folder: Path
    home: Path
    gui_port: int
    sync_port: int
    key: str = field(default_factory=lambda: secrets.token_hex(16))
    device_id: str = ""
    process: subprocess.Popen | None = None

    def api(self, path: str, method: str = "GET", body=None, timeout: float = 30):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}",
            data=data,
            method=method,
            headers={"X-API-Key": self.key, "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            raw = reply.read()
        return json.loads(raw) if raw else None

    def generate(self, log: Path) -> None:
        with log.open("w") as output:
            subprocess.run(
                ["syncthing", "generate", f"--home={self.home}", "--no-default-folder"],
                stdout=output,
                stderr=subprocess.STDOUT,
                timeout=120,
                check=True,
            )
        config = self.home / "config.xml"
        tree = ET.parse(config)
        root = tree.getroot()
        for folder in root.findall("folder"):
            root.remove(folder)
        gui = root.find("gui")
        gui.set("tls", "false")
        gui.find("address").text = f"127.0.0.1:{self.gui_port}"
        gui.find("apikey").text = self.key
        options = root.find("options")

        def put(name: str, values: list[str]) -> None:
            for element in options.findall(name):
                options.remove(element)
            for value in values:
                ET.SubElement(options, name).text = value

        put("listenAddress", [f"tcp://127.0.0.1:{self.sync_port}"])
        put("globalAnnounceServer", [])
        for name, value in _OFF.items():
            put(name, [value])
        tree.write(config)

    def start(self, log: Path) -> None:
        env = dict(os.environ, STNODEFAULTFOLDER="1", STNOUPGRADE="1", STNORESTART="1")
        with log.open("w") as output:
            self.process = subprocess.Popen(
                [
                    "syncthing",
                    "serve",
                    f"--home={self.home}",
                    "--no-browser",
                    "--no-restart",
                    f"--logfile={log.with_suffix('.st.log')}",
                ],
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


class SyncthingPair:
    """Folders `a.folder` and `b.folder`, kept in sync by two Syncthing instances."""

    def __init__(self, base: Path, delay_s: int = 1) -> None:
        assert shutil.which("syncthing"), "run packaging/setup-env --test (syncthing missing)"
        self.base = base
        self.delay_s = delay_s
        gui_a, gui_b, sync_a, sync_b = _free_ports(4)
        self.a = Device("A", base / "A", base / "st-A", gui_a, sync_a)
        self.b = Device("B", base / "B", base / "st-B", gui_b, sync_b)
        self.logs = base / "logs"

    @property
    def devices(self) -> tuple[Device, Device]:
        return self.a, self.b

    def other(self, device: Device) -> Device:
        return self.b if device is self.a else self.a

    def start(self) -> None:
        self.logs.mkdir(parents=True, exist_ok=True)
        for device in self.devices:
            device.folder.mkdir(parents=True, exist_ok=True)
            device.generate(self.logs / f"generate-{device.name}.log")
            device.start(self.logs / f"syncthing-{device.name}.log")
        for device in self.devices:
            _wait(lambda d=device: d.api("/rest/system/ping")["ping"] == "pong", 60, "ping")
            device.device_id = device.api("/rest/system/status")["myID"]
        for device in self.devices:
            other = self.other(device)
            device.api(
                "/rest/config/devices",
                "POST",
                {
                    "deviceID": other.device_id,
                    "name": other.name,
                    "addresses": [f"tcp://127.0.0.1:{other.sync_port}"],
                    "autoAcceptFolders": False,
                },
            )
        for device in self.devices:
            device.api(
                "/rest/config/folders",
                "POST",
                {
                    "id": FOLDER_ID,
                    "label": "Twoway",
                    "path": str(device.folder),
                    "type": "sendreceive",
                    "rescanIntervalS": 5 * self.delay_s,
                    "fsWatcherEnabled": True,
                    "fsWatcherDelayS": self.delay_s,
                    "devices": [{"deviceID": self.a.device_id}, {"deviceID": self.b.device_id}],
                },
            )
        self.connect()
        self.wait_in_sync()

    def stop(self) -> None:
        for device in self.devices:
            device.stop()

    def connected(self) -> bool:
        return all(
            d.api("/rest/system/connections")["connections"]
            .get(self.other(d).device_id, {})
            .get("connected")
            for d in self.devices
        )

    def connect(self, seconds: float = 180) -> None:
        # Both dial each other; on a busy machine both dials can stall: dial afresh. A
        # machine busy with other work (benchmarks writing thousands of files) has
        # taken more than 90 s to get a link back after a pause.
        give_up_at = time.monotonic() + seconds
        while time.monotonic() < give_up_at:
            try:
                _wait(self.connected, 10, "connected")
                return
            except SyncError:
                self._each_peer("pause")
                self._each_peer("resume")
        raise SyncError(f"the two Syncthing instances did not connect within {seconds:g} s")

    def _each_peer(self, verb: str) -> None:
        for device in self.devices:
            device.api(f"/rest/system/{verb}?device={self.other(device).device_id}", "POST")

    def pause(self) -> None:
        """Cut the link: changes made on both sides now meet later as a conflict."""
        self._each_peer("pause")
        _wait(lambda: not self.connected(), 60, "disconnected")

    def resume(self) -> None:
        self.scan()
        self._each_peer("resume")
        self.connect()

    def scan(self) -> None:
        for device in self.devices:
            device.api(f"/rest/db/scan?folder={FOLDER_ID}", "POST", timeout=120)

    def wait_in_sync(self, seconds: float = 120) -> None:
        """Until both sides have scanned, are idle, need nothing and have all of the other's."""
        stable, last = 0, None
        give_up_at = time.monotonic() + seconds
        why = ["no answer"]
        while time.monotonic() < give_up_at:
            try:
                self.scan()
                time.sleep(1)
                seen, why = [], []
                for device in self.devices:
                    other = self.other(device)
                    status = device.api(f"/rest/db/status?folder={FOLDER_ID}")
                    need = sum(
                        status[k]
                        for k in ("needFiles", "needDirectories", "needSymlinks", "needDeletes")
                    )
                    done = device.api(
                        f"/rest/db/completion?folder={FOLDER_ID}&device={other.device_id}"
                    )
                    seen += [status["state"], need, status["sequence"], done["completion"]]
                    if status["state"] != "idle" or need or done["completion"] < 100:
                        why.append(f"{device.name}: {status['state']}, needs {need}")
            except (OSError, KeyError) as exc:
                why = [str(exc)]
                continue
            stable = stable + 1 if not why and seen == last else 0
            if stable >= 2:
                return
            last = seen
        raise SyncError(f"not in sync within {seconds:g} s: {'; '.join(why)}")
