"""The divergence API: findings of a document, and creating a document from JSON."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from mou_review.extensions import db
from mou_review.models import Clause, Document

GOOD = {
    "slug": "loaded",
    "kind": "mou",
    "title": {"en": "Loaded MoU", "fr": "Protocole chargé"},
    "clauses": [
        {"kind": "article", "level": 1, "en": "Time limits", "fr": "Délais"},
        {
            "kind": "paragraph",
            "level": 2,
            "en": "The Party shall reply within thirty (30) days.",
            "fr": "La Partie répond dans un délai de quarante-cinq (45) jours.",
        },
        {
            "kind": "paragraph",
            "en": "This Memorandum enters into force on 1 July 2021.",
            "fr": "Le présent Mémorandum entre en vigueur le 1er juillet 2021.",
        },
    ],
}


def test_divergence_api_lists_findings_in_the_documented_shape(client, seeded, api_token):
    response = client.get("/api/v1/documents/mou/divergences", headers=api_token("naptip.member"))
    assert response.status_code == 200
    data = response.get_json()
    assert data["document"] == "mou" and data["clauses"] == 130
    errors = [f for f in data["findings"] if f["severity"] == "error"]
    assert {(f["number"], f["check"]) for f in errors} == {
        ("9.3", "number_mismatch"),
        ("19.4", "cross_reference_mismatch"),
    }
    for finding in data["findings"]:
        assert {"clause_id", "number", "check", "severity", "message", "en", "fr", "waived"} <= set(finding)
        assert finding["waived"] is False


@pytest.mark.parametrize(
    ("path", "headers", "status"),
    [
        ("/api/v1/documents/nope/divergences", True, 404),
        ("/api/v1/documents/mou/divergences", False, 401),
    ],
)
def test_divergence_api_refuses_unknown_documents_and_missing_tokens(
    client, seeded, api_token, path, headers, status
):
    response = client.get(path, headers=api_token("naptip.member") if headers else {})
    assert response.status_code == status


def test_divergence_api_creates_a_document_that_can_then_be_checked(client, app, api_token):
    headers = api_token("icmpd.admin")
    response = client.post("/api/v1/documents", json=GOOD, headers=headers)
    assert response.status_code == 201, response.get_json()
    created = response.get_json()
    assert created["slug"] == "loaded" and [c["number"] for c in created["clauses"]] == ["1", "1.1", "1.2"]
    assert created["clauses"][1]["fr"]["text"].startswith("La Partie")
    findings = client.get("/api/v1/documents/loaded/divergences", headers=headers).get_json()["findings"]
    assert [(f["number"], f["check"]) for f in findings if f["severity"] == "error"] == [
        ("1.1", "number_mismatch"),
    ]
    assert not [f for f in findings if f["check"] == "stale_translation"]


def _without(key):
    return {k: v for k, v in GOOD.items() if k != key}


def _clause(index, **change):
    clauses = [dict(c) for c in GOOD["clauses"]]
    clauses[index].update(change)
    return {**GOOD, "clauses": clauses}


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ([1, 2], "JSON object"),
        (_without("slug"), "short name"),
        ({**GOOD, "slug": "Bad Slug"}, "short name"),
        ({**GOOD, "kind": "treaty"}, '"mou" or "tor"'),
        ({**GOOD, "title": "x"}, "title"),
        (_without("clauses"), "non-empty list"),
        ({**GOOD, "clauses": []}, "non-empty list"),
        ({**GOOD, "clauses": ["text"]}, "Clause 1 must be an object"),
        (_clause(0, kind="chapter"), "Clause 1: the kind"),
        (_clause(1, level="2"), "Clause 2: the level"),
        (_clause(1, level=4), "Clause 2: the level jumps"),
        (_clause(0, level=0), "Clause 1: the level"),
        (_clause(2, en="", fr=""), "Clause 3 has no text"),
        (_clause(2, fr=7), "Clause 3: fr must be a text"),
    ],
)
def test_divergence_api_refuses_malformed_documents_creating_nothing(client, app, api_token, body, says):
    response = client.post("/api/v1/documents", json=body, headers=api_token("icmpd.admin"))
    assert response.status_code == 400
    data = response.get_json()
    assert data["error"] == "invalid" and data["message"]
    assert says in data["message"]
    with app.app_context():
        assert db.session.scalar(select(func.count(Document.id))) == 0
        assert db.session.scalar(select(func.count(Clause.id))) == 0


def test_divergence_api_refuses_a_duplicate_slug(client, app, api_token):
    headers = api_token("icmpd.admin")
    assert client.post("/api/v1/documents", json=GOOD, headers=headers).status_code == 201
    again = client.post(
        "/api/v1/documents", json={**GOOD, "title": {"en": "Other", "fr": "Autre"}}, headers=headers
    )
    assert again.status_code == 400 and "loaded" in again.get_json()["message"]
    with app.app_context():
        assert db.session.scalar(select(func.count(Document.id))) == 1


@pytest.mark.parametrize("username", ["icmpd.facilitator", "naptip.lead", "observer"])
def test_divergence_api_document_creation_is_for_admins(client, app, api_token, username):
    response = client.post("/api/v1/documents", json=GOOD, headers=api_token(username))
    assert response.status_code == 403
    with app.app_context():
        assert db.session.scalar(select(func.count(Document.id))) == 0
