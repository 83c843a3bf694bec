"""Wheel build hook: compiles i18n/*.ts into the .qm files the app loads.

It runs for regular and editable installs alike. The .qm files are written next to the
.ts files in i18n/ (ignored by git): a regular wheel picks them up through the
`i18n` -> `twoway/i18n` force-include, and an editable install finds them there
through twoway.paths, which looks in the checkout.

lrelease comes from PySide6-Essentials, which the build-system requirements bring into
an isolated build environment.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _load_i18n_tools(root: Path):
    spec = importlib.util.spec_from_file_location(
        "twoway_i18n_update", root / "packaging" / "i18n_update.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        root = Path(self.root)
        tools = _load_i18n_tools(root)
        ts_files = sorted((root / "i18n").glob(f"{tools.PREFIX}*.ts"))
        written = tools.compile_translations(root / "i18n", ts_files)
        self.app.display_info(f"Compiled {len(written)} translation(s) into i18n/ ({version})")
