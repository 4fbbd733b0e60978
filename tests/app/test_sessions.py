"""Review sessions through the API and the pages: agenda, presenter state with ETags, decisions,
attendance and minutes (EN and FR, DOCX reopened with python-docx)."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest
from docx import Document as DocxDocument
from sqlalchemy import func, select

from mou_review.domain.types import ClauseKind
from mou_review.extensions import db
from mou_review.models import Attendance, AuditEvent, MinutesVersion, ReviewSession

#: A small faithful document (no divergence finding), then one clause with a number mismatch.
CLEAN = (
    (ClauseKind.ARTICLE, 1, "Definitions", "Définitions"),
    (
        ClauseKind.PARAGRAPH,
        2,
        "The Parties shall cooperate in good faith.",
        "Les Parties coopèrent de bonne foi.",
    ),
    (
        ClauseKind.PARAGRAPH,
        2,
        "This Memorandum shall enter into force on the date of its signature.",
        "Le présent Mémorandum entre en vigueur à la date de sa signature.",
    ),
)
DIVERGENT = (
    ClauseKind.PARAGRAPH,
    2,
    "Each Party shall reply within thirty (30) days.",
    "Chaque Partie répond dans un délai de quarante (40) jours.",
)


def make_document(app, slug: str = "pact", clauses=CLEAN) -> list[int]:
    """Create a document and return its clause ids in order."""
    from mou_review.services.documents import NewClause, create_document, load_view

    with app.app_context():
        document = create_document(
            db.session,
            None,
            slug=slug,
            kind="mou",
            title_en="Pact",
            title_fr="Pacte",
            clauses=[NewClause(kind, level, en, fr) for kind, level, en, fr in clauses],
        )
        ids = [row.id for row in load_view(db.session, document).rows]
        db.session.remove()
    return ids


@pytest.fixture
def clauses(app):
    return make_document(app)


@pytest.fixture
def facilitator(api_token):
    return api_token("icmpd.facilitator")


def create(client, headers, agenda, **extra):
    body = {"title": "JTWG review 1", "starts_at": "2026-12-01T09:00:00+00:00", "agenda": agenda, **extra}
    return client.post("/api/v1/documents/pact/sessions", json=body, headers=headers)


@pytest.fixture
def review(client, clauses, facilitator):
    response = create(client, facilitator, clauses, call_link="https://meet.example.org/jtwg")
    assert response.status_code == 201
    return response.get_json()


def test_session_create_returns_201_with_agenda_in_order(client, clauses, facilitator):
    response = create(client, facilitator, [clauses[2], clauses[0]])
    assert response.status_code == 201
    body = response.get_json()
    assert body["agenda"] == [clauses[2], clauses[0]]
    assert body["current"] is None and isinstance(body["id"], int)


@pytest.mark.parametrize("username", ["naptip.lead", "anltp.member", "icmpd.admin", "observer"])
def test_session_create_refused_for_everyone_but_the_facilitator(client, clauses, api_token, username):
    response = create(client, api_token(username), clauses)
    assert response.status_code == 403
    assert response.get_json()["error"] == "forbidden"


@pytest.mark.parametrize(
    "agenda, reason_status",
    [
        ([], 400),
        ("x", 400),
        ([999999], 400),
        (None, 400),
    ],
)
def test_session_create_refuses_bad_agendas(client, clauses, facilitator, agenda, reason_status):
    assert create(client, facilitator, agenda).status_code == reason_status


def test_session_create_refuses_a_duplicate_agenda_item(client, clauses, facilitator):
    assert create(client, facilitator, [clauses[0], clauses[0]]).status_code == 400


def test_session_auto_agenda_takes_clauses_with_open_amendments_comments_or_findings(
    app, client, api_token, facilitator
):
    ids = make_document(app, clauses=CLEAN + (DIVERGENT,))
    lead = api_token("naptip.lead")
    assert (
        client.post(
            f"/api/v1/clauses/{ids[1]}/comments", json={"lang": "en", "body": "Why?"}, headers=lead
        ).status_code
        == 201
    )
    response = create(client, facilitator, "auto")
    assert response.status_code == 201
    assert response.get_json()["agenda"] == [ids[1], ids[3]]  # the comment, then the number mismatch


def test_session_state_answers_304_while_unchanged_and_200_after_advance(
    client, review, facilitator, api_token
):
    member = api_token("anltp.member")
    first = client.get(f"/api/v1/sessions/{review['id']}/state", headers=member)
    assert first.status_code == 200 and first.get_json()["current"] is None
    tag = first.headers["ETag"]
    again = client.get(f"/api/v1/sessions/{review['id']}/state", headers={**member, "If-None-Match": tag})
    assert again.status_code == 304
    assert again.get_data() == b""
    assert sum(len(k) + len(v) + 4 for k, v in again.headers.items()) < 400  # a few hundred bytes at most
    moved = client.post(f"/api/v1/sessions/{review['id']}/advance", headers=facilitator)
    assert moved.status_code == 200
    after = client.get(f"/api/v1/sessions/{review['id']}/state", headers={**member, "If-None-Match": tag})
    assert after.status_code == 200
    assert after.headers["ETag"] != tag
    assert after.get_json()["current"] == review["agenda"][0]


def test_session_advance_goes_to_a_named_item_then_next_until_the_end(client, review, facilitator):
    url = f"/api/v1/sessions/{review['id']}/advance"
    agenda = review["agenda"]
    assert client.post(url, json={"to": agenda[1]}, headers=facilitator).get_json()["current"] == agenda[1]
    assert client.post(url, headers=facilitator).get_json()["current"] == agenda[2]
    end = client.post(url, headers=facilitator)
    assert end.status_code == 409 and end.get_json()["error"] == "invalid_transition"
    assert client.post(url, json={"to": 424242}, headers=facilitator).status_code == 400


def test_session_advance_refused_for_a_participant(client, review, api_token):
    response = client.post(f"/api/v1/sessions/{review['id']}/advance", headers=api_token("naptip.lead"))
    assert response.status_code == 403


@pytest.mark.parametrize(
    "payload, expected",
    [
        ({"decision": "agreed"}, {"decision": "agreed"}),
        (
            {"decision": "deferred", "note": "Awaiting the ministry's view"},
            {"note": "Awaiting the ministry's view"},
        ),
        (
            {
                "decision": "action",
                "note": "Send the statistics annex",
                "owner_party": "ANLTP-TIM",
                "owner_person": "A. Moussa",
                "due_on": "2026-12-15",
            },
            {"owner_party": "ANLTP-TIM", "owner_person": "A. Moussa", "due_on": "2026-12-15"},
        ),
    ],
)
def test_session_decision_recorded_with_its_details(client, review, facilitator, payload, expected):
    clause = review["agenda"][0]
    response = client.post(
        f"/api/v1/sessions/{review['id']}/decisions",
        json={"clause_id": clause, **payload},
        headers=facilitator,
    )
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    for key, value in expected.items():
        assert body[key] == value
    state = client.get(f"/api/v1/sessions/{review['id']}/state", headers=facilitator).get_json()
    assert [d["clause_id"] for d in state["decisions"]] == [clause]


@pytest.mark.parametrize(
    "payload, reason",
    [
        ({"decision": "maybe"}, "unknown_decision"),
        ({"decision": "deferred"}, "reason_required"),
        ({"decision": "action", "note": "Do it"}, "owner_party_required"),
        (
            {"decision": "action", "note": "Do it", "owner_party": "NAPTIP", "due_on": "2026-12-15"},
            "owner_person_required",
        ),
        (
            {"decision": "action", "note": "Do it", "owner_party": "NAPTIP", "owner_person": "B. Okafor"},
            "due_on_required",
        ),
        ({"decision": "agreed_with_amendment"}, "amendment_required"),
    ],
)
def test_session_decision_refuses_incomplete_input(app, client, review, facilitator, payload, reason):
    response = client.post(
        f"/api/v1/sessions/{review['id']}/decisions",
        json={"clause_id": review["agenda"][0], **payload},
        headers=facilitator,
    )
    assert response.status_code == 400
    with app.app_context():
        assert (
            db.session.scalar(
                select(func.count(AuditEvent.id)).where(AuditEvent.action == "session.decision")
            )
            == 0
        )


def test_session_decision_on_a_clause_off_the_agenda_is_refused(app, client, clauses, facilitator):
    session_id = create(client, facilitator, [clauses[0]]).get_json()["id"]
    response = client.post(
        f"/api/v1/sessions/{session_id}/decisions",
        json={"clause_id": clauses[1], "decision": "agreed"},
        headers=facilitator,
    )
    assert response.status_code == 400


def propose_accepted(client, api_token, clause_id: int, en: str, fr: str) -> int:
    """Propose an amendment as the NAPTIP lead and have both leads accept it; return its id."""
    lead, other = api_token("naptip.lead"), api_token("anltp.lead")
    response = client.post(
        f"/api/v1/clauses/{clause_id}/amendments",
        json={"en": en, "fr": fr, "rationale": "Clearer", "base": {"en": 1, "fr": 1}},
        headers=lead,
    )
    assert response.status_code == 201, response.get_json()
    amendment = response.get_json()
    for headers in (lead, other):
        taken = client.post(
            f"/api/v1/amendments/{amendment['id']}/positions",
            json={"position": "accept", "revision": amendment.get("revision", 1)},
            headers=headers,
        )
        assert taken.status_code == 201, taken.get_json()
    return amendment["id"]


def test_session_agreed_with_amendment_adopts_it_through_the_review_workflow(
    client, review, facilitator, api_token
):
    clause = review["agenda"][1]
    amendment = propose_accepted(
        client,
        api_token,
        clause,
        "The Parties shall cooperate closely in good faith.",
        "Les Parties coopèrent étroitement de bonne foi.",
    )
    response = client.post(
        f"/api/v1/sessions/{review['id']}/decisions",
        json={
            "clause_id": clause,
            "decision": "agreed_with_amendment",
            "amendment_id": amendment,
            "base": {"en": 1, "fr": 1},
        },
        headers=facilitator,
    )
    assert response.status_code == 201, response.get_json()
    detail = client.get(f"/api/v1/clauses/{clause}", headers=facilitator).get_json()
    assert "closely" in str(detail)
    assert any(a["id"] == amendment and a["status"] == "adopted" for a in detail["amendments"])


def test_session_agreed_with_amendment_not_yet_accepted_is_refused_and_nothing_recorded(
    client, review, facilitator, api_token
):
    clause = review["agenda"][1]
    lead = api_token("naptip.lead")
    amendment = client.post(
        f"/api/v1/clauses/{clause}/amendments",
        json={"en": "New text.", "fr": "Nouveau texte.", "rationale": "R", "base": {"en": 1, "fr": 1}},
        headers=lead,
    ).get_json()["id"]
    response = client.post(
        f"/api/v1/sessions/{review['id']}/decisions",
        json={"clause_id": clause, "decision": "agreed_with_amendment", "amendment_id": amendment},
        headers=facilitator,
    )
    assert response.status_code == 409
    state = client.get(f"/api/v1/sessions/{review['id']}/state", headers=facilitator).get_json()
    assert state["decisions"] == []


def test_session_page_records_attendance_once_per_user(app, client, auth, review):
    auth.login("anltp.member")
    for _ in range(3):
        assert client.get(f"/sessions/{review['id']}").status_code == 200
    with app.app_context():
        rows = db.session.scalars(select(Attendance).where(Attendance.session_id == review["id"])).all()
        assert [(a.name, a.organisation, a.source) for a in rows] == [("anltp.member", "ANLTP-TIM", "auto")]


def test_session_page_state_endpoint_uses_the_cookie_and_etag(client, auth, review):
    auth.login("naptip.member")
    page = client.get(f"/sessions/{review['id']}").get_data(as_text=True)
    assert "data-follow" in page and "follow.js" in page
    first = client.get(f"/sessions/{review['id']}/state")
    assert (
        client.get(
            f"/sessions/{review['id']}/state", headers={"If-None-Match": first.headers["ETag"]}
        ).status_code
        == 304
    )


def test_session_panel_shows_the_current_clause_in_both_languages(client, auth, review, facilitator):
    client.post(
        f"/api/v1/sessions/{review['id']}/advance", json={"to": review["agenda"][1]}, headers=facilitator
    )
    auth.login("anltp.member")
    html = client.get(f"/sessions/{review['id']}/panel").get_data(as_text=True)
    assert f'data-clause="{review["agenda"][1]}"' in html
    assert "cooperate in good faith" in html and "coopèrent de bonne foi" in html


def test_session_facilitator_drives_it_through_the_forms(app, client, auth, review):
    auth.login("icmpd.facilitator")
    page = f"/sessions/{review['id']}"
    assert auth.post(f"/sessions/{review['id']}/advance", page=page).status_code == 302
    response = auth.post(
        f"/sessions/{review['id']}/decisions",
        page=page,
        data={"clause_id": review["agenda"][0], "decision": "deferred", "note": "Needs the ministry"},
    )
    assert response.status_code == 302
    with app.app_context():
        assert db.session.get(ReviewSession, review["id"]).state_version == 3  # created, advanced, decided


# --- minutes ---------------------------------------------------------------------------


def record_meeting(client, review, facilitator):
    url = f"/api/v1/sessions/{review['id']}/decisions"
    agenda = review["agenda"]
    client.post(url, json={"clause_id": agenda[0], "decision": "agreed"}, headers=facilitator)
    client.post(
        url,
        json={
            "clause_id": agenda[1],
            "decision": "action",
            "note": "Check the term with the ministry",
            "owner_party": "NAPTIP",
            "owner_person": "B. Okafor",
            "due_on": "2026-12-01",
        },
        headers=facilitator,
    )


def test_minutes_drafted_in_english_and_french_with_decisions_and_attendance(
    client, auth, review, facilitator
):
    record_meeting(client, review, facilitator)
    auth.login("naptip.lead")
    client.get(f"/sessions/{review['id']}")  # joins
    html = client.get(f"/sessions/{review['id']}/minutes").get_data(as_text=True)
    assert "Agreed as it stands." in html
    assert "Adopté en l’état." in html
    assert "B. Okafor" in html and "Check the term with the ministry" in html
    assert "1er décembre 2026" in html  # French due date
    assert "naptip.lead" in html


def test_minutes_docx_reopens_with_the_decisions_in_french(client, auth, review, facilitator):
    record_meeting(client, review, facilitator)
    auth.login("anltp.member")
    response = client.get(f"/sessions/{review['id']}/minutes/fr.docx")
    assert response.status_code == 200
    doc = DocxDocument(io.BytesIO(response.data))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Procès-verbal de la séance d’examen" in text
    assert "Adopté en l’état." in text
    assert "Check the term with the ministry" in text and "B. Okafor" in text
    assert doc.core_properties.language == "fr-FR"


def test_minutes_edits_append_versions_and_a_stale_edit_is_refused(app, client, auth, review):
    auth.login("icmpd.facilitator")
    page = f"/sessions/{review['id']}/minutes"
    url = f"/sessions/{review['id']}/minutes/en"
    assert auth.post(url, page=page, data={"body": "# Minutes\nFirst", "base": "0"}).status_code == 302
    assert auth.post(url, page=page, data={"body": "# Minutes\nSecond", "base": "1"}).status_code == 302
    stale = auth.post(url, page=page, data={"body": "# Minutes\nThird", "base": "1"})
    assert stale.status_code == 409  # refused: someone saved version 2 since
    shown = stale.get_data(as_text=True).split('data-testid="minutes-conflict"')[1].split("</div>")[0]
    assert "Second" in shown and "Third" in shown  # both texts, so the facilitator loses nothing
    with app.app_context():
        bodies = db.session.scalars(
            select(MinutesVersion.body)
            .where(MinutesVersion.session_id == review["id"])
            .order_by(MinutesVersion.number)
        ).all()
    assert bodies == ["# Minutes\nFirst\n", "# Minutes\nSecond\n"]
    with app.app_context():
        from mou_review.models import AuditEvent

        details = db.session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == "minutes.edit").order_by(AuditEvent.id)
        ).all()
    assert details == [{"lang": "en", "number": 1}, {"lang": "en", "number": 2}]  # the stale save left none
    assert "Second" in client.get(page).get_data(as_text=True)


def test_minutes_refuse_edits_by_a_party_lead(client, auth, review):
    auth.login("naptip.lead")
    response = auth.post(
        f"/sessions/{review['id']}/minutes/en",
        page=f"/sessions/{review['id']}/minutes",
        data={"body": "x", "base": "0"},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 403


@pytest.mark.parametrize(
    "days_ago, shared, state",
    [
        (1, False, "due"),
        (4, False, "overdue"),
    ],
)
def test_minutes_page_shows_the_deadline_and_warns_when_passed(
    app, client, auth, clauses, facilitator, days_ago, shared, state
):
    starts = (datetime.now(UTC) - timedelta(days=days_ago)).isoformat()
    session_id = create(client, facilitator, clauses, starts_at=starts).get_json()["id"]
    auth.login("anltp.member")
    html = client.get(f"/sessions/{session_id}/minutes").get_data(as_text=True)
    assert f'data-state="{state}"' in html
    assert ('role="alert"' in html) is (state == "overdue")


def test_minutes_shared_then_approved_at_the_next_session(app, client, auth, clauses, facilitator):
    first = create(client, facilitator, clauses).get_json()["id"]
    second = create(
        client, facilitator, clauses, title="JTWG review 2", starts_at="2026-12-08T09:00:00+00:00"
    ).get_json()["id"]
    auth.login("icmpd.facilitator")
    page = f"/sessions/{first}/minutes"
    refused = auth.post(
        f"/sessions/{first}/minutes/approve",
        page=page,
        data={"in_session": second},
        headers={"Accept": "application/json"},
    )
    assert refused.status_code == 409  # not shared yet
    assert auth.post(f"/sessions/{first}/minutes/share", page=page).status_code == 302
    backwards = auth.post(
        f"/sessions/{second}/minutes/approve",
        page=page,
        data={"in_session": first},
        headers={"Accept": "application/json"},
    )
    assert backwards.status_code == 400
    assert (
        auth.post(f"/sessions/{first}/minutes/approve", page=page, data={"in_session": second}).status_code
        == 302
    )
    with app.app_context():
        shared = db.session.get(ReviewSession, first)
        assert shared.minutes_approved_in_id == second
        # Sharing froze both languages as saved versions.
        assert (
            db.session.scalar(select(func.count(MinutesVersion.id)).where(MinutesVersion.session_id == first))
            == 2
        )
    html = client.get(f"/sessions/{second}/minutes").get_data(as_text=True)
    assert "Approval of the minutes of the previous session" in html
    assert "Approbation du procès-verbal de la séance précédente" in html


def test_minutes_manual_attendee_listed_under_their_party(client, auth, review):
    auth.login("icmpd.facilitator")
    page = f"/sessions/{review['id']}/minutes"
    auth.post(
        f"/sessions/{review['id']}/attendees",
        page=page,
        data={"name": "Interpreter Jane Roe", "organisation": "ICMPD", "party": "ICMPD"},
    )
    html = client.get(page).get_data(as_text=True)
    assert "Interpreter Jane Roe (ICMPD)" in html


def test_document_page_links_to_sessions_and_readiness(client, auth, clauses):
    auth.login("naptip.member")
    html = client.get("/documents/pact").get_data(as_text=True)
    assert "/documents/pact/sessions" in html and "/documents/pact/readiness" in html


def test_presenter_panel_shows_every_open_finding_of_the_current_clause(app, client, auth, seeded, api_token):
    from mou_review.services.documents import document_view

    with app.app_context():
        clause_id = next(r.id for r in document_view(db.session, "mou").rows if r.number == "7.3")
        db.session.remove()
    headers = api_token("icmpd.facilitator")
    created = client.post(
        "/api/v1/documents/mou/sessions",
        json={"title": "Review", "starts_at": "2026-12-01T10:00:00", "agenda": [clause_id]},
        headers=headers,
    ).get_json()
    assert (
        client.post(f"/api/v1/sessions/{created['id']}/advance", json={}, headers=headers).status_code == 200
    )
    auth.login("anltp.member")
    panel = client.get(f"/sessions/{created['id']}/panel").get_data(as_text=True)
    finding = panel.split('data-testid="panel-finding"')[1].split("</li>")[0]
    assert "avertissement" in finding  # a warning, not only errors, in the member's language
    assert "Focal Points" in finding
