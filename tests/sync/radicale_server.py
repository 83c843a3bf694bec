"""A real Radicale CalDAV/CardDAV server on 127.0.0.1 for the sync tests and benchmark:
its own storage folder, one test user (plain htpasswd), started and stopped by PID."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

USER, PASSWORD = "ada", "correct horse"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Radicale:
    folder: Path
    port: int
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def user_url(self) -> str:
        return f"{self.url}{USER}/"

    def start(self) -> None:
        storage = self.folder / "collections"
        storage.mkdir(parents=True, exist_ok=True)
        users = self.folder / "users"
        users.write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
        config = self.folder / "config"
        config.write_text(
            "[server]\n"
            f"hosts = 127.0.0.1:{self.port}\n"
            "[auth]\ntype = htpasswd\n"
            f"htpasswd_filename = {users}\nhtpasswd_encryption = plain\n"
            "delay = 0\n"
            "[storage]\n"
            f"filesystem_folder = {storage}\n"
            "[rights]\ntype = owner_only\n"
            "[logging]\nlevel = warning\nmask_passwords = True\n",
            encoding="utf-8",
        )
        log = (self.folder / "radicale.log").open("ab")  # the child keeps its own copy
        self.process = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", str(config)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONWARNINGS": "ignore"},
        )
        log.close()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError((self.folder / "radicale.log").read_text())
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError("Radicale did not start in time")

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.kill(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.process = None


def make_collection(server: Radicale, name: str, kind: str, components=("VEVENT", "VTODO")) -> str:
    """Create a calendar or address book on the server (as a calendar app would)."""
    import caldav

    url = f"{server.user_url}{name}/"
    if kind == "calendar":
        comps = "".join(f'<C:comp name="{c}"/>' for c in components)
        res = (
            "<D:resourcetype><D:collection/><C:calendar/></D:resourcetype>"
            f"<C:supported-calendar-component-set>{comps}</C:supported-calendar-component-set>"
        )
    else:
        res = "<D:resourcetype><D:collection/><CR:addressbook/></D:resourcetype>"
    body = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<D:mkcol xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav" '
        'xmlns:CR="urn:ietf:params:xml:ns:carddav"><D:set><D:prop>'
        f"{res}<D:displayname>{name}</D:displayname></D:prop></D:set></D:mkcol>"
    )
    with caldav.DAVClient(
        url=server.url, username=USER, password=PASSWORD, require_tls=False, enable_rfc6764=False
    ) as client:
        response = client.request(url, "MKCOL", body, {"Content-Type": "application/xml"})
        assert response.status in (200, 201), response.status
    return url
