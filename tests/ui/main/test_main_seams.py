"""The seams the main window's views are written against (ui/seams.py) are what the app
really provides, and name everything the views ask for: a method renamed on the window,
the store or the app, or a new thing a view starts to ask for, shows up here rather than
as a broken button at run time."""

from __future__ import annotations

import ast
from pathlib import Path

import twoway.ui.main
from twoway.ui.seams import AppServices, Navigation, StoreService

MAIN = Path(twoway.ui.main.__file__).parent


def members(protocol: type) -> set[str]:
    names = set(getattr(protocol, "__annotations__", {}))
    names |= {name for name in vars(protocol) if not name.startswith("_")}
    return names


def asked_of(holder: str) -> dict[str, set[str]]:
    """Names read from `holder` in the views: `holder.x`, `self.holder.x`, `hub.holder.x`."""
    found: dict[str, set[str]] = {}
    for path in MAIN.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Attribute):
                continue
            owner = node.value
            named = isinstance(owner, ast.Name) and owner.id == holder
            if named or (isinstance(owner, ast.Attribute) and owner.attr == holder):
                found.setdefault(node.attr, set()).add(path.name)
    return found


def test_the_window_the_store_and_the_app_provide_their_seams(window):
    assert isinstance(window, Navigation)
    assert isinstance(window.hub.store, StoreService)
    assert isinstance(window.context, AppServices)


def test_the_seams_name_everything_the_views_ask_for(window):
    # The window's own side list is also called nav; its Qt calls are not the seam.
    navigation_list = {name for name in dir(window.nav) if name[:1].islower()}
    missing = {
        "nav": {
            name: files
            for name, files in asked_of("nav").items()
            if name not in members(Navigation)
            and not (name in navigation_list and files == {"window.py"})
        },
        "context": {
            name: files
            for name, files in asked_of("context").items()
            if name not in members(AppServices)
        },
        "store": {
            name: files
            for name, files in asked_of("store").items()
            if name not in members(StoreService)
        },
    }
    assert missing == {"nav": {}, "context": {}, "store": {}}
