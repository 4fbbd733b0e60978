"""Review sessions in the browser: presenter mode, decisions, attendance, minutes, sign-off and readiness.

Participants follow the facilitator with ``static/follow.js``: it polls
``/sessions/<id>/state`` with ``If-None-Match`` and, when the ETag changes,
fetches the panel fragment (``/sessions/<id>/panel``) and swaps it in.  The
ETag comes from the database, so any worker process answers alike.
"""

from __future__ import annotations

from flask import Blueprint, Response, flash, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext, ngettext
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from ..domain.errors import N_, NotFound, VersionConflict
from ..domain.minutes import TRANSITIONS, DeadlineState, DecisionKind
from ..domain.permissions import Action, can
from ..domain.types import DocumentStatus, Lang
from ..errors import message_for
from ..extensions import db
from ..i18n import capitalised, party_name
from ..models import Party
from ..services import divergence as divergence_service
from ..services import documents as documents_service
from ..services import sessions as service
from ..services import signoff as signoff_service
from ..services.actors import actor_of

bp = Blueprint("sessions", __name__)

DECISION_NAMES = {
    "agreed": _l("agreed as it stands"),
    "agreed_with_amendment": _l("agreed with an amendment"),
    "deferred": _l("deferred"),
    "action": _l("action point"),
}
DEADLINE_NAMES = {
    DeadlineState.DUE: _l("due"),
    DeadlineState.OVERDUE: _l("overdue: the deadline has passed and the minutes are not shared"),
    DeadlineState.SHARED: _l("shared in time"),
    DeadlineState.SHARED_LATE: _l("shared after the deadline"),
    DeadlineState.SHARED_EARLY: _l("shared before the meeting took place"),
}
UNMET_NAMES = {
    "not_signed_off": _l("%(party)s has not signed off the current text of: %(numbers)s"),
    "open_amendments": _l("Amendments are still open on: %(numbers)s"),
    "unwaived_errors": _l("Error-level divergence findings are not waived on: %(numbers)s"),
}


@bp.app_template_global()
def unmet_text(unmet) -> str:
    """Return an unmet condition for "agreed" as a sentence in the interface language."""
    numbers = [n for n in unmet.numbers if n and n != "§"]
    unnumbered = len(unmet.numbers) - len(numbers)
    shown = ", ".join(numbers[:LISTED])
    hidden = len(numbers) - LISTED if len(numbers) > LISTED else 0
    if hidden or unnumbered:
        shown += " " + ngettext("(and %(num)d more)", "(and %(num)d more)", hidden + unnumbered)
    party = party_name(unmet.party) if unmet.party else ""
    return capitalised(str(UNMET_NAMES.get(unmet.code, unmet.code)) % {"party": party, "numbers": shown})


#: How many clause numbers an unmet condition lists before it counts the rest.
LISTED = 12


def _runs(document) -> bool:
    return can(actor_of(current_user), Action.RUN_SESSION, document_status=DocumentStatus(document.status))


def _facilitates() -> bool:
    return can(actor_of(current_user), Action.RUN_SESSION)


# --- sessions of a document ------------------------------------------------------------


@bp.route("/documents/<slug>/sessions", methods=("GET", "POST"))
def index(slug: str):
    """List a document's review sessions; the facilitator creates one."""
    document = documents_service.get_document(db.session, slug)
    if request.method == "POST":
        form = request.form
        agenda = "auto" if form.get("agenda_mode") == "auto" else form.getlist("agenda")
        review = service.create_session(
            db.session,
            current_user,
            slug,
            title=form.get("title", ""),
            starts_at=form.get("starts_at", ""),
            agenda=agenda,
            call_link=form.get("call_link", ""),
            next_meeting=form.get("next_meeting", ""),
        )
        flash(gettext("Session created."), "info")
        return redirect(url_for("sessions.show", session_id=review.id))
    view = documents_service.load_view(db.session, document)
    return render_template(
        "sessions/index.html",
        document=document,
        view=view,
        sessions=service.list_sessions(db.session, document),
        can_run=_runs(document),
    )


def _session_page(session_id: int):
    review = service.get_review_session(db.session, session_id)
    data = service.presenter(db.session, review)
    document = data.view.document
    findings = []
    if data.current is not None:
        # Every open finding of the clause under discussion: warnings are what the meeting is for.
        findings = [
            item
            for item in divergence_service.document_findings(db.session, document).for_clause(data.current.id)
            if not item.waived
        ]
    parties = list(db.session.scalars(db.select(Party).order_by(Party.id)))
    return (
        review,
        data,
        {
            "review": review,
            "p": data,
            "document": document,
            "can_run": _runs(document),
            # The facilitator whose controls are gone because of the document's status is told why.
            "closed_by_status": _facilitates() and not _runs(document),
            "findings": findings,
            "parties": parties,
            "decision_names": DECISION_NAMES,
            "decision_kinds": list(DecisionKind),
            "etag": service.etag(review.id, review.state_version),
        },
    )


@bp.route("/sessions/<int:session_id>")
def show(session_id: int):
    """Show the session: the current clause large; participants follow the facilitator."""
    review = service.get_review_session(db.session, session_id)
    service.join(db.session, current_user, review)  # attendance, once per user
    _review, data, context = _session_page(session_id)
    pending = service.pending_approval(db.session, review) if context["can_run"] else []
    return render_template("sessions/show.html", pending=pending, **context)


@bp.route("/sessions/<int:session_id>/panel")
def panel(session_id: int):
    """Return the live part of the session page (agenda, current clause, decisions) as a fragment."""
    _review, _data, context = _session_page(session_id)
    return render_template("sessions/_panel.html", **context)


def state_response(session_id: int) -> Response:
    """Answer a state poll: 304 with no body when the ETag matches, else the JSON state."""
    version = service.state_version(db.session, session_id)
    if version is None:
        raise NotFound(N_("No review session has the number %(id)s."), id=session_id)
    tag = service.etag(session_id, version)
    if request.if_none_match.contains(tag):
        response = Response(status=304)
    else:
        response = jsonify(service.state(db.session, service.get_review_session(db.session, session_id)))
    response.set_etag(tag)
    response.headers["Cache-Control"] = "no-store"  # the browser sends If-None-Match itself (follow.js)
    return response


@bp.route("/sessions/<int:session_id>/state")
def state(session_id: int):
    """Return the session's state for followers (ETag / 304)."""
    return state_response(session_id)


@bp.post("/sessions/<int:session_id>/advance")
def advance(session_id: int):
    """Move the session to a clause of the agenda, or to the next one."""
    service.advance(db.session, current_user, session_id, request.form.get("to") or None)
    return redirect(url_for("sessions.show", session_id=session_id))


@bp.post("/sessions/<int:session_id>/decisions")
def decide(session_id: int):
    """Record a decision on the current agenda item."""
    form = request.form
    base = {lang: form.get(f"base_{lang}") for lang in ("en", "fr") if form.get(f"base_{lang}")}
    service.record_decision(
        db.session,
        current_user,
        session_id,
        form.get("clause_id"),
        form.get("decision", ""),
        note=form.get("note", ""),
        amendment_id=form.get("amendment_id") or None,
        base=base or None,
        owner_party=form.get("owner_party") or None,
        owner_person=form.get("owner_person", ""),
        due_on=form.get("due_on") or None,
    )
    flash(gettext("Decision recorded."), "info")
    return redirect(url_for("sessions.show", session_id=session_id))


@bp.post("/sessions/<int:session_id>/attendees")
def add_attendee(session_id: int):
    """Add a participant who is on the call without having opened the page."""
    form = request.form
    service.add_attendee(
        db.session,
        current_user,
        session_id,
        form.get("name", ""),
        form.get("organisation", ""),
        form.get("party") or None,
    )
    flash(gettext("Participant added."), "info")
    return redirect(url_for("sessions.minutes", session_id=session_id))


@bp.post("/sessions/<int:session_id>/next-meeting")
def next_meeting(session_id: int):
    """Record the next meeting's date or arrangements."""
    service.update_next_meeting(db.session, current_user, session_id, request.form.get("next_meeting", ""))
    return redirect(url_for("sessions.minutes", session_id=session_id))


# --- minutes -------------------------------------------------------------------------------


@bp.route("/sessions/<int:session_id>/minutes")
def minutes(session_id: int):
    """Show the minutes in English and French, the 3-day deadline, and the facilitator's editing forms."""
    return _render_minutes(session_id)


def _render_minutes(session_id: int, conflict: dict | None = None, status: int = 200):
    review = service.get_review_session(db.session, session_id)
    document = service.document_of(db.session, review)
    due, state_ = service.deadline(review)
    texts = {lang: service.minutes_text(db.session, review, lang) for lang in Lang}
    later = [
        s
        for s in service.list_sessions(db.session, document)
        if service.aware(s.starts_at) > service.aware(review.starts_at)
    ]
    approved_in = (
        db.session.get(type(review), review.minutes_approved_in_id) if review.minutes_approved_in_id else None
    )
    return render_template(
        "sessions/minutes.html",
        review=review,
        document=document,
        due=due,
        deadline_state=state_,
        deadline_name=DEADLINE_NAMES[state_],
        texts=texts,
        can_edit=_facilitates(),
        attendees=service.attendees(db.session, review),
        later=later,
        approved_in=approved_in,
        parties=list(db.session.scalars(db.select(Party).order_by(Party.id))),
        conflict=conflict,
        started=service.has_started(review),
        gaps=service.minutes_gaps(db.session, review),
    ), status


def _lang(code: str) -> Lang:
    try:
        return Lang(code)
    except ValueError:
        raise NotFound(N_("This page does not exist.")) from None


@bp.post("/sessions/<int:session_id>/minutes/<lang>")
def save_minutes(session_id: int, lang: str):
    """Save an edited version of the minutes in one language; on a conflict show both texts."""
    language = _lang(lang)
    body = request.form.get("body", "")
    try:
        service.save_minutes(
            db.session, current_user, session_id, language, body, base_number=request.form.get("base", "0")
        )
    except VersionConflict as conflict:
        db.session.rollback()
        flash(message_for(conflict), "error")
        theirs = conflict.details.get("current_text", "")
        return _render_minutes(session_id, {"lang": str(language), "mine": body, "theirs": theirs}, 409)
    flash(gettext("Minutes saved as a new version."), "info")
    return redirect(url_for("sessions.minutes", session_id=session_id))


@bp.get("/sessions/<int:session_id>/minutes/<lang>.docx")
def minutes_docx(session_id: int, lang: str):
    """Download the minutes in one language as DOCX."""
    language = _lang(lang)
    review = service.get_review_session(db.session, session_id)
    data = service.minutes_docx_bytes(db.session, review, language)
    name = f"minutes-{review.id}-{language}.docx"
    return Response(
        data,
        mimetype="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@bp.post("/sessions/<int:session_id>/minutes/share")
def share_minutes(session_id: int):
    """Mark the minutes shared with both parties."""
    service.share_minutes(db.session, current_user, session_id)
    flash(gettext("The minutes are marked as shared."), "info")
    return redirect(url_for("sessions.minutes", session_id=session_id))


@bp.post("/sessions/<int:session_id>/minutes/approve")
def approve_minutes(session_id: int):
    """Record that a later session approved these minutes."""
    service.approve_minutes(db.session, current_user, session_id, request.form.get("in_session"))
    flash(gettext("The minutes are recorded as approved."), "info")
    return redirect(request.referrer or url_for("sessions.minutes", session_id=session_id))


# --- sign-off, readiness and status ---------------------------------------------------------------


@bp.route("/documents/<slug>/readiness")
def readiness(slug: str):
    """Show, per clause, the sign-offs, open amendments, comments and findings, and what blocks "agreed"."""
    document = documents_service.get_document(db.session, slug)
    ready = signoff_service.readiness(db.session, document)
    view = documents_service.load_view(db.session, document)
    actor = actor_of(current_user)
    status = DocumentStatus(document.status)
    can_sign = can(actor, Action.SIGN_OFF, owner_party=current_user.party.code, document_status=status)
    # What one click may sign off: clauses the lead's party has not signed, with nothing open that blocks.
    todo = [
        c
        for c in ready.clauses
        if can_sign
        and not c.signed(current_user.party.code)
        and not c.open_amendments
        and not c.unwaived_errors
    ]
    return render_template(
        "sessions/readiness.html",
        document=document,
        ready=ready,
        todo=todo,
        view=view,
        can_sign=can_sign,
        can_status=can(actor, Action.CHANGE_STATUS, document_status=status),
        # Only the moves the status rules allow from here ("in review" never offers "signed").
        statuses=[s for s in DocumentStatus if s in TRANSITIONS[status]],
    )


@bp.post("/clauses/<int:clause_id>/signoff")
def sign_off(clause_id: int):
    """Sign off a clause's current texts for the lead's party."""
    base = {
        lang: request.form.get(f"base_{lang}") for lang in ("en", "fr") if request.form.get(f"base_{lang}")
    }
    signoff_service.sign_off(db.session, current_user, clause_id, base or None)
    clause = documents_service.get_clause(db.session, clause_id)
    flash(gettext("Clause signed off."), "info")
    return redirect(url_for("sessions.readiness", slug=clause.document.slug, _anchor=f"r{clause_id}"))


@bp.post("/documents/<slug>/signoff")
def sign_off_many(slug: str):
    """Sign off every chosen clause at once (all or none), at the versions the lead read."""
    bases = {}
    for value in request.form.getlist("clause"):
        if value.isdigit():
            clause_id = int(value)
            bases[clause_id] = {
                lang: request.form.get(f"base_{lang}_{clause_id}")
                for lang in ("en", "fr")
                if request.form.get(f"base_{lang}_{clause_id}")
            }
    records = signoff_service.sign_off_many(db.session, current_user, slug, bases)
    flash(ngettext("%(num)d clause signed off.", "%(num)d clauses signed off.", len(records)), "info")
    return redirect(url_for("sessions.readiness", slug=slug))


@bp.post("/documents/<slug>/status")
def change_status(slug: str):
    """Move the document to another status."""
    form = request.form
    signoff_service.change_status(
        db.session,
        current_user,
        slug,
        form.get("status", ""),
        place=form.get("place", ""),
        signed_on=form.get("signed_on") or None,
    )
    flash(gettext("Status changed."), "info")
    return redirect(url_for("sessions.readiness", slug=slug))
