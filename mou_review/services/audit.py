"""The audit log: every change writes one event in the same transaction.

The facilitator and both parties' legal leads read it (``views/audit.py``)
and export it per document (``mou-review audit export``).
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import IO, Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, joinedload

from ..models import AuditEvent, Document, User


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


# --- reading the trail -------------------------------------------------------


@dataclass(frozen=True)
class AuditFilter:
    """Which events to show: every field is optional; dates are whole UTC days, both included."""

    document_id: int | None = None
    user_id: int | None = None
    party_id: int | None = None
    action: str | None = None
    since: date | None = None
    until: date | None = None


def _filtered(query: Select, where: AuditFilter) -> Select:
    if where.document_id is not None:
        query = query.where(AuditEvent.document_id == where.document_id)
    if where.user_id is not None:
        query = query.where(AuditEvent.actor_id == where.user_id)
    if where.party_id is not None:
        query = query.where(AuditEvent.actor_id.in_(select(User.id).where(User.party_id == where.party_id)))
    if where.action:
        query = query.where(AuditEvent.action == where.action)
    if where.since is not None:
        query = query.where(AuditEvent.created_at >= datetime.combine(where.since, time.min, tzinfo=UTC))
    if where.until is not None:
        end = datetime.combine(where.until + timedelta(days=1), time.min, tzinfo=UTC)
        query = query.where(AuditEvent.created_at < end)
    return query


def events(
    session: Session, where: AuditFilter, *, limit: int | None = None, before_id: int | None = None
) -> list[AuditEvent]:
    """Return the matching events, newest first (with actor, party and document loaded)."""
    query = _filtered(select(AuditEvent), where).options(joinedload(AuditEvent.actor).joinedload(User.party))
    if before_id is not None:
        query = query.where(AuditEvent.id < before_id)
    query = query.order_by(AuditEvent.id.desc())
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query).unique())


def actions(session: Session) -> list[str]:
    """Return every action code the trail holds, sorted."""
    return list(session.scalars(select(AuditEvent.action).distinct().order_by(AuditEvent.action)))


def _moment(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="seconds")


EXPORT_FIELDS = (
    "id",
    "time_utc",
    "person",
    "person_name",
    "party",
    "action",
    "object_type",
    "object_id",
    "document",
    "before_id",
    "after_id",
    "detail",
)


def export_rows(session: Session, where: AuditFilter) -> list[dict[str, Any]]:
    """Return the matching events oldest first, as flat records for CSV or JSON."""
    slugs = {row.id: row.slug for row in session.execute(select(Document.id, Document.slug))}
    rows = []
    for event in reversed(events(session, where)):
        actor = event.actor
        rows.append(
            {
                "id": event.id,
                "time_utc": _moment(event.created_at),
                "person": actor.username if actor else None,
                "person_name": actor.display_name if actor else None,
                "party": actor.party.code if actor else None,
                "action": event.action,
                "object_type": event.object_type,
                "object_id": event.object_id,
                "document": slugs.get(event.document_id),
                "before_id": event.before_id,
                "after_id": event.after_id,
                "detail": event.detail,
            }
        )
    return rows


def write_csv(rows: list[dict[str, Any]], stream: IO[str]) -> None:
    """Write export rows as CSV (the detail as compact JSON)."""
    writer = csv.DictWriter(stream, fieldnames=EXPORT_FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        flat = dict(row)
        flat["detail"] = "" if row["detail"] is None else json.dumps(row["detail"], ensure_ascii=False)
        writer.writerow(flat)


def write_json(rows: list[dict[str, Any]], stream: IO[str], document: Document | None = None) -> None:
    """Write export rows as one JSON document."""
    payload: dict[str, Any] = {
        "exported_at": _moment(datetime.now(UTC)),
        "document": None,
        "events": rows,
    }
    if document is not None:
        payload["document"] = {
            "slug": document.slug,
            "title": {"en": document.title_en, "fr": document.title_fr},
            "status": document.status,
        }
    json.dump(payload, stream, ensure_ascii=False, indent=1)
    stream.write("\n")
