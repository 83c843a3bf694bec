"""`pip install .` into a fresh virtual environment gives a working `twoway` command."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from twoway import __version__

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_installs_into_a_fresh_venv_with_its_resources(tmp_path):
    wheel_dir = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheel_dir), str(REPO)],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheel_dir.glob("twoway-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "twoway/resources/chime.wav" in names
    assert "twoway/core/session.py" in names

    env_dir = tmp_path / "venv"
    # Reuse this environment's packages (PySide6 is large) but install Twoway itself afresh.
    venv.EnvBuilder(system_site_packages=False, with_pip=False).create(env_dir)
    site = subprocess.run(
        [str(env_dir / "bin" / "python"), "-c", "import site; print(site.getsitepackages()[0])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    parent_site = next(p for p in sys.path if p.endswith("site-packages"))
    Path(site, "parent.pth").write_text(parent_site + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(env_dir / "bin" / "python"),
            "install",
            "--no-deps",
            # Even where Twoway is installed in the parent environment too (seen through
            # parent.pth), this environment gets its own copy from the wheel.
            "--ignore-installed",
            "-q",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    clean_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run(
        [str(env_dir / "bin" / "twoway"), "--version"],
        capture_output=True,
        text=True,
        env=clean_env,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Twoway {__version__}"
    where = subprocess.run(
        [
            str(env_dir / "bin" / "python"),
            "-c",
            "import twoway.paths as p; print(p.resource('chime.wav'))",
        ],
        capture_output=True,
        text=True,
        env=clean_env,
        cwd=tmp_path,
        check=True,
    ).stdout.strip()
    assert where.startswith(str(env_dir)), "resources come from the installed package"
