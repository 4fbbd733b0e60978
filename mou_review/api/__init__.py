"""The JSON API (``/api/v1``): Bearer-token authentication, JSON in and out.

CSRF does not apply here: requests carry a personal token in the
Authorization header, never a cookie session.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import Blueprint, g, request
from flask_babel import gettext

from ..errors import api_error
from ..extensions import csrf, db
from ..services import users
from ..validation import check_request

bp = Blueprint("api", __name__, url_prefix="/api/v1")
csrf.exempt(bp)


def token_required(view: Callable[..., Any]) -> Callable[..., Any]:
    """Authenticate the request with ``Authorization: Bearer <token>``; 401 otherwise."""

    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any):
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        user = users.user_for_token(db.session, token.strip()) if scheme.lower() == "bearer" else None
        if user is None:
            return api_error(
                401, "unauthorized", gettext("A valid API token is required (Authorization: Bearer <token>).")
            )
        g.api_user = user  # also selects the token owner's language for messages
        check_request()
        return view(*args, **kwargs)

    return wrapper


def json_body() -> dict[str, Any]:
    """Return the request's JSON body as checked by the route's ``@accepts`` schema (or the raw object)."""
    from ..domain.errors import N_, ValidationError

    if "json_body" in g:
        return dict(g.json_body)
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise ValidationError(N_("The request body must be a JSON object."), reason="not_json")
    return data


# Feature modules that add routes to this blueprint.
MODULES = ["documents", "review", "divergence", "sessions", "translation", "openapi"]
for _name in MODULES:
    importlib.import_module(f"{__name__}.{_name}")
