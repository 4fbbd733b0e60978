"""API: documents list and detail with Bearer tokens."""

from __future__ import annotations

import pytest

from mou_review.domain.source import load_document
from tests.conftest import ROOT


@pytest.mark.parametrize("header", [None, "Bearer nope", "Basic abc", "Bearer "])
def test_api_without_valid_token_is_401(client, seeded, header):
    headers = {"Authorization": header} if header else {}
    response = client.get("/api/v1/documents/tor", headers=headers)
    assert response.status_code == 401
    assert response.get_json()["error"] == "unauthorized"


def test_api_tor_has_every_section_in_both_languages(client, seeded, api_token):
    response = client.get("/api/v1/documents/tor", headers=api_token("anltp.member"))
    assert response.status_code == 200
    body = response.get_json()
    assert body["slug"] == "tor" and body["kind"] == "tor" and body["status"] == "drafting"
    assert set(body["title"]) == {"en", "fr"}
    source = load_document(ROOT / "documents", "tor")
    assert len(body["clauses"]) == len(source.clauses)
    articles = [c for c in body["clauses"] if c["kind"] == "article"]
    assert [a["number"] for a in articles] == [str(n) for n in range(1, 9)]
    for clause, expected in zip(body["clauses"], source.clauses, strict=True):
        assert clause["en"] == {"text": expected.en, "version": 1}
        assert clause["fr"] == {"text": expected.fr, "version": 1}
        assert clause["en"]["text"] and clause["fr"]["text"]
        assert set(clause) == {"id", "number", "kind", "level", "parent_id", "en", "fr"}


def test_api_parent_ids_follow_the_tree(client, seeded, api_token):
    clauses = client.get("/api/v1/documents/tor", headers=api_token("naptip.member")).get_json()["clauses"]
    by_id = {c["id"]: c for c in clauses}
    for clause in clauses:
        if clause["parent_id"] is not None:
            assert by_id[clause["parent_id"]]["level"] == clause["level"] - 1


def test_api_unknown_document_is_404_json(client, seeded, api_token):
    response = client.get("/api/v1/documents/nope", headers=api_token("naptip.member"))
    assert response.status_code == 404
    assert response.get_json()["error"] == "not_found"


def test_api_messages_follow_the_token_owners_language(client, seeded, api_token):
    response = client.get("/api/v1/documents/nope", headers=api_token("anltp.member"))
    assert response.get_json()["message"] == "Aucun document ne s’intitule nope."
