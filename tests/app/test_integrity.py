"""Writes that race or collide answer 409 with what is current, never 500, and write nothing twice."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from mou_review.extensions import db
from mou_review.models import SignOff
from tests.app.test_review_concurrency import _post, served  # noqa: F401  (fixture)
from tests.app.test_sessions import make_document


def _signoffs(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count(SignOff.id)))


def test_signing_off_the_same_texts_twice_records_one_signoff(app, client, api_token):
    ids = make_document(app)
    headers = api_token("naptip.lead")
    for _ in range(2):
        response = client.post(f"/api/v1/clauses/{ids[1]}/signoff", headers=headers)
        assert response.status_code == 201
    assert _signoffs(app) == 1


def test_the_database_refuses_a_duplicate_signoff(app):
    ids = make_document(app)
    from mou_review.services.users import get_user

    with app.app_context():
        lead = get_user(db.session, "naptip.lead")
        for _ in range(2):
            db.session.add(
                SignOff(clause_id=ids[1], party_id=lead.party_id, user_id=lead.id, en_number=1, fr_number=1)
            )
        with pytest.raises(IntegrityError):
            db.session.flush()
        db.session.rollback()


ROUNDS = 4


def test_simultaneous_signoffs_by_one_lead_never_duplicate_nor_fail(app, served, api_token):  # noqa: F811
    ids = make_document(app)
    headers = {**api_token("anltp.lead")}
    statuses: list[int] = []
    chosen = ids[:ROUNDS]
    for clause_id in chosen:
        barrier = threading.Barrier(2)

        def sign(clause_id=clause_id, barrier=barrier):
            barrier.wait()
            status, _body = _post(f"{served}/api/v1/clauses/{clause_id}/signoff", {}, headers)
            statuses.append(status)

        threads = [threading.Thread(target=sign) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    assert set(statuses) <= {201, 409} and len(statuses) == 2 * len(chosen)
    assert _signoffs(app) == len(chosen)
