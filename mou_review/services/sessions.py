"""Review sessions: agenda, presenter mode, decisions, attendance and minutes.

What participants follow lives in the database, never in one worker's
memory: ``ReviewSession.state_version`` is bumped (by an SQL increment, so two
writers never lose a bump) by every change participants see — the current
clause and the decisions — and is the ETag of the state.  A follower's poll
that finds nothing new costs one indexed primary-key read and a bodiless 304,
whichever gunicorn worker answers it.

Minutes are append-only (``MinutesVersion``): the draft is computed from the
record until the facilitator saves a version; every edit adds a row.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..domain import minutes as rules
from ..domain.errors import N_, InvalidTransition, NotFound, ValidationError, VersionConflict
from ..domain.minutes import DecisionKind
from ..domain.permissions import Action, require
from ..domain.types import ClauseKind, DocumentStatus, Lang
from ..models import (
    AgendaItem,
    Amendment,
    Attendance,
    Clause,
    Comment,
    Decision,
    Document,
    MinutesVersion,
    Party,
    ReviewSession,
    User,
    utcnow,
)
from . import audit, notifications, page_context
from .actors import actor_of
from .clause_page import clause_detail
from .documents import ClauseRow, DocumentView, commit_or_conflict, get_document, load_view
from .inputs import aware, parse_day
from .positions import adopt_amendment
from .signoff import finding_counts

MAX_TITLE = 300
MAX_NOTE = 5_000
MAX_MINUTES = 200_000
MAX_INT = 2**31 - 1  # ids and versions are 32-bit integers in the database


# --- helpers --------------------------------------------------------------------------


def parse_moment(value: Any) -> datetime:
    """Parse an ISO date-time ("2026-12-01T10:00", with or without offset; no offset means UTC)."""
    if isinstance(value, datetime):
        return aware(value)  # type: ignore[return-value]
    try:
        moment = datetime.fromisoformat(str(value or "").strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValidationError(
            N_("Give the date and time as YYYY-MM-DD HH:MM."), reason="bad_datetime"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _int(value: Any, reason: str) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, bool):
        raise ValidationError(N_("Identifiers must be whole numbers."), reason=reason)
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        raise ValidationError(N_("Identifiers must be whole numbers."), reason=reason) from None
    if not 0 <= number <= MAX_INT:
        raise ValidationError(N_("Identifiers must be whole numbers."), reason=reason)
    return number


def _status(document: Document) -> DocumentStatus:
    return DocumentStatus(document.status)


def get_review_session(session: Session, session_id: int) -> ReviewSession:
    """Return a review session or raise NotFound."""
    found = session.get(ReviewSession, session_id)
    if found is None:
        raise NotFound(N_("No review session has the number %(id)s."), id=session_id)
    return found


def document_of(session: Session, review: ReviewSession) -> Document:
    """Return the document a session reviews."""
    return session.get(Document, review.document_id)  # type: ignore[return-value]


def list_sessions(session: Session, document: Document) -> list[ReviewSession]:
    """Return a document's sessions, the latest first."""
    return list(
        session.scalars(
            select(ReviewSession)
            .where(ReviewSession.document_id == document.id)
            .order_by(ReviewSession.starts_at.desc(), ReviewSession.id.desc())
        )
    )


def agenda_ids(session: Session, review: ReviewSession) -> list[int]:
    """Return the agenda's clause ids in order."""
    return list(
        session.scalars(
            select(AgendaItem.clause_id)
            .where(AgendaItem.session_id == review.id)
            .order_by(AgendaItem.position)
        )
    )


def _bump(session: Session, review: ReviewSession, **values: Any) -> None:
    # An SQL increment: two concurrent writers each add one, none is lost.
    session.execute(
        update(ReviewSession)
        .where(ReviewSession.id == review.id)
        .values(state_version=ReviewSession.state_version + 1, **values)
        .execution_options(synchronize_session=False)
    )


# --- creating a session ------------------------------------------------------------------


def auto_agenda(session: Session, document: Document) -> list[int]:
    """Return the live clauses with open amendments, open comments or unwaived error findings, in order."""
    view = load_view(session, document)
    live = [row.id for row in view.rows]
    busy = set(
        session.scalars(
            select(Amendment.clause_id)
            .join(Clause, Clause.id == Amendment.clause_id)
            .where(Clause.document_id == document.id, Amendment.status == "open")
        )
    )
    busy |= set(
        session.scalars(
            select(Comment.clause_id)
            .join(Clause, Clause.id == Comment.clause_id)
            .where(Clause.document_id == document.id, Comment.status == "open")
        )
    )
    busy |= set(finding_counts(session, document)[0])
    return [clause_id for clause_id in live if clause_id in busy]


def create_session(
    session: Session,
    user: User,
    slug: str,
    *,
    title: str,
    starts_at: Any,
    agenda: Sequence[Any] | str | None,
    call_link: str = "",
    next_meeting: str = "",
) -> ReviewSession:
    """Create a session with its agenda (clause ids, or "auto" for every clause with open business)."""
    document = get_document(session, slug)
    require(actor_of(user), Action.RUN_SESSION, document_status=_status(document))
    title = (title or "").strip()
    if not title or len(title) > MAX_TITLE:
        raise ValidationError(
            N_("Give the session a title (at most 300 characters)."), reason="title_required"
        )
    moment = parse_moment(starts_at)
    link = (call_link or "").strip()
    if link and not link.startswith(("https://", "http://")):
        raise ValidationError(N_("The call link must start with https://."), reason="bad_link")
    if agenda == "auto":
        clause_ids = auto_agenda(session, document)
    else:
        if agenda is None or isinstance(agenda, (str, bytes)) or not isinstance(agenda, Sequence):
            raise ValidationError(N_("The agenda must be a list of clause ids."), reason="bad_agenda")
        clause_ids = [_int(value, "bad_agenda") for value in agenda]  # type: ignore[misc]
    live = {row.id for row in load_view(session, document).rows}
    unknown = [c for c in clause_ids if c not in live]
    if unknown:
        raise ValidationError(
            N_("Clause %(id)s is not a clause of this document."), reason="bad_agenda", id=unknown[0]
        )
    if len(set(clause_ids)) != len(clause_ids):
        raise ValidationError(N_("A clause appears twice on the agenda."), reason="duplicate_agenda")
    if not clause_ids:
        raise ValidationError(N_("The agenda is empty: pick at least one clause."), reason="empty_agenda")
    review = ReviewSession(
        document_id=document.id,
        title=title,
        starts_at=moment,
        call_link=link,
        next_meeting=(next_meeting or "").strip()[:300],
        created_by_id=user.id,
        state_version=1,
    )
    session.add(review)
    session.flush()
    session.add_all(
        [AgendaItem(session_id=review.id, clause_id=c, position=i) for i, c in enumerate(clause_ids)]
    )
    audit.record(
        session,
        user,
        "session.create",
        "review_session",
        review.id,
        document_id=document.id,
        detail={"title": title, "agenda": clause_ids},
    )
    notifications.session_scheduled(session, review, "created", user)
    session.commit()
    return review


def _schedulable(session: Session, user: User, session_id: int) -> ReviewSession:
    review = get_review_session(session, session_id)
    require(actor_of(user), Action.RUN_SESSION, document_status=_status(document_of(session, review)))
    if review.status == "cancelled":
        raise InvalidTransition(N_("This session was cancelled."), reason="cancelled")
    if review.status == "closed":
        raise InvalidTransition(N_("This session is over."), reason="closed")
    return review


def reschedule_session(
    session: Session,
    user: User,
    session_id: int,
    *,
    starts_at: Any,
    title: str | None = None,
    call_link: str | None = None,
) -> ReviewSession:
    """Move a session (date, time, title or call link); everyone gets the updated invitation."""
    review = _schedulable(session, user, session_id)
    moment = parse_moment(starts_at)
    new_title = review.title if title is None else (title or "").strip()
    if not new_title or len(new_title) > MAX_TITLE:
        raise ValidationError(
            N_("Give the session a title (at most 300 characters)."), reason="title_required"
        )
    link = review.call_link if call_link is None else (call_link or "").strip()
    if link and not link.startswith(("https://", "http://")):
        raise ValidationError(N_("The call link must start with https://."), reason="bad_link")
    before = {
        "starts_at": aware(review.starts_at).isoformat(),
        "title": review.title,
        "call_link": review.call_link,
    }
    if (aware(review.starts_at), review.title, review.call_link) == (moment, new_title, link):
        return review
    review.starts_at, review.title, review.call_link = moment, new_title, link
    review.ical_sequence = (review.ical_sequence or 0) + 1
    audit.record(
        session,
        user,
        "session.reschedule",
        "review_session",
        review.id,
        document_id=review.document_id,
        detail={"before": before, "starts_at": moment.isoformat(), "sequence": review.ical_sequence},
    )
    notifications.session_scheduled(session, review, "moved", user)
    session.commit()
    return review


def cancel_session(session: Session, user: User, session_id: int) -> ReviewSession:
    """Cancel a planned session; everyone's calendar gets the cancellation."""
    review = _schedulable(session, user, session_id)
    review.status = "cancelled"
    review.cancelled_at = utcnow()
    review.ical_sequence = (review.ical_sequence or 0) + 1
    _bump(session, review)
    audit.record(session, user, "session.cancel", "review_session", review.id, document_id=review.document_id)
    notifications.session_scheduled(session, review, "cancelled", user)
    session.commit()
    session.refresh(review)
    return review


def session_calendar(review: ReviewSession, *, agenda: Sequence[str], url: str, organiser: str) -> bytes:
    """Return a session as an iCalendar file (the same UID and SEQUENCE as the e-mailed invitation)."""
    from ..domain.mail import SessionEvent, calendar_event, domain_of, session_uid

    description = "\n".join([url, "", *agenda]) if agenda else url
    return calendar_event(
        SessionEvent(
            uid=session_uid(review.id, domain_of(organiser)),
            sequence=review.ical_sequence or 0,
            title=review.title,
            starts_at=aware(review.starts_at),  # type: ignore[arg-type]
            call_link=review.call_link,
            description=description,
            url=url,
            organiser=organiser.rpartition("<")[2].rstrip(">").strip() or organiser,
            cancelled=review.status == "cancelled",
            stamp=aware(review.cancelled_at or review.created_at),
        )
    )


def update_next_meeting(session: Session, user: User, session_id: int, text: str) -> ReviewSession:
    """Record what the meeting said about the next one (for the minutes)."""
    review = get_review_session(session, session_id)
    require(actor_of(user), Action.RUN_SESSION)
    before = _record_if_saved(session, review)
    review.next_meeting = (text or "").strip()[:300]
    audit.record(
        session,
        user,
        "session.next_meeting",
        "review_session",
        review.id,
        document_id=review.document_id,
        detail={"next_meeting": review.next_meeting},
    )
    carry_record_change(session, user, review, before)
    session.commit()
    return review


# --- presenter mode -----------------------------------------------------------------------


def state_version(session: Session, session_id: int) -> int | None:
    """Return a session's state version with one primary-key read (None if there is no such session)."""
    return session.scalar(select(ReviewSession.state_version).where(ReviewSession.id == session_id))


def etag(session_id: int, version: int) -> str:
    """Return the ETag of a session's state at a version."""
    return f"s{session_id}-v{version}"


def serialize_decision(decision: Decision, parties: dict[int, str] | None = None) -> dict[str, Any]:
    """Return the API form of a decision."""
    return {
        "id": decision.id,
        "clause_id": decision.clause_id,
        "decision": decision.kind,
        "note": decision.note,
        "amendment_id": decision.amendment_id,
        "owner_party": (parties or {}).get(decision.owner_party_id) if decision.owner_party_id else None,
        "owner_person": decision.owner_person or None,
        "due_on": decision.due_on.isoformat() if decision.due_on else None,
    }


def decisions_of(session: Session, review: ReviewSession) -> list[Decision]:
    """Return a session's decisions in the order they were taken."""
    return list(
        session.scalars(select(Decision).where(Decision.session_id == review.id).order_by(Decision.id))
    )


def _party_codes(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Party.id, Party.code)).all())


def state(session: Session, review: ReviewSession) -> dict[str, Any]:
    """Return what followers need: the current clause, the agenda and the decisions."""
    # Clause ids only: numbering the document would cost every follower a full load after each change.
    parties = _party_codes(session)
    return {
        "id": review.id,
        "version": review.state_version,
        "status": review.status,
        "current": review.current_clause_id,
        "agenda": agenda_ids(session, review),
        "decisions": [serialize_decision(d, parties) for d in decisions_of(session, review)],
    }


def advance(session: Session, user: User, session_id: int, to: Any = None) -> ReviewSession:
    """Move the session to a clause of its agenda (``to``) or to the next one; followers see it."""
    review = get_review_session(session, session_id)
    require(actor_of(user), Action.RUN_SESSION, document_status=_status(document_of(session, review)))
    agenda = agenda_ids(session, review)
    target = _int(to, "bad_clause")
    if target is None:
        target = rules.next_on_agenda(agenda, review.current_clause_id)
        if target is None:
            raise InvalidTransition(N_("This was the last item of the agenda."), reason="end_of_agenda")
    elif target not in agenda:
        raise ValidationError(
            N_("Clause %(id)s is not on this session's agenda."), reason="not_on_agenda", id=target
        )
    before = review.current_clause_id
    _bump(session, review, current_clause_id=target, status="live")
    audit.record(
        session,
        user,
        "session.advance",
        "review_session",
        review.id,
        document_id=review.document_id,
        detail={"from": before, "to": target},
    )
    session.commit()
    session.refresh(review)
    return review


def record_decision(
    session: Session,
    user: User,
    session_id: int,
    clause_id: Any,
    kind: str,
    *,
    note: str = "",
    amendment_id: Any = None,
    base: dict[str, Any] | None = None,
    owner_party: str | None = None,
    owner_person: str = "",
    due_on: Any = None,
) -> Decision:
    """Record the meeting's decision on an agenda item; an amendment agreed on the spot is adopted first."""
    review = get_review_session(session, session_id)
    document = document_of(session, review)
    require(actor_of(user), Action.RUN_SESSION, document_status=_status(document))
    clause = _int(clause_id, "bad_clause")
    if clause is None or clause not in agenda_ids(session, review):
        raise ValidationError(
            N_("Clause %(id)s is not on this session's agenda."),
            reason="not_on_agenda",
            id=clause if clause is not None else "?",
        )
    if len(note or "") > MAX_NOTE:
        raise ValidationError(N_("The note is too long."), reason="note_too_long")
    parties = {code: pid for pid, code in _party_codes(session).items()}
    negotiating = [code for code in parties if code in ("NAPTIP", "ANLTP-TIM")]
    before = _record_if_saved(session, review)
    record = rules.validate_decision(
        kind,
        note=note,
        amendment_id=_int(amendment_id, "bad_amendment"),
        owner_party=owner_party,
        owner_person=owner_person,
        due_on=parse_day(due_on),
        party_codes=negotiating + ["ICMPD"],
    )
    amendment = None
    if record.amendment_id is not None:
        # Whatever the decision, an amendment it names must be one of this clause (of this document).
        amendment = session.get(Amendment, record.amendment_id)
        if amendment is None or amendment.clause_id != clause:
            raise ValidationError(
                N_("Amendment %(id)s is not an amendment of this clause."),
                reason="bad_amendment",
                id=record.amendment_id,
            )
    if record.kind is DecisionKind.AGREED_WITH_AMENDMENT and amendment is not None:
        if amendment.status != "adopted":
            # Adoption follows the review workflow's rules (both parties accepted,
            # base versions current); it commits on its own.
            adopt_amendment(session, user, amendment.id, base=base or _current_base(session, clause))
    decision = Decision(
        session_id=review.id,
        clause_id=clause,
        kind=str(record.kind),
        note=record.note,
        amendment_id=record.amendment_id,
        owner_party_id=parties.get(record.owner_party) if record.owner_party else None,
        owner_person=record.owner_person,
        due_on=record.due_on,
        author_id=user.id,
    )
    session.add(decision)
    session.flush()
    _bump(session, review)
    audit.record(
        session,
        user,
        "session.decision",
        "review_session",
        review.id,
        document_id=review.document_id,
        after_id=decision.id,
        detail={"clause_id": clause, "decision": decision.kind, "amendment_id": decision.amendment_id},
    )
    if decision.kind == str(DecisionKind.ACTION):
        notifications.action_assigned(session, decision, user)
    carry_record_change(session, user, review, before)
    session.commit()
    return decision


def complete_action(session: Session, user: User, decision_id: Any) -> Decision:
    """Mark an action point done (no reminder is sent for it any more)."""
    require(actor_of(user), Action.RUN_SESSION)
    decision = session.get(Decision, _int(decision_id, "bad_decision") or 0)
    if decision is None or decision.kind != str(DecisionKind.ACTION):
        raise NotFound(N_("No action point has the number %(id)s."), id=decision_id)
    if decision.done_at is None:
        decision.done_at = utcnow()
        audit.record(
            session, user, "session.action_done", "review_session", decision.session_id, after_id=decision.id
        )
        session.commit()
    return decision


def _current_base(session: Session, clause_id: int) -> dict[str, int]:
    from .documents import latest_version

    out = {}
    for lang in Lang:
        version = latest_version(session, clause_id, lang)
        out[str(lang)] = version.number if version else 0
    return out


@dataclass
class Presenter:
    """The session page: the session, its agenda rows, the current clause and its decisions."""

    review: ReviewSession
    view: DocumentView
    agenda: list[ClauseRow]
    current: ClauseRow | None
    decisions: list[Decision]
    detail: Any = None  # review.ClauseDetail of the current clause, when there is one

    def decisions_on(self, clause_id: int) -> list[Decision]:
        """Return the decisions on one agenda item."""
        return [d for d in self.decisions if d.clause_id == clause_id]


def presenter(session: Session, review: ReviewSession) -> Presenter:
    """Load what the session page shows."""
    view = load_view(session, document_of(session, review))
    rows = [view.row(c) for c in agenda_ids(session, review)]
    current = view.row(review.current_clause_id) if review.current_clause_id else None
    detail = None
    if current is not None:
        detail = clause_detail(session, current.id)
    return Presenter(
        review, view, [r for r in rows if r is not None], current, decisions_of(session, review), detail
    )


# --- attendance --------------------------------------------------------------------------------


def join(session: Session, user: User, review: ReviewSession) -> Attendance | None:
    """Record that a signed-in user opened the session page (once per session); return the new row."""
    exists = session.scalar(
        select(Attendance.id)
        .where(Attendance.session_id == review.id, Attendance.user_id == user.id)
        .limit(1)
    )
    if exists is not None:
        return None
    row = Attendance(
        session_id=review.id,
        user_id=user.id,
        name=user.display_name,
        organisation=user.party.code,
        party_id=user.party_id,
        source="auto",
    )
    session.add(row)
    try:
        session.commit()
    except IntegrityError:  # the same person joined from another tab at the same instant
        session.rollback()
        return None
    return row


def add_attendee(
    session: Session,
    user: User,
    session_id: int,
    name: str,
    organisation: str = "",
    party_code: str | None = None,
) -> Attendance:
    """Add someone on the call who did not open the page (by name and organisation)."""
    review = get_review_session(session, session_id)
    require(actor_of(user), Action.RUN_SESSION)
    name = (name or "").strip()
    if not name or len(name) > 200:
        raise ValidationError(N_("Give the participant's name."), reason="name_required")
    party_id = None
    if party_code:
        party_id = session.scalar(select(Party.id).where(Party.code == party_code))
        if party_id is None:
            raise ValidationError(N_("No party has the code %(code)s."), reason="bad_party", code=party_code)
    before = _record_if_saved(session, review)
    row = Attendance(
        session_id=review.id,
        name=name,
        organisation=(organisation or "").strip()[:200],
        party_id=party_id,
        source="manual",
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        user,
        "session.attendee",
        "review_session",
        review.id,
        document_id=review.document_id,
        after_id=row.id,
        detail={"name": name},
    )
    carry_record_change(session, user, review, before)
    session.commit()
    return row


def attendees(session: Session, review: ReviewSession) -> list[Attendance]:
    """Return the people at the meeting, each signed-in user once."""
    seen: set[int] = set()
    out = []
    for row in session.scalars(
        select(Attendance).where(Attendance.session_id == review.id).order_by(Attendance.id)
    ):
        if row.user_id is not None:
            if row.user_id in seen:
                continue  # two tabs opened at the same instant
            seen.add(row.user_id)
        out.append(row)
    return out


# --- minutes --------------------------------------------------------------------------------------


def _item_label(row: ClauseRow, lang: Lang) -> str:
    label = row.ref(lang)
    text = textwrap.shorten(row.text(lang), width=90, placeholder=" […]")
    if row.kind is ClauseKind.ARTICLE:
        return f"{label} — {text}" if text else label
    return f"{label} — {text}" if text else label


def minutes_record(session: Session, review: ReviewSession) -> rules.MinutesRecord:
    """Build the record the minutes are drafted from."""
    document = document_of(session, review)
    view = load_view(session, document)
    parties = list(session.scalars(select(Party).order_by(Party.is_facilitator, Party.id)))
    codes = {p.id: p.code for p in parties}
    decisions = decisions_of(session, review)
    items = []
    for clause_id in agenda_ids(session, review):
        row = view.row(clause_id)
        if row is None:  # deleted since (by an amendment adopted in the session)
            label_en = label_fr = f"#{clause_id}"
        else:
            label_en, label_fr = _item_label(row, Lang.EN), _item_label(row, Lang.FR)
        items.append(
            rules.ItemRecord(
                label_en,
                label_fr,
                tuple(
                    rules.DecisionRecord(
                        DecisionKind(d.kind),
                        d.note,
                        d.amendment_id,
                        codes.get(d.owner_party_id),
                        d.owner_person,
                        d.due_on,
                    )
                    for d in decisions
                    if d.clause_id == clause_id
                ),
            )
        )
    people = tuple(
        rules.Attendee(a.name, a.organisation, codes.get(a.party_id)) for a in attendees(session, review)
    )
    previous = session.scalar(
        select(ReviewSession.title).where(ReviewSession.minutes_approved_in_id == review.id).limit(1)
    )
    return rules.MinutesRecord(
        title=review.title,
        document_title_en=document.title_en,
        document_title_fr=document.title_fr,
        starts_at=aware(review.starts_at),
        call_link=review.call_link,  # type: ignore[arg-type]
        parties=tuple(rules.PartyName(p.code, p.name_en, p.name_fr) for p in parties),
        attendees=people,
        items=tuple(items),
        next_meeting=review.next_meeting,
        previous_minutes=previous,
    )


def _record_if_saved(session: Session, review: ReviewSession) -> rules.MinutesRecord | None:
    """Return the record as it stands, when some language of the minutes has a saved version."""
    saved = session.scalar(select(MinutesVersion.id).where(MinutesVersion.session_id == review.id).limit(1))
    return minutes_record(session, review) if saved is not None else None


def carry_record_change(
    session: Session, user: User, review: ReviewSession, before: rules.MinutesRecord | None
) -> list[Lang]:
    """Carry a change of the record into every language whose minutes were saved; return those updated.

    The minutes are one record in two languages: an attendee, decision or action added after a
    language was edited goes into that language's text too (a new version, by the same person),
    where its place is found; otherwise the minutes page says what that language lacks.
    """
    if before is None:
        return []
    session.flush()
    after = minutes_record(session, review)
    updated = []
    for lang in Lang:
        current = latest_minutes(session, review, lang)
        old, new = rules.draft_minutes(before, lang), rules.draft_minutes(after, lang)
        if current is None or old == new:
            continue
        merged = rules.merge_record_change(current.body, old, new)
        if merged is None or merged == current.body:
            continue
        version = MinutesVersion(
            session_id=review.id, lang=str(lang), number=current.number + 1, body=merged, author_id=user.id
        )
        session.add(version)
        session.flush()
        _audit_minutes_edit(session, user, review, version, from_record=True)
        updated.append(lang)
    return updated


def minutes_gaps(session: Session, review: ReviewSession) -> dict[Lang, list[str]]:
    """Return, per language with saved minutes, what the record holds that its text does not mention."""
    record = None
    gaps: dict[Lang, list[str]] = {}
    for lang in Lang:
        current = latest_minutes(session, review, lang)
        if current is None:
            continue
        record = record or minutes_record(session, review)
        missing = rules.record_gaps(record, current.body, lang)
        if missing:
            gaps[lang] = missing
    return gaps


def latest_minutes(session: Session, review: ReviewSession, lang: Lang) -> MinutesVersion | None:
    """Return the latest saved version of the minutes in one language."""
    return session.scalar(
        select(MinutesVersion)
        .where(MinutesVersion.session_id == review.id, MinutesVersion.lang == str(lang))
        .order_by(MinutesVersion.number.desc())
        .limit(1)
    )


@dataclass
class MinutesText:
    """The minutes in one language: the saved version, or the draft from the record."""

    lang: Lang
    body: str
    version: MinutesVersion | None

    @property
    def number(self) -> int:
        return self.version.number if self.version else 0

    @property
    def blocks(self) -> list[rules.Block]:
        return rules.parse_blocks(self.body)


def minutes_text(session: Session, review: ReviewSession, lang: Lang) -> MinutesText:
    """Return the minutes in one language (the latest saved version, else a fresh draft)."""
    version = latest_minutes(session, review, lang)
    if version is not None:
        return MinutesText(lang, version.body, version)
    return MinutesText(lang, rules.draft_minutes(minutes_record(session, review), lang), None)


def save_minutes(
    session: Session, user: User, session_id: int, lang: Lang, body: str, *, base_number: Any
) -> MinutesVersion:
    """Save an edited version of the minutes in one language (refused if someone saved since ``base_number``)."""
    review = get_review_session(session, session_id)
    require(actor_of(user), Action.RUN_SESSION)
    body = (body or "").replace("\r\n", "\n").strip()
    if not body or len(body) > MAX_MINUTES:
        raise ValidationError(N_("The minutes may not be empty."), reason="empty_minutes")
    base = _int(base_number, "bad_version") or 0
    current = latest_minutes(session, review, lang)
    number = current.number if current else 0
    if base != number:
        raise VersionConflict(
            N_(
                "The minutes were saved by someone else since you opened them (version %(current)s). "
                "Nothing was saved: reload to see their version."
            ),
            current=number,
            current_text=current.body if current else "",
        )
    version = MinutesVersion(
        session_id=review.id, lang=str(lang), number=number + 1, body=body + "\n", author_id=user.id
    )
    session.add(version)
    try:
        session.flush()
    except IntegrityError:
        # Another save of the same version won the race between our check and this insert.
        session.rollback()
        current = latest_minutes(session, get_review_session(session, session_id), lang)
        raise VersionConflict(
            N_(
                "The minutes were saved by someone else since you opened them (version %(current)s). "
                "Nothing was saved: reload to see their version."
            ),
            current=current.number if current else 0,
            current_text=current.body if current else "",
        ) from None
    _audit_minutes_edit(session, user, review, version)
    commit_or_conflict(session)
    return version


def _audit_minutes_edit(
    session: Session, user: User, review: ReviewSession, version: MinutesVersion, **extra: object
) -> None:
    """Record a new version of one language's minutes in the audit log."""
    audit.record(
        session,
        user,
        "minutes.edit",
        "review_session",
        review.id,
        document_id=review.document_id,
        after_id=version.id,
        detail={"lang": version.lang, "number": version.number, **extra},
    )


def share_minutes(session: Session, user: User, session_id: int) -> ReviewSession:
    """Mark the minutes shared; a language never edited is saved as drafted, so what was shared is kept."""
    review = get_review_session(session, session_id)
    require(actor_of(user), Action.RUN_SESSION)
    if review.minutes_shared_at is not None:
        raise InvalidTransition(N_("The minutes were already shared."), reason="already_shared")
    rules.check_can_share(aware(review.starts_at), utcnow())  # type: ignore[arg-type]
    for lang in Lang:
        if latest_minutes(session, review, lang) is None:
            body = rules.draft_minutes(minutes_record(session, review), lang)
            session.add(
                MinutesVersion(session_id=review.id, lang=str(lang), number=1, body=body, author_id=user.id)
            )
    review.minutes_shared_at = utcnow()
    audit.record(session, user, "minutes.share", "review_session", review.id, document_id=review.document_id)
    notifications.minutes_shared(session, review, user)
    commit_or_conflict(session)
    return review


def circulate_minutes(session: Session, user: User, session_id: int) -> ReviewSession:
    """Circulate the shared minutes to every member for approval before the next session."""
    review = get_review_session(session, session_id)
    require(actor_of(user), Action.RUN_SESSION)
    if review.minutes_shared_at is None:
        raise InvalidTransition(
            N_("Share the minutes with the Chair and co-Chair before circulating them."), reason="not_shared"
        )
    if review.minutes_circulated_at is not None:
        raise InvalidTransition(N_("The minutes were already circulated."), reason="already_circulated")
    review.minutes_circulated_at = utcnow()
    audit.record(
        session, user, "minutes.circulate", "review_session", review.id, document_id=review.document_id
    )
    notifications.minutes_circulated(session, review, user)
    session.commit()
    return review


def approve_minutes(session: Session, user: User, session_id: int, in_session_id: Any) -> ReviewSession:
    """Record that a later session of the same document approved these minutes (as the ToR says)."""
    review = get_review_session(session, session_id)
    require(actor_of(user), Action.RUN_SESSION)
    later = get_review_session(session, _int(in_session_id, "bad_session") or 0)
    if later.document_id != review.document_id or aware(later.starts_at) <= aware(review.starts_at):
        raise ValidationError(
            N_("Minutes are approved at a later session on the same document."), reason="not_next_session"
        )
    if review.minutes_shared_at is None:
        raise InvalidTransition(N_("Share the minutes before they are approved."), reason="not_shared")
    if review.minutes_approved_at is not None:
        raise InvalidTransition(N_("These minutes were already approved."), reason="already_approved")
    review.minutes_approved_at = utcnow()
    review.minutes_approved_in_id = later.id
    audit.record(
        session,
        user,
        "minutes.approve",
        "review_session",
        review.id,
        document_id=review.document_id,
        detail={"in_session": later.id},
    )
    session.commit()
    return review


def pending_approval(session: Session, review: ReviewSession) -> list[ReviewSession]:
    """Return earlier sessions of the document whose shared minutes await approval."""
    return list(
        session.scalars(
            select(ReviewSession)
            .where(
                ReviewSession.document_id == review.document_id,
                ReviewSession.id != review.id,
                ReviewSession.starts_at < review.starts_at,
                ReviewSession.minutes_shared_at.is_not(None),
                ReviewSession.minutes_approved_at.is_(None),
            )
            .order_by(ReviewSession.starts_at)
        )
    )


def deadline(review: ReviewSession, now: datetime | None = None) -> tuple[datetime, rules.DeadlineState]:
    """Return the minutes' deadline and where they stand against it."""
    starts = aware(review.starts_at)
    return rules.minutes_deadline(starts), rules.deadline_state(  # type: ignore[arg-type]
        starts,
        aware(review.minutes_shared_at),
        now or utcnow(),  # type: ignore[arg-type]
    )


def has_started(review: ReviewSession, now: datetime | None = None) -> bool:
    """Return whether the meeting has started (its minutes can then be shared)."""
    return aware(review.starts_at) <= (now or utcnow())  # type: ignore[operator]


def minutes_docx_bytes(session: Session, review: ReviewSession, lang: Lang) -> bytes:
    """Return the minutes in one language as a DOCX file."""
    out = io.BytesIO()
    rules.minutes_docx(minutes_text(session, review, lang).body, lang, out)
    return out.getvalue()


def count_sessions(session: Session, document: Document) -> int:
    """Return how many sessions a document has."""
    return (
        session.scalar(select(func.count(ReviewSession.id)).where(ReviewSession.document_id == document.id))
        or 0
    )


@page_context.provider
def document_page(session: Session, view: DocumentView, user: User) -> dict[str, Any]:
    """Link the document page to its sessions and readiness page (no query)."""
    return {"page_hooks": ["sessions/_page_hook.html"]}
