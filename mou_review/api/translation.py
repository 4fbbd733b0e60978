"""API: ``POST /api/v1/translate`` -> ``{"text", "model"}``; 409 when no model serves the direction."""

from __future__ import annotations

from flask import current_app, g, jsonify

from ..domain.errors import MouReviewError
from ..extensions import db
from ..services import translation as service
from ..validation import accepts
from . import bp, json_body, schemas, token_required


@bp.post("/translate")
@token_required
@accepts(schemas.TranslateIn)
def translate():
    """Translate ``{"text", "source": "en"|"fr", "target": "en"|"fr"}`` on this server (nothing leaves it)."""
    from ..views.translation import error_json

    try:
        data = json_body()
        result = service.translate_text(
            db.session,
            current_app.config,
            g.api_user,
            data.get("text"),
            data.get("source"),
            data.get("target"),
        )
    except MouReviewError as exc:
        return error_json(exc)
    return jsonify({"text": result.text, "model": result.model})
