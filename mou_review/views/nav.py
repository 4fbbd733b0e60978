"""Links of the top bar, contributed by blueprints.

Each entry is a function returning a link ``{"url", "label"}`` for the
signed-in user, or None when the user may not use it; the context processor
calls them in registration order.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask
from flask_login import current_user

NavEntry = Callable[[], "dict[str, str] | None"]
_ENTRIES: list[NavEntry] = []


def nav_entry(function: NavEntry) -> NavEntry:
    """Register a top-bar link (decorator)."""
    _ENTRIES.append(function)
    return function


def init_app(app: Flask) -> None:
    """Expose ``nav_links`` to every template."""

    @app.context_processor
    def _nav_links() -> dict:
        if not (current_user and current_user.is_authenticated):
            return {"nav_links": []}
        links = [entry() for entry in _ENTRIES]
        return {"nav_links": [link for link in links if link]}
