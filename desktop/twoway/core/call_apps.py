"""The list of call apps Twoway recognises: built in, and extended by the user in
`call-apps.toml` in the data folder.

    [[app]]
    name = "Acme Meet"
    titles = ["^Acme Meet – "]          # regular expressions on window titles
    window_classes = ["acme"]           # optional: only windows of this WM_CLASS
                                        # (Windows: program file; macOS: app name)
    recorders = ["acme-voice"]          # names its microphone stream carries
    toolbar = "bottom"                  # where its own controls are: "top" or "bottom"

    [ignore]
    recorders = ["my-dictation-tool"]   # programs whose recording is not a call

An app with a built-in name replaces the built-in entry. The file is only read, never
written; a broken entry is reported with its line and left out, the rest still counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from twoway.core.calls import CallApp
from twoway.core.marks import QT_TRANSLATE_NOOP, Message, message
from twoway.core.store.tomltext import LineFinder, Unreadable, parse_bytes

FILE_NAME = "call-apps.toml"

# Titles as the apps show them on Linux, Windows and macOS. Browser tabs are seen by the
# title of the browser window, so a call tab is recognised while it is the tab in front.
BUILT_IN: tuple[tuple[str, tuple[str, ...], tuple[str, ...], str], ...] = (
    ("Zoom", (r"^Zoom Meeting\b", r"^Zoom Webinar\b", r"^Zoom Workplace - Meeting\b"),
     ("ZOOM VoiceEngine", "zoom", "zoom.exe"), "bottom"),
    ("Google Meet", (r"\bMeet\s[-–—]\s[a-z]{3}-[a-z]{4}-[a-z]{3}\b",),
     (), "bottom"),
    ("Jitsi Meet", (r"\bJitsi Meet\b",), (), "bottom"),
    ("Microsoft Teams", (r"^(Meeting|Call|Meeting compact view)\b.*\|\s*Microsoft Teams",
                         r"\bMicrosoft Teams meeting\b"),
     ("teams", "ms-teams", "Microsoft Teams", "teams-for-linux"), "top"),
    ("Webex", (r"\bWebex Meetings?\b.*\bmeeting\b", r"^Meeting\b.*\bWebex\b",
               r"\bCisco Webex Meeting\b"),
     ("webex", "CiscoCollabHost", "CiscoWebexStart"), "bottom"),
    ("Whereby", (r"\bWhereby\b",), (), "bottom"),
    ("Slack huddle", (r"\bHuddle\b.*\bSlack\b", r"\bSlack\b.*\bHuddle\b"), (), "top"),
)  # fmt: skip
# Programs that record without being a call: volume meters of sound settings.
IGNORED_BUILT_IN = ("pavucontrol", "PulseAudio Volume Control", "gnome-control-center",
                    "plasmashell", "pwvucontrol")  # fmt: skip


@dataclass
class CallAppList:
    apps: tuple[CallApp, ...]
    ignored_recorders: tuple[str, ...]
    problems: list[Message] = field(default_factory=list)


def built_in_apps() -> list[CallApp]:
    return [
        CallApp(name, tuple(re.compile(t) for t in titles), (), recorders, toolbar)
        for name, titles, recorders, toolbar in BUILT_IN
    ]


def load_call_apps(folder: Path) -> CallAppList:
    """The built-in list, extended and overridden by the data folder's call-apps.toml."""
    apps = {app.name: app for app in built_in_apps()}
    ignored = list(IGNORED_BUILT_IN)
    problems: list[Message] = []
    path = Path(folder) / FILE_NAME
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return CallAppList(tuple(apps.values()), tuple(ignored))
    except OSError as exc:
        problems.append(message(QT_TRANSLATE_NOOP("Messages", "%1 could not be read (%2); the built-in list is used."),
                              FILE_NAME, exc.strerror or ""))  # fmt: skip
        return CallAppList(tuple(apps.values()), tuple(ignored), problems)
    try:
        data, text = parse_bytes(raw)
    except Unreadable as exc:
        problems.append(message(QT_TRANSLATE_NOOP("Messages", "%1, line %2: %3 The built-in list is used."),
                              FILE_NAME, str(exc.line or "?"), exc.message))  # fmt: skip
        return CallAppList(tuple(apps.values()), tuple(ignored), problems)
    lines = LineFinder(text)
    entries = data.get("app", [])
    if not isinstance(entries, list):
        entries = []
        problems.append(
            message(
                QT_TRANSLATE_NOOP("Messages", "%1: the apps must be [[app]] tables."), FILE_NAME
            )
        )
    for index, entry in enumerate(entries):
        app, problem = _app_from(entry)
        if problem is not None:
            line = lines.line_of(("app", index))
            problems.append(
                message(
                    QT_TRANSLATE_NOOP("Messages", "%1, line %2: %3"),
                    FILE_NAME,
                    str(line or "?"),
                    problem,
                )
            )
            continue
        if app is not None:  # always, when there is no problem
            apps[app.name] = app
    ignore = data.get("ignore", {})
    more = ignore.get("recorders", []) if isinstance(ignore, dict) else []
    if isinstance(more, list):
        ignored.extend(str(name) for name in more if isinstance(name, str))
    return CallAppList(tuple(apps.values()), tuple(ignored), problems)


def _app_from(entry: object) -> tuple[CallApp | None, Message | None]:
    if not isinstance(entry, dict):
        return None, message(QT_TRANSLATE_NOOP("Messages", "an app must be a table with a name."))
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        return None, message(QT_TRANSLATE_NOOP("Messages", "an app needs a name."))
    lists = {}
    for key in ("titles", "window_classes", "recorders"):
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return None, message(
                QT_TRANSLATE_NOOP("Messages", '"%1" of %2 must be a list of texts in quotes.'),
                key,
                name,
            )
        lists[key] = tuple(value)
    titles = []
    for title in lists["titles"]:
        try:
            titles.append(re.compile(title))
        except re.error as exc:
            return None, message(QT_TRANSLATE_NOOP("Messages", "the title pattern “%1” of %2 is not valid: %3."),
                               title, name, str(exc))  # fmt: skip
    toolbar = entry.get("toolbar", "bottom")
    if toolbar not in ("top", "bottom"):
        return None, message(
            QT_TRANSLATE_NOOP("Messages", 'the toolbar of %1 must be "top" or "bottom".'), name
        )
    if not titles and not lists["recorders"]:
        return None, message(
            QT_TRANSLATE_NOOP("Messages", "%1 needs titles or recorders to be recognised by."), name
        )
    return CallApp(name.strip(), tuple(titles), lists["window_classes"], lists["recorders"],
                   toolbar), None  # fmt: skip
