"""Review workflow: comments, amendments with redlines, positions, adoption, what's new (API and pages)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from mou_review.extensions import db
from mou_review.models import AuditEvent, ClauseVersion, DocumentVisit
from tests.conftest import count_queries


def make_document(app, slug: str = "review-test", paragraphs: int = 2) -> dict[str, int]:
    """Create a small document (an article and its paragraphs); return clause ids by name (a1, p1, p2...)."""
    from mou_review.domain.types import ClauseKind, DocumentKind
    from mou_review.services.documents import NewClause, create_document, load_view

    clauses = [NewClause(ClauseKind.ARTICLE, 1, "Cooperation", "Coopération")]
    clauses += [
        NewClause(ClauseKind.PARAGRAPH, 2, f"The Parties shall cooperate {i}.", f"Les Parties coopèrent {i}.")
        for i in range(1, paragraphs + 1)
    ]
    clauses[1] = NewClause(ClauseKind.PARAGRAPH, 2, "The Parties shall cooperate.", "Les Parties coopèrent.")
    with app.app_context():
        document = create_document(
            db.session, None, slug=slug, kind=DocumentKind.MOU, title_en=slug, title_fr=slug, clauses=clauses
        )
        rows = load_view(db.session, document).rows
        ids = {"a1": rows[0].id, **{f"p{i}": row.id for i, row in enumerate(rows[1:], start=1)}}
        db.session.remove()
    return ids


def propose_and_accept(
    client,
    api_token,
    clause_id: int,
    *,
    en: str | None = None,
    fr: str | None = None,
    action: str = "modify",
    accept_by=("NAPTIP", "ANLTP-TIM"),
    **extra,
) -> int:
    """Propose an amendment as the NAPTIP lead and have the given parties accept it; return its id."""
    payload = {"action": action, "rationale": "Because.", "base": {"en": 1, "fr": 1}, **extra}
    if en:
        payload["en"] = en
    if fr:
        payload["fr"] = fr
    response = client.post(
        f"/api/v1/clauses/{clause_id}/amendments", json=payload, headers=api_token("naptip.lead")
    )
    assert response.status_code == 201, response.get_json()
    amendment = response.get_json()["id"]
    leads = {"NAPTIP": "naptip.lead", "ANLTP-TIM": "anltp.lead"}
    for party in accept_by:
        accepted = client.post(
            f"/api/v1/amendments/{amendment}/positions",
            json={"position": "accept"},
            headers=api_token(leads[party]),
        )
        assert accepted.status_code == 201, accepted.get_json()
    return amendment


@pytest.fixture
def doc(app):
    return make_document(app)


def test_review_comment_thread_edit_keeps_earlier_text(client, api_token, doc):
    clause = doc["p1"]
    member = api_token("naptip.member")
    created = client.post(
        f"/api/v1/clauses/{clause}/comments", json={"lang": "fr", "body": "Typo?"}, headers=member
    )
    assert created.status_code == 201
    comment = created.get_json()
    assert comment["id"] and comment["written_against"] == {"en": 1, "fr": 1} and comment["party"] == "NAPTIP"
    reply = client.post(
        f"/api/v1/clauses/{clause}/comments",
        json={"lang": "both", "body": "Agreed.", "parent_id": comment["id"]},
        headers=api_token("anltp.member"),
    )
    assert reply.status_code == 201 and reply.get_json()["parent_id"] == comment["id"]
    edited = client.post(
        f"/api/v1/comments/{comment['id']}/edit", json={"body": "Typo in 1.1?", "revision": 1}, headers=member
    )
    assert edited.status_code == 200
    assert edited.get_json()["body"] == "Typo in 1.1?" and edited.get_json()["earlier_bodies"] == ["Typo?"]
    stale = client.post(
        f"/api/v1/comments/{comment['id']}/edit", json={"body": "again", "revision": 1}, headers=member
    )
    assert stale.status_code == 409 and stale.get_json()["error"] == "conflict"
    detail = client.get(f"/api/v1/clauses/{clause}", headers=member).get_json()
    assert detail["comments"][0]["replies"][0]["body"] == "Agreed."


def test_review_comment_resolve_and_reopen_need_current_revision(client, api_token, doc):
    member = api_token("anltp.member")
    comment = client.post(
        f"/api/v1/clauses/{doc['p1']}/comments", json={"lang": "en", "body": "Why?"}, headers=member
    ).get_json()
    facilitator = api_token("icmpd.facilitator")
    resolved = client.post(
        f"/api/v1/comments/{comment['id']}/resolve", json={"revision": 1}, headers=facilitator
    )
    assert resolved.status_code == 200 and resolved.get_json()["status"] == "resolved"
    again = client.post(f"/api/v1/comments/{comment['id']}/reopen", json={"revision": 1}, headers=member)
    assert again.status_code == 409
    reopened = client.post(f"/api/v1/comments/{comment['id']}/reopen", json={"revision": 2}, headers=member)
    assert reopened.status_code == 200 and reopened.get_json()["status"] == "open"


def test_review_comment_on_older_version_is_marked(client, api_token, doc):
    token = api_token("naptip.member")
    client.post(f"/api/v1/clauses/{doc['p1']}/comments", json={"lang": "en", "body": "Old."}, headers=token)
    amendment = propose_and_accept(
        client,
        api_token,
        doc["p1"],
        en="The Parties shall cooperate closely.",
        fr="Les Parties coopèrent étroitement.",
    )
    adopted = client.post(
        f"/api/v1/amendments/{amendment}/adopt",
        json={"base": {"en": 1, "fr": 1}},
        headers=api_token("icmpd.facilitator"),
    )
    assert adopted.status_code == 200
    detail = client.get(f"/api/v1/clauses/{doc['p1']}", headers=token).get_json()
    assert detail["comments"][0]["outdated"] is True
    assert [v["version"] for v in detail["history"]["en"]] == [2, 1]


def test_review_amendment_one_language_is_translation_pending_until_other_added(client, api_token, doc):
    lead = api_token("naptip.lead")
    created = client.post(
        f"/api/v1/clauses/{doc['p1']}/amendments",
        json={
            "en": "The Parties shall cooperate fully.",
            "rationale": "Stronger.",
            "base": {"en": 1, "fr": 1},
        },
        headers=lead,
    )
    assert created.status_code == 201
    body = created.get_json()
    assert body["translation_pending"] is True and body["fr"] is None
    assert body["redline"]["en"] == "The Parties shall cooperate<ins> fully</ins>."
    amendment = body["id"]
    client.post(f"/api/v1/amendments/{amendment}/positions", json={"position": "accept"}, headers=lead)
    added = client.post(
        f"/api/v1/amendments/{amendment}/texts",
        json={"lang": "fr", "text": "Les Parties coopèrent pleinement.", "revision": 1},
        headers=api_token("anltp.lead"),
    )
    assert added.status_code == 201
    after = added.get_json()
    assert after["translation_pending"] is False and after["revision"] == 2
    # NAPTIP accepted the English-only text: that position no longer counts.
    assert after["positions"]["NAPTIP"] is None and after["earlier_positions"][0]["party"] == "NAPTIP"


def test_review_adoption_needs_both_parties_and_supersedes_rivals(client, api_token, doc):
    facilitator = api_token("icmpd.facilitator")
    rival = client.post(
        f"/api/v1/clauses/{doc['p1']}/amendments",
        json={
            "en": "Rival text.",
            "fr": "Texte concurrent.",
            "rationale": "Other view.",
            "base": {"en": 1, "fr": 1},
        },
        headers=api_token("anltp.lead"),
    ).get_json()["id"]
    amendment = propose_and_accept(
        client, api_token, doc["p1"], en="Agreed text.", fr="Texte convenu.", accept_by=("NAPTIP",)
    )
    refused = client.post(
        f"/api/v1/amendments/{amendment}/adopt", json={"base": {"en": 1, "fr": 1}}, headers=facilitator
    )
    assert refused.status_code == 409 and "no_position:ANLTP-TIM" in refused.get_json()["unmet"]
    client.post(
        f"/api/v1/amendments/{amendment}/positions",
        json={"position": "accept"},
        headers=api_token("anltp.lead"),
    )
    adopted = client.post(
        f"/api/v1/amendments/{amendment}/adopt", json={"base": {"en": 1, "fr": 1}}, headers=facilitator
    )
    assert adopted.status_code == 200 and adopted.get_json()["status"] == "adopted"
    detail = client.get(f"/api/v1/clauses/{doc['p1']}", headers=facilitator).get_json()
    assert detail["en"] == {"text": "Agreed text.", "version": 2}
    assert detail["fr"] == {"text": "Texte convenu.", "version": 2}
    statuses = {a["id"]: a["status"] for a in detail["amendments"]}
    assert statuses == {amendment: "adopted", rival: "superseded"}


def test_review_adoption_with_stale_base_is_refused_and_nothing_changes(client, api_token, doc):
    amendment = propose_and_accept(client, api_token, doc["p1"], en="New.", fr="Nouveau.")
    stale = client.post(
        f"/api/v1/amendments/{amendment}/adopt",
        json={"base": {"en": 0, "fr": 1}},
        headers=api_token("icmpd.facilitator"),
    )
    assert stale.status_code == 409
    body = stale.get_json()
    assert body["error"] == "conflict" and body["current"]["current_text"]
    detail = client.get(f"/api/v1/clauses/{doc['p1']}", headers=api_token("observer")).get_json()
    assert detail["en"]["version"] == 1 and detail["amendments"][0]["status"] == "open"


def test_review_insert_and_delete_amendments(client, api_token, doc):
    facilitator = api_token("icmpd.facilitator")
    insert = propose_and_accept(
        client, api_token, doc["p1"], en="Inserted.", fr="Inséré.", action="insert", kind="paragraph", level=2
    )
    adopted = client.post(f"/api/v1/amendments/{insert}/adopt", json={}, headers=facilitator).get_json()
    new_clause = adopted["result_clause_id"]
    assert new_clause not in doc.values()
    document = client.get("/api/v1/documents/review-test", headers=facilitator).get_json()
    order = [c["id"] for c in document["clauses"]]
    assert order.index(new_clause) == order.index(doc["p1"]) + 1
    delete = propose_and_accept(client, api_token, doc["p2"], action="delete")
    assert (
        client.post(
            f"/api/v1/amendments/{delete}/adopt", json={"base": {"en": 1, "fr": 1}}, headers=facilitator
        ).status_code
        == 200
    )
    document = client.get("/api/v1/documents/review-test", headers=facilitator).get_json()
    assert doc["p2"] not in [c["id"] for c in document["clauses"]]
    assert client.get(f"/api/v1/clauses/{doc['p2']}", headers=facilitator).status_code == 404


def test_review_counter_position_creates_linked_amendment(client, api_token, doc):
    original = client.post(
        f"/api/v1/clauses/{doc['p1']}/amendments",
        json={
            "en": "Shall cooperate.",
            "fr": "Coopèrent.",
            "rationale": "Short.",
            "base": {"en": 1, "fr": 1},
        },
        headers=api_token("naptip.lead"),
    ).get_json()["id"]
    counter = client.post(
        f"/api/v1/amendments/{original}/positions",
        json={"position": "counter", "note": "Keep it precise.", "fr": "Coopèrent loyalement."},
        headers=api_token("anltp.lead"),
    )
    assert counter.status_code == 201
    counter_id = counter.get_json()["counter_id"]
    linked = client.get(f"/api/v1/amendments/{counter_id}", headers=api_token("observer")).get_json()
    assert linked["counter_to_id"] == original and linked["party"] == "ANLTP-TIM"
    assert client.get(f"/api/v1/amendments/{original}", headers=api_token("observer")).get_json()[
        "counters"
    ] == [counter_id]


@pytest.mark.parametrize(
    ("payload", "status", "code"),
    [
        ({"lang": "de", "body": "x"}, 400, "invalid"),
        ({"lang": "en", "body": "  "}, 400, "invalid"),
        ({"lang": "en", "body": "x", "parent_id": 999999}, 404, "not_found"),
    ],
)
def test_review_api_errors_are_json(client, api_token, doc, payload, status, code):
    response = client.post(
        f"/api/v1/clauses/{doc['p1']}/comments", json=payload, headers=api_token("naptip.member")
    )
    assert response.status_code == status and response.get_json()["error"] == code
    assert response.get_json()["message"]


def test_review_api_requires_token(client, doc):
    response = client.post(f"/api/v1/clauses/{doc['p1']}/comments", json={"lang": "en", "body": "x"})
    assert response.status_code == 401 and response.get_json()["error"] == "unauthorized"


def test_review_redline_page_marks_changes_without_colour(client, auth, api_token, doc):
    client.post(
        f"/api/v1/clauses/{doc['p1']}/amendments",
        json={
            "en": "The Parties shall cooperate fully.",
            "rationale": "Stronger.",
            "base": {"en": 1, "fr": 1},
        },
        headers=api_token("naptip.lead"),
    )
    auth.login("anltp.lead")
    html = client.get(f"/clauses/{doc['p1']}/review").get_data(as_text=True)
    assert re.search(r'<ins><span class="sr-only">\[inséré\] </span> fully', html)
    assert "traduction en attente" in html


def test_review_document_page_query_count_is_constant_with_review_data(app, client, auth, api_token):
    small = make_document(app, slug="small", paragraphs=3)
    large = make_document(app, slug="large", paragraphs=60)
    lead = api_token("naptip.lead")
    for ids in (small, large):
        for clause in list(ids.values())[:: max(1, len(ids) // 20)]:
            client.post(
                f"/api/v1/clauses/{clause}/comments", json={"lang": "en", "body": "Note."}, headers=lead
            )
            client.post(
                f"/api/v1/clauses/{clause}/amendments",
                json={"en": f"Changed {clause}.", "rationale": "R.", "base": {"en": 1, "fr": 1}},
                headers=lead,
            )
    auth.login("anltp.member")
    client.get("/documents/small")
    n_small = count_queries(app, lambda: client.get("/documents/small"))
    n_large = count_queries(app, lambda: client.get("/documents/large"))
    assert n_small == n_large
    html = client.get("/documents/large").get_data(as_text=True)
    assert html.count("is-new") >= 20 and "1 amendement ouvert" in html


def test_review_since_last_visit_highlights_and_filters(app, client, auth, api_token, doc):
    auth.login("anltp.member")
    client.get("/documents/review-test")  # first visit
    with app.app_context():
        # The visit was an hour ago: what follows is new to this user.
        visit = db.session.scalar(select(DocumentVisit))
        visit.seen_at = visit.seen_at - timedelta(hours=1)
        for e in db.session.scalars(select(AuditEvent)):
            e.created_at = e.created_at - timedelta(hours=2)
        db.session.commit()
    client.post(
        f"/api/v1/clauses/{doc['p1']}/comments",
        json={"lang": "fr", "body": "Note."},
        headers=api_token("naptip.member"),
    )
    client.post(
        f"/api/v1/clauses/{doc['p2']}/amendments",
        json={"en": "Changed.", "rationale": "R.", "base": {"en": 1, "fr": 1}},
        headers=api_token("naptip.lead"),
    )
    page = client.get("/documents/review-test").get_data(as_text=True)
    highlighted = set(map(int, re.findall(r'id="c(\d+)" class="[^"]*is-new', page)))
    assert highlighted == {doc["p1"], doc["p2"]}
    listing = client.get("/documents/review-test/since").get_data(as_text=True)
    assert listing.count('data-testid="change"') == 2
    only_fr = client.get("/documents/review-test/since?lang=fr").get_data(as_text=True)
    assert only_fr.count('data-testid="change"') == 1 and 'data-action="comment.create"' in only_fr
    assert (
        client.get("/documents/review-test/since?party=ANLTP-TIM")
        .get_data(as_text=True)
        .count('data-testid="change"')
        == 0
    )
    assert (
        client.get("/documents/review-test/since?status=adopted")
        .get_data(as_text=True)
        .count('data-testid="change"')
        == 0
    )
    # A reload within the same working session keeps the highlights.
    again = client.get("/documents/review-test").get_data(as_text=True)
    assert set(map(int, re.findall(r'id="c(\d+)" class="[^"]*is-new', again))) == highlighted


def test_review_ui_conflict_shows_both_texts(app, client, auth, api_token, doc):
    amendment = propose_and_accept(client, api_token, doc["p1"], en="Mine.", fr="Le mien.")
    with app.app_context():
        db.session.add(
            ClauseVersion(clause_id=doc["p1"], lang="en", number=2, text="Theirs meanwhile.", origin="edit")
        )
        db.session.commit()
    auth.login("icmpd.facilitator")
    response = auth.post(f"/amendments/{amendment}/adopt", {"base_en": "1", "base_fr": "1"})
    html = response.get_data(as_text=True)
    assert response.status_code == 409
    assert 'data-testid="conflict"' in html and "Theirs meanwhile." in html and "Mine." in html
