"""Since your last visit: recording visits and listing what others changed on a document."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from ..domain.amendments import AmendmentStatus
from ..models import Amendment, AuditEvent, Clause, Comment, Document, DocumentVisit, User, utcnow
from . import page_context
from .documents import ClauseRow, DocumentView, load_view
from .inputs import aware

#: Reloading the document within this window keeps the same "last visit", so
#: the highlights survive a working session instead of vanishing on reload.
VISIT_WINDOW = timedelta(minutes=30)
#: Audit actions that "since your last visit" reports.
REVIEW_EVENTS = (
    "comment.create",
    "comment.edit",
    "comment.resolve",
    "comment.reopen",
    "amendment.propose",
    "amendment.text",
    "amendment.position",
    "amendment.adopt",
    "amendment.withdraw",
    "clause.edit",
)
#: Statuses the "since your last visit" page filters on.
CHANGE_STATUSES = ("open", "resolved", "adopted")


def _since_of(visit: DocumentVisit | None, now: datetime) -> datetime | None:
    if visit is None:
        return None
    seen = aware(visit.seen_at)
    if seen is not None and now - seen < VISIT_WINDOW:
        return aware(visit.previous_seen_at)
    return seen


def last_visit(session: Session, user: User, document: Document) -> datetime | None:
    """Return the moment "since your last visit" refers to, without recording a visit."""
    visit = session.scalar(
        select(DocumentVisit).where(
            DocumentVisit.user_id == user.id, DocumentVisit.document_id == document.id
        )
    )
    return _since_of(visit, utcnow())


def record_visit(session: Session, user: User, document: Document) -> datetime | None:
    """Record that the user opens the document now; return the moment of their previous visit.

    The row is written on its own short transaction so that the page being
    rendered keeps its loaded objects (a commit of the page's session would
    expire them and cost one query per clause).
    """
    visit = session.scalar(
        select(DocumentVisit).where(
            DocumentVisit.user_id == user.id, DocumentVisit.document_id == document.id
        )
    )
    now = utcnow()
    since = _since_of(visit, now)
    table = DocumentVisit.__table__
    try:
        with session.get_bind().begin() as connection:
            if visit is None:
                connection.execute(
                    insert(table).values(
                        user_id=user.id, document_id=document.id, seen_at=now, previous_seen_at=None
                    )
                )
            else:
                connection.execute(
                    update(table).where(table.c.id == visit.id).values(seen_at=now, previous_seen_at=since)
                )
    except IntegrityError:
        pass  # the same user opened the page twice at once: the other request recorded it
    return since


def _events_query(document: Document, user: User, since: datetime | None):
    query = select(AuditEvent).where(
        AuditEvent.document_id == document.id,
        AuditEvent.action.in_(REVIEW_EVENTS),
        (AuditEvent.actor_id != user.id) | AuditEvent.actor_id.is_(None),
    )
    if since is not None:
        query = query.where(AuditEvent.created_at > since)
    return query


def _event_clause(event: AuditEvent) -> int | None:
    if event.object_type == "clause":
        return event.object_id
    detail = event.detail or {}
    return detail.get("clause_id")


def changed_clause_ids(session: Session, document: Document, user: User, since: datetime | None) -> set[int]:
    """Return the clauses that others changed, commented or amended since ``since`` (one query)."""
    return {c for e in session.scalars(_events_query(document, user, since)) if (c := _event_clause(e))}


@dataclass
class Change:
    """One line of the "since your last visit" page."""

    event: AuditEvent
    clause_id: int | None
    row: ClauseRow | None
    party: str | None
    langs: list[str]
    status: str | None


def _event_langs(event: AuditEvent) -> list[str]:
    detail = event.detail or {}
    if "lang" in detail:
        return ["en", "fr"] if detail["lang"] == "both" else [detail["lang"]]
    return list(detail.get("langs") or ["en", "fr"])


def changes_since(
    session: Session,
    document: Document,
    user: User,
    since: datetime | None,
    *,
    party: str | None = None,
    lang: str | None = None,
    status: str | None = None,
    view: DocumentView | None = None,
) -> list[Change]:
    """List what others did on the document since ``since``, newest first, filtered."""
    events = list(
        session.scalars(
            _events_query(document, user, since)
            .options(selectinload(AuditEvent.actor))
            .order_by(AuditEvent.created_at.desc(), AuditEvent.id.desc())
            .limit(500)
        )
    )
    comment_ids = {e.object_id for e in events if e.object_type == "comment"}
    amendment_ids = {e.object_id for e in events if e.object_type == "amendment"}
    comment_status = (
        dict(session.execute(select(Comment.id, Comment.status).where(Comment.id.in_(comment_ids))).all())
        if comment_ids
        else {}
    )
    amendment_status = (
        dict(
            session.execute(
                select(Amendment.id, Amendment.status).where(Amendment.id.in_(amendment_ids))
            ).all()
        )
        if amendment_ids
        else {}
    )
    view = view or load_view(session, document)
    rows = {row.id: row for row in view.rows}
    changes = []
    for e in events:
        if e.object_type == "comment":
            state = comment_status.get(e.object_id)
        elif e.object_type == "amendment":
            state = amendment_status.get(e.object_id)
        else:
            state = "adopted"  # a direct edit of the text is in force at once
        clause_id = _event_clause(e)
        change = Change(
            event=e,
            clause_id=clause_id,
            row=rows.get(clause_id) if clause_id else None,
            party=e.actor.party.code if e.actor else None,
            langs=_event_langs(e),
            status=state,
        )
        if party and change.party != party:
            continue
        if lang and lang not in change.langs:
            continue
        if status and change.status != status:
            continue
        changes.append(change)
    return changes


@page_context.provider
def document_page(session: Session, view: DocumentView, user: User) -> dict[str, Any]:
    """Add review counts, "since your last visit" highlights and their hooks to the document page."""
    document = view.document
    since = record_visit(session, user, document)
    changed = changed_clause_ids(session, document, user, since)
    comments = dict(
        session.execute(
            select(Comment.clause_id, func.count(Comment.id))
            .join(Clause, Clause.id == Comment.clause_id)
            .where(Clause.document_id == document.id, Comment.parent_id.is_(None), Comment.status == "open")
            .group_by(Comment.clause_id)
        ).all()
    )
    amendments = dict(
        session.execute(
            select(Amendment.clause_id, func.count(Amendment.id))
            .join(Clause, Clause.id == Amendment.clause_id)
            .where(Clause.document_id == document.id, Amendment.status == str(AmendmentStatus.OPEN))
            .group_by(Amendment.clause_id)
        ).all()
    )
    live = {row.id for row in view.rows}
    return {
        "highlight": changed & live,
        "review_since": since,
        "review_changed": len(changed & live),
        "review_open_comments": comments,
        "review_open_amendments": amendments,
        "clause_hooks": ["review/_clause_hook.html"],
        "page_hooks": ["review/_page_hook.html"],
    }
