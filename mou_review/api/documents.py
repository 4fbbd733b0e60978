"""API: documents and their clauses."""

from __future__ import annotations

from flask import jsonify

from ..extensions import db
from ..services import documents as service
from . import bp, token_required


@bp.get("/documents")
@token_required
def list_documents():
    """List documents with status and clause count."""
    return jsonify(
        {
            "documents": [
                {
                    "slug": s.document.slug,
                    "kind": s.document.kind,
                    "status": s.document.status,
                    "title": {"en": s.document.title_en, "fr": s.document.title_fr},
                    "clauses": s.clauses,
                }
                for s in service.list_documents(db.session)
            ]
        }
    )


@bp.get("/documents/<slug>")
@token_required
def get_document(slug: str):
    """Return a document with its clauses in document order."""
    return jsonify(service.serialize(service.document_view(db.session, slug)))
