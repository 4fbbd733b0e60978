"""The review pages: a clause's comments and amendments, positions, adoption, and what's new.

Each POST parses its form, calls one service and redirects back to the clause
page.  A refused or conflicting write re-renders the clause page with the
error's status (403, 409, ...), its message in the user's language and, for a
version conflict, both texts side by side.
"""

from __future__ import annotations

import re
from typing import Any

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from markupsafe import Markup

from ..domain.amendments import PARTY_CODES
from ..domain.errors import MouReviewError
from ..domain.permissions import Action, can
from ..domain.types import ClauseKind, DocumentStatus, Lang
from ..errors import message_for
from ..extensions import db
from ..i18n import parties_of, party_name
from ..models import Clause
from ..services import amendments, clause_page, comments, positions, translation, visits
from ..services import divergence as divergence_service
from ..services import documents as documents_service
from ..services.actors import actor_of
from ..services.mail_render import EVENT_NAMES

bp = Blueprint("review", __name__)

#: Reason codes of an amendment that cannot be adopted yet, for the page.
UNMET_NAMES = {
    "not_open": _l("the amendment is closed"),
    "translation_pending": _l("translation pending"),
    "no_position": _l("no position yet from %(party)s"),
    "not_accepted": _l("not accepted by %(party)s"),
    "machine_draft": _l("a text is an unconfirmed machine draft"),
    "base_outdated": _l("written against an older text of the clause (conflict)"),
}
POSITION_NAMES = {"accept": _l("accept"), "reject": _l("reject"), "counter": _l("counter-proposal")}
AMENDMENT_STATUS_NAMES = {
    "open": _l("open"),
    "adopted": _l("adopted"),
    "superseded": _l("superseded"),
    "withdrawn": _l("withdrawn"),
}
COMMENT_STATUS_NAMES = {"open": _l("open"), "resolved": _l("resolved")}
ACTION_NAMES = {"modify": _l("change of text"), "insert": _l("new clause"), "delete": _l("deletion")}
COMMENT_LANG_NAMES = {"en": _l("English version"), "fr": _l("French version"), "both": _l("both versions")}
#: What a comment is about, as a whole phrase: French needs « la version » but « les deux versions ».
COMMENT_ABOUT = {
    "en": _l("about the English version"),
    "fr": _l("about the French version"),
    "both": _l("about both versions"),
}

_TAG = re.compile(r"<(ins|del)((?: class=\"ws\")?)>")


def accessible_redline(html: str | None) -> Markup:
    """Add screen-reader words to a redline, so a change reads without colour or strike-through."""
    if not html:
        return Markup("")
    words = {"ins": gettext("[inserted]"), "del": gettext("[deleted]")}
    ends = {"ins": gettext("[end of insertion]"), "del": gettext("[end of deletion]")}
    marked = _TAG.sub(lambda m: f'<{m[1]}{m[2]}><span class="sr-only">{words[m[1]]} </span>', html)
    marked = re.sub(r"</(ins|del)>", lambda m: f'<span class="sr-only"> {ends[m[1]]}</span></{m[1]}>', marked)
    # The domain escaped the texts; only the tags above are markup.
    return Markup(marked)


def unmet_name(code: str) -> str:
    """Return a readable reason why an amendment cannot be adopted yet."""
    name, _, party = code.partition(":")
    if not party:
        return str(UNMET_NAMES.get(name, name))
    return str(UNMET_NAMES.get(name, name)) % {"party": party_name(party)}


def _may(action: str, **ctx: Any) -> bool:
    return can(actor_of(current_user), Action(action), **ctx)


@bp.app_context_processor
def _review_names() -> dict[str, Any]:
    return {
        "sr_redline": accessible_redline,
        "unmet_name": unmet_name,
        "position_name": lambda code: str(POSITION_NAMES.get(code, code)),
        "amendment_status_name": lambda code: str(AMENDMENT_STATUS_NAMES.get(code, code)),
        "comment_status_name": lambda code: str(COMMENT_STATUS_NAMES.get(code, code)),
        "amendment_action_name": lambda code: str(ACTION_NAMES.get(code, code)),
        "comment_lang_name": lambda code: str(COMMENT_LANG_NAMES.get(code, code)),
        "comment_about": lambda code: str(COMMENT_ABOUT.get(code, code)),
    }


def _int(name: str) -> int | None:
    try:
        return int(request.form.get(name, ""))
    except ValueError:
        return None


def _base() -> dict[str, Any]:
    return {str(lang): request.form.get(f"base_{lang}") for lang in Lang}


def _render_clause(clause_id: int, status: int = 200, conflict: dict[str, Any] | None = None, form=None):
    detail = clause_page.clause_detail(db.session, clause_id)
    document_status = DocumentStatus(detail.view.document.status)
    # The clause's divergence findings, open first, then those waived (with who and when).
    findings = divergence_service.clause_findings(db.session, detail.view, clause_id)
    findings.sort(key=lambda item: item.waived)
    return render_template(
        "review/clause.html",
        findings=findings,
        may_waive=_may(Action.WAIVE_FINDING, document_status=document_status),
        detail=detail,
        view=detail.view,
        row=detail.row,
        conflict=conflict,
        form=form or {},
        may=lambda action, **ctx: _may(action, document_status=document_status, **ctx),
        party_codes=PARTY_CODES,
        kinds=list(ClauseKind),
    ), status


def _done(clause_id: int, message: str, anchor: str = ""):
    flash(message, "info")
    return redirect(url_for("review.clause", clause_id=clause_id, _anchor=anchor or None))


def _failed(exc: MouReviewError, clause_id: int, mine: dict[str, str] | None = None):
    """Re-render the clause page with the error; a conflict shows the current text beside the user's."""
    db.session.rollback()
    flash(message_for(exc), "error")
    conflict = None
    if "current_text" in exc.details:
        conflict = {
            "theirs": exc.details["current_text"],
            "mine": mine or {},
            "lang": exc.details.get("lang"),
        }
    return _render_clause(clause_id, exc.http_status, conflict, form=request.form)


@bp.route("/clauses/<int:clause_id>/review")
def clause(clause_id: int):
    """Show a clause with its comment threads, amendments (as redlines), positions and history."""
    return _render_clause(clause_id)


@bp.post("/clauses/<int:clause_id>/comments")
def add_comment(clause_id: int):
    """Add a comment, or a reply to a thread."""
    try:
        comment = comments.add_comment(
            db.session,
            current_user,
            clause_id,
            request.form.get("lang", ""),
            request.form.get("body", ""),
            parent_id=_int("parent_id"),
            base=_base(),
        )
    except MouReviewError as exc:
        return _failed(exc, clause_id)
    return _done(clause_id, gettext("Your comment was added."), f"comment-{comment.id}")


def _comment_clause(comment_id: int) -> int:
    return comments.get_comment(db.session, comment_id).clause_id


@bp.post("/comments/<int:comment_id>/edit")
def edit_comment(comment_id: int):
    """Save a new text of one's own comment (the earlier text is kept)."""
    clause_id = _comment_clause(comment_id)
    try:
        comments.edit_comment(
            db.session,
            current_user,
            comment_id,
            request.form.get("body", ""),
            revision=request.form.get("revision"),
        )
    except MouReviewError as exc:
        return _failed(exc, clause_id, {"comment": request.form.get("body", "")})
    return _done(
        clause_id, gettext("Your comment was updated; the earlier text is kept."), f"comment-{comment_id}"
    )


@bp.post("/comments/<int:comment_id>/<any(resolve, reopen):change>")
def comment_status(comment_id: int, change: str):
    """Resolve or reopen a comment thread."""
    clause_id = _comment_clause(comment_id)
    function = comments.resolve_comment if change == "resolve" else comments.reopen_comment
    try:
        function(db.session, current_user, comment_id, revision=request.form.get("revision"))
    except MouReviewError as exc:
        return _failed(exc, clause_id)
    message = (
        gettext("The comment is resolved.") if change == "resolve" else gettext("The comment is open again.")
    )
    return _done(clause_id, message, f"comment-{comment_id}")


@bp.post("/clauses/<int:clause_id>/amendments")
def propose(clause_id: int):
    """Propose an amendment: a new text, a new clause after this one, or the deletion of this one."""
    form = request.form
    try:
        amendment = amendments.propose_amendment(
            db.session,
            current_user,
            clause_id,
            action=form.get("action", "modify"),
            en=form.get("en"),
            fr=form.get("fr"),
            rationale=form.get("rationale", ""),
            base=_base(),
            keep_unchanged=form.get("keep_unchanged") == "1",
            kind=form.get("kind"),
            level=form.get("level"),
            machine=translation.drafts_from_form(db.session, current_app.config, form),
        )
    except MouReviewError as exc:
        return _failed(exc, clause_id, {"en": form.get("en", ""), "fr": form.get("fr", "")})
    return _done(clause_id, gettext("Your amendment was proposed."), f"amendment-{amendment.id}")


def _amendment_clause(amendment_id: int) -> int:
    return amendments.get_amendment(db.session, amendment_id).clause_id


@bp.post("/amendments/<int:amendment_id>/texts")
def add_text(amendment_id: int):
    """Add the missing language of an amendment, or a new wording of its party's text."""
    clause_id = _amendment_clause(amendment_id)
    lang = request.form.get("lang", "")
    amendment = amendments.get_amendment(db.session, amendment_id)
    standing = sorted(positions.current_positions(db.session, [amendment]).get(amendment_id, {}))
    try:
        machine = translation.drafts_from_form(db.session, current_app.config, request.form).get(lang)
        amendments.add_amendment_text(
            db.session,
            current_user,
            amendment_id,
            lang,
            request.form.get("text", ""),
            revision=request.form.get("revision"),
            machine=machine,
        )
    except MouReviewError as exc:
        return _failed(exc, clause_id, {lang: request.form.get("text", "")})
    if standing:
        # Positions were taken on the text as it was: say so, never void them silently.
        flash(
            gettext(
                "The position %(of_parties)s was taken on the earlier text and no longer counts: "
                "each party takes a position on the text as it now stands.",
                of_parties=parties_of(standing),
            ),
            "warning",
        )
    return _done(clause_id, gettext("The text of the amendment was saved."), f"amendment-{amendment_id}")


@bp.post("/amendments/<int:amendment_id>/positions")
def position(amendment_id: int):
    """Record the user's party's position on the amendment."""
    clause_id = _amendment_clause(amendment_id)
    form = request.form
    try:
        positions.take_position(
            db.session,
            current_user,
            amendment_id,
            form.get("position", ""),
            form.get("note", ""),
            revision=form.get("revision"),
            party_code=form.get("party") or None,
            counter_en=form.get("counter_en"),
            counter_fr=form.get("counter_fr"),
        )
    except MouReviewError as exc:
        return _failed(exc, clause_id)
    return _done(clause_id, gettext("Your party's position was recorded."), f"amendment-{amendment_id}")


@bp.post("/amendments/<int:amendment_id>/adopt")
def adopt(amendment_id: int):
    """Adopt an amendment both parties accepted."""
    clause_id = _amendment_clause(amendment_id)
    try:
        amendment = positions.adopt_amendment(db.session, current_user, amendment_id, base=_base())
    except MouReviewError as exc:
        db.session.rollback()
        texts = amendments.amendment_texts(db.session, amendment_id)
        return _failed(exc, clause_id, {str(lang): text or "" for lang, text in texts.items()})
    flash(gettext("The amendment was adopted: the clause has new versions in both languages."), "info")
    target = db.session.get(Clause, amendment.result_clause_id or clause_id)
    return redirect(url_for("documents.show", slug=target.document.slug, _anchor=f"c{target.id}"))


@bp.post("/amendments/<int:amendment_id>/withdraw")
def withdraw(amendment_id: int):
    """Withdraw one's party's amendment."""
    clause_id = _amendment_clause(amendment_id)
    try:
        amendments.withdraw_amendment(db.session, current_user, amendment_id)
    except MouReviewError as exc:
        return _failed(exc, clause_id)
    return _done(clause_id, gettext("The amendment was withdrawn."), f"amendment-{amendment_id}")


@bp.route("/documents/<slug>/since")
def since(slug: str):
    """List what others changed in the document since the user's last visit, with filters."""
    document = documents_service.get_document(db.session, slug)
    view = documents_service.load_view(db.session, document)
    moment = visits.last_visit(db.session, current_user, document)
    filters = {key: request.args.get(key) or None for key in ("party", "lang", "status")}
    if filters["lang"] not in (None, "en", "fr"):
        filters["lang"] = None
    if filters["status"] not in (None, *visits.CHANGE_STATUSES):
        filters["status"] = None
    changes = visits.changes_since(db.session, document, current_user, moment, view=view, **filters)
    return render_template(
        "review/since.html",
        view=view,
        since=moment,
        changes=changes,
        filters=filters,
        party_codes=PARTY_CODES + ("ICMPD",),
        statuses=visits.CHANGE_STATUSES,
        event_name=lambda action: str(EVENT_NAMES.get(action, action)),
    )
