"""Reading documents side by side, clause history, drafting edits."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext
from flask_login import current_user

from ..domain.errors import MouReviewError
from ..domain.permissions import Action, can, require
from ..domain.types import DocumentStatus, Lang
from ..errors import message_for
from ..extensions import db
from ..services import documents as service
from ..services import page_context, translation
from ..services.actors import actor_of

bp = Blueprint("documents", __name__)


def _lang_or_404(code: str) -> Lang:
    try:
        return Lang(code)
    except ValueError:
        abort(404)


@bp.route("/")
def index():
    """List the documents with their status and clause counts."""
    return render_template("documents/index.html", summaries=service.list_documents(db.session))


@bp.route("/documents/<slug>")
def show(slug: str):
    """Show a document's clauses, English and French side by side (or one language)."""
    view = service.document_view(db.session, slug)
    only = request.args.get("only")
    columns = [Lang(only)] if only in ("en", "fr") else list(Lang)
    extra = page_context.collect(db.session, view, current_user)
    can_edit_text = can(
        actor_of(current_user), Action.EDIT_CLAUSE, document_status=DocumentStatus(view.document.status)
    )
    return render_template(
        "documents/show.html", view=view, columns=columns, only=only, can_edit_text=can_edit_text, **extra
    )


@bp.route("/clauses/<int:clause_id>/history")
def history(clause_id: int):
    """List every version of a clause in both languages."""
    view, row = service.clause_row(db.session, clause_id)
    return render_template(
        "documents/history.html", view=view, row=row, versions=service.history(db.session, clause_id)
    )


@bp.route("/clauses/<int:clause_id>/edit/<lang>", methods=("GET", "POST"))
def edit(clause_id: int, lang: str):
    """Edit one language of a clause while drafting: a new version with a reason."""
    language = _lang_or_404(lang)
    view, row = service.clause_row(db.session, clause_id)
    # Refused before the form is shown, for the same reasons the save would be refused
    # (observers and members; an agreed or signed document), never only on saving.
    require(actor_of(current_user), Action.EDIT_CLAUSE, document_status=DocumentStatus(view.document.status))
    conflict = None
    if request.method == "POST":
        try:
            base = int(request.form.get("base", ""))
        except ValueError:
            base = -1
        try:
            service.edit_clause(
                db.session,
                current_user,
                clause_id,
                language,
                request.form.get("text", ""),
                base_number=base,
                reason=request.form.get("reason", ""),
                aligns=request.form.get("aligns") == "1",
                machine=translation.drafts_from_form(db.session, current_app.config, request.form).get(
                    language
                ),
            )
        except MouReviewError as exc:
            db.session.rollback()
            flash(message_for(exc), "error")
            if exc.details.get("current_text") is not None:
                conflict = {"mine": request.form.get("text", ""), "theirs": exc.details["current_text"]}
            view, row = service.clause_row(db.session, clause_id)
            status = exc.http_status
            return render_template(
                "documents/edit.html",
                view=view,
                row=row,
                lang=language,
                conflict=conflict,
                text=request.form.get("text", ""),
                reason=request.form.get("reason", ""),
            ), status
        flash(gettext("Saved as a new version."), "info")
        return redirect(url_for("documents.show", slug=view.document.slug, _anchor=f"c{clause_id}"))
    return render_template(
        "documents/edit.html",
        view=view,
        row=row,
        lang=language,
        conflict=None,
        text=row.text(language),
        reason="",
    )
