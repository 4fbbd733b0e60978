"""The audit log: every change writes one event in the same transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from ..models import AuditEvent, User


def record(
    session: Session,
    actor: User | None,
    action: str,
    object_type: str,
    object_id: int | None,
    *,
    document_id: int | None = None,
    before_id: int | None = None,
    after_id: int | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add an audit event to the session (the caller commits)."""
    event = AuditEvent(
        actor_id=actor.id if actor else None,
        action=action,
        object_type=object_type,
        object_id=object_id,
        document_id=document_id,
        before_id=before_id,
        after_id=after_id,
        detail=detail or None,
    )
    session.add(event)
    return event
