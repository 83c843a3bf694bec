"""Starts the Qt application: the one place that wires Twoway's parts together.

The overlay is built and shown first; the chime, the tray, the data store and the main
window are loaded right after the first paint, so the timer is on screen quickly.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from twoway import APP_ID, APP_NAME, __version__
from twoway.core.clock import SystemClock
from twoway.paths import DataPaths, data_folder_problem

if TYPE_CHECKING:
    from twoway.core.settings import SettingsFile

log = logging.getLogger(__name__)


def create_qapplication(platform: str | None = None) -> QApplication:
    argv = [sys.argv[0] if sys.argv else "twoway"]
    if platform:
        # An argument rather than QT_QPA_PLATFORM: programs Twoway opens (a mail client for
        # a request) keep their own choice.
        argv += ["-platform", platform]
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    # Closing the main window leaves Twoway in the tray; quitting is explicit.
    app.setQuitOnLastWindowClosed(False)
    return app


def run_app(args: argparse.Namespace, paths: DataPaths) -> int:
    logging.basicConfig(level=os.environ.get("TWOWAY_LOG", "WARNING").upper())

    if args.demo:
        from twoway.demo import prepare_demo_folder

        paths = prepare_demo_folder()
        print(
            f"Twoway demo: using a throwaway folder, {paths.root}\n"
            f"Steer it from another terminal: twoway --data-dir {paths.root} status",
            file=sys.stderr,
            flush=True,
        )

    # Before the QApplication: a data folder that cannot be one is said in one line.
    problem = data_folder_problem(paths)
    if problem:
        print(f"twoway: {problem}", file=sys.stderr, flush=True)
        return 1

    from twoway.ui.instance import claim_instance

    # Before the QApplication: handing a request to the running app needs no display.
    claim = claim_instance(paths, args)
    if claim.forwarded:
        return claim.exit_code

    from twoway.core.settings import SettingsFile

    # Read once, before the QApplication: the settings choose the Qt platform too.
    clock = SystemClock()
    settings = SettingsFile.load(paths.settings_file, paths.backups_dir, clock)
    app = create_qapplication(_platform_for(settings))
    from twoway.ui.context import AppContext

    context = AppContext.build(app, paths, clock, settings)
    if args.demo:
        from twoway.launch import post_demo_folder

        post_demo_folder(paths)  # `twoway status` can then point to it
    if args.demo:
        from twoway.demo_data import seed_demo

        seed_demo(
            context.records.open(),
            context.clock.wall(),
            lambda text: QCoreApplication.translate("Demo", text),  # in the user's language
        )
    from twoway.ui.lifecycle import install_quit_handlers

    install_quit_handlers(context)

    if os.environ.get("TWOWAY_REPORT_FIRST_PAINT"):
        _report_first_paint(context)

    if args.demo:
        context.meetings.start_demo()
    elif args.command == "start":
        problem = context.meetings.start_by_name(args.format, args.contact)
        if problem:
            print(f"twoway: {problem}", file=sys.stderr, flush=True)
            context.notices.say(APP_NAME, problem)
    # A meeting started from a shortcut should not put the main window over the call.
    quiet = args.minimized or args.command == "start"

    def finish() -> None:
        context.watch_the_desktop()
        claim.attach(context)
        context.finish_startup(minimized=quiet)

    if context.overlay.isVisible():
        # The timer first: the tray, the store and the main window load once it is painted.
        context.overlay.first_painted.connect(lambda: QTimer.singleShot(0, finish))
    else:
        QTimer.singleShot(0, finish)
    code = app.exec()
    context.shutdown()
    claim.release()  # only after everything is saved may the next launch take over
    if args.demo:
        from twoway.launch import remove_demo_signpost

        remove_demo_signpost(paths)
        # Nothing of the demo stays behind: its folder, this machine's state and cache
        # for it (the next demo gets a new folder, so they would only pile up).
        shutil.rmtree(paths.root, ignore_errors=True)
        shutil.rmtree(paths.state_dir, ignore_errors=True)
        paths.load_cache_file.unlink(missing_ok=True)
    return code


def _platform_for(settings: SettingsFile) -> str | None:
    """XWayland where it is on offer, unless the user opted into native Wayland."""
    from twoway.ui.platform_choice import choose_platform

    choice = choose_platform(
        os.environ, native_wayland_setting=settings.values.overlay.native_wayland
    )
    log.info("Qt platform: %s (%s)", choice.platform or "Qt's own choice", choice.why)
    return choice.platform


def _report_first_paint(context) -> None:
    """For the start-up benchmark: print when the overlay first painted and the peak
    memory once settled, then quit."""

    def painted() -> None:
        print(f"first_paint_unix: {time.time():.4f}", flush=True)
        QTimer.singleShot(500, report_memory_and_quit)

    def report_memory_and_quit() -> None:
        print(f"peak_rss_kb: {peak_rss_kb()}", flush=True)
        QApplication.quit()

    context.overlay.first_painted.connect(painted)


def peak_rss_kb() -> int:
    """The process's peak resident memory (Linux); 0 where it cannot be read."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0
