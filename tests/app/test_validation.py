"""Every bad input answers 4xx with a message in the user's language, and nothing is written.

The cases are those a fuzz of the API found before the validation layer (issue 10): non-string
JSON fields, huge integers, lone surrogates and control characters, ``amendment_id: 0`` and
``owner_party: []`` in a decision; then the same text checks on HTML forms, ids in URLs beyond
the database's integers, integrity errors, the minutes race and a decision's amendment.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from mou_review.extensions import db
from mou_review.models import (
    Amendment,
    AuditEvent,
    Comment,
    Decision,
    MinutesVersion,
)
from tests.app.test_review import make_document as make_review_document
from tests.app.test_review import propose_and_accept
from tests.app.test_sessions import create
from tests.app.test_sessions import make_document as make_session_document


def _written(app) -> tuple[int, ...]:
    with app.app_context():
        return tuple(
            db.session.scalar(select(func.count()).select_from(model))
            for model in (AuditEvent, Comment, Amendment, Decision, MinutesVersion)
        )


@pytest.fixture
def doc(app):
    return make_review_document(app)


LONE = "\ud800"
HUGE = 2**70


def _api_cases(doc):
    p1 = doc["p1"]
    base = {"en": 1, "fr": 1}
    return [
        (f"/api/v1/clauses/{p1}/amendments", {"en": 5, "rationale": "r", "base": base}),
        (f"/api/v1/clauses/{p1}/amendments", {"en": "New.", "rationale": "r", "base": {"en": HUGE, "fr": 1}}),
        (f"/api/v1/clauses/{p1}/amendments", {"en": f"New {LONE}.", "rationale": "r", "base": base}),
        (f"/api/v1/clauses/{p1}/amendments", {"en": "New.", "rationale": "a\x00b", "base": base}),
        (f"/api/v1/clauses/{p1}/amendments", {"en": "New.", "rationale": "r", "base": [1, 2]}),
        (f"/api/v1/clauses/{p1}/comments", {"lang": "en", "body": {"x": 1}}),
        (f"/api/v1/clauses/{p1}/comments", {"lang": ["en"], "body": "Hello"}),
        (f"/api/v1/clauses/{p1}/comments", {"lang": "en", "body": "Hi", "parent_id": True}),
        (f"/api/v1/clauses/{p1}/comments", {"lang": "en", "body": "x" * 300_000}),
        (f"/api/v1/clauses/{p1}/comments", {"lang": "en", "body": "Hi", f"key{LONE}": 1}),
    ]


def test_bad_api_bodies_answer_400_in_the_users_language_and_write_nothing(app, client, api_token, doc):
    headers = (("fr", api_token("anltp.lead")), ("en", api_token("naptip.lead")))
    before = _written(app)
    for lang, header in headers:
        for url, body in _api_cases(doc):
            response = client.post(url, json=body, headers=header)
            assert response.status_code == 400, (url, body, response.get_json())
            message = response.get_json()["message"]
            assert message.startswith("Le champ" if lang == "fr" else "The field"), (body, message)
    assert _written(app) == before


def test_a_huge_revision_is_refused_not_a_database_error(app, client, api_token, doc):
    member = api_token("naptip.member")
    comment = client.post(
        f"/api/v1/clauses/{doc['p1']}/comments", json={"lang": "en", "body": "Hello"}, headers=member
    ).get_json()
    before = _written(app)
    response = client.post(
        f"/api/v1/comments/{comment['id']}/edit", json={"body": "Changed", "revision": HUGE}, headers=member
    )
    assert response.status_code == 400
    assert "at most 2147483647" in response.get_json()["message"]
    assert _written(app) == before


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/clauses/99999999999999999999",
        "/api/v1/amendments/2147483648",
        "/clauses/9999999999999/review",
    ],
)
def test_ids_beyond_the_databases_integers_are_not_found(client, auth, api_token, url):
    auth.login("observer")
    assert client.get(url, headers=api_token("observer")).status_code == 404


@pytest.mark.parametrize(
    "body",
    [{"decision": "agreed", "amendment_id": 0}, {"decision": "action", "owner_party": [], "note": "Do it"}],
    ids=["amendment_id_0", "owner_party_list"],
)
def test_bad_decision_fields_answer_400(app, client, api_token, body):
    ids = make_session_document(app)
    facilitator = api_token("icmpd.facilitator")
    review = create(client, facilitator, ids).get_json()
    before = _written(app)
    response = client.post(
        f"/api/v1/sessions/{review['id']}/decisions", json={"clause_id": ids[0], **body}, headers=facilitator
    )
    assert response.status_code == 400, response.get_json()
    assert _written(app) == before


def test_a_decision_may_not_name_an_amendment_of_another_clause_or_document(app, client, api_token, doc):
    other = propose_and_accept(client, api_token, doc["p1"], en="Other document's text.")
    ids = make_session_document(app)
    facilitator = api_token("icmpd.facilitator")
    review = create(client, facilitator, ids).get_json()
    before = _written(app)
    for kind in ("agreed", "agreed_with_amendment"):
        response = client.post(
            f"/api/v1/sessions/{review['id']}/decisions",
            json={"clause_id": ids[0], "decision": kind, "amendment_id": other},
            headers=facilitator,
        )
        assert (
            response.status_code == 400
            and "not an amendment of this clause" in response.get_json()["message"]
        )
    assert _written(app) == before


@pytest.mark.parametrize(
    ("text", "word"), [("a\x00b", "contrôle"), ("a\x1bb", "contrôle"), ("x" * 300_000, "trop long")]
)
def test_form_fields_with_control_characters_or_too_long_are_refused_in_french(
    app, client, auth, doc, text, word
):
    auth.login("anltp.member")
    before = _written(app)
    page = f"/clauses/{doc['p1']}/review"
    response = auth.post(f"/clauses/{doc['p1']}/comments", {"lang": "fr", "body": text}, page=page)
    assert response.status_code in (302, 400)
    shown = (
        client.get(page).get_data(as_text=True)
        if response.status_code == 302
        else response.get_data(as_text=True)
    )
    assert word in shown
    assert _written(app) == before


def test_an_integrity_error_anywhere_is_a_409_with_a_message(app, client, api_token, doc, monkeypatch):
    from mou_review.services import comments

    def collide(*args, **kwargs):
        raise IntegrityError("INSERT ...", {}, Exception("duplicate key"))

    monkeypatch.setattr(comments, "add_comment", collide)
    response = client.post(
        f"/api/v1/clauses/{doc['p1']}/comments",
        json={"lang": "en", "body": "Hi"},
        headers=api_token("anltp.lead"),
    )
    assert response.status_code == 409
    assert (
        response.get_json()["error"] == "conflict"
        and "Rien n’a été enregistré" in response.get_json()["message"]
    )


def test_simultaneous_minutes_saves_show_both_texts_to_the_loser(app, client, auth, api_token, monkeypatch):
    from mou_review.services import sessions

    ids = make_session_document(app)
    review = create(client, api_token("icmpd.facilitator"), ids).get_json()
    auth.login("icmpd.facilitator")
    page = f"/sessions/{review['id']}/minutes"
    url = f"/sessions/{review['id']}/minutes/en"
    assert auth.post(url, page=page, data={"body": "# Minutes\nTheirs", "base": "0"}).status_code == 302
    # The race: our check ran before their insert, so it saw no version yet; the insert then collides.
    real = sessions.latest_minutes
    calls = []

    def stale_once(*args, **kwargs):
        calls.append(1)
        return None if len(calls) == 1 else real(*args, **kwargs)

    monkeypatch.setattr(sessions, "latest_minutes", stale_once)
    response = auth.post(url, page=page, data={"body": "# Minutes\nMine", "base": "0"})
    assert response.status_code == 409
    shown = response.get_data(as_text=True).split('data-testid="minutes-conflict"')[1].split("</div>")[0]
    assert "Theirs" in shown and "Mine" in shown
    with app.app_context():
        bodies = db.session.scalars(
            select(MinutesVersion.body).where(MinutesVersion.session_id == review["id"])
        ).all()
    assert bodies == ["# Minutes\nTheirs\n"]


@pytest.mark.parametrize(
    ("field", "value", "french"),
    [
        ("parent_id", "abc", "doit être un nombre entier"),
        ("parent_id", "0", "doit valoir au moins 1"),
        ("base_en", "99999999999999999999", "doit valoir au plus 2147483647"),
    ],
)
def test_number_form_fields_are_checked_by_name_on_every_form(app, client, auth, doc, field, value, french):
    auth.login("anltp.member")
    before = _written(app)
    page = f"/clauses/{doc['p1']}/review"
    response = auth.post(
        f"/clauses/{doc['p1']}/comments", {"lang": "fr", "body": "Texte.", field: value}, page=page
    )
    shown = (
        client.get(page).get_data(as_text=True)
        if response.status_code == 302
        else response.get_data(as_text=True)
    )
    assert response.status_code in (302, 400) and french in shown
    assert _written(app) == before
