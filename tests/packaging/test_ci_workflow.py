"""The CI workflow that builds the packages: valid YAML, one job per platform, real paths."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
WORKFLOW = REPO / ".github" / "workflows" / "build.yml"


def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def test_builds_on_each_platforms_own_runner():
    runners = {name: job["runs-on"] for name, job in workflow()["jobs"].items()}
    assert runners["linux"].startswith("ubuntu-")
    assert runners["windows"].startswith("windows-")
    assert runners["macos"].startswith("macos-")


def test_every_step_is_well_formed():
    for name, job in workflow()["jobs"].items():
        for step in job["steps"]:
            assert ("uses" in step) != ("run" in step), f"{name}: {step}"


def test_files_named_in_the_steps_exist():
    scripts = " ".join(
        step["run"] for job in workflow()["jobs"].values() for step in job["steps"] if "run" in step
    )
    named = set(re.findall(r"\bpackaging/[\w./-]+", scripts))
    assert "packaging/pyinstaller/twoway.spec" in named
    assert "packaging/windows/twoway.iss" in named
    for path in named:
        assert (REPO / path).exists(), path
