"""Sending the queued notices: render in the recipient's language, send, retry, never twice.

This runs outside web requests: in the sender process that ``mou-review
serve`` and ``demo`` start (``mou-review mail worker``), or once with
``mou-review mail send-pending``.

- **Claim.** A sender claims a batch of due rows with one UPDATE that sets
  ``claimed_by`` and a lease (``locked_until``) only on rows nobody holds, then
  reads back the rows carrying its own token: two senders never hold the same
  row.
- **Render once.** A claimed row is rendered (subject, plain text, HTML,
  iCalendar, attachments) in the recipient's language and ``raw`` is stored
  before the first attempt.  Every later attempt sends those bytes.
- **Send, then mark.** The row is marked sent in its own commit right after
  the server accepted it.  A crash between the two leaves the lease to expire,
  and the message goes again with the same bytes and the same Message-ID, so
  the recipient's mail system sees one message.
- **Retry.** A server that is down or answers 4xx: the row waits (30 s, 1 min,
  2 min ... at most 1 h) and is tried again, for ever, so nothing is lost.  A
  5xx refusal is permanent: the row is marked *failed* with the server's answer,
  which the outbox page shows; the facilitator may try it again from there.
- **Without ``MAIL_SERVER``** each message is written to
  ``instance/outbox/<Message-ID>.eml`` (a repeat overwrites the same file).
"""

from __future__ import annotations

import logging
import os
import secrets
import smtplib
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path
from typing import Any

from flask import Flask
from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..domain.mail import Kind, Preference, is_permanent, next_attempt
from ..models import Decision, Document, MailMessage, ReviewSession, User, utcnow
from . import notifications

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=5)
BATCH = 50


# --- transports -----------------------------------------------------------------------------


class TransientFailure(Exception):
    """The server is unreachable or asked us to come back later."""


class PermanentFailure(Exception):
    """The server refused the message and would refuse it again."""


class FileTransport:
    """Write each message to ``<outbox>/<Message-ID>.eml`` (the demo's default)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def __enter__(self) -> FileTransport:
        self.folder.mkdir(parents=True, exist_ok=True)
        return self

    def __exit__(self, *exc: Any) -> None:
        return None

    def describe(self) -> str:
        return f"files in {self.folder}"

    def send(self, message: MailMessage, raw: bytes) -> None:
        name = outbox_name(message)
        fd, temp = tempfile.mkstemp(dir=self.folder, suffix=".part")
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
        os.replace(temp, self.folder / name)  # atomic: a reader never sees half a message


class SmtpTransport:
    """Send through an SMTP server, one connection per batch."""

    def __init__(self, config: dict) -> None:
        self.host = config["MAIL_SERVER"]
        self.port = int(config.get("MAIL_PORT") or (587 if config.get("MAIL_USE_TLS") else 25))
        self.tls = bool(config.get("MAIL_USE_TLS"))
        self.username = config.get("MAIL_USERNAME") or None
        self.password = config.get("MAIL_PASSWORD") or ""
        self.timeout = float(config.get("MAIL_TIMEOUT") or 30)
        self.envelope_from = notifications.address_of(notifications.sender())
        self.smtp: smtplib.SMTP | None = None

    def __enter__(self) -> SmtpTransport:
        return self

    def __exit__(self, *exc: Any) -> None:
        if self.smtp is not None:
            try:
                self.smtp.quit()
            except (smtplib.SMTPException, OSError):
                self.smtp.close()
            self.smtp = None

    def describe(self) -> str:
        return f"SMTP {self.host}:{self.port}{' STARTTLS' if self.tls else ''}"

    def _connect(self) -> smtplib.SMTP:
        try:
            smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
            if self.tls:
                smtp.starttls()
            if self.username:
                smtp.login(self.username, self.password)
        except smtplib.SMTPResponseException as error:
            raise TransientFailure(f"{error.smtp_code} {_text(error.smtp_error)}") from None
        except (smtplib.SMTPException, OSError) as error:
            raise TransientFailure(f"{type(error).__name__}: {error}") from None
        return smtp

    def send(self, message: MailMessage, raw: bytes) -> None:
        if self.smtp is None:
            self.smtp = self._connect()
        try:
            refused = self.smtp.sendmail(self.envelope_from, [message.to_addr], raw)
        except smtplib.SMTPRecipientsRefused as error:
            code, answer = next(iter(error.recipients.values()))
            self._raise(code, answer)
        except smtplib.SMTPResponseException as error:
            self._raise(error.smtp_code, error.smtp_error)
        except (smtplib.SMTPException, OSError) as error:
            self.smtp = None  # the connection is gone: reconnect on the next message
            raise TransientFailure(f"{type(error).__name__}: {error}") from None
        if refused:
            code, answer = refused[message.to_addr]
            self._raise(code, answer)

    def _raise(self, code: int, answer: bytes | str) -> None:
        text = f"{code} {_text(answer)}"
        if is_permanent(code):
            raise PermanentFailure(text)
        raise TransientFailure(text)


def _text(answer: bytes | str) -> str:
    return answer.decode("utf-8", "replace") if isinstance(answer, bytes) else str(answer)


def outbox_name(message: MailMessage) -> str:
    """Return the outbox file name of a message (from its Message-ID)."""
    token = message.message_id.strip("<>").replace("/", "_").replace("@", "_at_")
    return f"{token}.eml"


def outbox_folder(app: Flask) -> Path:
    """Return where messages are written without MAIL_SERVER."""
    return Path(app.config.get("MAIL_OUTBOX_DIR") or Path(app.instance_path) / "outbox")


def transport_for(app: Flask) -> FileTransport | SmtpTransport:
    """Return the transport the settings ask for."""
    if app.config.get("MAIL_SERVER"):
        return SmtpTransport(app.config)
    return FileTransport(outbox_folder(app))


# --- sending --------------------------------------------------------------------------------


@dataclass
class Report:
    """What one pass of the sender did."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def _aware(moment: datetime | None) -> datetime | None:
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


def due_filter(now: datetime):
    """Return the condition of a row a sender may claim now."""
    return and_(
        MailMessage.status == "pending",
        MailMessage.next_attempt_at <= now,
        or_(MailMessage.locked_until.is_(None), MailMessage.locked_until < now),
    )


def claim(session: Session, now: datetime, limit: int = BATCH) -> list[MailMessage]:
    """Claim up to ``limit`` due messages for this sender (one UPDATE; concurrent senders split them)."""
    ids = list(
        session.scalars(select(MailMessage.id).where(due_filter(now)).order_by(MailMessage.id).limit(limit))
    )
    if not ids:
        return []
    token = secrets.token_hex(16)
    session.execute(
        update(MailMessage)
        .where(MailMessage.id.in_(ids), due_filter(now))
        .values(claimed_by=token, locked_until=now + LEASE)
        .execution_options(synchronize_session=False)
    )
    session.commit()
    return list(
        session.scalars(select(MailMessage).where(MailMessage.claimed_by == token).order_by(MailMessage.id))
    )


def expand_events(session: Session, now: datetime, limit: int = BATCH) -> int:
    """Expand recorded events into one message per recipient; return how many messages that made."""
    pending = and_(
        MailMessage.status == "event",
        or_(MailMessage.locked_until.is_(None), MailMessage.locked_until < now),
    )
    ids = list(session.scalars(select(MailMessage.id).where(pending).order_by(MailMessage.id).limit(limit)))
    if not ids:
        return 0
    token = secrets.token_hex(16)
    session.execute(
        update(MailMessage)
        .where(MailMessage.id.in_(ids), pending)
        .values(claimed_by=token, locked_until=now + LEASE)
        .execution_options(synchronize_session=False)
    )
    session.commit()
    made = 0
    events = session.scalars(
        select(MailMessage).where(MailMessage.claimed_by == token, MailMessage.status == "event")
    ).all()
    for event in events:
        try:
            made += len(notifications.expand(session, event))
            event.locked_until = None
            session.commit()
        except IntegrityError:  # expanded already (a crash after the insert): the unique keys held
            session.rollback()
        except Exception as error:  # what it was about is gone: record it, never crash the sender
            session.rollback()
            log.exception("cannot expand event %s", event.id)
            event.status = "failed"
            event.last_error = f"recipients: {type(error).__name__}: {error}"[:2000]
            session.commit()
    return made


def _mark_sent(session: Session, message: MailMessage, now: datetime) -> None:
    message.status = "sent"
    message.sent_at = now
    message.attempts += 1
    message.locked_until = None
    message.last_error = ""
    session.commit()


def send_pending(
    app: Flask,
    *,
    now: datetime | None = None,
    limit: int | None = None,
    transport: Any = None,
    clock: Callable[[], datetime] = utcnow,
) -> Report:
    """Send every message due now (in batches); return what happened."""
    from ..extensions import db

    report = Report()
    session = db.session
    with app.app_context(), transport or transport_for(app) as carrier:
        while limit is None or report.sent + report.failed + report.retried < limit:
            moment = now or clock()
            while expand_events(session, moment):
                pass
            batch = claim(session, moment, BATCH if limit is None else min(BATCH, limit))
            if not batch:
                break
            _render_batch(app, session, batch)
            down = False
            for message in batch:
                if message.status != "pending":
                    continue  # rendering failed: already marked
                if down:
                    _release(session, message)
                    continue
                try:
                    carrier.send(message, message.raw.encode("utf-8"))
                except PermanentFailure as error:
                    _fail(session, message, str(error), moment)
                    report.failed += 1
                    report.errors.append(str(error))
                except TransientFailure as error:
                    _retry(session, message, str(error), moment)
                    report.retried += 1
                    report.errors.append(str(error))
                    down = isinstance(carrier, SmtpTransport) and carrier.smtp is None
                else:
                    _mark_sent(session, message, now or clock())
                    report.sent += 1
            session.remove() if hasattr(session, "remove") else None
            if down:
                break
    return report


def _release(session: Session, message: MailMessage) -> None:
    # The server went away earlier in this batch: give the row back untouched, due as it was.
    message.locked_until = None
    message.claimed_by = None
    session.commit()


def _retry(session: Session, message: MailMessage, error: str, now: datetime) -> None:
    message.attempts += 1
    message.last_error = error[:2000]
    message.next_attempt_at = next_attempt(message.attempts, now)
    message.locked_until = None
    message.claimed_by = None
    session.commit()


def _fail(session: Session, message: MailMessage, error: str, now: datetime) -> None:
    message.attempts += 1
    message.status = "failed"
    message.last_error = error[:2000]
    message.locked_until = None
    message.claimed_by = None
    session.commit()


def _render_batch(app: Flask, session: Session, batch: list[MailMessage]) -> None:
    from .mail_render import render

    cache: dict = {}  # what several messages of a batch share (a document's clause labels, minutes files)
    for message in batch:
        if message.raw is not None:
            continue
        try:
            email = render(app, session, message, cache)
        except (
            Exception
        ) as error:  # a notice about something deleted since: record it, never crash the sender
            log.exception("cannot render message %s", message.id)
            message.status = "failed"
            message.last_error = f"render: {type(error).__name__}: {error}"[:2000]
            message.locked_until = None
            continue
        message.subject = str(email["Subject"])[:300]
        message.raw = email.as_string(policy=policy.SMTP)
    session.commit()


def retry_message(session: Session, message_id: int, actor: User | None = None) -> MailMessage:
    """Put a failed message back in the queue (from the outbox page)."""
    from ..domain.errors import N_, NotFound
    from . import audit

    message = session.get(MailMessage, message_id)
    if message is None:
        raise NotFound(N_("No message has the number %(id)s."), id=message_id)
    if message.status == "failed":
        message.status = "pending"
        message.next_attempt_at = utcnow()
        message.claimed_by = None
        message.locked_until = None
        if message.raw is None:
            message.last_error = ""
        audit.record(session, actor, "mail.retry", "mail_message", message.id)
        session.commit()
    return message


def record_bounce(session: Session, raw: bytes) -> MailMessage | None:
    """Record a bounce (a delivery status notification, RFC 3464) on the message it reports; return it.

    An SMTP server that accepted a message may still fail to deliver it and send a report back to
    MAIL_FROM; piped to ``mou-review mail bounce``, the report marks our message *refused* with the
    reported status, as a refusal during sending would.  Reports of delays (Action: delayed) change nothing.
    """
    import re

    report = BytesParser(policy=policy.default).parsebytes(raw)
    original: str | None = None
    action, status, diagnostic = "", "", ""
    for part in report.walk():
        kind = part.get_content_type()
        if kind == "message/delivery-status":
            for block in part.get_payload():
                action = str(block.get("Action", action) or action)
                status = str(block.get("Status", status) or status)
                diagnostic = str(block.get("Diagnostic-Code", diagnostic) or diagnostic)
        elif kind == "message/rfc822" and original is None:
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) else inner
            original = inner.get("Message-ID")
        elif kind == "text/rfc822-headers" and original is None:
            original = (
                BytesParser(policy=policy.default)
                .parsebytes(part.get_content().encode("utf-8"), headersonly=True)
                .get("Message-ID")
            )
    candidates = [str(original).strip()] if original else []
    candidates += re.findall(r"<[^<>\s]+@[^<>\s]+>", raw.decode("utf-8", "replace"))
    message = None
    for candidate in candidates:
        message = session.scalar(select(MailMessage).where(MailMessage.message_id == candidate))
        if message is not None and message.recipient_id is not None:
            break
        message = None
    if message is None:
        return None
    if action.strip().lower() in ("delayed", "relayed", "delivered", "expanded"):
        return message
    message.status = "failed"
    message.last_error = f"bounce: {status} {diagnostic}".strip()[:2000]
    message.locked_until = None
    session.commit()
    return message


def parse(message: MailMessage):
    """Return a stored message parsed back (for the outbox page)."""
    return BytesParser(policy=policy.default).parsebytes((message.raw or "").encode("utf-8"))


# --- scheduled notices ------------------------------------------------------------------------

REMINDER_BEFORE = timedelta(days=2)


def schedule_due(app: Flask, now: datetime | None = None) -> int:
    """Queue what the calendar makes due: action point reminders and daily digests; return how many."""
    from ..extensions import db

    moment = now or utcnow()
    with app.app_context():
        count = _queue_reminders(db.session, moment)
        count += _queue_digests(app, db.session, moment)
        db.session.remove()
    return count


def _queue_reminders(session: Session, now: datetime) -> int:
    today = now.date()
    rows = session.scalars(
        select(Decision)
        .join(ReviewSession, ReviewSession.id == Decision.session_id)
        .where(
            Decision.kind == "action",
            Decision.done_at.is_(None),
            Decision.due_on.is_not(None),
            Decision.due_on >= today,
            Decision.due_on <= today + REMINDER_BEFORE,
            ReviewSession.status != "cancelled",
        )
    ).all()
    count = 0
    for decision in rows:
        owners = notifications.action_owner(session, decision)
        payload = {"decision_id": decision.id, "session_id": decision.session_id}
        added = _queue_once(session, Kind.ACTION_REMINDER, owners, payload, f"reminder:{decision.id}", now)
        count += added
    return count


def _queue_once(
    session: Session, kind: Kind, users: list[User], payload: dict, key: str, now: datetime
) -> int:
    """Queue a scheduled notice once per (key, user), whichever scheduler gets there first."""
    added = 0
    for user in users:
        exists = session.scalar(select(MailMessage.id).where(MailMessage.dedupe_key == f"{key}:{user.id}"))
        if exists is not None:
            continue
        rows = notifications.queue(session, kind, [user], payload, dedupe=key, now=now)
        try:
            session.commit()
        except IntegrityError:  # another scheduler queued it at the same instant
            session.rollback()
            continue
        added += len(rows)
    return added


def digest_time(app: Flask, now: datetime) -> datetime:
    """Return today's digest time (``DIGEST_HOUR`` UTC, default 06:00)."""
    hour = int(app.config.get("DIGEST_HOUR", 6))
    return datetime.combine(now.date(), time(hour, 0), tzinfo=UTC)


def _queue_digests(app: Flask, session: Session, now: datetime) -> int:
    at = digest_time(app, now)
    if now < at:
        return 0
    people = session.scalars(
        select(User).where(
            User.active.is_(True),
            User.email.is_not(None),
            User.notify == str(Preference.DIGEST),
            or_(User.digest_sent_at.is_(None), User.digest_sent_at < at),
        )
    ).all()
    count = 0
    for user in people:
        count += queue_digest(session, user, now)
    return count


def queue_digest(session: Session, user: User, now: datetime) -> int:
    """Queue a user's digest of today if there is anything to tell (folded notices, changes by others)."""
    from . import visits as review

    folded = list(
        session.scalars(
            select(MailMessage.id).where(MailMessage.recipient_id == user.id, MailMessage.status == "digest")
        )
    )
    since: dict[str, str | None] = {}
    changes = 0
    last_digest = _aware(user.digest_sent_at)
    for document in session.scalars(select(Document).order_by(Document.id)):
        seen = review.last_visit(session, user, document)
        start = max([m for m in (seen, last_digest) if m is not None], default=None)
        found = review.changed_clause_ids(session, document, user, start)
        if found:
            since[str(document.id)] = start.isoformat() if start else None
            changes += len(found)
    user.digest_sent_at = now
    if not folded and not changes:
        session.commit()
        return 0
    payload = {"since": since, "until": now.isoformat(), "folded": folded}
    key = f"digest:{now.date().isoformat()}"
    rows = notifications.queue(session, Kind.DIGEST, [user], payload, dedupe=key, now=now)
    if folded:
        session.execute(
            update(MailMessage)
            .where(MailMessage.id.in_(folded))
            .values(status="digested")
            .execution_options(synchronize_session=False)
        )
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        return 0
    return len(rows)


# --- status -------------------------------------------------------------------------------------


def queue_status(session: Session, now: datetime | None = None) -> dict[str, Any]:
    """Return counts by status, how many are due now, the oldest waiting and the latest failures."""
    moment = now or utcnow()
    counts = dict(
        session.execute(select(MailMessage.status, func.count()).group_by(MailMessage.status)).all()
    )
    due = session.scalar(select(func.count()).select_from(MailMessage).where(due_filter(moment))) or 0
    oldest = session.scalar(select(func.min(MailMessage.created_at)).where(MailMessage.status == "pending"))
    failures = session.scalars(
        select(MailMessage)
        .where(or_(MailMessage.status == "failed", MailMessage.last_error != ""))
        .where(MailMessage.status != "expanded")
        .where(MailMessage.status != "sent")
        .order_by(MailMessage.id.desc())
        .limit(10)
    ).all()
    return {"counts": counts, "due": due, "oldest_pending": _aware(oldest), "failures": failures}
