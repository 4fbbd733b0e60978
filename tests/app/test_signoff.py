"""Sign-off by each party's lead, readiness, and the road to "agreed" and "signed": each condition
refused on its own, every unmet condition listed at once, the audit log, and the signing export's DRAFT mark."""

from __future__ import annotations

import io

import pytest
from docx import Document as DocxDocument
from sqlalchemy import select

from mou_review.domain.docx_export import DRAFT_MARK, export_signing
from mou_review.domain.types import Lang
from mou_review.extensions import db
from mou_review.models import AuditEvent, Document
from tests.app.test_sessions import CLEAN, DIVERGENT, make_document, propose_accepted

LEADS = ("naptip.lead", "anltp.lead")


@pytest.fixture
def clauses(app):
    return make_document(app)


def sign_all(client, api_token, clause_ids, leads=LEADS):
    for username in leads:
        headers = api_token(username)
        for clause_id in clause_ids:
            response = client.post(f"/api/v1/clauses/{clause_id}/signoff", headers=headers)
            assert response.status_code == 201, response.get_json()


def to_agreed(client, api_token):
    return client.post(
        "/api/v1/documents/pact/status", json={"status": "agreed"}, headers=api_token("icmpd.facilitator")
    )


def readiness(client, api_token):
    return client.get("/api/v1/documents/pact/readiness", headers=api_token("naptip.member")).get_json()


def test_signoff_by_a_lead_records_the_current_versions_for_their_party(client, api_token, clauses):
    response = client.post(
        f"/api/v1/clauses/{clauses[1]}/signoff",
        json={"base": {"en": 1, "fr": 1}},
        headers=api_token("anltp.lead"),
    )
    assert response.status_code == 201
    assert response.get_json() | {"id": 0} == {
        "id": 0,
        "clause_id": clauses[1],
        "party": "ANLTP-TIM",
        "en": 1,
        "fr": 1,
    }
    row = readiness(client, api_token)["clauses"][1]
    assert row["signed_off"] == {"NAPTIP": False, "ANLTP-TIM": True}


@pytest.mark.parametrize(
    "username", ["naptip.member", "anltp.member", "icmpd.facilitator", "icmpd.admin", "observer"]
)
def test_signoff_refused_for_anyone_but_a_party_lead(client, api_token, clauses, username):
    response = client.post(f"/api/v1/clauses/{clauses[1]}/signoff", headers=api_token(username))
    assert response.status_code == 403


def test_signoff_on_a_stale_base_is_a_conflict(client, api_token, clauses):
    response = client.post(
        f"/api/v1/clauses/{clauses[1]}/signoff",
        json={"base": {"en": 1, "fr": 0}},
        headers=api_token("naptip.lead"),
    )
    assert response.status_code == 409


@pytest.mark.parametrize("lang", list(Lang))
def test_signoff_withdrawn_when_either_text_changes(app, client, api_token, clauses, lang):
    from mou_review.services.documents import edit_clause
    from mou_review.services.users import get_user

    sign_all(client, api_token, [clauses[1]])
    with app.app_context():
        edit_clause(
            db.session,
            get_user(db.session, "icmpd.facilitator"),
            clauses[1],
            lang,
            "Changed text.",
            base_number=1,
            reason="typo",
        )
        db.session.remove()
    row = readiness(client, api_token)["clauses"][1]
    assert row["signed_off"] == {"NAPTIP": False, "ANLTP-TIM": False}


def test_readiness_counts_per_clause_and_in_total(app, client, api_token):
    ids = make_document(app, clauses=CLEAN + (DIVERGENT,))
    client.post(
        f"/api/v1/clauses/{ids[1]}/comments",
        json={"lang": "fr", "body": "Pourquoi ?"},
        headers=api_token("anltp.member"),
    )
    client.post(
        f"/api/v1/clauses/{ids[2]}/amendments",
        json={"en": "New.", "fr": "Nouveau.", "rationale": "R", "base": {"en": 1, "fr": 1}},
        headers=api_token("naptip.lead"),
    )
    sign_all(client, api_token, [ids[0]], leads=("naptip.lead",))
    body = readiness(client, api_token)
    by_id = {c["clause_id"]: c for c in body["clauses"]}
    assert by_id[ids[1]]["unresolved_comments"] == 1
    assert by_id[ids[2]]["open_amendments"] == 1
    assert by_id[ids[3]]["unwaived_errors"] >= 1 and by_id[ids[3]]["open_findings"] >= 1
    assert body["total"]["signed_off"] == {"NAPTIP": 1, "ANLTP-TIM": 0}
    assert body["total"]["clauses"] == 4 and body["ready"] is False


def test_readiness_page_shows_the_table_and_sign_off_buttons_for_a_lead(client, auth, clauses):
    auth.login("naptip.lead")
    html = client.get("/documents/pact/readiness").get_data(as_text=True)
    assert 'data-testid="readiness"' in html
    assert f'data-testid="signoff-{clauses[0]}"' in html
    response = auth.post(
        f"/clauses/{clauses[0]}/signoff",
        page="/documents/pact/readiness",
        data={"base_en": "1", "base_fr": "1"},
    )
    assert response.status_code == 302
    assert f'data-testid="signoff-{clauses[0]}"' not in client.get("/documents/pact/readiness").get_data(
        as_text=True
    )


# --- the road to "agreed": each condition on its own ----------------------------------------


@pytest.mark.parametrize(
    "leads, expected",
    [
        (("naptip.lead",), "not_signed_off:ANLTP-TIM"),
        (("anltp.lead",), "not_signed_off:NAPTIP"),
    ],
)
def test_status_agreed_refused_while_a_party_has_not_signed_off(client, api_token, clauses, leads, expected):
    sign_all(client, api_token, clauses, leads=leads)
    response = to_agreed(client, api_token)
    assert response.status_code == 409
    unmet = response.get_json()["unmet"]
    assert [f"{u['code']}:{u.get('party')}" for u in unmet] == [expected]
    assert unmet[0]["clause_ids"] == clauses


def test_status_agreed_refused_while_an_amendment_is_open(client, api_token, clauses):
    client.post(
        f"/api/v1/clauses/{clauses[2]}/amendments",
        json={"en": "New.", "fr": "Nouveau.", "rationale": "R", "base": {"en": 1, "fr": 1}},
        headers=api_token("anltp.lead"),
    )
    sign_all(client, api_token, clauses)
    response = to_agreed(client, api_token)
    assert response.status_code == 409
    assert response.get_json()["unmet"] == [
        {"code": "open_amendments", "clause_ids": [clauses[2]], "numbers": ["1.2"]}
    ]


def test_status_agreed_refused_while_an_error_finding_is_unwaived(app, client, api_token):
    ids = make_document(app, clauses=CLEAN + (DIVERGENT,))
    sign_all(client, api_token, ids)
    response = to_agreed(client, api_token)
    assert response.status_code == 409
    assert [(u["code"], u["clause_ids"]) for u in response.get_json()["unmet"]] == [
        ("unwaived_errors", [ids[3]])
    ]


def test_status_agreed_lists_every_unmet_condition_at_once(app, client, api_token):
    ids = make_document(app, clauses=CLEAN + (DIVERGENT,))
    client.post(
        f"/api/v1/clauses/{ids[1]}/amendments",
        json={"en": "New.", "fr": "Nouveau.", "rationale": "R", "base": {"en": 1, "fr": 1}},
        headers=api_token("naptip.lead"),
    )
    response = to_agreed(client, api_token)
    assert response.status_code == 409
    body = response.get_json()
    assert body["error"] == "invalid_transition"
    assert [(u["code"], u.get("party")) for u in body["unmet"]] == [
        ("not_signed_off", "NAPTIP"),
        ("not_signed_off", "ANLTP-TIM"),
        ("open_amendments", None),
        ("unwaived_errors", None),
    ]
    with app.app_context():
        assert db.session.scalar(select(Document.status).where(Document.slug == "pact")) == "drafting"


def test_status_agreed_once_every_condition_is_met_then_signed_with_date_and_place(
    app, client, api_token, clauses
):
    from mou_review.services.docx_io import export_document

    sign_all(client, api_token, clauses)
    response = to_agreed(client, api_token)
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["status"] == "agreed"
    with app.app_context():
        export = export_document(db.session, "pact")
        assert export.draft is False
        out = io.BytesIO()
        export_signing(export, Lang.FR, out)
        db.session.remove()
    headers = " ".join(
        p.text for s in DocxDocument(io.BytesIO(out.getvalue())).sections for p in s.header.paragraphs
    )
    assert DRAFT_MARK not in headers
    facilitator = api_token("icmpd.facilitator")
    missing = client.post(
        "/api/v1/documents/pact/status", json={"status": "signed", "place": "Abuja"}, headers=facilitator
    )
    assert missing.status_code == 400
    signed = client.post(
        "/api/v1/documents/pact/status",
        json={"status": "signed", "place": "Abuja", "signed_on": "2027-02-14"},
        headers=facilitator,
    )
    assert signed.status_code == 200
    assert signed.get_json() == {
        "document": "pact",
        "status": "signed",
        "signed_place": "Abuja",
        "signed_on": "2027-02-14",
    }
    with app.app_context():
        events = db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "document.status").order_by(AuditEvent.id)
        ).all()
        assert [(e.detail["from"], e.detail["to"]) for e in events] == [
            ("drafting", "agreed"),
            ("agreed", "signed"),
        ]
        assert events[1].detail["place"] == "Abuja" and events[1].detail["signed_on"] == "2027-02-14"


def test_status_export_keeps_the_draft_mark_before_agreement(app, clauses):
    from mou_review.services.docx_io import export_document

    with app.app_context():
        assert export_document(db.session, "pact").draft is True


@pytest.mark.parametrize(
    "start, target, status",
    [
        ("signed", "agreed", 409),
        ("signed", "drafting", 409),
        ("drafting", "signed", 409),
        ("in_review", "nonsense", 400),
        ("agreed", "in_review", 200),
        ("drafting", "in_review", 200),
    ],
)
def test_status_transitions(app, client, api_token, clauses, start, target, status):
    with app.app_context():
        db.session.execute(db.update(Document).where(Document.slug == "pact").values(status=start))
        db.session.commit()
        db.session.remove()
    response = client.post(
        "/api/v1/documents/pact/status", json={"status": target}, headers=api_token("icmpd.facilitator")
    )
    assert response.status_code == status


@pytest.mark.parametrize("username", ["naptip.lead", "anltp.lead", "icmpd.admin", "observer"])
def test_status_change_refused_for_anyone_but_the_facilitator(client, api_token, clauses, username):
    response = client.post(
        "/api/v1/documents/pact/status", json={"status": "in_review"}, headers=api_token(username)
    )
    assert response.status_code == 403


def test_status_agreed_after_an_amendment_adopted_in_session_needs_new_sign_offs(client, api_token, clauses):
    facilitator = api_token("icmpd.facilitator")
    sign_all(client, api_token, clauses)
    session_id = client.post(
        "/api/v1/documents/pact/sessions",
        json={"title": "Final reading", "starts_at": "2026-12-01T09:00:00Z", "agenda": [clauses[1]]},
        headers=facilitator,
    ).get_json()["id"]
    amendment = propose_accepted(
        client,
        api_token,
        clauses[1],
        "The Parties shall cooperate fully in good faith.",
        "Les Parties coopèrent pleinement de bonne foi.",
    )
    decided = client.post(
        f"/api/v1/sessions/{session_id}/decisions",
        json={"clause_id": clauses[1], "decision": "agreed_with_amendment", "amendment_id": amendment},
        headers=facilitator,
    )
    assert decided.status_code == 201
    response = to_agreed(client, api_token)
    assert response.status_code == 409
    assert {u["code"] for u in response.get_json()["unmet"]} == {"not_signed_off"}
    sign_all(client, api_token, [clauses[1]])
    assert to_agreed(client, api_token).status_code == 200


def test_status_form_on_the_readiness_page_flashes_the_refusal(client, auth, clauses):
    auth.login("icmpd.facilitator")
    page = "/documents/pact/readiness"
    html = client.get(page).get_data(as_text=True)
    assert 'data-testid="unmet"' in html and 'data-testid="status-form"' in html
    response = auth.post(
        "/documents/pact/status",
        page=page,
        data={"status": "agreed"},
        headers={"Referer": "http://localhost" + page},
        follow_redirects=True,
    )
    assert "cannot be marked agreed yet" in response.get_data(as_text=True)
