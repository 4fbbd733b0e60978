"""GET /healthz for a monitor, and one structured log line per request."""

from __future__ import annotations

import json
import logging

import pytest

from mou_review import create_app
from mou_review.extensions import db
from mou_review.request_log import LOGGER_NAME
from mou_review.services.backup import head_revision


def test_healthz_answers_ok_without_signing_in(app, client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "ok" and body["database"] == "ok"
    assert body["version"] and body["schema"] == head_revision(app.extensions["migrate"].directory)
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize(
    ("url", "state"),
    [
        ("postgresql://postgres@127.0.0.1:1/nowhere", "unreachable"),
        ("sqlite:///{tmp}/empty.sqlite3", "schema_missing"),
    ],
)
def test_healthz_answers_503_naming_the_failing_part(tmp_path, url, state):
    broken = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": url.format(tmp=tmp_path)})
    response = broken.test_client().get("/healthz")
    with broken.app_context():
        db.engine.dispose()
    assert response.status_code == 503
    body = response.get_json()
    assert body["status"] == "error" and body["database"] == state and body["error"]


def test_healthz_reports_a_schema_behind_the_code(app, client):
    from sqlalchemy import text

    with app.app_context():
        db.session.execute(text("UPDATE alembic_version SET version_num = '0001'"))
        db.session.commit()
    try:
        body = client.get("/healthz")
        assert body.status_code == 503
        assert body.get_json()["database"] == "schema_outdated"
    finally:
        with app.app_context():
            db.session.execute(
                text("UPDATE alembic_version SET version_num = :v"),
                {"v": head_revision(app.extensions["migrate"].directory)},
            )
            db.session.commit()


class Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@pytest.fixture
def request_lines():
    handler = Lines()
    logger = logging.getLogger(LOGGER_NAME)
    logger.addHandler(handler)
    yield handler.lines
    logger.removeHandler(handler)


def test_request_log_has_one_line_per_request_with_id_user_status_and_duration(
    app, client, api_token, request_lines
):
    from tests.app.test_sessions import make_document

    ids = make_document(app)
    headers = api_token("naptip.member")
    secret = "Confidential draft wording zqxvj"
    response = client.post(
        f"/api/v1/clauses/{ids[0]}/comments?q={secret.replace(' ', '+')}",
        json={"lang": "en", "body": secret},
        headers={**headers, "X-Request-ID": "monitor-42"},
    )
    assert response.status_code == 201
    assert response.headers["X-Request-ID"] == "monitor-42"
    client.get("/healthz")
    assert len(request_lines) == 2
    first, second = (json.loads(line) for line in request_lines)
    with app.app_context():
        from mou_review.services import users

        user_id = users.get_user(db.session, "naptip.member").id
    assert first["request_id"] == "monitor-42" and first["user_id"] == user_id
    assert first["status"] == 201 and first["method"] == "POST" and first["duration_ms"] >= 0
    assert first["path"] == f"/api/v1/clauses/{ids[0]}/comments"
    assert second["status"] == 200 and second["user_id"] is None and len(second["request_id"]) == 32
    assert all("zqxvj" not in line for line in request_lines)  # no draft text, not even from a query string


def test_request_log_ignores_a_request_id_that_is_not_a_plain_token(client, request_lines):
    response = client.get("/healthz", headers={"X-Request-ID": "bad id {forged} line"})
    assert response.headers["X-Request-ID"] != "bad id {forged} line"
    assert "forged" not in request_lines[0]
