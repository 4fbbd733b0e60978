"""Notifications in the browser: calendar files, moving and cancelling a session, circulating the
minutes, action points done, each user's address and preference, and the outbox for the facilitator.

Nothing here sends mail: the services queue it in the change's transaction and
the sender process delivers it.  A failure to deliver is shown on the outbox
page only, never to the person whose action caused the notice.
"""

from __future__ import annotations

from flask import (
    Blueprint,
    Response,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import func, select

from ..domain.errors import N_, MouReviewError, NotFound, PermissionDenied
from ..domain.permissions import Action, can, require
from ..errors import message_for
from ..extensions import db
from ..models import Decision, MailMessage, User
from ..services import mailer, notifications
from ..services import sessions as sessions_service
from ..services.actors import actor_of
from . import admin
from .nav import nav_entry

bp = Blueprint("notifications", __name__)
admin.PANELS.append("notifications/_admin_panel.html")

PREFERENCE_NAMES = {
    "immediate": _l("each notice at once"),
    "digest": _l("a daily digest"),
    "none": _l("none (invitations and minutes still come)"),
}
KIND_NAMES = {
    "invitation": _l("invitation"),
    "cancellation": _l("cancellation"),
    "minutes_shared": _l("minutes for the Chair and co-Chair"),
    "minutes_circulated": _l("minutes for approval"),
    "mention": _l("mention"),
    "amendment_proposed": _l("amendment proposed"),
    "position_taken": _l("position taken"),
    "amendment_adopted": _l("amendment adopted"),
    "action_assigned": _l("action point"),
    "action_reminder": _l("action point reminder"),
    "digest": _l("daily digest"),
}
MAIL_STATUS_NAMES = {
    "pending": _l("waiting to be sent"),
    "digest": _l("kept for the digest"),
    "digested": _l("sent in a digest"),
    "sent": _l("sent"),
    "failed": _l("refused"),
}


@bp.app_template_global()
def preference_name(code: str) -> str:
    """Return a notification preference in the interface language."""
    return str(PREFERENCE_NAMES.get(code, code))


@bp.app_template_global()
def action_points(review) -> list[Decision]:
    """Return a session's action points in the order they were decided."""
    return list(
        db.session.scalars(
            select(Decision)
            .where(Decision.session_id == review.id, Decision.kind == "action")
            .order_by(Decision.id)
        )
    )


@bp.app_template_global()
def people_for_actions() -> list[User]:
    """Return the active users an action point can be given to, by user name."""
    return list(db.session.scalars(select(User).where(User.active.is_(True)).order_by(User.username)))


def _reads_outbox() -> bool:
    return can(actor_of(current_user), Action.RUN_SESSION) or can(actor_of(current_user), Action.MANAGE_USERS)


@nav_entry
def _outbox_link() -> dict[str, str] | None:
    """Show the Outbox link to the facilitator and the administrator."""
    if current_user.is_authenticated and _reads_outbox():
        return {"url": url_for("notifications.outbox"), "label": gettext("Outbox")}
    return None


# --- sessions -------------------------------------------------------------------------------------


@bp.get("/sessions/<int:session_id>.ics")
def session_ics(session_id: int):
    """Download the session as a calendar file (the same UID and sequence as the e-mailed invitation)."""
    review = sessions_service.get_review_session(db.session, session_id)
    data = sessions_service.presenter(db.session, review)
    lang = "fr" if current_user.ui_lang == "fr" else "en"
    from ..domain.types import Lang

    agenda = [row.ref(Lang(lang)) for row in data.agenda]
    body = sessions_service.session_calendar(
        review,
        agenda=agenda,
        url=url_for("sessions.show", session_id=review.id, _external=True),
        organiser=notifications.address_of(notifications.sender()),
    )
    return Response(
        body,
        mimetype="text/calendar",
        headers={"Content-Disposition": f'attachment; filename="session-{review.id}.ics"'},
    )


@bp.post("/sessions/<int:session_id>/reschedule")
def reschedule(session_id: int):
    """Move a session; everyone gets the updated invitation."""
    form = request.form
    sessions_service.reschedule_session(
        db.session,
        current_user,
        session_id,
        starts_at=form.get("starts_at", ""),
        title=form.get("title"),
        call_link=form.get("call_link"),
    )
    flash(gettext("Session moved. Everyone will receive the updated invitation."), "info")
    return redirect(url_for("sessions.show", session_id=session_id))


@bp.post("/sessions/<int:session_id>/cancel")
def cancel(session_id: int):
    """Cancel a session; everyone's calendar gets the cancellation."""
    sessions_service.cancel_session(db.session, current_user, session_id)
    flash(gettext("Session cancelled. Everyone will be told."), "info")
    return redirect(url_for("sessions.show", session_id=session_id))


@bp.post("/sessions/<int:session_id>/minutes/circulate")
def circulate(session_id: int):
    """Circulate the shared minutes to every member for approval."""
    sessions_service.circulate_minutes(db.session, current_user, session_id)
    flash(gettext("The minutes are circulated to the members for approval."), "info")
    return redirect(url_for("sessions.minutes", session_id=session_id))


@bp.post("/actions/<int:decision_id>/done")
def action_done(decision_id: int):
    """Mark an action point as done (no reminder will be sent)."""
    decision = sessions_service.complete_action(db.session, current_user, decision_id)
    flash(gettext("Action point marked as done."), "info")
    return redirect(url_for("sessions.minutes", session_id=decision.session_id))


@bp.get("/mentions.json")
def mention_candidates():
    """Return up to 8 active users whose user name or name contains the typed text (for @mentions)."""
    typed = (request.args.get("q") or "").strip().lower()[:40]
    if not typed:
        return jsonify([])
    pattern = f"%{typed.replace('%', '')}%"
    people = db.session.scalars(
        select(User)
        .where(
            User.active.is_(True),
            (func.lower(User.username).like(pattern)) | (func.lower(User.display_name).like(pattern)),
        )
        .order_by(User.username)
        .limit(8)
    )
    return jsonify([{"username": u.username, "name": u.display_name, "party": u.party.code} for u in people])


# --- addresses and preferences ---------------------------------------------------------------------


@bp.post("/account/notifications")
def account_notifications():
    """Save the signed-in user's address and how they want notices."""
    try:
        notifications.set_address(db.session, current_user, request.form.get("email", ""))
        notifications.set_preference(db.session, current_user, request.form.get("notify", "immediate"))
    except MouReviewError as error:
        db.session.rollback()
        flash(message_for(error), "error")
    else:
        flash(gettext("Your notification settings are saved."), "info")
    return redirect(url_for("auth.account"))


@bp.post("/admin/users/<int:user_id>/email")
def user_email(user_id: int):
    """Set a user's address and preference (administrator)."""
    require(actor_of(current_user), Action.MANAGE_USERS)
    user = db.session.get(User, user_id)
    if user is None:
        raise NotFound(N_("This page does not exist."))
    try:
        notifications.set_address(db.session, user, request.form.get("email", ""), actor=current_user)
        if request.form.get("notify"):
            notifications.set_preference(db.session, user, request.form["notify"], actor=current_user)
    except MouReviewError as error:
        db.session.rollback()
        flash(message_for(error), "error")
    else:
        flash(gettext("Notification settings of %(name)s saved.", name=user.username), "info")
    return redirect(url_for("admin.index", _anchor="notification-addresses"))


# --- the outbox ----------------------------------------------------------------------------------------


def _require_outbox() -> None:
    if not _reads_outbox():
        raise PermissionDenied(N_("Your role does not allow this action."), reason="role_not_allowed")


@bp.get("/admin/outbox")
def outbox():
    """List the latest messages with their state and any failure (facilitator, administrator)."""
    _require_outbox()
    status = request.args.get("status") or None
    query = (
        select(MailMessage)
        .where(MailMessage.recipient_id.is_not(None))  # events are not messages: they become them
        .order_by(MailMessage.id.desc())
        .limit(300)
    )
    if status in MAIL_STATUS_NAMES:
        query = query.where(MailMessage.status == status)
    return render_template(
        "notifications/outbox.html",
        messages=db.session.scalars(query).all(),
        summary=mailer.queue_status(db.session),
        transport=mailer.transport_for(current_app).describe(),
        status=status,
        status_names=MAIL_STATUS_NAMES,
        kind_names=KIND_NAMES,
    )


def _message(message_id: int) -> MailMessage:
    _require_outbox()
    message = db.session.get(MailMessage, message_id)
    if message is None:
        raise NotFound(N_("No message has the number %(id)s."), id=message_id)
    return message


@bp.get("/admin/outbox/<int:message_id>")
def outbox_message(message_id: int):
    """Show one message as its recipient reads it (plain text), its headers and attachments."""
    message = _message(message_id)
    parsed = mailer.parse(message) if message.raw else None
    text = parsed.get_body(("plain",)).get_content() if parsed is not None else ""
    files = [part.get_filename() for part in parsed.iter_attachments()] if parsed is not None else []
    return render_template(
        "notifications/message.html",
        message=message,
        parsed=parsed,
        text=text,
        files=files,
        status_names=MAIL_STATUS_NAMES,
        kind_names=KIND_NAMES,
    )


@bp.get("/admin/outbox/<int:message_id>.eml")
def outbox_eml(message_id: int):
    """Download one message as an .eml file."""
    message = _message(message_id)
    if not message.raw:
        raise NotFound(N_("This message has not been written yet."))
    return Response(
        message.raw,
        mimetype="message/rfc822",
        headers={"Content-Disposition": f'attachment; filename="{mailer.outbox_name(message)}"'},
    )


@bp.post("/admin/outbox/<int:message_id>/retry")
def outbox_retry(message_id: int):
    """Put a refused message back in the queue."""
    _message(message_id)
    mailer.retry_message(db.session, message_id, actor=current_user)
    flash(gettext("The message is queued again."), "info")
    return redirect(url_for("notifications.outbox"))
