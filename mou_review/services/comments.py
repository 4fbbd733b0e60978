"""Comments on a clause: threads, edits that keep every earlier text, resolve and reopen.

Every write names the comment's ``revision`` it was based on and is refused with ``VersionConflict``
when that revision is no longer current; bodies are append-only (``CommentBody``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..domain.errors import N_, InvalidTransition, NotFound, ValidationError, VersionConflict
from ..domain.permissions import Action, require
from ..domain.types import Lang
from ..models import Clause, Comment, CommentBody, User, utcnow
from . import audit, notifications
from .actors import actor_of
from .documents import commit_or_conflict, get_clause
from .review_common import clause_status, clean, current_versions, int_or_none, parse_base, require_revision

#: The languages a comment can be about.
COMMENT_LANGS = ("en", "fr", "both")
MAX_COMMENT = 10_000


def _comment_lang(lang: Any) -> str:
    if lang not in COMMENT_LANGS:
        raise ValidationError(
            N_("Say which language version the comment is about: en, fr or both."), reason="bad_lang"
        )
    return str(lang)


def _comment_body(body: Any) -> str:
    text = clean(body if isinstance(body, str) else "")
    if not text:
        raise ValidationError(N_("The comment is empty."), reason="empty_comment")
    if len(text) > MAX_COMMENT:
        raise ValidationError(N_("The comment is too long."), reason="comment_too_long")
    return text


def get_comment(session: Session, comment_id: int) -> Comment:
    """Return a comment or raise NotFound."""
    comment = session.get(Comment, comment_id)
    if comment is None:
        raise NotFound(N_("No comment has the number %(id)s."), id=comment_id)
    return comment


def _latest_body(session: Session, comment_id: int) -> CommentBody | None:
    return session.scalar(
        select(CommentBody)
        .where(CommentBody.comment_id == comment_id)
        .order_by(CommentBody.number.desc())
        .limit(1)
    )


def add_comment(
    session: Session,
    user: User,
    clause_id: int,
    lang: str,
    body: str,
    *,
    parent_id: int | None = None,
    base: Mapping[str, Any] | None = None,
    commit: bool = True,
) -> Comment:
    """Comment on a clause (or reply to a thread), noting the clause versions it was written against.

    ``commit=False`` leaves the commit to the caller (a Word import writes all its comments at once).
    """
    clause = get_clause(session, clause_id)
    require(actor_of(user), Action.COMMENT, document_status=clause_status(clause))
    lang = _comment_lang(lang)
    text = _comment_body(body)
    if parent_id is not None:
        parent = session.get(Comment, int_or_none(parent_id))
        if parent is None or parent.clause_id != clause.id:
            raise NotFound(N_("No comment has the number %(id)s."), id=parent_id)
        # Threads are one level deep: a reply to a reply joins the thread.
        parent_id = parent.parent_id or parent.id
    current = current_versions(session, clause.id)
    numbers = {lang_: (v.number if v else None) for lang_, v in current.items()}
    # A comment written against an older text says so; it is not refused.
    for lang_, number in parse_base(base).items():
        if number is not None and 0 < number <= (numbers[lang_] or 0):
            numbers[lang_] = number
    comment = Comment(
        clause_id=clause.id,
        parent_id=parent_id,
        author_id=user.id,
        party_id=user.party_id,
        lang=lang,
        en_number=numbers[Lang.EN],
        fr_number=numbers[Lang.FR],
        status="open",
        revision=1,
    )
    session.add(comment)
    session.flush()
    session.add(CommentBody(comment_id=comment.id, number=1, body=text))
    audit.record(
        session,
        user,
        "comment.create",
        "comment",
        comment.id,
        document_id=clause.document_id,
        detail={"clause_id": clause.id, "lang": lang, "party": user.party.code, "parent_id": parent_id},
    )
    notifications.comment_added(session, comment, text, user)
    if commit:
        session.commit()
    return comment


def _bump_comment(session: Session, comment: Comment, revision: int, **values: Any) -> None:
    """Move a comment to its next revision, only if it is still at ``revision``."""
    result = session.execute(
        update(Comment)
        .where(Comment.id == comment.id, Comment.revision == revision)
        .values(revision=Comment.revision + 1, updated_at=utcnow(), **values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        session.rollback()
        latest = _latest_body(session, comment.id)
        session.refresh(comment)
        raise VersionConflict(
            N_(
                "This comment has changed since you opened it (revision %(base)s, now %(current)s). "
                "Nothing was saved."
            ),
            base=revision,
            current=comment.revision,
            current_text=latest.body if latest else "",
        )
    session.refresh(comment)


def edit_comment(session: Session, user: User, comment_id: int, body: str, *, revision: Any) -> Comment:
    """Save a new text of one's own comment; the earlier texts are kept."""
    comment = get_comment(session, comment_id)
    clause = session.get(Clause, comment.clause_id)
    require(
        actor_of(user),
        Action.EDIT_OWN_COMMENT,
        owner_user_id=comment.author_id,
        document_status=clause_status(clause),
    )
    text = _comment_body(body)
    revision = require_revision(revision)
    _bump_comment(session, comment, revision)
    latest = _latest_body(session, comment.id)
    session.add(CommentBody(comment_id=comment.id, number=(latest.number if latest else 0) + 1, body=text))
    audit.record(
        session,
        user,
        "comment.edit",
        "comment",
        comment.id,
        document_id=clause.document_id,
        detail={"clause_id": clause.id, "lang": comment.lang, "party": user.party.code},
    )
    notifications.comment_added(session, comment, text, user, before=latest.body if latest else "")
    commit_or_conflict(session)
    return comment


def _set_comment_status(session: Session, user: User, comment_id: int, revision: Any, target: str) -> Comment:
    comment = get_comment(session, comment_id)
    clause = session.get(Clause, comment.clause_id)
    action = Action.RESOLVE_COMMENT if target == "resolved" else Action.REOPEN_COMMENT
    require(actor_of(user), action, owner_party=comment.party.code, document_status=clause_status(clause))
    revision = require_revision(revision)
    if comment.parent_id is not None:
        raise ValidationError(N_("Only a whole thread can be resolved or reopened."), reason="reply")
    if comment.revision == revision and comment.status == target:
        raise InvalidTransition(
            N_("This comment is already resolved.")
            if target == "resolved"
            else N_("This comment is already open."),
            reason="same_status",
        )
    _bump_comment(session, comment, revision, status=target)
    audit.record(
        session,
        user,
        f"comment.{'resolve' if target == 'resolved' else 'reopen'}",
        "comment",
        comment.id,
        document_id=clause.document_id,
        detail={"clause_id": clause.id, "lang": comment.lang, "party": user.party.code},
    )
    commit_or_conflict(session)
    return comment


def resolve_comment(session: Session, user: User, comment_id: int, *, revision: Any) -> Comment:
    """Mark a comment thread resolved (its party or the facilitator)."""
    return _set_comment_status(session, user, comment_id, revision, "resolved")


def reopen_comment(session: Session, user: User, comment_id: int, *, revision: Any) -> Comment:
    """Reopen a resolved comment thread (its party or the facilitator)."""
    return _set_comment_status(session, user, comment_id, revision, "open")
