"""The desktop file, AppStream metainfo and icons that make Twoway look native on Linux."""

from __future__ import annotations

import argparse
import configparser
import plistlib
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QImage

from twoway import APP_ID, __version__
from twoway.cli import build_parser
from twoway.ui.app import create_qapplication

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
LINUX = PACKAGING / "linux"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_passes_desktop_file_validate():
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # not even a hint


def test_metainfo_passes_appstream_validation():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_one_app_id_everywhere():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.findtext("icon") == APP_ID
    assert desktop_entry()["Icon"] == APP_ID
    assert DESKTOP_FILE.stem == APP_ID
    assert create_qapplication().desktopFileName() == APP_ID


def test_desktop_file_starts_the_installed_command():
    entry = desktop_entry()
    assert entry["Exec"] == "twoway"
    assert entry["Terminal"] == "false"


def test_newest_release_is_this_version():
    releases = ET.parse(METAINFO).getroot().find("releases")
    assert releases[0].get("version") == __version__


def test_screenshots_are_files_in_the_repository():
    names = [
        image.text.rsplit("/", 1)[-1]
        for image in ET.parse(METAINFO).getroot().iter("image")
        if image.text
    ]
    assert "overlay-running.png" in names
    for name in names:
        assert (PACKAGING / "screenshots" / name).is_file(), name


def test_icons_render_at_every_hicolor_size(tmp_path, qapp, make_icons):
    written = make_icons.write_hicolor(tmp_path)
    for size in make_icons.HICOLOR_SIZES:
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size)
        # Drawn, not blank: the centre of the icon is opaque.
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
    scalable = tmp_path / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (REPO / "resources" / "icons" / "twoway.svg").read_bytes()
    assert len(written) == len(make_icons.HICOLOR_SIZES) + 1


def test_windows_and_macos_icons_hold_every_size(tmp_path, qapp, make_icons):
    ico, icns = tmp_path / "twoway.ico", tmp_path / "twoway.icns"
    make_icons.write_ico(ico)
    make_icons.write_icns(icns)
    data = ico.read_bytes()
    assert data[:4] == b"\0\0\1\0"
    assert int.from_bytes(data[4:6], "little") == len(make_icons.ICO_SIZES)
    assert QImage(str(ico)).width() > 0
    data = icns.read_bytes()
    assert data[:4] == b"icns"
    assert int.from_bytes(data[4:8], "big") == len(data)


def test_macos_plist_keeps_twoway_out_of_the_dock():
    info = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["LSUIElement"] is True


# --- the manual page -------------------------------------------------------------------


MANUAL = LINUX / "twoway.1"


def test_the_manual_page_renders_without_warnings():
    result = subprocess.run(
        ["groff", "-man", "-Tutf8", "-ww", "-z", str(MANUAL)], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stderr == "", result.stderr


def test_the_manual_page_names_every_command_and_option_of_the_command_line():
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    options = [
        option
        for command in [parser, *commands.choices.values()]
        for action in command._actions
        for option in action.option_strings
        if option.startswith("--") and option != "--help"
    ]
    text = MANUAL.read_text(encoding="utf-8").replace("\\-", "-").replace("\\fB", "")
    missing = [name for name in [*commands.choices, *options] if name not in text]
    assert missing == []


# --- the desktop's own words, in each language -----------------------------------------

LANGUAGES = ("de", "es", "fr")


def test_the_application_menu_entry_speaks_each_language():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(DESKTOP_FILE, encoding="utf-8")
    for section, keys in (
        ("Desktop Entry", ("GenericName", "Comment", "Keywords")),
        ("Desktop Action show-window", ("Name",)),
        ("Desktop Action pause-resume", ("Name",)),
    ):
        entry = parser[section]
        for key in keys:
            for language in LANGUAGES:
                translated = entry.get(f"{key}[{language}]", "")
                assert translated and translated != entry[key], f"{section}: {key}[{language}]"


def test_the_software_centre_text_has_every_paragraph_in_each_language():
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    root = ET.parse(METAINFO).getroot()
    parents = [root, root.find("description"), root.find("description/ul")]
    parents += list(root.iter("screenshot")) + list(root.iter("description"))
    for parent in parents:
        for tag in ("summary", "p", "li", "caption"):
            english = [e for e in parent.findall(tag) if e.get(lang) is None]
            for language in LANGUAGES:
                translated = [e for e in parent.findall(tag) if e.get(lang) == language]
                assert len(translated) == len(english), f"<{tag}> in {language}"
