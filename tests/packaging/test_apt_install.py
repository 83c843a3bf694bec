"""Set-up installs Debian packages through packaging/apt-install: it waits for a busy
package manager instead of failing, and uses sudo only where one is not root."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "apt-install"
LOCKED = (
    "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 812 (unattended-upgr)"
)


def fake_tools(tmp_path: Path, *, uid: int, locked_tries: int, other_error: str = "") -> Path:
    """apt-get that is locked for the first `locked_tries` calls, an `id` and a `sudo`."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "calls"
    (bin_dir / "apt-get").write_text(
        "#!/usr/bin/env bash\n"
        f'echo "apt-get $*" >> "{log}"\n'
        f'n=$(grep -c . "{log}")\n'
        f'if ((n <= {locked_tries})); then echo "{LOCKED}" >&2; exit 100; fi\n'
        + (f'echo "{other_error}" >&2; exit 100\n' if other_error else "exit 0\n")
    )
    (bin_dir / "id").write_text(f"#!/usr/bin/env bash\necho {uid}\n")
    (bin_dir / "sudo").write_text(f'#!/usr/bin/env bash\necho "sudo" >> "{log}"\nexec "$@"\n')
    for tool in bin_dir.iterdir():
        tool.chmod(0o755)
    return log


def run(tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {
        **os.environ,
        "PATH": f"{tmp_path / 'bin'}:{os.environ['PATH']}",
        "TWOWAY_APT_RETRY_S": "0",
        **env,
    }
    return subprocess.run(
        ["bash", str(SCRIPT), "libegl1", "xvfb"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )


def test_a_busy_package_manager_is_waited_for_with_a_message(tmp_path):
    log = fake_tools(tmp_path, uid=0, locked_tries=2)
    result = run(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Another package manager is running" in result.stderr
    assert result.stderr.count("Another package manager") == 1  # told once, not per try
    assert "Could not get lock" not in result.stderr  # apt's raw error is not shown
    calls = log.read_text().splitlines()
    assert calls[-2].startswith("apt-get update")
    assert calls[-1].startswith("apt-get install") and calls[-1].endswith("libegl1 xvfb")
    assert "sudo" not in calls  # root needs no sudo


def test_a_user_goes_through_sudo(tmp_path):
    log = fake_tools(tmp_path, uid=1000, locked_tries=0)
    assert run(tmp_path).returncode == 0
    assert log.read_text().splitlines().count("sudo") == 2


def test_waiting_has_a_limit(tmp_path):
    fake_tools(tmp_path, uid=0, locked_tries=1000)
    result = run(tmp_path, TWOWAY_APT_WAIT_S="0")
    assert result.returncode == 100
    assert "run this again" in result.stderr


def test_other_errors_are_shown_at_once(tmp_path):
    log = fake_tools(
        tmp_path, uid=0, locked_tries=0, other_error="E: Unable to locate package xvfb"
    )
    result = run(tmp_path)
    assert result.returncode == 100
    assert "Unable to locate package xvfb" in result.stderr
    assert len(log.read_text().splitlines()) == 1  # not retried
