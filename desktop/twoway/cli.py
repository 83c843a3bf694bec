"""The `twoway` command: launches the app, or sends a command to the running one.

Kept free of Qt imports at module level so `twoway --version` and remote commands
answer instantly.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from twoway import __version__, runs_in_foreground
from twoway.paths import DATA_DIR_ENV

SUPPRESS = argparse.SUPPRESS

# Commands sent to the running app over its local socket.
REMOTE_COMMANDS = {
    "pause": "Pause the meeting.",
    "resume": "Resume a paused meeting.",
    "toggle": "Pause or resume.",
    "next": "Go to the next phase.",
    "prev": "Go back to the previous phase.",
    "extend": "Give the current phase one more minute.",
    "swap": "Swap who goes first.",
    "end": "End the meeting; the overlay then offers the debrief.",
    "debrief": "Open the debrief of the meeting that ended last.",
    "show": "Show the overlay (and the main window with --window).",
    "hide": "Hide the overlay.",
    "click-through": "Let clicks pass through the overlay: on or off.",
    "status": "Print the meeting's state as one JSON object.",
    "quit": "Quit Twoway (a running meeting is kept for its debrief).",
}


COMMANDS = ("start", *REMOTE_COMMANDS, "import", "export", "restore", "account", "sync")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with `only`, just the named command's part, or no command's
    for "" (what `main` builds: all of them take argparse about 9 ms, at every start)."""
    want = lambda name: only is None or name == only  # noqa: E731
    parser = argparse.ArgumentParser(
        prog="twoway",
        description="Twoway: short, structured one-to-one networking calls.",
        epilog=(
            "With no command, Twoway starts (or brings the running one forward). "
            f"The data folder can also be set with {DATA_DIR_ENV}."
        ),
    )
    parser.add_argument("--version", action="version", version=f"Twoway {__version__}")
    parser.add_argument(
        "--data-dir", metavar="PATH", help="use this data folder instead of the usual one"
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="try Twoway with demo data in a throwaway folder and a short demo meeting",
    )
    parser.add_argument(
        "--minimized", action="store_true", help="start in the tray without opening a window"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # Global options may also follow the command (`twoway status --data-dir D`); SUPPRESS
    # keeps a value given before the command when none is given after it.
    after = argparse.ArgumentParser(add_help=False)
    after.add_argument("--data-dir", metavar="PATH", default=argparse.SUPPRESS, help=SUPPRESS)
    after.add_argument("--minimized", action="store_true", default=argparse.SUPPRESS, help=SUPPRESS)
    add = lambda name, **kw: commands.add_parser(name, parents=[after], **kw)  # noqa: E731

    if want("start"):
        start = add(
            "start",
            help="Start a meeting; launches Twoway in the background if needed and returns "
            "once the meeting runs.",
        )
        start.add_argument("--format", metavar="NAME", help="format name or id")
        start.add_argument("--contact", metavar="NAME", help="the contact you are meeting")

    for name, help_text in REMOTE_COMMANDS.items():
        if not want(name):
            continue
        sub = add(name, help=help_text)
        if name == "click-through":
            sub.add_argument("mode", choices=["on", "off"])
        if name == "show":
            sub.add_argument("--window", action="store_true", help="also show the main window")

    if want("import"):
        imp = add("import", help="Import contacts from a file (no running app needed).")
        imp.add_argument("file", type=Path, nargs="?")
        imp.add_argument("--format", choices=["vcard", "linkedin", "csv"], dest="file_format")
        imp.add_argument(
            "--dry-run", action="store_true", help="show what would happen, change nothing"
        )
        imp.add_argument(
            "--undo-last",
            action="store_true",
            help="take back the last import, also one that was stopped part-way",
        )

    if want("export"):
        exp = add("export", help="Export your data (no running app needed).")
        exp.add_argument(
            "--format",
            required=True,
            dest="file_format",
            choices=["vcard", "ics", "csv", "meetings-csv", "backup"],
        )
        exp.add_argument("--output", required=True, type=Path, metavar="PATH")
        exp.add_argument(
            "--deadlines",
            choices=["todo", "event"],
            default="todo",
            help="follow-up deadlines as tasks (todo) or as all-day events (event), for ics",
        )

    if want("restore"):
        res = add(
            "restore",
            help="Make the data folder what a backup holds (checked first; quit Twoway before).",
        )
        res.add_argument("file", type=Path, help="a backup zip (a snapshot or an exported backup)")
        res.add_argument(
            "--dry-run",
            action="store_true",
            help="check it and show what would change, change nothing",
        )
    if want("account"):
        _add_account_command(commands, after)
    if want("sync"):
        sync = add("sync", help="Sync calendars and address books once now.")
        sync.add_argument(
            "--password-stdin",
            action="store_true",
            help="read the password from standard input where no keyring keeps it",
        )
    return parser


def _add_account_command(commands, after: argparse.ArgumentParser) -> None:
    account = commands.add_parser(
        "account",
        parents=[after],
        help="Connect a calendar and address book (CalDAV/CardDAV) or a calendar file.",
    )
    actions = account.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    action = lambda name, **kw: actions.add_parser(name, parents=[after], **kw)  # noqa: E731
    add = action("add", help="Add a CalDAV/CardDAV account or an ICS subscription.")
    add.add_argument("url", metavar="URL")
    add.add_argument("--user", metavar="NAME", help="user name (leave out for a read-only .ics)")
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    add.add_argument(
        "--calendar", action="append", default=[], metavar="NAME", help="a calendar to read"
    )
    add.add_argument("--write-to", metavar="NAME", help="the calendar Twoway writes meetings to")
    add.add_argument("--address-book", metavar="NAME", help="the address book to sync")
    add.add_argument(
        "--email",
        action="append",
        default=[],
        metavar="ADDRESS",
        help="your own email address in calendar invitations (when not the user name)",
    )
    action("list", help="List the accounts.")
    remove = action("remove", help="Remove an account (the server is not changed).")
    remove.add_argument("id", metavar="ID")


def named_command(argv: Sequence[str]) -> str | None:
    """The command `argv` names ("" for none), so its part alone is parsed; None when the
    whole command line is needed: to ask for help or the version, or to name a word that
    is no command (argparse then lists the commands)."""
    if any(word in ("-h", "--help", "--version") for word in argv):
        return None
    words = iter(argv)
    for word in words:
        if word == "--data-dir":
            next(words, None)  # its value, which may be any word
        elif not word.startswith("-"):
            return word if word in COMMANDS else None
    return ""


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    return build_parser(only=named_command(argv)).parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else list(argv))
    if args.demo and args.data_dir:
        print("twoway: --demo uses a throwaway folder; leave out --data-dir.", file=sys.stderr)
        return 2
    if args.data_dir == "":
        # An unset shell variable (`--data-dir "$FOLDER"`): not the usual folder in silence.
        print("twoway: --data-dir was given an empty path; name a folder.", file=sys.stderr)
        return 2

    from twoway.paths import resolve_data_dir

    paths = resolve_data_dir(args.data_dir)

    if args.command == "import":
        return _quiet_when_piped(lambda: _import(args, paths))
    if args.command == "export":
        from twoway.core.interop.commands import run_export

        return _quiet_when_piped(
            lambda: run_export(
                paths,
                args.file_format,
                args.output,
                out=sys.stdout,
                err=sys.stderr,
                deadlines_as=args.deadlines,
            )
        )
    if args.command == "restore":
        from twoway.core.interop.commands import FILE_PROBLEM, run_restore
        from twoway.remote import Refused

        try:
            running = not args.dry_run and _app_is_running(paths)
        except Refused as exc:  # the socket is not ours alone: whether it runs is unknown
            print(f"twoway: {exc}", file=sys.stderr)
            return FILE_PROBLEM
        if running:
            # Its unsaved edits and open views would refer to files swapped under it.
            print(
                "twoway restore: Twoway is running with this data folder; restore from its "
                "Settings, or quit it and try again. Nothing was changed.",
                file=sys.stderr,
            )
            return FILE_PROBLEM
        return run_restore(paths, args.file, args.dry_run, out=sys.stdout, err=sys.stderr)
    if args.command == "start" and not args.demo and not runs_in_foreground():
        from twoway.launch import start_meeting

        return start_meeting(paths, args.format, args.contact, sys.stdout, sys.stderr)
    if args.command in ("account", "sync"):
        return _run_sync_command(args, paths)
    if args.command in REMOTE_COMMANDS:
        from twoway.remote import send_command

        return send_command(paths, _remote_request(args), out=sys.stdout, err=sys.stderr)

    from twoway.ui.app import run_app

    return run_app(args, paths)


def _import(args: argparse.Namespace, paths) -> int:
    from twoway.core.interop.commands import run_import, run_undo_last

    if args.undo_last:
        if args.file is not None or args.dry_run:
            print("twoway import: --undo-last takes no file and no --dry-run.", file=sys.stderr)
            return 2
        return run_undo_last(paths, out=sys.stdout, err=sys.stderr)
    if args.file is None:
        print("twoway import: give the file to import (or --undo-last).", file=sys.stderr)
        return 2
    return run_import(
        paths, args.file, args.file_format, args.dry_run, out=sys.stdout, err=sys.stderr
    )


def _quiet_when_piped(run) -> int:
    """Run a command whose output may go to a reader that stops early (`| head`): the
    work is done either way, so end quietly instead of with a traceback."""
    try:
        code = run()
        sys.stdout.flush()
    except BrokenPipeError:
        # Python would report the failed flush again at exit: point stdout at nothing.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    return code


def _remote_request(args: argparse.Namespace) -> dict:
    request: dict = {"command": args.command}
    if args.command == "click-through":
        request["mode"] = args.mode
    if args.command == "show":
        request["window"] = args.window
    return request


def _app_is_running(paths) -> bool:
    """Whether Twoway runs with this data folder; raises remote.Refused when its control
    socket is not this user's alone."""
    from twoway.remote import NoAnswer, NotRunning, request

    try:
        request(paths, {"command": "status"}, timeout_s=2.0)
    except NotRunning:
        return False
    except NoAnswer:
        return True  # something answers for this folder: do not swap files under it
    return True


def _run_sync_command(args: argparse.Namespace, paths) -> int:
    from twoway.core.sync import commands as sync_commands

    io = {"out": sys.stdout, "err": sys.stderr}
    if args.command == "sync":
        return sync_commands.run_sync(paths, args.password_stdin, **io)
    if args.account_command == "add":
        return sync_commands.run_account_add(
            paths,
            args.url,
            args.user,
            args.password_stdin,
            args.calendar,
            args.write_to,
            args.address_book,
            **io,
            emails=tuple(args.email),
        )
    if args.account_command == "list":
        return sync_commands.run_account_list(paths, **io)
    return sync_commands.run_account_remove(paths, args.id, **io)
