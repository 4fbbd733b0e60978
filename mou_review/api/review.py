"""API: comments, amendments, positions and adoption (JSON, Bearer token).

Creating returns 201 with the created object and its ``id``; errors are
``{"error": code, "message": ...}`` with 400, 401, 403, 404 or 409 (see
``mou_review.errors``).
"""

from __future__ import annotations

from flask import g, jsonify

from ..extensions import db
from ..models import CommentBody
from ..services import amendments, clause_page, comments, positions
from ..validation import accepts
from . import bp, json_body, schemas, token_required


def _comment_json(comment_id: int) -> dict:
    comment = comments.get_comment(db.session, comment_id)
    bodies = list(
        db.session.scalars(
            db.select(CommentBody).where(CommentBody.comment_id == comment.id).order_by(CommentBody.number)
        )
    )
    return clause_page.serialize_comment(comment=comment, bodies=bodies)


def _amendment_json(amendment_id: int) -> dict:
    return clause_page.serialize_amendment(clause_page.amendment_detail(db.session, amendment_id))


@bp.get("/clauses/<int:clause_id>")
@token_required
def get_clause(clause_id: int):
    """Return a clause with its comments, amendments, positions and full version history."""
    return jsonify(clause_page.serialize_clause(clause_page.clause_detail(db.session, clause_id)))


@bp.post("/clauses/<int:clause_id>/comments")
@token_required
@accepts(schemas.CommentIn)
def add_comment(clause_id: int):
    """Comment on a clause: {"lang": "en"|"fr"|"both", "body", "parent_id"?, "base"?}."""
    data = json_body()
    comment = comments.add_comment(
        db.session,
        g.api_user,
        clause_id,
        data.get("lang"),
        data.get("body"),
        parent_id=data.get("parent_id"),
        base=data.get("base"),
    )
    return jsonify(_comment_json(comment.id)), 201


@bp.post("/comments/<int:comment_id>/edit")
@token_required
@accepts(schemas.CommentEditIn)
def edit_comment(comment_id: int):
    """Edit one's own comment: {"body", "revision"}."""
    data = json_body()
    comments.edit_comment(db.session, g.api_user, comment_id, data.get("body"), revision=data.get("revision"))
    return jsonify(_comment_json(comment_id))


@bp.post("/comments/<int:comment_id>/<any(resolve, reopen):change>")
@token_required
@accepts(schemas.RevisionIn)
def comment_status(comment_id: int, change: str):
    """Resolve or reopen a comment thread: {"revision"}."""
    data = json_body()
    function = comments.resolve_comment if change == "resolve" else comments.reopen_comment
    function(db.session, g.api_user, comment_id, revision=data.get("revision"))
    return jsonify(_comment_json(comment_id))


@bp.post("/clauses/<int:clause_id>/amendments")
@token_required
@accepts(schemas.AmendmentIn)
def propose(clause_id: int):
    """Propose an amendment.

    ``{"en"?, "fr"?, "rationale", "base": {"en", "fr"}}`` modifies the clause;
    ``"action": "insert"`` with ``"kind"``/``"level"`` inserts a new clause after
    it; ``"action": "delete"`` (with ``base``) deletes it.
    """
    data = json_body()
    amendment = amendments.propose_amendment(
        db.session,
        g.api_user,
        clause_id,
        action=data.get("action", "modify"),
        en=data.get("en"),
        fr=data.get("fr"),
        rationale=data.get("rationale", ""),
        base=data.get("base"),
        kind=data.get("kind"),
        level=data.get("level"),
    )
    return jsonify(_amendment_json(amendment.id)), 201


@bp.get("/amendments/<int:amendment_id>")
@token_required
def get_amendment(amendment_id: int):
    """Return an amendment with its texts, redlines and positions."""
    return jsonify(_amendment_json(amendment_id))


@bp.post("/amendments/<int:amendment_id>/texts")
@token_required
@accepts(schemas.AmendmentTextIn)
def add_text(amendment_id: int):
    """Add the missing language, or a new wording: {"lang", "text", "revision"}."""
    data = json_body()
    row = amendments.add_amendment_text(
        db.session,
        g.api_user,
        amendment_id,
        data.get("lang", ""),
        data.get("text"),
        revision=data.get("revision"),
    )
    body = _amendment_json(amendment_id)
    body["text_id"] = row.id
    return jsonify(body), 201


@bp.post("/amendments/<int:amendment_id>/positions")
@token_required
@accepts(schemas.PositionIn)
def position(amendment_id: int):
    """Record a position: {"position": "accept"|"reject"|"counter", "note"?, "revision"?, "en"?, "fr"?}.

    Without ``revision`` the position applies to the revision current now.
    A counter with ``en``/``fr`` also creates the counter-proposal amendment.
    """
    data = json_body()
    revision = data.get("revision")
    if revision is None:
        revision = amendments.get_amendment(db.session, amendment_id).revision
    record = positions.take_position(
        db.session,
        g.api_user,
        amendment_id,
        data.get("position", ""),
        data.get("note") or "",
        revision=revision,
        party_code=data.get("party"),
        counter_en=data.get("en"),
        counter_fr=data.get("fr"),
    )
    return jsonify(clause_page.serialize_position(record)), 201


@bp.post("/amendments/<int:amendment_id>/adopt")
@token_required
@accepts(schemas.AdoptIn)
def adopt(amendment_id: int):
    """Adopt an amendment: {"base": {"en": version, "fr": version}}."""
    data = json_body()
    positions.adopt_amendment(db.session, g.api_user, amendment_id, base=data.get("base"))
    return jsonify(_amendment_json(amendment_id))


@bp.post("/amendments/<int:amendment_id>/withdraw")
@token_required
def withdraw(amendment_id: int):
    """Withdraw one's party's amendment."""
    amendments.withdraw_amendment(db.session, g.api_user, amendment_id)
    return jsonify(_amendment_json(amendment_id))
