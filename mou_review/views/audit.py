"""The audit log page: the facilitator and both legal leads read and download the trail."""

from __future__ import annotations

import io
from datetime import date

from flask import Blueprint, Response, render_template, request, url_for
from flask_babel import gettext
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import select

from ..domain.permissions import Action, can, require
from ..extensions import db
from ..models import Document, Party, User
from ..services import audit as service
from ..services.actors import actor_of
from .nav import nav_entry

bp = Blueprint("audit", __name__, url_prefix="/audit")

PAGE_SIZE = 100

#: What each action means, in the interface language; an action without a name shows its code.
ACTION_NAMES = {
    "amendment.adopt": _l("amendment adopted"),
    "amendment.position": _l("position taken on an amendment"),
    "amendment.propose": _l("amendment proposed"),
    "amendment.text": _l("amendment text changed"),
    "amendment.withdraw": _l("amendment withdrawn"),
    "clause.edit": _l("clause text edited"),
    "clause.signoff": _l("clause signed off"),
    "comment.create": _l("comment added"),
    "comment.edit": _l("comment edited"),
    "comment.reopen": _l("comment reopened"),
    "comment.resolve": _l("comment resolved"),
    "document.create": _l("document created"),
    "document.import": _l("document imported from Word"),
    "document.status": _l("document status changed"),
    "finding.waive": _l("divergence finding waived"),
    "glossary.add": _l("glossary term added"),
    "glossary.replace": _l("glossary term changed"),
    "glossary.retire": _l("glossary term removed"),
    "minutes.approve": _l("minutes approved"),
    "minutes.edit": _l("minutes edited"),
    "minutes.share": _l("minutes shared"),
    "session.advance": _l("session moved to another clause"),
    "session.attendee": _l("participant recorded"),
    "session.create": _l("review session planned"),
    "session.decision": _l("decision recorded"),
    "session.next_meeting": _l("next meeting set"),
    "snapshot.take": _l("snapshot taken"),
    "token.create": _l("API token created"),
    "translation.install": _l("translation model installed"),
    "translation.remove": _l("translation model removed"),
    "user.create": _l("user account created"),
    "user.login": _l("signed in"),
    "user.set_password": _l("password changed"),
}


def action_name(code: str) -> str:
    """Return an action's name in the interface language (its code when it has none)."""
    return str(ACTION_NAMES.get(code, code))


@nav_entry
def _audit_link() -> dict[str, str] | None:
    """Show the Audit log link to the facilitator and the legal leads."""
    if can(actor_of(current_user), Action.VIEW_AUDIT_LOG):
        return {"url": url_for("audit.index"), "label": gettext("Audit log")}
    return None


def _int(name: str) -> int | None:
    value = request.args.get(name, "")
    return int(value) if value.isdigit() else None


def _date(name: str) -> date | None:
    try:
        return date.fromisoformat(request.args.get(name, "").strip())
    except ValueError:
        return None


def _filter() -> service.AuditFilter:
    return service.AuditFilter(
        document_id=_int("document"),
        user_id=_int("person"),
        party_id=_int("party"),
        action=request.args.get("action") or None,
        since=_date("since"),
        until=_date("until"),
    )


def _query_args() -> dict[str, str]:
    keys = ("document", "person", "party", "action", "since", "until")
    return {k: request.args[k] for k in keys if request.args.get(k)}


@bp.get("/")
def index():
    """Show the trail, newest first, filtered by document, person, party, action and dates."""
    require(actor_of(current_user), Action.VIEW_AUDIT_LOG)
    where = _filter()
    rows = service.events(db.session, where, limit=PAGE_SIZE + 1, before_id=_int("before"))
    older = rows[PAGE_SIZE].id + 1 if len(rows) > PAGE_SIZE else None
    rows = rows[:PAGE_SIZE]
    documents = db.session.scalars(select(Document).order_by(Document.id)).all()
    return render_template(
        "audit/index.html",
        rows=rows,
        where=where,
        args=_query_args(),
        older=older,
        documents=documents,
        slugs={d.id: d.slug for d in documents},
        people=db.session.scalars(select(User).order_by(User.username)).all(),
        parties=db.session.scalars(select(Party).order_by(Party.id)).all(),
        actions=service.actions(db.session),
        action_name=action_name,
    )


@bp.get("/export.<fmt>")
def export(fmt: str):
    """Download the filtered trail as CSV or JSON (oldest first)."""
    require(actor_of(current_user), Action.VIEW_AUDIT_LOG)
    if fmt not in ("csv", "json"):
        from werkzeug.exceptions import NotFound

        raise NotFound()
    where = _filter()
    rows = service.export_rows(db.session, where)
    document = db.session.get(Document, where.document_id) if where.document_id else None
    stream = io.StringIO()
    if fmt == "csv":
        service.write_csv(rows, stream)
        mimetype = "text/csv; charset=utf-8"
    else:
        service.write_json(rows, stream, document)
        mimetype = "application/json"
    name = f"audit-{document.slug if document else 'all'}.{fmt}"
    return Response(
        stream.getvalue(),
        mimetype=mimetype,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
