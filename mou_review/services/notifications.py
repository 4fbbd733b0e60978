"""Who is told what: notices queued in the transaction of the change that causes them.

Each event function (``session_scheduled``, ``minutes_shared``, ``comment_added``,
...) is called by the service that makes the change, *before* its commit, and
adds one event row to the same session: the change and its notices are
committed together or not at all.  The sender expands the event into one
``MailMessage`` per recipient, renders and sends them, outside any web request
(``services.mailer``).  So a request that notifies a hundred people writes one
row, like one that notifies a single person (``bench/bench_notifications.py``).

Recipients are active users with an address.  Mandatory notices (invitations,
minutes) go whatever their preference; the others go at once, wait for the
daily digest, or not at all, as each user chose.  Nobody is told about their
own action.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import N_, ValidationError
from ..domain.mail import (
    Kind,
    Preference,
    delivery,
    domain_of,
    mentions,
    new_message_id,
    normalise_address,
)
from ..models import Amendment, Comment, Decision, MailMessage, Party, ReviewSession, User, utcnow
from . import audit

#: The two negotiating parties (the Chair and co-Chair are their leads).
NEGOTIATING = ("NAPTIP", "ANLTP-TIM")
DEFAULT_FROM = "JTWG secretariat – ICMPD <secretariat@mou-review.example>"


def _config() -> dict:
    from flask import current_app, has_app_context

    return current_app.config if has_app_context() else {}


def sender() -> str:
    """Return the From address of every notice."""
    return _config().get("MAIL_FROM") or DEFAULT_FROM


def address_of(value: str) -> str:
    """Return the bare address of "Name <address>"."""
    from email.utils import parseaddr

    return parseaddr(value)[1] or value


# --- addresses and preferences -----------------------------------------------------------


def set_address(session: Session, user: User, email: str | None, actor: User | None = None) -> User:
    """Set (or clear, with an empty value) a user's e-mail address; refuse an invalid one."""
    user.email = normalise_address(email)
    audit.record(session, actor or user, "user.email", "user", user.id, detail={"set": bool(user.email)})
    session.commit()
    return user


def set_preference(session: Session, user: User, preference: str, actor: User | None = None) -> User:
    """Choose how the notices that are not mandatory reach a user."""
    try:
        user.notify = str(Preference(preference))
    except ValueError:
        raise ValidationError(
            N_("Choose immediate, daily digest or none."), reason="bad_preference"
        ) from None
    audit.record(session, actor or user, "user.notify", "user", user.id, detail={"notify": user.notify})
    session.commit()
    return user


# --- the queue ----------------------------------------------------------------------------


def queue(
    session: Session,
    kind: Kind,
    recipients: Iterable[User],
    payload: dict[str, Any],
    *,
    actor: User | None = None,
    dedupe: str | None = None,
    now: datetime | None = None,
) -> list[MailMessage]:
    """Add one message per recipient to the session (the caller commits with its change)."""
    domain = domain_of(address_of(sender()))
    moment = now or utcnow()
    rows = []
    seen: set[int] = set()
    for user in recipients:
        if user.id in seen or not user.active or not user.email:
            continue
        seen.add(user.id)
        if actor is not None and user.id == actor.id and kind not in (Kind.INVITATION, Kind.CANCELLATION):
            continue  # nobody is told about their own action (an invitation still goes to their calendar)
        how = delivery(kind, Preference(user.notify or "immediate"))
        if how == "never":
            continue
        rows.append(
            MailMessage(
                message_id=new_message_id(f"{kind}.{secrets.token_hex(12)}", domain),
                dedupe_key=f"{dedupe}:{user.id}" if dedupe else None,
                kind=str(kind),
                recipient_id=user.id,
                to_addr=user.email,
                lang=user.ui_lang,
                payload=payload,
                status="pending" if how == "now" else "digest",
                attempts=0,
                next_attempt_at=moment,
                last_error="",
                subject="",
                created_at=moment,
            )
        )
    session.add_all(rows)
    return rows


def _users(session: Session, *conditions: Any) -> list[User]:
    return list(
        session.scalars(
            select(User)
            .join(Party, Party.id == User.party_id)
            .where(User.active.is_(True), User.email.is_not(None), *conditions)
            .order_by(User.id)
        )
    )


def everyone(session: Session) -> list[User]:
    """Return every active user with an address (NAPTIP, ANLTP-TIM and ICMPD)."""
    return _users(session)


def leads(session: Session, *, except_party_id: int | None = None) -> list[User]:
    """Return the negotiating parties' legal leads (the Chair and co-Chair), optionally but one party's."""
    conditions = [User.role == "lead", Party.code.in_(NEGOTIATING)]
    if except_party_id is not None:
        conditions.append(User.party_id != except_party_id)
    return _users(session, *conditions)


def members(session: Session) -> list[User]:
    """Return the working group: the parties' leads and members and the facilitator (not observers or admins)."""
    return _users(session, User.role.in_(("lead", "member", "facilitator")))


# --- events -------------------------------------------------------------------------------
#
# A change records one *event* row (status "event") in its own transaction; the sender expands it
# into one message per recipient moments later (``expand_events``).  So a request that concerns a
# hundred people writes one row, as one that concerns nobody would, and nothing is lost: the event
# is committed with the change or not at all.


def announce(session: Session, kind: Kind, payload: dict[str, Any], actor: User | None) -> MailMessage:
    """Record that something happened that people must be told (the caller commits with its change)."""
    moment = utcnow()
    row = MailMessage(
        message_id=new_message_id(f"event.{secrets.token_hex(12)}", domain_of(address_of(sender()))),
        kind=str(kind),
        recipient_id=None,
        to_addr="",
        lang="",
        payload={**payload, "actor_id": actor.id if actor else None},
        status="event",
        attempts=0,
        next_attempt_at=moment,
        last_error="",
        subject="",
        created_at=moment,
    )
    session.add(row)
    return row


def recipients_for(session: Session, kind: Kind, payload: dict[str, Any]) -> list[User]:
    """Return who an event concerns, by its kind."""
    if kind in (Kind.INVITATION, Kind.CANCELLATION):
        return everyone(session)
    if kind is Kind.MINUTES_SHARED:
        return leads(session)
    if kind is Kind.MINUTES_CIRCULATED:
        return members(session)
    if kind is Kind.MENTION:
        from sqlalchemy import func

        names = [n.lower() for n in payload.get("names") or []]
        return (
            list(session.scalars(select(User).where(func.lower(User.username).in_(names)))) if names else []
        )
    if kind in (Kind.AMENDMENT_PROPOSED, Kind.POSITION_TAKEN, Kind.AMENDMENT_ADOPTED):
        amendment = session.get(Amendment, payload["amendment_id"])
        return _clause_people(session, amendment, payload.get("actor_party_id")) if amendment else []
    if kind is Kind.ACTION_ASSIGNED:
        decision = session.get(Decision, payload["decision_id"])
        return action_owner(session, decision) if decision else []
    return []


def expand(session: Session, event: MailMessage) -> list[MailMessage]:
    """Turn an event into one message per recipient (once: the rows' keys are unique per event and user)."""
    payload = event.payload or {}
    actor = session.get(User, payload["actor_id"]) if payload.get("actor_id") else None
    rows = queue(
        session,
        Kind(event.kind),
        recipients_for(session, Kind(event.kind), payload),
        payload,
        actor=actor,
        dedupe=f"event{event.id}",
        now=_aware(event.created_at),
    )
    event.status = "expanded"
    event.sent_at = utcnow()
    return rows


def _aware(moment: datetime | None) -> datetime | None:
    from .inputs import aware

    return aware(moment)


def session_scheduled(session: Session, review: ReviewSession, change: str, actor: User | None) -> None:
    """Invite everyone to a session created or moved, or tell them it is cancelled."""
    kind = Kind.CANCELLATION if change == "cancelled" else Kind.INVITATION
    payload = {
        "session_id": review.id,
        "change": change,
        "sequence": review.ical_sequence,
        "title": review.title,
        "starts_at": _iso(review.starts_at),
        "call_link": review.call_link,
    }
    announce(session, kind, payload, actor)


def minutes_shared(session: Session, review: ReviewSession, actor: User | None) -> None:
    """Send the minutes to both parties' leads, each with the DOCX in their language."""
    announce(session, Kind.MINUTES_SHARED, {"session_id": review.id}, actor)


def minutes_circulated(session: Session, review: ReviewSession, actor: User | None) -> None:
    """Ask every member to approve the minutes before the next session."""
    announce(session, Kind.MINUTES_CIRCULATED, {"session_id": review.id}, actor)


def comment_added(session: Session, comment: Comment, body: str, actor: User, *, before: str = "") -> None:
    """Tell each person mentioned with @name in a comment (after an edit: only those newly mentioned)."""
    earlier = {name.lower() for name in mentions(before)}
    names = [name for name in mentions(body) if name.lower() not in earlier]
    if names:
        payload = {"comment_id": comment.id, "clause_id": comment.clause_id, "names": names}
        announce(session, Kind.MENTION, payload, actor)


def _clause_people(session: Session, amendment: Amendment, party_id: int | None) -> list[User]:
    """The other party's lead, the amendment's author, and whoever commented on the clause."""
    commenters = list(
        session.scalars(
            select(User)
            .join(Comment, Comment.author_id == User.id)
            .where(Comment.clause_id == amendment.clause_id)
            .distinct()
        )
    )
    author = session.get(User, amendment.author_id)
    return [*leads(session, except_party_id=party_id), *([author] if author else []), *commenters]


def amendment_event(session: Session, kind: Kind, amendment: Amendment, actor: User, **extra: Any) -> None:
    """Tell the other party's lead, the author and the clause's commenters about an amendment."""
    payload = {
        "amendment_id": amendment.id,
        "clause_id": amendment.clause_id,
        "actor_party_id": actor.party_id,
        **extra,
    }
    announce(session, kind, payload, actor)


def amendment_proposed(session: Session, amendment: Amendment, actor: User) -> None:
    """An amendment was proposed on a clause."""
    amendment_event(session, Kind.AMENDMENT_PROPOSED, amendment, actor)


def position_taken(session: Session, amendment: Amendment, position: str, actor: User) -> None:
    """A party took a position on an amendment."""
    amendment_event(session, Kind.POSITION_TAKEN, amendment, actor, position=position)


def amendment_adopted(session: Session, amendment: Amendment, actor: User) -> None:
    """An amendment was adopted."""
    amendment_event(session, Kind.AMENDMENT_ADOPTED, amendment, actor)


def action_owner(session: Session, decision: Decision) -> list[User]:
    """Return who owns an action point: the user so named in the owner party, else that party's lead."""
    if decision.owner_party_id is None:
        return []
    people = _users(session, User.party_id == decision.owner_party_id)
    wanted = (decision.owner_person or "").strip().lower()
    if wanted:
        named = [u for u in people if wanted in (u.username.lower(), u.display_name.lower())]
        if named:
            return named
    return [u for u in people if u.role in ("lead", "facilitator")]


def action_assigned(session: Session, decision: Decision, actor: User) -> None:
    """Tell an action point's owner."""
    announce(
        session, Kind.ACTION_ASSIGNED, {"decision_id": decision.id, "session_id": decision.session_id}, actor
    )


def _iso(moment: datetime | None) -> str | None:
    from .sessions import aware

    return aware(moment).isoformat() if moment else None
