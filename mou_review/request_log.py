"""Structured request logging: one JSON line per request on standard error.

Each line carries a request id (the client's ``X-Request-ID`` when it is a
plain token, otherwise a new one, echoed in the response), the method, the
path without its query string, the endpoint, the status, the duration in
milliseconds and the id of the signed-in user or token owner.  Never a
request or response body, never a query string: draft text stays out of the
logs.  Under systemd the lines go to the journal (``journalctl -u mou-review``).
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
import uuid

from flask import Flask, Response, g, request

LOGGER_NAME = "mou_review.requests"
REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class StderrHandler(logging.StreamHandler):
    """Write to whatever ``sys.stderr`` is at the time (test runners swap it)."""

    @property
    def stream(self):  # type: ignore[override]
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:
        pass


def logger() -> logging.Logger:
    """Return the request logger, with its one handler, enabled at INFO."""
    log = logging.getLogger(LOGGER_NAME)
    if not any(isinstance(h, StderrHandler) for h in log.handlers):
        handler = StderrHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    log.disabled = False  # alembic's logging.fileConfig disables loggers it does not list
    return log


def _user_id() -> int | None:
    user = g.get("api_user") or g.get("_login_user")  # only a user already loaded: no extra query
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    return getattr(user, "id", None)


def init_app(app: Flask) -> None:
    """Give every request an id and log one line when it is answered."""
    logger()

    @app.before_request
    def _start() -> None:
        incoming = request.headers.get("X-Request-ID", "")
        g.request_id = incoming if REQUEST_ID.match(incoming) else uuid.uuid4().hex
        g.request_started = time.perf_counter()

    @app.after_request
    def _log(response: Response) -> Response:
        started = g.get("request_started")
        request_id = g.get("request_id") or uuid.uuid4().hex
        response.headers["X-Request-ID"] = request_id
        line = {
            "event": "request",
            "request_id": request_id,
            "method": request.method,
            "path": request.path,
            "endpoint": request.endpoint,
            "status": response.status_code,
            "duration_ms": round((time.perf_counter() - started) * 1000, 1) if started else None,
            "user_id": _user_id(),
            "remote_addr": request.remote_addr,
        }
        log = logging.getLogger(LOGGER_NAME)
        if log.disabled:
            log = logger()
        log.info(json.dumps(line, separators=(",", ":")))
        return response
