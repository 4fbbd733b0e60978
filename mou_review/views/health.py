"""``GET /healthz``: is the app up and its database reachable, for a monitor (no sign-in)."""

from __future__ import annotations

from functools import cache

from flask import Blueprint, current_app, jsonify
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from ..extensions import db

bp = Blueprint("health", __name__)


@cache
def _head(directory: str) -> str:
    from ..services.backup import head_revision

    return head_revision(directory)


def _version() -> str:
    from ..commands_backup import app_version

    return app_version()


@bp.get("/healthz")
def healthz():
    """Answer 200 when the database answers at the expected schema, 503 naming the failing part."""
    body = {"status": "ok", "database": "ok", "version": _version()}
    try:
        db.session.execute(text("SELECT 1"))
    except SQLAlchemyError as error:
        return _failure(body, "unreachable", error)
    try:
        revision = db.session.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except SQLAlchemyError as error:
        return _failure(body, "schema_missing", error)
    finally:
        db.session.remove()
    expected = _head(current_app.extensions["migrate"].directory)
    body["schema"] = revision
    if revision != expected:
        body.update(status="error", database="schema_outdated", expected_schema=expected)
        return jsonify(body), 503
    return jsonify(body)


def _failure(body: dict, state: str, error: SQLAlchemyError):
    db.session.rollback()
    db.session.remove()
    first = str(getattr(error, "orig", None) or error).strip().splitlines()[0][:200]
    body.update(status="error", database=state, error=first)
    return jsonify(body), 503
