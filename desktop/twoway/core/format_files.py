"""Format files: reading a user's format from TOML (each problem named with its line),
loading the whole library (built-ins, then the user's files over them) and saving one.
"""

from __future__ import annotations

import hashlib
import os
import re
import tomllib
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from twoway.core.atomic import atomic_write_bytes
from twoway.core.formats import (
    FORMAT_SCHEMA_VERSION,
    MAX_PHASE_MINUTES,
    MAX_PHASES,
    MAX_TEXT,
    Format,
    FormatLibrary,
    FormatProblem,
    Owner,
    Phase,
    builtin_formats,
)
from twoway.core.marks import QT_TRANSLATE_NOOP, Message, message
from twoway.core.store.files import read_regular_file
from twoway.core.store.tomltext import too_deep

_COLOR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_TOP_KEYS = {
    "schema",
    "name",
    "description",
    "slot_minutes",
    "warning_lead_s",
    "swappable",
    "closing_line",
    "phases",
}
_PHASE_KEYS = {"title", "owner", "minutes", "color", "cue"}


class _Invalid(Exception):
    def __init__(self, message: Message, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class _LineFinder:
    """Finds the line of a key so a problem can point at it."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def _key_line(self, key: str, start: int = 0) -> int | None:
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for index in range(start, len(self.lines)):
            stripped = self.lines[index].strip()
            if index > start and stripped.startswith("["):
                break
            if pattern.match(self.lines[index]):
                return index + 1
        return None

    def top(self, key: str) -> int | None:
        return self._key_line(key)

    def phase(self, number: int, key: str | None = None) -> int | None:
        seen = -1
        for index, line in enumerate(self.lines):
            if line.strip().replace(" ", "") == "[[phases]]":
                seen += 1
                if seen == number:
                    if key is None:
                        return index + 1
                    return self._key_line(key, index) or index + 1
        return None


def _text(value: object, what: Message | str, line: int | None, *, required: bool) -> str:
    if value is None:
        if required:
            raise _Invalid(message(QT_TRANSLATE_NOOP("Messages", "%1 is missing"), what), line)
        return ""
    if not isinstance(value, str):
        raise _Invalid(
            message(QT_TRANSLATE_NOOP("Messages", "%1 must be text in quotes"), what), line
        )
    value = value.strip()
    if required and not value:
        raise _Invalid(message(QT_TRANSLATE_NOOP("Messages", "%1 is empty"), what), line)
    if len(value) > MAX_TEXT:
        raise _Invalid(
            message(
                QT_TRANSLATE_NOOP("Messages", "%1 is longer than %2 characters"), what, MAX_TEXT
            ),
            line,
        )
    return value


def _number(value: object, what: Message | str, line: int | None, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Invalid(message(QT_TRANSLATE_NOOP("Messages", "%1 must be a number"), what), line)
    if not low < value <= high:
        raise _Invalid(
            message(
                QT_TRANSLATE_NOOP("Messages", "%1 must be more than %2 and at most %3"),
                what,
                f"{low:g}",  # as typed in the file, not in the user's locale
                f"{high:g}",
            ),
            line,
        )
    return float(value)


def _parse_phase(raw: object, number: int, finder: _LineFinder) -> Phase:
    line = finder.phase(number)
    phase = number + 1

    def key(name: str) -> Message:
        return message(QT_TRANSLATE_NOOP("Messages", "phase %1: %2"), phase, name)

    if not isinstance(raw, dict):
        raise _Invalid(
            message(QT_TRANSLATE_NOOP("Messages", "phase %1 must be a [[phases]] table"), phase),
            line,
        )
    unknown = sorted(set(raw) - _PHASE_KEYS)
    if unknown:
        raise _Invalid(
            message(
                QT_TRANSLATE_NOOP("Messages", "phase %1 has an unknown setting '%2' (known: %3)"),
                phase,
                unknown[0],
                ", ".join(sorted(_PHASE_KEYS)),
            ),
            finder.phase(number, unknown[0]),
        )
    title = _text(raw.get("title"), key("title"), finder.phase(number, "title"), required=True)
    owner_raw = raw.get("owner")
    try:
        owner = Owner(owner_raw)  # type: ignore[arg-type]  # refuses all but its values
    except ValueError:
        raise _Invalid(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", 'phase %1: owner must be "them", "me" or "both", not %2'
                ),
                phase,
                repr(owner_raw),
            ),
            finder.phase(number, "owner"),
        ) from None
    if "minutes" not in raw:
        raise _Invalid(
            message(QT_TRANSLATE_NOOP("Messages", "%1 is missing"), key("minutes")), line
        )
    minutes = _number(
        raw["minutes"], key("minutes"), finder.phase(number, "minutes"), 0, MAX_PHASE_MINUTES
    )
    color = _text(raw.get("color"), key("color"), finder.phase(number, "color"), required=False)
    if color and not _COLOR_RE.match(color):
        raise _Invalid(
            message(
                QT_TRANSLATE_NOOP("Messages", 'phase %1: color must look like "#0072B2", not %2'),
                phase,
                repr(color),
            ),
            finder.phase(number, "color"),
        )
    cue = _text(raw.get("cue"), key("cue"), finder.phase(number, "cue"), required=False)
    return Phase(title=title, owner=owner, minutes=minutes, color=color, cue=cue)


def parse_format(text: str, format_id: str, source: Path | None = None) -> Format:
    """Parse one format file's text. Raises FormatError with a line number on any problem."""
    path = source or Path(f"{format_id}.toml")
    try:
        data = tomllib.loads(text)
    except RecursionError:
        raise FormatError(FormatProblem(path, None, too_deep())) from None
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise FormatError(
            FormatProblem(
                path,
                int(match.group(1)) if match else None,
                message(QT_TRANSLATE_NOOP("Messages", "not valid TOML (%1)"), str(exc)),
            )
        ) from None
    finder = _LineFinder(text)
    try:
        return _build_format(data, format_id, finder, source)
    except _Invalid as exc:
        raise FormatError(FormatProblem(path, exc.line, exc.message)) from None
    except RecursionError:
        raise FormatError(FormatProblem(path, None, too_deep())) from None


def _build_format(
    data: dict[str, Any], format_id: str, finder: _LineFinder, source: Path | None
) -> Format:
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise _Invalid(
            message(
                QT_TRANSLATE_NOOP("Messages", "unknown setting '%1' (known: %2)"),
                unknown[0],
                ", ".join(sorted(_TOP_KEYS)),
            ),
            finder.top(unknown[0]),
        )
    schema = data.get("schema", FORMAT_SCHEMA_VERSION)
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise _Invalid(
            message(QT_TRANSLATE_NOOP("Messages", "schema must be a whole number")),
            finder.top("schema"),
        )
    if schema > FORMAT_SCHEMA_VERSION:
        raise _Invalid(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "this file was written by a newer Twoway (format schema %1); "
                    "update Twoway to use it",
                ),
                str(schema),
            ),
            finder.top("schema"),
        )
    name = _text(data.get("name"), "name", finder.top("name"), required=True)
    raw_phases = data.get("phases")
    if not isinstance(raw_phases, list) or not raw_phases:
        raise _Invalid(
            message(QT_TRANSLATE_NOOP("Messages", "a format needs at least one [[phases]] table")),
            finder.top("phases"),
        )
    if len(raw_phases) > MAX_PHASES:
        raise _Invalid(
            message(
                QT_TRANSLATE_NOOP("Messages", "a format can have at most %1 phases"), MAX_PHASES
            ),
            finder.phase(MAX_PHASES),
        )
    phases = tuple(_parse_phase(raw, i, finder) for i, raw in enumerate(raw_phases))
    planned = sum(p.minutes for p in phases)
    slot_line = finder.top("slot_minutes")
    slot = (
        _number(data["slot_minutes"], "slot_minutes", slot_line, 0, 24 * 60)
        if "slot_minutes" in data
        else planned
    )
    if slot + 1e-9 < planned:
        raise _Invalid(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "slot_minutes (%1) is shorter than its phases together (%2)"
                ),
                f"{slot:g}",
                f"{planned:g}",
            ),
            slot_line,
        )
    lead_line = finder.top("warning_lead_s")
    lead = data.get("warning_lead_s", 60)
    if isinstance(lead, bool) or not isinstance(lead, int) or not 0 <= lead <= 600:
        raise _Invalid(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "warning_lead_s must be a whole number of seconds from 0 to 600"
                )
            ),
            lead_line,
        )
    swappable = data.get("swappable", False)
    if not isinstance(swappable, bool):
        raise _Invalid(
            message(QT_TRANSLATE_NOOP("Messages", "swappable must be true or false")),
            finder.top("swappable"),
        )
    description = _text(
        data.get("description"), "description", finder.top("description"), required=False
    )
    closing = _text(
        data.get("closing_line"), "closing_line", finder.top("closing_line"), required=False
    )
    return Format(
        id=format_id,
        name=name,
        phases=phases,
        slot_minutes=slot,
        warning_lead_s=lead,
        swappable=swappable,
        description=description,
        closing_line=closing,
        source=source,
    )


class FormatError(Exception):
    def __init__(self, problem: FormatProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def load_formats(formats_dir: Path | None) -> FormatLibrary:
    """Built-ins, then the user's files; a user file with a built-in's id overrides it.

    A broken file is reported and skipped; every other format still loads.
    """
    formats = {fmt.id: fmt for fmt in builtin_formats()}
    problems: list[FormatProblem] = []
    if formats_dir is None or not formats_dir.is_dir():
        return FormatLibrary(formats, problems)
    for path in sorted(formats_dir.glob("*.toml")):
        format_id = path.stem.lower()
        if not _ID_RE.match(format_id):
            problems.append(
                FormatProblem(
                    path,
                    None,
                    message(
                        QT_TRANSLATE_NOOP(
                            "Messages", "file name must use letters, digits, - or _ only"
                        )
                    ),
                )
            )
            continue
        try:
            raw = read_regular_file(path)  # a pipe or a huge file is named, not waited on
        except OSError as exc:
            problems.append(
                FormatProblem(
                    path,
                    None,
                    message(QT_TRANSLATE_NOOP("Messages", "cannot be read (%1)"), exc.strerror),
                )
            )
            continue
        try:
            # Notepad and other Windows editors start UTF-8 with a byte-order mark.
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            problems.append(
                FormatProblem(
                    path, None, message(QT_TRANSLATE_NOOP("Messages", "is not UTF-8 text"))
                )
            )
            continue
        try:
            fmt = parse_format(text, format_id, path)
        except FormatError as exc:
            problems.append(exc.problem)
            continue
        formats[format_id] = replace(fmt, file_digest=file_digest(raw))
    return FormatLibrary(formats, problems)


def format_to_toml(fmt: Format) -> str:
    data: dict[str, Any] = {"schema": FORMAT_SCHEMA_VERSION, "name": fmt.name}
    if fmt.description:
        data["description"] = fmt.description
    data["slot_minutes"] = _plain_number(fmt.slot_minutes)
    data["warning_lead_s"] = fmt.warning_lead_s
    data["swappable"] = fmt.swappable
    if fmt.closing_line:
        data["closing_line"] = fmt.closing_line
    data["phases"] = []
    for phase in fmt.phases:
        entry: dict[str, str | float] = {"title": phase.title, "owner": str(phase.owner)}
        entry["minutes"] = _plain_number(phase.minutes)
        if phase.color:
            entry["color"] = phase.color
        if phase.cue:
            entry["cue"] = phase.cue
        data["phases"].append(entry)
    import tomli_w  # only when a format is saved, not at every start

    return tomli_w.dumps(data)


def _plain_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def file_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class FormatFileTaken(Exception):
    """Saving would write over a file that is not the format being edited: one that did
    not load (a typo, a newer Twoway's schema), or one changed outside Twoway since it was
    read. The file is left as it is."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path.name} is not the file being edited; it was left as it is")
        self.path = path


def ids_in_use(formats_dir: Path | None) -> set[str]:
    """The id of every *.toml in the formats folder, whether it loaded or not."""
    if formats_dir is None:
        return set()
    try:
        with os.scandir(formats_dir) as entries:
            names = [entry.name for entry in entries]
    except OSError:
        return set()  # saving still checks each file before it writes
    # Loading lower-cases a file's name; a folder that ignores case would too.
    return {name[: -len(".toml")].lower() for name in names if name.lower().endswith(".toml")}


def free_format_id(base: str, formats_dir: Path | None, loaded: Iterable[str] = ()) -> str:
    """`base`, or `base-2`, `base-3`…: the first that names no loaded format (`loaded`,
    the built-ins included) and no file in the formats folder, even one that did not load.
    """
    taken = ids_in_use(formats_dir) | {format_id.lower() for format_id in loaded}
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    return candidate


def save_format(fmt: Format, formats_dir: Path, *, over: str = "") -> Format:
    """Write `fmt` to its file; returns it as saved (with the digest of what was written).

    `over` is the `file_digest` of the file as it was read for editing, "" for a new
    format. The file is written only while it is absent or still holds exactly what was
    read; otherwise FormatFileTaken is raised and nothing is written.
    """
    if not _ID_RE.match(fmt.id):
        raise ValueError(f"format id {fmt.id!r} is not a valid file name")
    path = formats_dir / f"{fmt.id}.toml"
    try:
        now: str | None = file_digest(read_regular_file(path))
    except FileNotFoundError:
        now = None  # nothing there to lose (a format removed outside is written again)
    except OSError:
        raise FormatFileTaken(path) from None  # a folder, pipe or unreadable file stays
    if now is not None and now != over:
        raise FormatFileTaken(path)
    data = format_to_toml(fmt).encode("utf-8")
    atomic_write_bytes(path, data)
    return replace(fmt, builtin=False, source=path, file_digest=file_digest(data))


def save_new_format(fmt: Format, formats_dir: Path, loaded: Iterable[str] = ()) -> Format:
    """Save `fmt` as a new format, under its id or the first free one after it (see
    free_format_id); returns it as saved, with the id it got."""
    taken = set(loaded)
    for _attempt in range(100):
        format_id = free_format_id(fmt.id, formats_dir, taken)
        try:
            return save_format(replace(fmt, id=format_id), formats_dir)
        except FormatFileTaken:
            taken.add(format_id)  # made just now, by someone else: the next one
    raise FormatFileTaken(formats_dir / f"{fmt.id}.toml")


def delete_format_file(formats_dir: Path, format_id: str, stamp: str) -> Path | None:
    """Remove a user's format from the library: its file goes to the data folder's trash
    (trash/files), never deleted, so a delete made by mistake, or one that crossed an
    edit made on another computer, can be undone by hand. Returns where it went."""
    from twoway.core.store.otherfiles import to_trash

    path = formats_dir / f"{format_id}.toml"
    if not path.is_file():
        return None
    return to_trash(formats_dir.parent, path, stamp)
