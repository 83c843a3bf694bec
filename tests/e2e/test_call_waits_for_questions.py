"""A question the main window has (what to do with an import that was stopped part-way)
waits until the call is over: starting the planned meeting from the call offer builds the
main window, and nothing of it may land on the call or take its keyboard. Real app under
Xvfb with openbox and a tray; the call is a window titled like a Zoom meeting."""

from __future__ import annotations

import time

import pytest
from calls_fixtures import open_call_window, plan_with_maya, wait_until

from twoway.core.clock import SystemClock
from twoway.core.interop.transaction import ImportJournal
from twoway.paths import DataPaths

pytestmark = pytest.mark.e2e

QUESTION = "Interrupted import"


def plan_with_an_interrupted_import(data_dir) -> None:
    plan_with_maya(data_dir, 10)
    # An import the app or the command line was killed in: never finished.
    ImportJournal.begin(DataPaths(data_dir).root, "people.vcf", SystemClock().wall())


def test_the_interrupted_import_question_waits_until_the_call_is_over(twoway, tmp_path):
    plan_with_an_interrupted_import(twoway.data_dir)
    twoway.launch("--minimized")  # in the tray since login
    desktop = twoway.desktop
    call_process, call = open_call_window(desktop, "Zoom Meeting", 0, 30, 1200, 740)
    desktop.run("xdotool", "windowactivate", "--sync", call)
    assert wait_until(lambda: twoway.status()["offer"] == "start", 15, 0.3)

    done = twoway.cli("start")  # a shortcut answering the offer
    assert done.returncode == 0, done.stderr
    assert twoway.status()["state"] == "running"
    give_up_at = time.monotonic() + 5  # the question used to come within a second
    while time.monotonic() < give_up_at:
        stack = desktop.stack()
        assert stack.named(QUESTION) is None, f"a question landed on the call\n{stack}"
        assert desktop.windows_named(QUESTION) == [], "a question is mapped during the call"
        focused = stack.focused()
        assert focused is not None and focused.title == "Zoom Meeting", (
            f"the call lost the keyboard to {focused}\n{stack}"
        )
        time.sleep(0.5)

    assert twoway.cli("end").returncode == 0
    call_process.terminate()  # the call is over: the debrief opens, and now the question
    call_process.wait(timeout=10)
    asked = wait_until(lambda: desktop.windows_named(QUESTION), 20, 0.3)
    desktop.screenshot(tmp_path / "question-after-the-call.png")
    assert asked, f"the question was not asked after the call\n{desktop.stack()}"
