"""Machine translation pages: the admin models panel, the draft endpoint, and confirming drafts.

The draft endpoint answers the "draft the other language" buttons (``static/translate.js``) with
JSON; nothing is saved until the person submits the form, which then carries the draft back so
it is recorded as a machine draft (see ``services.translation``).
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from flask import Blueprint, current_app, flash, jsonify, redirect, request, url_for
from flask_babel import gettext
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required

from ..domain.errors import MouReviewError, TranslationUnavailable, ValidationError
from ..domain.permissions import Action, can, require
from ..domain.types import Lang
from ..errors import api_error, message_for
from ..extensions import db
from ..services import amendments
from ..services import documents as documents_service
from ..services import translation as service
from ..services.actors import actor_of
from . import admin

bp = Blueprint("translation", __name__)

admin.PANELS.append("translation/_models_panel.html")

TEXT_ORIGIN_NAMES = {
    "human": _l("written by a person"),
    "machine": _l("machine draft"),
    "confirmed": _l("machine draft confirmed by a person"),
}

#: Upload chunks: the file goes to disk as it arrives, never whole into memory.
_CHUNK = 1024 * 1024


def unavailable_message(source: Lang | str, target: Lang | str) -> str:
    """Return, in the interface language, why no draft can be made and how to add a model."""
    direction = (
        f"{gettext(service.LANG_NAMES[str(Lang(source))])} → {gettext(service.LANG_NAMES[str(Lang(target))])}"
    )
    return gettext(service.NO_MODEL, direction=direction)


def error_json(exc: MouReviewError):
    """Return the JSON error of a refused translation (409 with install advice when no model)."""
    db.session.rollback()
    if isinstance(exc, TranslationUnavailable) and exc.details.get("reason") == "no_model":
        message = unavailable_message(exc.details["source"], exc.details["target"])
        return api_error(409, exc.code, message, reason="no_model")
    return api_error(exc.http_status, exc.code, message_for(exc), reason=exc.details.get("reason"))


@bp.app_context_processor
def _translation_context() -> dict[str, Any]:
    def directions() -> set[str]:
        return {f"{s}_{t}" for s, t in service.translator_for(current_app.config).directions()}

    def may_translate() -> bool:
        return current_user.is_authenticated and can(actor_of(current_user), Action.USE_MACHINE_TRANSLATION)

    return {
        "translation_directions": directions,
        "may_machine_translate": may_translate,
        "translation_models": lambda: service.installed(current_app.config),
        "translation_meaning": lambda: service.meaning_score(current_app.config),
        "translation_limit_mb": lambda: int(current_app.config["MAX_MODEL_BYTES"]) // (1024 * 1024),
        "translation_unavailable": unavailable_message,
        "amendment_text_origin_name": lambda code: str(TEXT_ORIGIN_NAMES.get(code, code)),
    }


# --- drafts ----------------------------------------------------------------------


@bp.post("/translation/draft")
@login_required
def draft():
    """Return a machine draft ``{"text", "model"}`` of ``{"text", "source", "target"}`` (JSON)."""
    data = request.get_json(silent=True) or {}
    try:
        result = service.translate_text(
            db.session,
            current_app.config,
            current_user,
            data.get("text"),
            data.get("source"),
            data.get("target"),
        )
    except MouReviewError as exc:
        return error_json(exc)
    return jsonify({"text": result.text, "model": result.model})


@bp.post("/clauses/<int:clause_id>/confirm-draft/<lang>")
@login_required
def confirm_clause(clause_id: int, lang: str):
    """Confirm the machine-drafted text of one language of a clause as it stands."""
    try:
        language = Lang(lang)
        base = int(request.form.get("base", ""))
    except ValueError:
        flash(gettext("The request was malformed."), "error")
        return redirect(url_for("documents.history", clause_id=clause_id))
    try:
        documents_service.confirm_clause_version(
            db.session, current_user, clause_id, language, base_number=base
        )
    except MouReviewError as exc:
        db.session.rollback()
        flash(message_for(exc), "error")
    else:
        flash(gettext("The machine draft was confirmed: it is now a person's text."), "info")
    return redirect(url_for("documents.history", clause_id=clause_id))


@bp.post("/amendments/<int:amendment_id>/confirm-draft")
@login_required
def confirm_amendment(amendment_id: int):
    """Confirm an amendment's machine-drafted text as it stands."""
    clause_id = amendments.get_amendment(db.session, amendment_id).clause_id
    try:
        amendments.confirm_amendment_text(
            db.session,
            current_user,
            amendment_id,
            request.form.get("lang", ""),
            revision=request.form.get("revision"),
        )
    except MouReviewError as exc:
        db.session.rollback()
        flash(message_for(exc), "error")
    else:
        flash(gettext("The machine draft was confirmed: it is now a person's text."), "info")
    return redirect(url_for("review.clause", clause_id=clause_id, _anchor=f"amendment-{amendment_id}"))


# --- models (admin) ----------------------------------------------------------------


def _save_upload(limit: int) -> Path:
    """Stream the uploaded file to a private temporary file, refusing it past ``limit`` bytes."""
    upload = request.files.get("model")
    if upload is None or not upload.filename:
        raise ValidationError(service.refusal_message("missing_file"), reason="missing_file")
    folder = service.models_dir(current_app.config) / "uploads"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"upload-{uuid.uuid4().hex}.argosmodel"
    size = 0
    try:
        with path.open("wb") as out:
            while chunk := upload.stream.read(_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise ValidationError(
                        service.refusal_message("too_big"), reason="too_big", limit=limit // (1024 * 1024)
                    )
                out.write(chunk)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


@bp.post("/admin/translation/models")
@login_required
def upload():
    """Install an uploaded .argosmodel file after checking it (admin)."""
    require(actor_of(current_user), Action.MANAGE_TRANSLATION_MODELS)
    limit = int(current_app.config["MAX_MODEL_BYTES"])
    # The app-wide request cap is for documents; a model may be larger, up to its own limit.
    request.max_content_length = max(limit + _CHUNK, int(current_app.config.get("MAX_CONTENT_LENGTH") or 0))
    path = None
    try:
        path = _save_upload(limit)
        info = service.install_model(current_app.config, path, actor=current_user, session=db.session)
    except ValidationError as exc:
        db.session.rollback()
        flash(
            gettext(
                "The model was not installed: %(reason)s The installed models are unchanged.",
                reason=message_for(exc),
            ),
            "error",
        )
        return redirect(url_for("admin.index", _anchor="translation-models")), 303
    finally:
        if path is not None:
            path.unlink(missing_ok=True)
    flash(
        gettext(
            "Translation model %(name)s (%(code)s, version %(version)s) is installed.",
            name=info.name,
            code=info.code,
            version=info.version,
        ),
        "info",
    )
    return redirect(url_for("admin.index", _anchor="translation-models")), 303


@bp.post("/admin/translation/meaning-check")
@login_required
def score_meaning():
    """Score the installed model on the meaning check's probe again (admin)."""
    require(actor_of(current_user), Action.MANAGE_TRANSLATION_MODELS)
    score = service.score_meaning_check(current_app.config)
    if score is None:
        flash(gettext("No model translates back for the meaning check: install a model first."), "error")
    elif score.separates:
        flash(gettext("The model passed the probe: the meaning check is on."), "info")
    else:
        flash(gettext("The model did not pass the probe: the meaning check stays off for it."), "info")
    return redirect(url_for("admin.index", _anchor="translation-models")), 303


@bp.post("/admin/translation/models/<code>/remove")
@login_required
def remove(code: str):
    """Uninstall the model of one direction (admin)."""
    require(actor_of(current_user), Action.MANAGE_TRANSLATION_MODELS)
    try:
        service.remove_model(current_app.config, code, actor=current_user, session=db.session)
    except MouReviewError as exc:
        db.session.rollback()
        flash(message_for(exc), "error")
    else:
        flash(gettext("The translation model %(code)s was removed.", code=code), "info")
    return redirect(url_for("admin.index", _anchor="translation-models")), 303
