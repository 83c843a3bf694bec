"""One Twoway per data folder, steered from the command line.

The first launch takes a lock file in the user's private runtime folder (one per data
folder, never inside the synced data folder; see `DataPaths.runtime_dir`) and listens on
a local socket there. A later launch for the same folder finds the lock taken, hands its
request (`start`, or "come forward") to the running app and exits. `twoway pause` and the
other remote commands reach the same socket through `twoway.remote`.

A crash leaves the lock and the socket behind. Neither blocks the next start: QLockFile
sees that the process named in the lock is gone, and if the lock still names a live
process but nothing answers on the socket (the process id was reused after a reboot),
the lock is taken over. The socket file is removed before listening again.
"""

from __future__ import annotations

import argparse
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile

from twoway import remote
from twoway.paths import DataPaths

if TYPE_CHECKING:
    from twoway.ui.remote_control import RemoteControl, RequestServer

log = logging.getLogger(__name__)

# How long a second launch waits for a just-started app to begin listening.
STARTING_APP_WAIT_S = 10.0


@dataclass
class InstanceClaim:
    """What `claim_instance` decided. `forwarded`: another app took the request; exit."""

    forwarded: bool
    exit_code: int = 0
    server_names: list[str] = field(default_factory=list)
    lock: QLockFile | None = None
    server: RequestServer | None = None
    remote_control: RemoteControl | None = field(default=None, repr=False)

    def attach(self, context) -> None:
        """Listen, and from now on let requests from the command line steer this context.

        Listening waits until the overlay has painted (a socket needs the QApplication's
        event loop, and the timer comes first); a second launch that finds the lock taken
        meanwhile waits for us a moment.
        """
        from twoway.ui.remote_control import RemoteControl, RequestServer

        self.remote_control = RemoteControl(context)
        if not self.server_names:
            return  # the runtime folder could not be trusted (said at start)
        server = RequestServer(self.server_names, self.remote_control.handle)
        if not server.listen():
            log.warning("Remote control is unavailable: %s", server.error_text)
            return
        self.server = server

    def release(self) -> None:
        """Stop listening and let the next launch take over. After everything is saved."""
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None


def forwarded_request(args: argparse.Namespace) -> dict | None:
    """What a second launch asks of the running app; None: nothing to ask."""
    if getattr(args, "command", None) == "start":
        return {"command": "start", "format": args.format, "contact": args.contact}
    if getattr(args, "minimized", False):
        return None  # started at login again: the running app is already where it should be
    return {"command": "show", "window": True}


def lock_path(paths: DataPaths) -> Path:
    """The lock lives in this machine's runtime folder, so another machine syncing the same
    data folder never sees it."""
    return paths.runtime_dir / "instance.lock"


def claim_instance(paths: DataPaths, args: argparse.Namespace) -> InstanceClaim:
    try:
        remote.prepare_runtime_dir(paths)
    except remote.Refused as exc:
        # Someone else's folder: neither lock nor socket there. Run, unguarded and unsteered.
        sys.stderr.write(f"twoway: {exc}\n")
        log.warning("%s", exc)
        return InstanceClaim(forwarded=False)
    except OSError as exc:
        log.warning("The runtime folder %s could not be made: %s", paths.runtime_dir, exc)
        return InstanceClaim(forwarded=False)
    lock = QLockFile(str(lock_path(paths)))
    # Twoway holds the lock for hours: it is stale only when its process is gone,
    # never because of its age.
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return _serve(paths, lock)
    if lock.error() != QLockFile.LockError.LockFailedError:
        # A folder we cannot write to: run without the guard rather than not at all.
        log.warning("The instance lock in %s could not be created.", paths.runtime_dir)
        return _serve(paths, None)

    message = forwarded_request(args)
    try:
        if message is None:
            remote.request(paths, {"command": "status"}, wait_s=STARTING_APP_WAIT_S)
            return InstanceClaim(forwarded=True)
        reply = remote.request(paths, message, wait_s=STARTING_APP_WAIT_S)
    except remote.NotRunning:
        # The lock names a live process that does not answer: not Twoway after all.
        log.warning("Taking over an instance lock that nobody answers for.")
        lock.removeStaleLockFile()
        if lock.tryLock(0):
            return _serve(paths, lock)
        sys.stderr.write("twoway: Another Twoway is starting for this data folder.\n")
        return InstanceClaim(forwarded=True, exit_code=remote.EXIT_FAILED)
    except remote.NoAnswer as exc:
        sys.stderr.write(f"twoway: Twoway is running but did not answer ({exc}).\n")
        return InstanceClaim(forwarded=True, exit_code=remote.EXIT_FAILED)
    except remote.Refused as exc:
        sys.stderr.write(f"twoway: {exc}\n")
        return InstanceClaim(forwarded=True, exit_code=remote.EXIT_FAILED)
    code = remote.print_reply(message, reply, sys.stdout, sys.stderr)
    return InstanceClaim(forwarded=True, exit_code=code)


def _serve(paths: DataPaths, lock: QLockFile | None) -> InstanceClaim:
    return InstanceClaim(forwarded=False, server_names=remote.server_names(paths), lock=lock)
