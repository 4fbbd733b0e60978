"""HTML blueprints and their registration."""

from __future__ import annotations

import importlib

from flask import Flask

# (module, attribute) of every blueprint; feature modules add a line here.
BLUEPRINTS: list[tuple[str, str]] = [
    ("mou_review.views.auth", "bp"),
    ("mou_review.views.documents", "bp"),
    ("mou_review.views.admin", "bp"),
    ("mou_review.views.review", "bp"),
    ("mou_review.views.docx", "bp"),
    ("mou_review.views.markup", "bp"),
    ("mou_review.views.divergence", "bp"),
    ("mou_review.views.sessions", "bp"),
    ("mou_review.views.translation", "bp"),
    ("mou_review.views.health", "bp"),
    ("mou_review.views.audit", "bp"),
    ("mou_review.views.notifications", "bp"),
    ("mou_review.api", "bp"),
]


def register_blueprints(app: Flask) -> None:
    """Import and register every blueprint."""
    from . import nav

    for module_name, attribute in BLUEPRINTS:
        app.register_blueprint(getattr(importlib.import_module(module_name), attribute))
    nav.init_app(app)
