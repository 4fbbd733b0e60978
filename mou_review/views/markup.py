"""A returned, marked-up Word file in the browser: upload, preview, confirm (on the document's Word page)."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext, ngettext
from flask_login import current_user

from ..domain.errors import MouReviewError
from ..domain.permissions import Action, can, require
from ..domain.redline import redline_html
from ..domain.types import DocumentStatus, Lang
from ..errors import message_for
from ..extensions import db
from ..services import markup
from ..services.actors import actor_of
from ..services.documents import get_document

bp = Blueprint("markup", __name__)


def _store() -> markup.UploadStore:
    return markup.UploadStore(Path(current_app.instance_path) / "imports" / "markup")


def _max_bytes() -> int:
    return int(current_app.config["MAX_DOCX_BYTES"])


def _status(document) -> DocumentStatus:  # noqa: ANN001
    return DocumentStatus(document.status)


@bp.route("/documents/<slug>/docx/markup", methods=("POST",))
def upload(slug: str):
    """Receive a returned Word file and show what it proposes (nothing is written yet)."""
    document = get_document(db.session, slug)
    require(actor_of(current_user), Action.COMMENT, document_status=_status(document))
    storage = request.files.get("file")
    lang_code = request.form.get("lang", "")
    lang = Lang(lang_code) if lang_code in ("en", "fr") else None
    if storage is None or not storage.filename:
        flash(gettext("Choose the Word file to import."), "error")
        return redirect(url_for("docx.document_files", slug=slug))
    data = storage.stream.read(_max_bytes() + 1)
    filename = Path(storage.filename).name
    try:
        markup.propose_markup(
            db.session, current_user, slug, data, lang=lang, filename=filename, max_bytes=_max_bytes()
        )
    except MouReviewError as error:
        db.session.rollback()
        flash(message_for(error), "error")
        return redirect(url_for("docx.document_files", slug=slug))
    token = _store().save(current_user.id, slug, lang, filename, data)
    return redirect(url_for("markup.preview", slug=slug, token=token))


@bp.route("/documents/<slug>/docx/markup/<token>")
def preview(slug: str, token: str):
    """Show the proposed amendments and comments, conflicts and unmatched paragraphs."""
    document = get_document(db.session, slug)
    require(actor_of(current_user), Action.COMMENT, document_status=_status(document))
    pending = _store().load(token, current_user.id, slug)
    try:
        result = markup.propose_markup(
            db.session,
            current_user,
            slug,
            pending.data,
            lang=Lang(pending.lang) if pending.lang else None,
            filename=pending.filename,
            max_bytes=_max_bytes(),
        )
    except MouReviewError as error:
        flash(message_for(error), "error")
        return redirect(url_for("docx.document_files", slug=slug))
    lead = can(actor_of(current_user), Action.PROPOSE_AMENDMENT, document_status=_status(document))
    redlines = [
        redline_html(change.previous or "", change.text or "")
        if change.action == "modify"
        else redline_html(change.previous or "", "")
        if change.action == "delete"
        else None
        for change in result.changes
    ]
    return render_template(
        "markup/preview.html",
        document=document,
        result=result,
        token=token,
        lead=lead,
        redlines=redlines,
        low=markup.LOW_CONFIDENCE,
    )


@bp.route("/documents/<slug>/docx/markup/<token>/confirm", methods=("POST",))
def confirm(slug: str, token: str):
    """Write the proposal in one transaction."""
    store = _store()
    pending = store.load(token, current_user.id, slug)
    try:
        result = markup.confirm_markup(
            db.session,
            current_user,
            slug,
            pending.data,
            lang=Lang(pending.lang) if pending.lang else None,
            filename=pending.filename,
            max_bytes=_max_bytes(),
        )
    except MouReviewError as error:
        db.session.rollback()
        flash(message_for(error), "error")
        return redirect(url_for("markup.preview", slug=slug, token=token))
    store.delete(token)
    amendments = len({ids["amendment_id"] for ids in result.created.values() if "amendment_id" in ids})
    comments = sum(1 for ids in result.created.values() if "comment_id" in ids)
    flash(
        gettext(
            "Imported from %(file)s: %(amendments)d amendments and %(comments)d comments.",
            file=pending.filename,
            amendments=amendments,
            comments=comments,
        ),
        "info",
    )
    if result.already:
        flash(
            ngettext(
                "%(num)d change was already imported before and was not saved again.",
                "%(num)d changes were already imported before and were not saved again.",
                len(result.already),
            ),
            "info",
        )
    return redirect(url_for("documents.show", slug=slug))


@bp.route("/documents/<slug>/docx/markup/<token>/cancel", methods=("POST",))
def cancel(slug: str, token: str):
    """Drop the upload; nothing was written."""
    store = _store()
    store.load(token, current_user.id, slug)
    store.delete(token)
    flash(gettext("Import cancelled. Nothing was saved."), "info")
    return redirect(url_for("docx.document_files", slug=slug))
