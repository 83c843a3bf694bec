"""Fixtures for the packaging tests: the i18n tools, compiled translations, one bundle."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"


def load_script(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def i18n_tools():
    return load_script(PACKAGING / "i18n_update.py", "twoway_i18n_update")


@pytest.fixture(scope="session")
def make_icons():
    return load_script(PACKAGING / "linux" / "make_icons.py", "twoway_make_icons")


@pytest.fixture(scope="session")
def translations(tmp_path_factory, i18n_tools) -> Path:
    """A folder with the .qm files of every committed language plus the pseudo one."""
    folder = tmp_path_factory.mktemp("qm")
    i18n_tools.compile_translations(folder)
    i18n_tools.build_pseudo_translation(folder)
    return folder


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    """The PyInstaller bundle, built once for all the tests that need it."""
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--workpath",
            str(work / "build"),
            "--distpath",
            str(work / "dist"),
            str(PACKAGING / "pyinstaller" / "twoway.spec"),
        ],
        check=True,
        capture_output=True,
    )
    return work / "dist" / "twoway"
