"""Database tables. Models map rows and nothing more: they never commit.

Texts are append-only: a clause's English or French text, a comment's body,
an amendment's proposed text and the minutes each live in a *version* table
whose rows are never updated.  The unique constraint on (owner, number) makes
two concurrent writers based on the same version collide in the database, so
one of them gets a clear conflict instead of silently overwriting the other.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from flask_login import UserMixin
from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .extensions import db


def utcnow() -> datetime:
    """Return the current time, timezone-aware in UTC."""
    return datetime.now(UTC)


Timestamp = DateTime(timezone=True)


class Party(db.Model):
    __tablename__ = "party"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name_en: Mapped[str] = mapped_column(String(200))
    name_fr: Mapped[str] = mapped_column(String(200))
    country_en: Mapped[str] = mapped_column(String(100), default="")
    country_fr: Mapped[str] = mapped_column(String(100), default="")
    working_lang: Mapped[str] = mapped_column(String(2))
    is_facilitator: Mapped[bool] = mapped_column(Boolean, default=False)

    def name(self, lang: str) -> str:
        return self.name_fr if lang == "fr" else self.name_en


class User(UserMixin, db.Model):
    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(300))
    preferred_lang: Mapped[str | None] = mapped_column(String(2))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Part of every browser session's identity: bumping it (logout, password change or reset,
    #: deactivation) ends every session of the user at their next request.
    session_epoch: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: Set when an administrator chose the password: the user must choose their own at next sign-in.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    # Notifications: where they go and how (immediate, digest, none; mandatory notices always go).
    email: Mapped[str | None] = mapped_column(String(254))
    notify: Mapped[str] = mapped_column(String(10), default="immediate")
    digest_sent_at: Mapped[datetime | None] = mapped_column(Timestamp)

    party: Mapped[Party] = relationship(lazy="joined")

    @property
    def is_active(self) -> bool:  # Flask-Login
        return self.active

    def get_id(self) -> str:  # Flask-Login: the session holds "<id>:<epoch>"
        return f"{self.id}:{self.session_epoch or 0}"

    @property
    def ui_lang(self) -> str:
        return self.preferred_lang or self.party.working_lang


class ApiToken(db.Model):
    __tablename__ = "api_token"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(Timestamp)
    expires_at: Mapped[datetime | None] = mapped_column(Timestamp)
    revoked_at: Mapped[datetime | None] = mapped_column(Timestamp)

    user: Mapped[User] = relationship()


class LoginAttempt(db.Model):
    """Failed and successful logins, kept in the database so every worker sees them."""

    __tablename__ = "login_attempt"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), index=True)
    remote_addr: Mapped[str] = mapped_column(String(64), default="")
    succeeded: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow, index=True)


class Document(db.Model):
    __tablename__ = "document"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    title_en: Mapped[str] = mapped_column(String(500))
    title_fr: Mapped[str] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(20), default="drafting")
    signed_place: Mapped[str | None] = mapped_column(String(200))
    signed_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)

    def title(self, lang: str) -> str:
        return self.title_fr if lang == "fr" else self.title_en


class Clause(db.Model):
    """A node of a document's clause tree. Its number is computed, never stored."""

    __tablename__ = "clause"
    __table_args__ = (Index("ix_clause_document_seq", "document_id", "seq"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    level: Mapped[int] = mapped_column(Integer)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("clause.id"))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    deleted_at: Mapped[datetime | None] = mapped_column(Timestamp)
    deleted_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))

    document: Mapped[Document] = relationship()


class ClauseVersion(db.Model):
    """One version of one language of a clause. Rows are never updated."""

    __tablename__ = "clause_version"
    __table_args__ = (UniqueConstraint("clause_id", "lang", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    clause_id: Mapped[int] = mapped_column(ForeignKey("clause.id"), index=True)
    lang: Mapped[str] = mapped_column(String(2))
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    # The number of the other language's version this one was written against.
    other_number: Mapped[int | None] = mapped_column(Integer)
    origin: Mapped[str] = mapped_column(String(20), default="edit")  # seed, edit, amendment, import, machine
    reason: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    amendment_id: Mapped[int | None] = mapped_column(ForeignKey("amendment.id"))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)

    author: Mapped[User | None] = relationship(foreign_keys=[author_id])


class AuditEvent(db.Model):
    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    action: Mapped[str] = mapped_column(String(50))
    object_type: Mapped[str] = mapped_column(String(30))
    object_id: Mapped[int | None] = mapped_column(Integer)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"), index=True)
    before_id: Mapped[int | None] = mapped_column(Integer)
    after_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[dict | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow, index=True)

    actor: Mapped[User | None] = relationship()


# --- review workflow -------------------------------------------------------


class Comment(db.Model):
    __tablename__ = "comment"
    id: Mapped[int] = mapped_column(primary_key=True)
    clause_id: Mapped[int] = mapped_column(ForeignKey("clause.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("comment.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"))
    lang: Mapped[str] = mapped_column(String(4))  # en, fr, both
    en_number: Mapped[int | None] = mapped_column(Integer)  # clause versions it was written against
    fr_number: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10), default="open")
    # Bumped by every change (edit, resolve, reopen): writers send the revision they saw.
    revision: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)

    author: Mapped[User] = relationship()
    party: Mapped[Party] = relationship()


class CommentBody(db.Model):
    """One version of a comment's text; edits append a row."""

    __tablename__ = "comment_body"
    __table_args__ = (UniqueConstraint("comment_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    comment_id: Mapped[int] = mapped_column(ForeignKey("comment.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)


class Amendment(db.Model):
    __tablename__ = "amendment"
    id: Mapped[int] = mapped_column(primary_key=True)
    clause_id: Mapped[int] = mapped_column(ForeignKey("clause.id"), index=True)  # for insert: insert after it
    action: Mapped[str] = mapped_column(String(10))  # modify, insert, delete
    insert_kind: Mapped[str | None] = mapped_column(String(20))
    insert_level: Mapped[int | None] = mapped_column(Integer)
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    rationale: Mapped[str] = mapped_column(Text, default="")
    base_en: Mapped[int | None] = mapped_column(Integer)  # clause version numbers it was proposed against
    base_fr: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), default="open")
    counter_to_id: Mapped[int | None] = mapped_column(ForeignKey("amendment.id"))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(Timestamp)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    result_clause_id: Mapped[int | None] = mapped_column(ForeignKey("clause.id"))

    author: Mapped[User] = relationship(foreign_keys=[author_id])
    party: Mapped[Party] = relationship()


class AmendmentText(db.Model):
    """One version of an amendment's proposed text in one language."""

    __tablename__ = "amendment_text"
    __table_args__ = (UniqueConstraint("amendment_id", "lang", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    amendment_id: Mapped[int] = mapped_column(ForeignKey("amendment.id"), index=True)
    lang: Mapped[str] = mapped_column(String(2))
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(20), default="human")  # human, machine, confirmed
    author_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)


class PositionRecord(db.Model):
    """A party's position on an amendment; the latest per party counts."""

    __tablename__ = "amendment_position"
    id: Mapped[int] = mapped_column(primary_key=True)
    amendment_id: Mapped[int] = mapped_column(ForeignKey("amendment.id"), index=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    position: Mapped[str] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(Text, default="")
    amendment_revision: Mapped[int] = mapped_column(Integer)  # the text state it applies to
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("amendment.id"))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)

    party: Mapped[Party] = relationship()
    author: Mapped[User] = relationship()


class DocumentVisit(db.Model):
    """When a user last opened a document, for "since your last visit"."""

    __tablename__ = "document_visit"
    __table_args__ = (UniqueConstraint("user_id", "document_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"))
    seen_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    previous_seen_at: Mapped[datetime | None] = mapped_column(Timestamp)


# --- divergence ------------------------------------------------------------


class GlossaryEntry(db.Model):
    """A bilingual term. Editing retires the row and adds a new one."""

    __tablename__ = "glossary_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    en: Mapped[str] = mapped_column(String(300))
    fr: Mapped[str] = mapped_column(String(300))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    retired_at: Mapped[datetime | None] = mapped_column(Timestamp)
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("glossary_entry.id"))


class FindingWaiver(db.Model):
    """A facilitator's waiver of one finding, for one exact pair of texts."""

    __tablename__ = "finding_waiver"
    id: Mapped[int] = mapped_column(primary_key=True)
    clause_id: Mapped[int] = mapped_column(ForeignKey("clause.id"), index=True)
    check: Mapped[str] = mapped_column(String(40))
    finding_key: Mapped[str] = mapped_column(String(200))
    en_number: Mapped[int | None] = mapped_column(Integer)
    fr_number: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)

    author: Mapped[User] = relationship(lazy="joined")


# --- DOCX ------------------------------------------------------------------


class Snapshot(db.Model):
    """A named state of a document: clause id -> (English, French) version numbers."""

    __tablename__ = "snapshot"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    state: Mapped[dict] = mapped_column(JSON)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)


# --- review sessions -------------------------------------------------------


class ReviewSession(db.Model):
    __tablename__ = "review_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[datetime] = mapped_column(Timestamp)
    call_link: Mapped[str] = mapped_column(String(500), default="")
    current_clause_id: Mapped[int | None] = mapped_column(ForeignKey("clause.id"))
    # Bumped on every change to what participants see: the ETag of the state.
    state_version: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(12), default="planned")  # planned, live, closed
    next_meeting: Mapped[str] = mapped_column(String(300), default="")
    minutes_shared_at: Mapped[datetime | None] = mapped_column(Timestamp)
    minutes_approved_at: Mapped[datetime | None] = mapped_column(Timestamp)
    minutes_approved_in_id: Mapped[int | None] = mapped_column(ForeignKey("review_session.id"))
    minutes_circulated_at: Mapped[datetime | None] = mapped_column(Timestamp)
    # The iCalendar SEQUENCE of the invitation: bumped when the session is moved or cancelled.
    ical_sequence: Mapped[int] = mapped_column(Integer, default=0)
    cancelled_at: Mapped[datetime | None] = mapped_column(Timestamp)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)


class AgendaItem(db.Model):
    __tablename__ = "agenda_item"
    __table_args__ = (UniqueConstraint("session_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("review_session.id"), index=True)
    clause_id: Mapped[int] = mapped_column(ForeignKey("clause.id"))
    position: Mapped[int] = mapped_column(Integer)


class Decision(db.Model):
    __tablename__ = "session_decision"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("review_session.id"), index=True)
    clause_id: Mapped[int] = mapped_column(ForeignKey("clause.id"))
    kind: Mapped[str] = mapped_column(String(30))  # agreed, agreed_with_amendment, deferred, action
    note: Mapped[str] = mapped_column(Text, default="")
    amendment_id: Mapped[int | None] = mapped_column(ForeignKey("amendment.id"))
    owner_party_id: Mapped[int | None] = mapped_column(ForeignKey("party.id"))
    owner_person: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    author_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    done_at: Mapped[datetime | None] = mapped_column(Timestamp)  # an action point carried out


class Attendance(db.Model):
    """Who took part in a session; a signed-in participant is recorded once."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("session_id", "user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("review_session.id"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    party_id: Mapped[int | None] = mapped_column(ForeignKey("party.id"))
    source: Mapped[str] = mapped_column(String(10), default="auto")  # auto, manual
    joined_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)


class MinutesVersion(db.Model):
    """One version of a session's minutes in one language."""

    __tablename__ = "minutes_version"
    __table_args__ = (UniqueConstraint("session_id", "lang", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("review_session.id"), index=True)
    lang: Mapped[str] = mapped_column(String(2))
    number: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)


class SignOff(db.Model):
    """A party's sign-off of a clause's exact English and French versions (once per party and versions)."""

    __tablename__ = "signoff"
    __table_args__ = (UniqueConstraint("clause_id", "party_id", "en_number", "fr_number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    clause_id: Mapped[int] = mapped_column(ForeignKey("clause.id"), index=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    en_number: Mapped[int] = mapped_column(Integer)
    fr_number: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)


# --- machine translation ---------------------------------------------------


class TranslationCacheEntry(db.Model):
    __tablename__ = "translation_cache"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    model: Mapped[str] = mapped_column(String(100))
    source: Mapped[str] = mapped_column(String(2))
    target: Mapped[str] = mapped_column(String(2))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)


# --- notifications -----------------------------------------------------------


class MailMessage(db.Model):
    """One e-mail to one recipient, queued in the transaction of the change that caused it.

    The Message-ID is chosen when the row is queued; ``raw`` holds the
    rendered message from the first attempt on, so a send repeated after a
    crash between sending and marking carries the same bytes and Message-ID.
    ``locked_until`` is a lease: a sender claims a row by an UPDATE that only
    one of several concurrent senders can win.
    """

    __tablename__ = "mail_message"
    __table_args__ = (Index("ix_mail_message_due", "status", "next_attempt_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str] = mapped_column(String(200), unique=True)
    # Scheduled notices (reminders, digests) are queued once per key, however many schedulers run.
    dedupe_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(30))
    recipient_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), index=True)
    to_addr: Mapped[str] = mapped_column(String(254))
    lang: Mapped[str] = mapped_column(String(2))
    payload: Mapped[dict] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(10), default="pending")  # pending, digest, sent, failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    locked_until: Mapped[datetime | None] = mapped_column(Timestamp)
    claimed_by: Mapped[str | None] = mapped_column(String(40))
    last_error: Mapped[str] = mapped_column(Text, default="")
    subject: Mapped[str] = mapped_column(String(300), default="")
    raw: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(Timestamp)

    recipient: Mapped[User | None] = relationship()
