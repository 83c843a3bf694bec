"""Twoway's translation files: refresh them from the code, compile them, fake one for tests.

How translations work here:
  - Every string shown to users goes through tr() (or QT_TRANSLATE_NOOP for strings kept
    in data). Translators edit i18n/twoway_<lang>.ts, for example with pyside6-linguist.
  - A string with a count has plural forms: write %n for the count and pass it as the
    third argument, by position: self.tr("%n min left", "", minutes), or the main window's
    tr("%n contacts", None, count). pyside6-lupdate marks only tr() calls as plural;
    QCoreApplication.translate(context, text, None, count) reaches Qt with the count but
    lupdate files it as an ordinary string (or skips it), so the forms cannot be written.
  - After strings change in the code, refresh the .ts files so new strings appear and
    removed ones are dropped:
        .venv/bin/python packaging/i18n_update.py
    (or name the languages to refresh: `packaging/i18n_update.py en`).
  - English, the language of the code, has a catalog too, i18n/twoway_en.ts, holding only
    the strings that take a count ("%n days overdue"), so that English says "1 day
    overdue". The refresh keeps it to those strings; fill in both forms of new ones there.
  - The .qm files the app loads are compiled from the .ts files by the wheel build (the
    hatch hook in packaging/hatch_build.py) and by the PyInstaller spec; they are never
    committed. To compile by hand:
        .venv/bin/python packaging/i18n_update.py --compile i18n
  - A pseudo-translation (longer strings with accents and brackets) shows clipped or
    untranslated text at a glance. It is built on the fly, never shipped:
        .venv/bin/python packaging/i18n_update.py --pseudo /tmp/pseudo
    then start Twoway with that folder's language chosen.

This file only uses the standard library (plus PySide6's tools), so the build hook can
load it in an isolated build environment.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCE_DIR = REPO / "desktop" / "twoway"
TS_DIR = REPO / "i18n"
PREFIX = "twoway_"
LANGUAGES = ("de", "es", "fr")
SOURCE_LANGUAGE = "en"  # its catalog only holds the singular and plural of counted strings
PSEUDO_LANGUAGE = "xx"


class QtToolMissing(RuntimeError):
    pass


def qt_tool(name: str) -> Path:
    """PySide6's copy of a Qt tool (lupdate, lrelease), found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        exe = Path(next(iter(spec.submodule_search_locations))) / name
        if os.name == "nt":
            exe = exe.with_suffix(".exe")
        if exe.is_file():
            return exe
    on_path = shutil.which(f"pyside6-{name}")
    if on_path:
        return Path(on_path)
    raise QtToolMissing(
        f"Qt's {name} was not found. Install PySide6 (or PySide6-Essentials) into the "
        "Python environment that runs this build."
    )


def ts_path(language: str, ts_dir: Path = TS_DIR) -> Path:
    return ts_dir / f"{PREFIX}{language}.ts"


def update_ts_files(
    ts_files: list[Path] | None = None, source_dir: Path = SOURCE_DIR, quiet: bool = False
) -> None:
    """Run lupdate over the code: add new strings, drop strings the code no longer has.

    English's own catalog takes only the strings with plural forms.
    """
    ts_files = ts_files or [ts_path(lang) for lang in (*LANGUAGES, SOURCE_LANGUAGE)]
    for ts in ts_files:
        ts.parent.mkdir(parents=True, exist_ok=True)
        language = ts.stem.removeprefix(PREFIX)
        command = [
            str(qt_tool("lupdate")),
            "-extensions",
            "py",
            "-no-obsolete",
            "-locations",
            "relative",
            "-source-language",
            "en",
            "-target-language",
            language,
            str(source_dir),
            "-ts",
            str(ts),
        ]
        if quiet:
            command.insert(1, "-silent")
        if language == SOURCE_LANGUAGE:
            command.insert(1, "-pluralonly")
        subprocess.run(command, check=True)


def compile_translations(out_dir: Path, ts_files: list[Path] | None = None) -> list[Path]:
    """Compile .ts files to .qm files in out_dir; returns the .qm files written."""
    ts_files = ts_files if ts_files is not None else sorted(TS_DIR.glob(f"{PREFIX}*.ts"))
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in ts_files:
        qm = out_dir / ts.with_suffix(".qm").name
        subprocess.run(
            [str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)],
            check=True,
        )
        written.append(qm)
    return written


# --- pseudo-translation ---------------------------------------------------------------

# Placeholders, markup, accelerators and whitespace are kept exactly as they are.
_KEEP = re.compile(r"(%L?\d+|%L?n|<[^>]*>|&[A-Za-z]+;|&#\d+;|&&|&.|\{[^}]*\}|\s+)")
_ACCENTED = str.maketrans(
    "AaCcEeIiNnOoSsUuYyZz",
    "ÅåÇçÉéÎîÑñÖöŠšÜüÝýŽž",
)
# About how much longer German or French text runs than English.
_GROWTH = 0.4
# The padding comes in word-sized pieces, so wrapped text can break where real text would.
_PAD_WORD = 8


def pseudo_text(text: str) -> str:
    """'Pause (%1)' -> '[Påüšé (%1) ~~~]': accented, about 40% longer, bracketed."""
    parts = _KEEP.split(text)
    out = []
    for index, part in enumerate(parts):
        out.append(part if index % 2 else part.translate(_ACCENTED))
    letters = sum(len(p) for i, p in enumerate(parts) if not i % 2)
    length = max(1, round(letters * _GROWTH))
    padding = " ".join("~" * _PAD_WORD for _ in range(length // _PAD_WORD))
    padding = f"{padding} {'~' * (length % _PAD_WORD)}".strip()
    return f"[{''.join(out)} {padding}]"


def make_pseudo_ts(template: Path, out: Path) -> None:
    """Fill every message of an lupdate template with its pseudo-translation."""
    tree = ET.parse(template)
    root = tree.getroot()
    # English plural rules: one form for 1, another for the rest.
    root.set("language", "en")
    for message in root.iter("message"):
        source = message.findtext("source", default="")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo_text(source)
        else:
            translation.text = pseudo_text(source)
    out.parent.mkdir(parents=True, exist_ok=True)
    tree.write(out, encoding="utf-8", xml_declaration=True)


def build_pseudo_translation(
    out_dir: Path, language: str = PSEUDO_LANGUAGE, source_dir: Path = SOURCE_DIR
) -> Path:
    """Extract every string from the code and compile a pseudo-translated .qm into out_dir."""
    template = out_dir / f"{PREFIX}{language}.template.ts"
    update_ts_files([template], source_dir, quiet=True)
    filled = ts_path(language, out_dir)
    make_pseudo_ts(template, filled)
    template.unlink()
    (qm,) = compile_translations(out_dir, [filled])
    return qm


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--compile", metavar="DIR", type=Path, help="compile i18n/*.ts into DIR")
    group.add_argument(
        "--pseudo", metavar="DIR", type=Path, help="build the pseudo-translation into DIR"
    )
    parser.add_argument(
        "languages",
        nargs="*",
        metavar="LANG",
        help="refresh only these languages' .ts files (default: all, English included)",
    )
    args = parser.parse_args(argv)
    try:
        if args.compile:
            for qm in compile_translations(args.compile):
                print(qm)
        elif args.pseudo:
            print(build_pseudo_translation(args.pseudo))
        else:
            update_ts_files([ts_path(lang) for lang in args.languages] or None)
    except QtToolMissing as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
