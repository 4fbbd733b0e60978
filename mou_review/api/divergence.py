"""API: a document's divergence findings, and creating a document from JSON to check it."""

from __future__ import annotations

from flask import g, jsonify

from ..extensions import db
from ..services import divergence as service
from ..services.documents import get_document, load_view, serialize
from ..validation import accepts
from . import bp, json_body, schemas, token_required


@bp.get("/documents/<slug>/divergences")
@token_required
def divergences(slug: str):
    """Return every finding of a document (waived ones marked), as ``mou-review check --json`` does."""
    return jsonify(
        service.findings_json(service.document_findings(db.session, get_document(db.session, slug)))
    )


@bp.post("/documents")
@token_required
@accepts(schemas.DocumentIn)
def create_document():
    """Create a document from ``{"slug", "kind", "title": {"en","fr"}, "clauses": [...]}`` (admin)."""
    document = service.create_document_from_json(db.session, g.api_user, json_body())
    return jsonify(serialize(load_view(db.session, document))), 201
