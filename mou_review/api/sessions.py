"""API: review sessions (state with ETag, advance, decisions), sign-off, readiness and status."""

from __future__ import annotations

from flask import g, jsonify

from ..domain.errors import N_, ValidationError
from ..extensions import db
from ..services import documents as documents_service
from ..services import sessions as service
from ..services import signoff as signoff_service
from ..validation import accepts
from ..views.sessions import state_response
from . import bp, json_body, schemas, token_required


def _serialize_session(review) -> dict:
    return {
        "id": review.id,
        "document": service.document_of(db.session, review).slug,
        "title": review.title,
        "starts_at": service.aware(review.starts_at).isoformat(),
        "call_link": review.call_link,
        "status": review.status,
        "agenda": service.agenda_ids(db.session, review),
        "current": review.current_clause_id,
        "version": review.state_version,
        "sequence": review.ical_sequence,
        "minutes_shared": review.minutes_shared_at is not None,
        "minutes_circulated": review.minutes_circulated_at is not None,
    }


@bp.post("/documents/<slug>/sessions")
@token_required
@accepts(schemas.SessionIn)
def create_session(slug: str):
    """Create a review session (facilitator): {"title", "starts_at", "agenda": [clause ids] | "auto"}."""
    data = json_body()
    review = service.create_session(
        db.session,
        g.api_user,
        slug,
        title=data.get("title", ""),
        starts_at=data.get("starts_at"),
        agenda=data.get("agenda"),
        call_link=data.get("call_link", ""),
        next_meeting=data.get("next_meeting", ""),
    )
    return jsonify(_serialize_session(review)), 201


@bp.post("/sessions/<int:session_id>/reschedule")
@token_required
@accepts(schemas.RescheduleIn)
def reschedule_session(session_id: int):
    """Move a session (facilitator): {"starts_at", "title"?, "call_link"?}; everyone gets the update."""
    data = json_body()
    review = service.reschedule_session(
        db.session,
        g.api_user,
        session_id,
        starts_at=data.get("starts_at"),
        title=data.get("title"),
        call_link=data.get("call_link"),
    )
    return jsonify(_serialize_session(review))


@bp.post("/sessions/<int:session_id>/cancel")
@token_required
def cancel_session(session_id: int):
    """Cancel a session (facilitator); everyone's calendar gets the cancellation."""
    return jsonify(_serialize_session(service.cancel_session(db.session, g.api_user, session_id)))


@bp.post("/sessions/<int:session_id>/minutes/<any(share, circulate):step>")
@token_required
def minutes_step(session_id: int, step: str):
    """Share the minutes with both leads, or circulate them to every member for approval (facilitator)."""
    action = service.share_minutes if step == "share" else service.circulate_minutes
    return jsonify(_serialize_session(action(db.session, g.api_user, session_id)))


@bp.get("/sessions/<int:session_id>")
@token_required
def get_session(session_id: int):
    """Return a session's details."""
    return jsonify(_serialize_session(service.get_review_session(db.session, session_id)))


@bp.get("/sessions/<int:session_id>/state")
@token_required
def session_state(session_id: int):
    """Return the session state ({"current", "agenda", "decisions"}) with an ETag; 304 when unchanged."""
    return state_response(session_id)


@bp.post("/sessions/<int:session_id>/advance")
@token_required
@accepts(schemas.AdvanceIn, optional=True)
def advance(session_id: int):
    """Move the session to {"to": clause id} or to the next agenda item (facilitator)."""
    data = json_body()
    review = service.advance(db.session, g.api_user, session_id, data.get("to"))
    return jsonify(service.state(db.session, review))


@bp.post("/sessions/<int:session_id>/decisions")
@token_required
@accepts(schemas.DecisionIn)
def decide(session_id: int):
    """Record a decision {"clause_id", "decision", "note"?, "amendment_id"?, "base"?, "owner_party"?, "owner_person"?, "due_on"?}."""
    data = json_body()
    base = data.get("base")
    if base is not None and not isinstance(base, dict):
        raise ValidationError(
            N_("The base must give the English and French version numbers."), reason="bad_base"
        )
    decision = service.record_decision(
        db.session,
        g.api_user,
        session_id,
        data.get("clause_id"),
        str(data.get("decision", "")),
        note=str(data.get("note") or ""),
        amendment_id=data.get("amendment_id"),
        base=base,
        owner_party=data.get("owner_party"),
        owner_person=str(data.get("owner_person") or ""),
        due_on=data.get("due_on"),
    )
    parties = {decision.owner_party_id: data.get("owner_party")} if decision.owner_party_id else {}
    return jsonify(service.serialize_decision(decision, parties)), 201


@bp.post("/clauses/<int:clause_id>/signoff")
@token_required
@accepts(schemas.SignOffIn, optional=True)
def sign_off(clause_id: int):
    """Sign off a clause's current texts for the lead's own party; {"base": {"en", "fr"}} optional."""
    data = json_body()
    base = data.get("base")
    if base is not None and not isinstance(base, dict):
        raise ValidationError(
            N_("The base must give the English and French version numbers."), reason="bad_base"
        )
    record = signoff_service.sign_off(db.session, g.api_user, clause_id, base)
    return jsonify(
        {
            "id": record.id,
            "clause_id": record.clause_id,
            "party": g.api_user.party.code,
            "en": record.en_number,
            "fr": record.fr_number,
        }
    ), 201


@bp.get("/documents/<slug>/readiness")
@token_required
def readiness(slug: str):
    """Return per clause: sign-offs by each party, open amendments, unresolved comments, findings; and totals."""
    document = documents_service.get_document(db.session, slug)
    return jsonify(
        signoff_service.serialize_readiness(document, signoff_service.readiness(db.session, document))
    )


@bp.post("/documents/<slug>/status")
@token_required
@accepts(schemas.StatusIn)
def change_status(slug: str):
    """Change the status {"status", "place"?, "signed_on"?}; 409 listing every unmet condition for "agreed"."""
    data = json_body()
    document = signoff_service.change_status(
        db.session,
        g.api_user,
        slug,
        str(data.get("status", "")),
        place=str(data.get("place") or ""),
        signed_on=data.get("signed_on"),
    )
    return jsonify(
        {
            "document": document.slug,
            "status": document.status,
            "signed_place": document.signed_place,
            "signed_on": document.signed_on.isoformat() if document.signed_on else None,
        }
    )
