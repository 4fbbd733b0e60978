"""The one place where domain errors become responses, in the user's language.

HTML requests get a flash and a redirect back (or an error page); API
requests get ``{"error": code, "message": ...}`` with the error's status.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, flash, jsonify, redirect, render_template, request
from flask_babel import gettext
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import DataError, IntegrityError
from werkzeug.exceptions import HTTPException

from .domain.errors import MouReviewError
from .extensions import db


def message_for(error: MouReviewError) -> str:
    """Return the error's message translated into the interface language."""
    template = str(error.message or "")
    text = gettext(template) if template else gettext("The request could not be completed.")
    try:
        return text % _printable(error.details)
    except (KeyError, TypeError, ValueError):
        return text


def _printable(details: dict[str, Any]) -> dict[str, Any]:
    from .domain.types import DocumentStatus
    from .i18n import STATUS_NAMES

    out = {}
    for key, value in details.items():
        if isinstance(value, DocumentStatus):
            # A status reaches people by its name in their language, never as its code ("in_review").
            out[key] = str(STATUS_NAMES.get(str(value), value))
        elif isinstance(value, (str, int, float)):
            out[key] = value
    return out


def wants_json() -> bool:
    """Return True for API calls and clients that ask for JSON."""
    if request.path.startswith("/api/"):
        return True
    best = request.accept_mimetypes.best_match(["application/json", "text/html"])
    return (
        best == "application/json" and request.accept_mimetypes[best] > request.accept_mimetypes["text/html"]
    )


def api_error(status: int, code: str, message: str, **extra: Any):
    """Return a JSON error response."""
    body = {"error": code, "message": message}
    body.update(extra)
    return jsonify(body), status


def init_app(app: Flask) -> None:
    """Register the error handlers."""

    @app.errorhandler(MouReviewError)
    def _domain_error(error: MouReviewError):
        db.session.rollback()
        message = message_for(error)
        if wants_json():
            extra = {}
            if "current_text" in error.details:
                extra["current"] = {
                    k: v for k, v in error.details.items() if k in ("current", "current_text")
                }
            if error.details.get("unmet"):
                extra["unmet"] = error.details["unmet"]
            return api_error(error.http_status, error.code, message, **extra)
        if request.method == "POST" and request.referrer:
            flash(message, "error")
            return redirect(request.referrer)
        # The error page says it once: no flash on top of it.
        return render_template(
            "errors/error.html", message=message, status=error.http_status
        ), error.http_status

    @app.errorhandler(CSRFError)
    def _csrf_error(error: CSRFError):
        message = gettext(
            "This form has expired or was not sent from this site. Nothing was changed: reload the page "
            "and try again."
        )
        if wants_json():
            return api_error(400, "csrf", message)
        return render_template("errors/error.html", message=message, status=400), 400

    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException):
        messages = {
            400: gettext("The request was malformed."),
            401: gettext("Sign in to continue."),
            403: gettext("You are not allowed to do this."),
            404: gettext("This page does not exist."),
            405: gettext("This action is not allowed here."),
            413: gettext("The file is too large."),
        }
        status = error.code or 500
        message = messages.get(status, gettext("Something went wrong."))
        if wants_json():
            return api_error(
                status,
                {401: "unauthorized", 404: "not_found", 413: "too_large"}.get(status, "error"),
                message,
            )
        return render_template("errors/error.html", message=message, status=status), status

    @app.errorhandler(IntegrityError)
    def _integrity_error(error: IntegrityError):
        # A unique or foreign-key constraint caught a race (or a stale reference) that no
        # service check saw: the change is refused as a conflict, nothing is kept.
        db.session.rollback()
        message = gettext(
            "Someone else changed this at the same moment, or it refers to something that no longer "
            "exists. Nothing was saved: reload the page to see what is current."
        )
        if wants_json():
            return api_error(409, "conflict", message)
        flash(message, "error")
        if request.method == "POST" and request.referrer:
            return redirect(request.referrer)
        return render_template("errors/error.html", message=message, status=409), 409

    @app.errorhandler(DataError)
    def _data_error(error: DataError):
        db.session.rollback()
        message = gettext("A value in the request is out of range or too long. Nothing was saved.")
        if wants_json():
            return api_error(400, "invalid", message)
        return render_template("errors/error.html", message=message, status=400), 400

    @app.errorhandler(500)
    def _server_error(error):
        db.session.rollback()
        message = gettext("Something went wrong on our side. Nothing was saved.")
        if wants_json():
            return api_error(500, "server_error", message)
        return render_template("errors/error.html", message=message, status=500), 500
