"""The `twoway` command: launches the app, or sends a command to the running one.

Kept free of Qt imports at module level so `twoway --version` and remote commands
answer instantly.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from twoway import __version__
from twoway.paths import DATA_DIR_ENV

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


def build_parser() -> argparse.ArgumentParser:
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

    start = commands.add_parser("start", help="Start a meeting (launches Twoway if needed).")
    start.add_argument("--format", metavar="NAME", help="format name or id")
    start.add_argument("--contact", metavar="NAME", help="the contact you are meeting")

    for name, help_text in REMOTE_COMMANDS.items():
        sub = commands.add_parser(name, help=help_text)
        if name == "click-through":
            sub.add_argument("mode", choices=["on", "off"])
        if name == "show":
            sub.add_argument("--window", action="store_true", help="also show the main window")

    imp = commands.add_parser("import", help="Import contacts from a file (no running app needed).")
    imp.add_argument("file", type=Path)
    imp.add_argument("--format", choices=["vcard", "linkedin", "csv"], dest="file_format")
    imp.add_argument(
        "--dry-run", action="store_true", help="show what would happen, change nothing"
    )

    exp = commands.add_parser("export", help="Export your data (no running app needed).")
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
    _add_sync_commands(commands)
    return parser


def _add_sync_commands(commands) -> None:
    account = commands.add_parser(
        "account", help="Connect a calendar and address book (CalDAV/CardDAV) or a calendar file."
    )
    actions = account.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="Add a CalDAV/CardDAV account or an ICS subscription.")
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
    actions.add_parser("list", help="List the accounts.")
    remove = actions.add_parser("remove", help="Remove an account (the server is not changed).")
    remove.add_argument("id", metavar="ID")
    sync = commands.add_parser("sync", help="Sync calendars and address books once now.")
    sync.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input where no keyring keeps it",
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.demo and args.data_dir:
        print("twoway: --demo uses a throwaway folder; leave out --data-dir.", file=sys.stderr)
        return 2

    from twoway.paths import resolve_data_dir

    paths = resolve_data_dir(args.data_dir)

    if args.command == "import":
        from twoway.core.interop.commands import run_import

        return run_import(
            paths, args.file, args.file_format, args.dry_run, out=sys.stdout, err=sys.stderr
        )
    if args.command == "export":
        from twoway.core.interop.commands import run_export

        return run_export(
            paths,
            args.file_format,
            args.output,
            out=sys.stdout,
            err=sys.stderr,
            deadlines_as=args.deadlines,
        )
    if args.command in ("account", "sync"):
        return _run_sync_command(args, paths)
    if args.command in REMOTE_COMMANDS:
        from twoway.remote import send_command

        return send_command(paths, _remote_request(args), out=sys.stdout, err=sys.stderr)

    from twoway.ui.app import run_app

    return run_app(args, paths)


def _remote_request(args: argparse.Namespace) -> dict:
    request: dict = {"command": args.command}
    if args.command == "click-through":
        request["mode"] = args.mode
    if args.command == "show":
        request["window"] = args.window
    return request


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
