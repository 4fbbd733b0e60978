"""Signing off many clauses at once from the readiness page: all or none."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from mou_review.domain.types import Lang
from mou_review.extensions import db
from mou_review.models import SignOff
from mou_review.services import documents, users
from tests.app.test_sessions import CLEAN, DIVERGENT, make_document


def _signoffs(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count(SignOff.id)))


def test_signoff_bulk_signs_every_clause_without_open_errors(app, client, auth):
    ids = make_document(app, clauses=(*CLEAN, DIVERGENT))
    auth.login("anltp.lead")
    page = client.get("/documents/pact/readiness").get_data(as_text=True)
    offered = {int(v) for v in re.findall(r'name="clause" value="(\d+)"', page)}
    assert offered == set(ids[:-1])  # the divergent clause has an open error
    response = auth.post(
        "/documents/pact/signoff",
        {
            "clause": [str(i) for i in sorted(offered)],
            **{f"base_{lang}_{i}": "1" for i in offered for lang in ("en", "fr")},
        },
        page="/documents/pact/readiness",
        follow_redirects=True,
    )
    assert "dispositions validées" in response.get_data(as_text=True)
    assert _signoffs(app) == len(offered)
    assert 'data-testid="signoff-all"' not in response.get_data(as_text=True)


def test_signoff_bulk_with_one_stale_clause_signs_nothing(app, client, auth):
    ids = make_document(app)
    with app.app_context():
        documents.edit_clause(
            db.session,
            users.get_user(db.session, "icmpd.admin"),
            ids[1],
            Lang.EN,
            "Changed meanwhile.",
            base_number=1,
            reason="r",
        )
    auth.login("naptip.lead")
    response = auth.post(
        "/documents/pact/signoff",
        {
            "clause": [str(i) for i in ids],
            **{f"base_{lang}_{i}": "1" for i in ids for lang in ("en", "fr")},
        },
        page="/documents/pact/readiness",
    )
    assert response.status_code in (302, 409)
    assert _signoffs(app) == 0


def test_signoff_bulk_is_refused_to_members_and_the_facilitator(app, client, auth):
    ids = make_document(app)
    for username in ("naptip.member", "icmpd.facilitator"):
        auth.login(username)
        auth.post("/documents/pact/signoff", {"clause": [str(ids[0])]}, page="/documents/pact/readiness")
        auth.logout()
    assert _signoffs(app) == 0


def test_signoff_unmet_list_counts_the_rest_instead_of_listing_every_clause(app, client, auth, seeded):
    auth.login("naptip.member")
    html = client.get("/documents/mou/readiness").get_data(as_text=True)
    unmet = html.split('data-testid="unmet"')[1].split("</div>")[0]
    assert "(and " in unmet and "more)" in unmet
    assert "§" not in unmet
    assert len(re.findall(r"\d+\.\d+", unmet)) <= 2 * 12 + 4
