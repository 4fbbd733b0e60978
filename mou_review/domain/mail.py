"""E-mail notices: addresses, mentions, retry timing, MIME messages and iCalendar invitations.

Pure functions (no Flask, no SQLAlchemy), tested without the app:

- ``normalise_address`` refuses an address that cannot be delivered to
  (``ValidationError``) and returns it trimmed, with the domain lower-cased.
- ``mentions`` finds ``@username`` in a comment.
- ``next_attempt`` says when a failed send is tried again (exponential
  back-off, capped); ``is_permanent`` tells a refusal (5xx) from a transient
  failure.
- ``build_message`` assembles a ``multipart/alternative`` message (plain text
  and HTML) with Python's ``email`` package, an optional ``text/calendar``
  part and attachments.  The Message-ID is given by the caller: it is chosen
  once, when the notice is queued, so a message sent again after a crash
  carries the same one.
- ``calendar_event`` writes a session as an iCalendar object with the
  ``icalendar`` package: ``METHOD:REQUEST`` (or ``CANCEL``), a stable UID per
  session, ``SEQUENCE`` bumped on every change, ``DTSTART`` in UTC, the call
  link as ``URL`` and ``LOCATION`` and the agenda in ``DESCRIPTION``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from enum import StrEnum

from .errors import N_, ValidationError

MAX_ADDRESS = 254
SESSION_LENGTH = timedelta(hours=2)


class Preference(StrEnum):
    """How a user wants the notices that are not mandatory."""

    IMMEDIATE = "immediate"
    DIGEST = "digest"
    NONE = "none"


class Kind(StrEnum):
    """What a notice is about."""

    INVITATION = "invitation"  # session created or moved
    CANCELLATION = "cancellation"
    MINUTES_SHARED = "minutes_shared"  # to the Chair and co-Chair
    MINUTES_CIRCULATED = "minutes_circulated"  # to every member, for approval
    MENTION = "mention"
    AMENDMENT_PROPOSED = "amendment_proposed"
    POSITION_TAKEN = "position_taken"
    AMENDMENT_ADOPTED = "amendment_adopted"
    ACTION_ASSIGNED = "action_assigned"
    ACTION_REMINDER = "action_reminder"
    DIGEST = "digest"


MANDATORY = frozenset({Kind.INVITATION, Kind.CANCELLATION, Kind.MINUTES_SHARED, Kind.MINUTES_CIRCULATED})
#: The digest is what a "daily digest" user asked for, so it goes to them even though it is optional.
DIGESTIBLE = frozenset(Kind) - MANDATORY - {Kind.DIGEST}


def delivery(kind: Kind, preference: Preference) -> str:
    """Return how a notice reaches a user: "now", "digest" (folded into the daily digest) or "never"."""
    if kind in MANDATORY or kind is Kind.DIGEST:
        return "now"
    if preference is Preference.IMMEDIATE:
        return "now"
    if preference is Preference.DIGEST:
        return "digest"
    return "never"


# --- addresses -----------------------------------------------------------------------------

_LOCAL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$")
_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")


def normalise_address(value: str | None) -> str | None:
    """Return a deliverable address trimmed (domain lower-cased), None for an empty value; refuse others."""
    text = (value or "").strip()
    if not text:
        return None
    bad = ValidationError(
        N_("%(address)s is not a valid e-mail address (name@example.org)."), reason="bad_email", address=text
    )
    if len(text) > MAX_ADDRESS or text.count("@") != 1:
        raise bad
    local, domain = text.split("@")
    if not local or len(local) > 64 or not _LOCAL.match(local) or ".." in local:
        raise bad
    if local.startswith(".") or local.endswith("."):
        raise bad
    try:
        domain = domain.encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise bad from None
    labels = domain.split(".")
    if len(labels) < 2 or not all(_LABEL.match(label) for label in labels) or labels[-1].isdigit():
        raise bad
    return f"{local}@{domain}"


# --- mentions --------------------------------------------------------------------------------

_MENTION = re.compile(r"(?<![\w@.])@([A-Za-z0-9_](?:[A-Za-z0-9._-]*[A-Za-z0-9_])?)")


def mentions(text: str) -> list[str]:
    """Return the user names mentioned with ``@name`` in a text, in order, each once."""
    seen: list[str] = []
    for match in _MENTION.finditer(text or ""):
        name = match.group(1)
        if name.lower() not in (s.lower() for s in seen):
            seen.append(name)
    return seen


# --- retries ---------------------------------------------------------------------------------

FIRST_RETRY = timedelta(seconds=30)
MAX_RETRY = timedelta(hours=1)


def next_attempt(attempts: int, now: datetime) -> datetime:
    """Return when to try again after ``attempts`` failed tries: 30 s, 1 min, 2 min, ... at most 1 h."""
    delay = FIRST_RETRY * (2 ** max(attempts - 1, 0)) if attempts < 20 else MAX_RETRY
    return now + min(delay, MAX_RETRY)


def is_permanent(smtp_code: int | None) -> bool:
    """Return True for a refusal the server will repeat (5xx), False for a transient failure."""
    return smtp_code is not None and 500 <= smtp_code < 600


# --- messages ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Attachment:
    """A file attached to a message."""

    filename: str
    content: bytes
    maintype: str = "application"
    subtype: str = "octet-stream"


@dataclass(frozen=True)
class Calendar:
    """An iCalendar object to carry as a ``text/calendar`` part (and as an ``.ics`` file)."""

    method: str
    content: bytes


@dataclass(frozen=True)
class Outgoing:
    """Everything a message is built from."""

    message_id: str
    sender: str
    to: str
    to_name: str
    subject: str
    text: str
    html: str
    lang: str
    date: datetime
    calendar: Calendar | None = None
    attachments: Sequence[Attachment] = field(default_factory=tuple)
    headers: dict[str, str] = field(default_factory=dict)


def build_message(out: Outgoing) -> EmailMessage:
    """Return the e-mail: plain text and HTML alternatives, then the calendar part and the attachments."""
    message = EmailMessage()
    message["Message-ID"] = out.message_id
    message["Date"] = format_datetime(out.date.astimezone(UTC))
    message["From"] = out.sender
    local, _, domain = out.to.partition("@")
    message["To"] = Address(display_name=out.to_name, username=local, domain=domain)
    message["Subject"] = out.subject
    message["Auto-Submitted"] = "auto-generated"
    for name, value in out.headers.items():
        message[name] = value
    message.set_content(out.text, cte="quoted-printable")
    message.add_alternative(out.html, subtype="html", cte="quoted-printable")
    if out.calendar is not None:
        # Inside the alternative, as mail clients expect an invitation, and again as a file.
        message.add_alternative(out.calendar.content, maintype="text", subtype="calendar")
        part = message.get_payload()[-1]
        part.set_param("method", out.calendar.method)
        part.set_param("charset", "utf-8")
    if out.calendar is not None or out.attachments:
        message.make_mixed()
    if out.calendar is not None:
        message.add_attachment(
            out.calendar.content,
            maintype="application",
            subtype="ics",
            filename="invite.ics" if out.calendar.method == "REQUEST" else "cancel.ics",
        )
    for attachment in out.attachments:
        message.add_attachment(
            attachment.content,
            maintype=attachment.maintype,
            subtype=attachment.subtype,
            filename=attachment.filename,
        )
    message["Content-Language"] = out.lang  # after make_mixed, which moves Content-* headers inward
    return message


# --- calendar ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionEvent:
    """A review session as a calendar sees it."""

    uid: str
    sequence: int
    title: str
    starts_at: datetime
    call_link: str
    description: str
    url: str
    organiser: str
    attendees: Sequence[tuple[str, str]] = ()  # (name, address)
    cancelled: bool = False
    stamp: datetime | None = None


def calendar_event(event: SessionEvent) -> bytes:
    """Return the session as an iCalendar object (METHOD:REQUEST, or METHOD:CANCEL when cancelled)."""
    from icalendar import Calendar as ICalendar
    from icalendar import Event, vCalAddress, vText

    cal = ICalendar()
    cal.add("prodid", "-//mou-review//JTWG review sessions//EN")
    cal.add("version", "2.0")
    cal.add("method", "CANCEL" if event.cancelled else "REQUEST")
    item = Event()
    starts = event.starts_at if event.starts_at.tzinfo else event.starts_at.replace(tzinfo=UTC)
    starts = starts.astimezone(UTC)
    item.add("uid", event.uid)
    item.add("sequence", event.sequence)
    item.add("dtstamp", (event.stamp or datetime.now(UTC)).astimezone(UTC))
    item.add("dtstart", starts)
    item.add("dtend", starts + SESSION_LENGTH)
    item.add("summary", event.title)
    item.add("description", event.description)
    if event.call_link:
        item.add("location", event.call_link)
        item.add("url", event.call_link)
    elif event.url:
        item.add("url", event.url)
    item.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    organiser = vCalAddress(f"mailto:{event.organiser}")
    organiser.params["cn"] = vText("ICMPD")
    item.add("organizer", organiser)
    for name, address in event.attendees:
        attendee = vCalAddress(f"mailto:{address}")
        attendee.params["cn"] = vText(name)
        attendee.params["role"] = vText("REQ-PARTICIPANT")
        attendee.params["rsvp"] = vText("FALSE")
        item.add("attendee", attendee)
    cal.add_component(item)
    return cal.to_ical()


def session_uid(session_id: int, domain: str) -> str:
    """Return the stable iCalendar UID of a review session."""
    return f"review-session-{session_id}@{domain}"


def new_message_id(token: str, domain: str) -> str:
    """Return a Message-ID from a unique token."""
    return f"<{token}@{domain}>"


def domain_of(address: str) -> str:
    """Return the domain part of an address (for Message-IDs and UIDs)."""
    _, _, domain = address.rpartition("@")
    return domain.strip("<> ") or "mou-review.invalid"
