"""Two real concurrent adoptions on one clause, over HTTP against a served app: one wins, one conflicts."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request

import pytest
from sqlalchemy import select
from werkzeug.serving import make_server

from mou_review.extensions import db
from mou_review.models import Amendment, ClauseVersion, Comment

from .test_review import make_document, propose_and_accept


@pytest.fixture
def served(app):
    """Serve the app on a free port, one thread per request (as a real server would)."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


def _post(url: str, body: dict, headers: dict) -> tuple[int, dict]:
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        method="POST",
        headers={**headers, "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


ROUNDS = 3  # several clauses, so the requests really overlap at least once in most runs


def test_review_concurrent_adoptions_one_success_one_conflict(app, served, api_token):
    doc = make_document(app, paragraphs=ROUNDS)
    client = app.test_client()
    facilitator = api_token("icmpd.facilitator")
    pairs = []
    for round_ in range(1, ROUNDS + 1):
        clause = doc[f"p{round_}"]
        client.post(
            f"/api/v1/clauses/{clause}/comments",
            json={"lang": "both", "body": "Keep this."},
            headers=api_token("anltp.member"),
        )
        pairs.append(
            (
                clause,
                [
                    propose_and_accept(
                        client,
                        api_token,
                        clause,
                        en=f"Wording {side} {round_}.",
                        fr=f"Rédaction {side} {round_}.",
                    )
                    for side in ("A", "B")
                ],
            )
        )

    for clause, amendments in pairs:
        barrier = threading.Barrier(len(amendments))
        results: dict[int, tuple[int, dict]] = {}

        def adopt(amendment: int, barrier=barrier, results=results) -> None:
            barrier.wait()
            results[amendment] = _post(
                f"{served}/api/v1/amendments/{amendment}/adopt", {"base": {"en": 1, "fr": 1}}, facilitator
            )

        threads = [threading.Thread(target=adopt, args=(a,)) for a in amendments]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        statuses = sorted(status for status, _ in results.values())
        assert statuses == [200, 409], results
        loser = next(a for a, (status, _) in results.items() if status == 409)
        assert results[loser][1]["error"] in ("conflict", "invalid_transition")
        winner = next(a for a, (status, _) in results.items() if status == 200)

        with app.app_context():
            versions = {
                (v.lang, v.number): v.text
                for v in db.session.scalars(select(ClauseVersion).where(ClauseVersion.clause_id == clause))
            }
            statuses_by_id = dict(
                db.session.execute(
                    select(Amendment.id, Amendment.status).where(Amendment.clause_id == clause)
                ).all()
            )
            comments = db.session.scalars(select(Comment).where(Comment.clause_id == clause)).all()
            db.session.remove()
        # Exactly one new version per language, the winner's; the old ones are kept.
        assert sorted(versions) == [("en", 1), ("en", 2), ("fr", 1), ("fr", 2)]
        assert versions[("en", 2)] == results[winner][1]["en"]
        assert statuses_by_id == {winner: "adopted", loser: "superseded"}
        assert len(comments) == 1
