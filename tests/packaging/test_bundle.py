"""The packaged app: the PyInstaller bundle answers, carries what it needs, and the .deb
made from it passes lintian, installs and starts."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from twoway import __version__

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = ("de", "es", "fr")
linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the .deb and ldd are Linux things"
)
pytestmark = pytest.mark.slow


def run_twoway(program: Path, *args: str, data_dir: Path, **env: str):
    return subprocess.run(
        [str(program), "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        check=False,
    )


def internal(bundle: Path) -> Path:
    return bundle / "_internal"


def test_bundle_answers_version_and_status(bundle, data_dir):
    program = bundle / "twoway"
    version = run_twoway(program, "--version", data_dir=data_dir)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"Twoway {__version__}"

    status = run_twoway(program, "status", data_dir=data_dir)
    assert status.returncode == 1
    assert status.stdout == ""
    assert len(status.stderr.strip().splitlines()) == 1
    assert "not running" in status.stderr


def test_bundle_carries_chime_and_every_language(bundle):
    twoway = internal(bundle) / "twoway"
    assert (twoway / "resources" / "chime.wav").read_bytes() == (
        REPO / "resources" / "chime.wav"
    ).read_bytes()
    qt_translations = internal(bundle) / "PySide6" / "Qt" / "translations"
    for language in LANGUAGES:
        assert (twoway / "i18n" / f"twoway_{language}.qm").is_file()
        assert (qt_translations / f"qtbase_{language}.qm").is_file()
    # Only the languages Twoway speaks: Qt's other translations are trimmed.
    assert not list(qt_translations.glob("qtbase_ja.qm"))


def test_bundle_is_trimmed_of_unused_qt(bundle):
    names = {path.name for path in internal(bundle).rglob("*")}
    for unused in ("libQt6Quick.so.6", "libQt6Qml.so.6", "libQt6Pdf.so.6", "libavcodec.so.61"):
        assert unused not in names
    for needed in ("libQt6Multimedia.so.6", "libQt6Network.so.6", "libQt6Svg.so.6"):
        assert needed in names


@linux_only
def test_every_bundled_library_finds_what_it_links_to(bundle):
    """Trimming must not cut a library something kept still needs."""
    base = internal(bundle)
    env = {**os.environ, "LD_LIBRARY_PATH": f"{base}:{base / 'PySide6' / 'Qt' / 'lib'}"}
    missing = []
    for path in base.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        out = subprocess.run(
            ["ldd", str(path)], capture_output=True, text=True, env=env, check=False
        ).stdout
        missing += [f"{path.relative_to(base)}: {line.strip()}" for line in out.splitlines()
                    if "not found" in line]  # fmt: skip
    assert not missing, "\n".join(missing)


@pytest.fixture(scope="module")
def deb(bundle, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("deb")
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "packaging" / "build-deb"),
            "--bundle",
            str(bundle),
            "--out",
            str(out / "dist"),
            "--work",
            str(out / "build"),
            "--python",
            sys.executable,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    # build-deb fails when lintian reports an error.
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert not re.search(r"^E: ", result.stdout, re.MULTILINE), result.stdout
    (package,) = (out / "dist").glob("twoway_*.deb")
    return package


@pytest.fixture(scope="module")
def installed(deb, tmp_path_factory) -> Path:
    """The .deb installed by dpkg into a private root, with a dpkg database of its own."""
    root = tmp_path_factory.mktemp("root")
    admin = root / "var" / "lib" / "dpkg"
    for folder in ("info", "updates", "triggers"):
        (admin / folder).mkdir(parents=True)
    (admin / "status").touch()
    install = ["dpkg", f"--root={root}", "--force-depends", "--force-script-chrootless"]
    if os.geteuid() != 0:
        install = ["fakeroot", *install, "--force-not-root"]
    result = subprocess.run([*install, "-i", str(deb)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return root


@linux_only
def test_deb_installs_the_launcher_desktop_file_and_icons(installed):
    assert os.readlink(installed / "usr" / "bin" / "twoway") == "/opt/twoway/twoway"
    share = installed / "usr" / "share"
    assert (share / "applications" / "org.twoway.Twoway.desktop").is_file()
    assert (share / "metainfo" / "org.twoway.Twoway.metainfo.xml").is_file()
    icons = share / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / "org.twoway.Twoway.svg").is_file()
    assert (icons / "48x48" / "apps" / "org.twoway.Twoway.png").is_file()


@linux_only
def test_installed_app_starts_and_paints(installed, data_dir):
    program = installed / "opt" / "twoway" / "twoway"
    version = run_twoway(program, "--version", data_dir=data_dir)
    assert version.stdout.strip() == f"Twoway {__version__}"
    # The GUI itself: a meeting starts, the overlay paints, then the app quits on its own.
    started = run_twoway(program, "start", data_dir=data_dir, TWOWAY_REPORT_FIRST_PAINT="1")
    assert started.returncode == 0, started.stderr
    assert started.stdout.startswith("first_paint"), started.stdout


@linux_only
def test_deb_depends_on_what_the_bundle_leaves_to_the_system(deb):
    fields = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Depends", "Installed-Size"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for package in ("libc6", "libgl1", "libegl1", "libxcb1"):
        assert package in fields
    # Bundled libraries are not asked of the system.
    assert "libpulse0" not in fields and "libqt6" not in fields.lower()
