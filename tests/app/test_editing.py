"""Drafting edits: a new version with a reason, conflicts, permissions, audit."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from mou_review.domain.errors import PermissionDenied, VersionConflict
from mou_review.domain.types import Lang
from mou_review.extensions import db
from mou_review.models import AuditEvent, ClauseVersion
from mou_review.services import documents, users


def _first_paragraph(app):
    with app.app_context():
        view = documents.document_view(db.session, "mou")
        row = next(r for r in view.rows if r.clause.kind == "paragraph")
        return row.id, row.text(Lang.EN)


def test_editing_appends_a_version_and_keeps_the_old_one(app, client, auth, seeded):
    clause_id, old = _first_paragraph(app)
    auth.login("icmpd.admin")
    response = auth.post(
        f"/clauses/{clause_id}/edit/en", {"text": "New English text.", "reason": "typo", "base": "1"}
    )
    assert response.status_code == 302
    with app.app_context():
        versions = db.session.scalars(
            select(ClauseVersion)
            .where(ClauseVersion.clause_id == clause_id, ClauseVersion.lang == "en")
            .order_by(ClauseVersion.number)
        ).all()
        assert [(v.number, v.text) for v in versions] == [(1, old), (2, "New English text.")]
        assert versions[1].reason == "typo" and versions[1].other_number == 1
        event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "clause.edit"))
        assert event.object_id == clause_id and event.after_id == versions[1].id
    history = client.get(f"/clauses/{clause_id}/history").get_data(as_text=True)
    assert old in history and "New English text." in history


def test_editing_on_a_stale_version_is_a_conflict_showing_both_texts(app, client, auth, seeded):
    clause_id, _ = _first_paragraph(app)
    auth.login("icmpd.facilitator")
    auth.post(f"/clauses/{clause_id}/edit/fr", {"text": "Premier texte.", "reason": "a", "base": "1"})
    response = auth.post(
        f"/clauses/{clause_id}/edit/fr", {"text": "Second texte.", "reason": "b", "base": "1"}
    )
    assert response.status_code == 409
    html = response.get_data(as_text=True)
    assert "Premier texte." in html and "Second texte." in html
    with app.app_context():
        texts = db.session.scalars(
            select(ClauseVersion.text).where(ClauseVersion.clause_id == clause_id, ClauseVersion.lang == "fr")
        ).all()
        assert "Second texte." not in texts and "Premier texte." in texts


@pytest.mark.parametrize("username", ["naptip.member", "naptip.lead", "anltp.lead", "observer"])
def test_editing_is_refused_to_other_roles(app, client, auth, seeded, username):
    clause_id, old = _first_paragraph(app)
    auth.login(username)
    response = auth.post(f"/clauses/{clause_id}/edit/en", {"text": "Hijack.", "reason": "x", "base": "1"})
    assert response.status_code in (302, 403)
    with app.app_context():
        assert documents.latest_version(db.session, clause_id, Lang.EN).text == old


def test_editing_refusal_message_is_in_french_for_a_french_user(app, client, auth, seeded):
    clause_id, _ = _first_paragraph(app)
    auth.login("anltp.lead")
    response = auth.post(
        f"/clauses/{clause_id}/edit/en", {"text": "x", "reason": "x", "base": "1"}, follow_redirects=True
    )
    html = response.get_data(as_text=True)
    assert 'lang="fr"' in html
    assert "Votre rôle ne vous permet pas" in html or "au nom de votre propre Partie" in html


def test_editing_service_refuses_stale_base_and_needs_a_reason(app, seeded):
    clause_id, _ = _first_paragraph(app)
    with app.app_context():
        admin = users.get_user(db.session, "icmpd.admin")
        documents.edit_clause(db.session, admin, clause_id, Lang.EN, "A.", base_number=1, reason="r")
        with pytest.raises(VersionConflict):
            documents.edit_clause(db.session, admin, clause_id, Lang.EN, "B.", base_number=1, reason="r")
        member = users.get_user(db.session, "naptip.member")
        with pytest.raises(PermissionDenied):
            documents.edit_clause(db.session, member, clause_id, Lang.EN, "C.", base_number=2, reason="r")
        from mou_review.domain.errors import ValidationError

        with pytest.raises(ValidationError):
            documents.edit_clause(db.session, admin, clause_id, Lang.EN, "D.", base_number=2, reason=" ")
        assert documents.latest_version(db.session, clause_id, Lang.EN).text == "A."


def test_editing_insert_renumbers_following_clauses(app, seeded):
    from mou_review.domain.types import ClauseKind

    with app.app_context():
        view = documents.document_view(db.session, "mou")
        articles = [r for r in view.rows if r.clause.kind == "article"]
        second = articles[1]
        numbers_before = [r.number for r in view.rows if r.clause.kind == "article"]
        clause = documents.insert_clause_after(
            db.session, articles[0].clause, ClauseKind.ARTICLE, 1, author=None
        )
        documents.append_version(
            db.session, clause, Lang.EN, "New article", base_number=0, author=None, origin="edit"
        )
        db.session.commit()
        after = documents.document_view(db.session, "mou")
        assert after.row(clause.id).number == "2"
        assert after.row(second.id).number == "3"
        assert len([r for r in after.rows if r.clause.kind == "article"]) == len(numbers_before) + 1


@pytest.mark.parametrize(("aligns", "origin"), [("1", "translation"), (None, "edit")])
def test_editing_records_whether_the_change_is_a_translation_update(
    app, client, auth, seeded, aligns, origin
):
    clause_id, _ = _first_paragraph(app)
    auth.login("icmpd.admin")
    data = {"text": "Texte aligné.", "reason": "suivre l'anglais", "base": "1"}
    if aligns:
        data["aligns"] = aligns
    auth.post(f"/clauses/{clause_id}/edit/fr", data)
    with app.app_context():
        version = documents.latest_version(db.session, clause_id, Lang.FR)
        assert (version.number, version.origin, version.other_number) == (2, origin, 1)
