"""Rendering a queued notice as an e-mail in its recipient's language.

Called by the sender (``services.mailer``), never in a web request.  Each kind
of notice becomes a ``Notice`` (subject, paragraphs, facts, a quoted text, a
link to the exact page); the plain text is written from it here and the HTML
by ``templates/mail/notice.html``, so the two always say the same thing.
Strings go through the interface catalogue (``translations/notifications``)
under the recipient's locale, dates as the minutes write them.
"""

from __future__ import annotations

import functools
import textwrap
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import jinja2
from flask import Flask, url_for
from flask_babel import force_locale, gettext
from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import minutes as minutes_rules
from ..domain.mail import Attachment, Calendar, Kind, Outgoing, build_message
from ..domain.types import Lang
from ..i18n import capitalised, party_name
from ..models import (
    Amendment,
    AmendmentText,
    Clause,
    Comment,
    CommentBody,
    Decision,
    Document,
    MailMessage,
    MinutesVersion,
    Party,
    ReviewSession,
    User,
)
from . import notifications

DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
LOCALES = {"en": "en_GB", "fr": "fr"}
#: How "since your last visit" events are worded, on the review pages and in notices (one table for both).
EVENT_NAMES = {
    "comment.create": _l("commented"),
    "comment.edit": _l("edited a comment"),
    "comment.resolve": _l("resolved a comment"),
    "comment.reopen": _l("reopened a comment"),
    "amendment.propose": _l("proposed an amendment"),
    "amendment.text": _l("added or changed an amendment's text"),
    "amendment.position": _l("took a position on an amendment"),
    "amendment.adopt": _l("adopted an amendment"),
    "amendment.withdraw": _l("withdrew an amendment"),
    "clause.edit": _l("edited the text"),
}


@dataclass
class Notice:
    """What a message says, before it becomes text and HTML."""

    subject: str
    paragraphs: list[str]
    link: str
    link_label: str
    facts: list[tuple[str, str]] = field(default_factory=list)
    quote: str = ""
    lists: list[tuple[str, list[str]]] = field(default_factory=list)
    calendar: Calendar | None = None
    attachments: list[Attachment] = field(default_factory=list)


def _aware(moment: datetime | None) -> datetime | None:
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


def when(moment: datetime, lang: Lang) -> str:
    """Return a meeting time as the minutes write it ("3 December 2026, 10:00 UTC")."""
    return minutes_rules.format_moment(_aware(moment), lang)  # type: ignore[arg-type]


def _url(endpoint: str, **values: Any) -> str:
    return url_for(endpoint, _external=True, **values)


def _view(session: Session, document: Document, cache: dict):
    from .documents import load_view

    key = ("view", document.id)
    if key not in cache:
        cache[key] = load_view(session, document)
    return cache[key]


def _clause_label(session: Session, clause_id: int, lang: Lang, cache: dict) -> tuple[str, Document | None]:
    clause = session.get(Clause, clause_id)
    if clause is None:
        return f"#{clause_id}", None
    document = clause.document
    row = _view(session, document, cache).row(clause_id)
    if row is None:
        return gettext("a deleted clause"), document
    label = row.ref(lang)
    return label, document


def _greeting(user: User | None) -> str:
    return gettext("Dear %(name)s,", name=user.display_name) if user else gettext("Dear colleague,")


# --- one builder per kind ---------------------------------------------------------------------


def _session_notice(session: Session, message: MailMessage, lang: Lang, cache: dict) -> Notice:
    p = message.payload
    review = session.get(ReviewSession, p["session_id"])
    document = session.get(Document, review.document_id)
    starts = datetime.fromisoformat(p["starts_at"])
    moment = when(starts, lang)
    link = _url("sessions.show", session_id=review.id)
    agenda = _agenda_lines(session, review, lang, cache)
    facts = [(gettext("Document"), document.title(str(lang))), (gettext("Date and time"), moment)]
    if p.get("call_link"):
        facts.append((gettext("Call link"), p["call_link"]))
    change = p.get("change")
    if change == "cancelled":
        subject = gettext("Cancelled: %(title)s, %(when)s", title=p["title"], when=moment)
        paragraphs = [
            gettext(
                "The review session “%(title)s” of %(when)s is cancelled. "
                "The attached calendar file removes it from your calendar.",
                title=p["title"],
                when=moment,
            )
        ]
    elif change == "moved":
        subject = gettext("Updated invitation: %(title)s, %(when)s", title=p["title"], when=moment)
        paragraphs = [
            gettext(
                "The review session “%(title)s” has changed. It now takes place on %(when)s. "
                "The attached invitation updates the one in your calendar.",
                title=p["title"],
                when=moment,
            )
        ]
    else:
        subject = gettext("Invitation: %(title)s, %(when)s", title=p["title"], when=moment)
        paragraphs = [
            gettext(
                "The JTWG secretariat (ICMPD) invites you to the review session “%(title)s” on the %(document)s, "
                "on %(when)s. The attached invitation adds it to your calendar.",
                title=p["title"],
                document=document.title(str(lang)),
                when=moment,
            )
        ]
    from .sessions import session_calendar

    key = ("ical", review.id, p.get("sequence"), change, str(lang))
    if key not in cache:  # one calendar object per session state and language
        cache[key] = session_calendar(
            _snapshot(review, p),
            agenda=[gettext("Agenda"), *agenda],
            url=link,
            organiser=notifications.address_of(notifications.sender()),
        )
    ical = cache[key]
    return Notice(
        subject=subject,
        paragraphs=paragraphs,
        facts=facts,
        lists=[(gettext("Agenda"), agenda)] if agenda else [],
        link=link,
        link_label=gettext("Open the session page"),
        calendar=Calendar("CANCEL" if change == "cancelled" else "REQUEST", ical),
    )


def _snapshot(review: ReviewSession, payload: dict) -> ReviewSession:
    """The session as it was when the notice was queued (a later move has its own notice)."""
    copy = ReviewSession(
        id=review.id,
        title=payload["title"],
        starts_at=datetime.fromisoformat(payload["starts_at"]),
        call_link=payload.get("call_link") or "",
        ical_sequence=payload.get("sequence") or 0,
        status="cancelled" if payload.get("change") == "cancelled" else "planned",
        created_at=review.created_at,
        cancelled_at=review.cancelled_at,
    )
    return copy


def _agenda_lines(session: Session, review: ReviewSession, lang: Lang, cache: dict) -> list[str]:
    from .sessions import agenda_ids

    view = _view(session, session.get(Document, review.document_id), cache)
    lines = []
    for clause_id in agenda_ids(session, review):
        row = view.row(clause_id)
        if row is None:
            continue
        label = row.ref(lang)
        text = textwrap.shorten(row.text(lang), width=80, placeholder=" […]")
        lines.append(f"{label} — {text}" if text else label)
    return lines


def _minutes_notice(session: Session, message: MailMessage, lang: Lang, cache: dict) -> Notice:
    review = session.get(ReviewSession, message.payload["session_id"])
    document = session.get(Document, review.document_id)
    moment = when(review.starts_at, lang)
    version = session.scalar(
        select(MinutesVersion)
        .where(MinutesVersion.session_id == review.id, MinutesVersion.lang == str(lang))
        .order_by(MinutesVersion.number.desc())
        .limit(1)
    )
    import io

    key = ("minutes", version.id if version else None, str(lang))
    if key not in cache:
        out = io.BytesIO()
        minutes_rules.minutes_docx(version.body if version else "", lang, out)
        cache[key] = out.getvalue()
    stem = "proces-verbal" if lang is Lang.FR else "minutes"
    filename = f"{stem}-{review.starts_at:%Y-%m-%d}-{lang}.docx"
    attachment = Attachment(filename, cache[key], *DOCX_TYPE)
    facts = [(gettext("Document"), document.title(str(lang))), (gettext("Meeting"), moment)]
    if message.kind == Kind.MINUTES_SHARED:
        subject = gettext("Minutes of “%(title)s” for the Chair and co-Chair", title=review.title)
        paragraphs = [
            gettext(
                "Please find attached the minutes of the review session “%(title)s” of %(when)s, "
                "shared with the Chair and co-Chair as the Terms of Reference provide.",
                title=review.title,
                when=moment,
            ),
            gettext("They will then be circulated to the members for information and approval."),
        ]
    else:
        subject = gettext("Minutes for approval: %(title)s", title=review.title)
        paragraphs = [
            gettext(
                "Please find attached the minutes of the review session “%(title)s” of %(when)s, "
                "circulated to the members of the JTWG for information and approval.",
                title=review.title,
                when=moment,
            ),
            gettext("Please send any comment before the next session, at which the minutes will be adopted."),
        ]
    return Notice(
        subject=subject,
        paragraphs=paragraphs,
        facts=facts,
        link=_url("sessions.minutes", session_id=review.id),
        link_label=gettext("Read the minutes"),
        attachments=[attachment],
    )


def _mention_notice(session: Session, message: MailMessage, lang: Lang, cache: dict) -> Notice:
    p = message.payload
    comment = session.get(Comment, p["comment_id"])
    actor = session.get(User, p["actor_id"])
    body = session.scalar(
        select(CommentBody.body)
        .where(CommentBody.comment_id == comment.id)
        .order_by(CommentBody.number.desc())
        .limit(1)
    )
    label, document = _clause_label(session, comment.clause_id, lang, cache)
    title = document.title(str(lang)) if document else ""
    return Notice(
        subject=gettext(
            "%(name)s mentioned you on %(clause)s of the %(document)s",
            name=actor.display_name,
            clause=label,
            document=title,
        ),
        paragraphs=[
            gettext(
                "%(name)s (%(party)s) mentioned you in a comment on %(clause)s:",
                name=actor.display_name,
                party=actor.party.code,
                clause=label,
            )
        ],
        quote=body or "",
        link=_url("review.clause", clause_id=comment.clause_id, _anchor=f"comment-{comment.id}"),
        link_label=gettext("Open the comment"),
    )


def _amendment_notice(session: Session, message: MailMessage, lang: Lang, cache: dict) -> Notice:
    p = message.payload
    amendment = session.get(Amendment, p["amendment_id"])
    actor = session.get(User, p["actor_id"])
    label, document = _clause_label(session, amendment.clause_id, lang, cache)
    party = session.get(Party, amendment.party_id)
    values = {
        "name": actor.display_name,
        "party": actor.party.code,
        "clause": label,
        "number": amendment.id,
        "document": document.title(str(lang)) if document else "",
        "proposer": party.code if party else "",
    }
    # In a sentence a party takes its article in French (« la NAPTIP propose… », « proposé par l’ANLTP-TIM »);
    # in brackets after a name it stays the bare code (« Amina Bello (NAPTIP) »).
    named = {
        **values,
        "party": party_name(actor.party.code),
        "proposer": party_name(party.code) if party else "",
    }
    values["proposer"] = named["proposer"]
    if message.kind == Kind.AMENDMENT_PROPOSED:
        subject = capitalised(gettext("%(party)s proposes amendment no. %(number)s to %(clause)s", **named))
        first = gettext(
            "%(name)s (%(party)s) proposed amendment no. %(number)s to %(clause)s of the %(document)s.",
            **values,
        )
    elif message.kind == Kind.POSITION_TAKEN:
        position = p.get("position")
        if position == "accept":
            subject = capitalised(
                gettext("%(party)s accepts amendment no. %(number)s to %(clause)s", **named)
            )
        elif position == "reject":
            subject = capitalised(
                gettext("%(party)s rejects amendment no. %(number)s to %(clause)s", **named)
            )
        else:
            subject = capitalised(
                gettext(
                    "%(party)s makes a counter-proposal to amendment no. %(number)s on %(clause)s", **named
                )
            )
        first = gettext(
            "%(name)s took the position of %(party)s on amendment no. %(number)s (proposed by %(proposer)s) "
            "to %(clause)s of the %(document)s.",
            **named,
        )
    else:
        subject = gettext("Amendment no. %(number)s to %(clause)s is adopted", **values)
        first = gettext(
            "Amendment no. %(number)s (proposed by %(proposer)s) to %(clause)s of the %(document)s "
            "was adopted by %(name)s; the clause now reads as amended.",
            **values,
        )
    text = session.scalar(
        select(AmendmentText.text)
        .where(AmendmentText.amendment_id == amendment.id, AmendmentText.lang == str(lang))
        .order_by(AmendmentText.number.desc())
        .limit(1)
    )
    return Notice(
        subject=subject,
        paragraphs=[first],
        quote=text or "",
        facts=[(gettext("Rationale"), amendment.rationale)] if amendment.rationale else [],
        link=_url("review.clause", clause_id=amendment.clause_id, _anchor=f"amendment-{amendment.id}"),
        link_label=gettext("Open the amendment"),
    )


def _action_notice(session: Session, message: MailMessage, lang: Lang, cache: dict) -> Notice:
    decision = session.get(Decision, message.payload["decision_id"])
    review = session.get(ReviewSession, decision.session_id)
    label, document = _clause_label(session, decision.clause_id, lang, cache)
    due = minutes_rules.format_date(decision.due_on, lang) if decision.due_on else gettext("no date set")
    facts = [
        (gettext("Session"), f"{review.title} ({when(review.starts_at, lang)})"),
        (gettext("Clause"), label),
        (gettext("Due by"), due),
    ]
    if message.kind == Kind.ACTION_REMINDER:
        subject = gettext("Reminder: action point due on %(due)s", due=due)
        first = gettext("This action point assigned to you is due on %(due)s and is still open:", due=due)
    else:
        subject = gettext("Action point for you: %(note)s", note=textwrap.shorten(decision.note, 80))
        first = gettext("The review session “%(title)s” assigned you this action point:", title=review.title)
    return Notice(
        subject=subject,
        paragraphs=[first],
        quote=decision.note,
        facts=facts,
        link=_url("sessions.minutes", session_id=review.id),
        link_label=gettext("Open the minutes"),
    )


def _digest_notice(session: Session, message: MailMessage, lang: Lang, cache: dict) -> Notice:
    from . import visits as review_service

    user = session.get(User, message.recipient_id)
    until = datetime.fromisoformat(message.payload["until"])
    lists = []
    for document_id, since in (message.payload.get("since") or {}).items():
        document = session.get(Document, int(document_id))
        if document is None:
            continue
        start = datetime.fromisoformat(since) if since else None
        changes = [
            c
            for c in review_service.changes_since(session, document, user, start)
            if _aware(c.event.created_at) <= until
        ]
        lines = []
        for change in changes[:50]:
            event = change.event
            who = event.actor.display_name if event.actor else gettext("system")
            what = str(EVENT_NAMES.get(event.action, event.action))
            clause = change.row.ref(lang) if change.row else ""
            lines.append(f"{who} ({change.party or '—'}) — {what}{' — ' + clause if clause else ''}")
        if len(changes) > 50:
            lines.append(gettext("… and %(num)d more.", num=len(changes) - 50))
        if lines:
            heading = document.title(str(lang))
            lines.append(_url("review.since", slug=document.slug))
            lists.append((heading, lines))
    folded = session.scalars(
        select(MailMessage).where(MailMessage.id.in_(message.payload.get("folded") or []))
    ).all()
    notices = []
    for row in folded:
        try:
            notice = BUILDERS[Kind(row.kind)](session, row, lang, cache)
        except Exception:  # the object it was about is gone: skip that line
            continue
        notices.append(f"{notice.subject} — {notice.link}")
    if notices:
        lists.insert(0, (gettext("Addressed to you"), notices))
    return Notice(
        subject=gettext("Daily digest: what changed since your last visit"),
        paragraphs=[gettext("Here is what others did since your last visit, document by document.")],
        lists=lists,
        link=_url("documents.index"),
        link_label=gettext("Open mou-review"),
    )


BUILDERS = {
    Kind.INVITATION: _session_notice,
    Kind.CANCELLATION: _session_notice,
    Kind.MINUTES_SHARED: _minutes_notice,
    Kind.MINUTES_CIRCULATED: _minutes_notice,
    Kind.MENTION: _mention_notice,
    Kind.AMENDMENT_PROPOSED: _amendment_notice,
    Kind.POSITION_TAKEN: _amendment_notice,
    Kind.AMENDMENT_ADOPTED: _amendment_notice,
    Kind.ACTION_ASSIGNED: _action_notice,
    Kind.ACTION_REMINDER: _action_notice,
    Kind.DIGEST: _digest_notice,
}


# --- assembling -------------------------------------------------------------------------------


def plain_text(notice: Notice, greeting: str, footer: str) -> str:
    """Return the plain-text body of a notice."""
    lines = [greeting, ""]
    for paragraph in notice.paragraphs:
        lines += [textwrap.fill(paragraph, 76), ""]
    if notice.quote:
        lines += ["> " + line for line in notice.quote.splitlines()] + [""]
    for name, value in notice.facts:
        lines.append(f"{name}: {value}")
    if notice.facts:
        lines.append("")
    for heading, items in notice.lists:
        lines.append(heading)
        lines += [f"  - {item}" for item in items]
        lines.append("")
    lines += [f"{notice.link_label}: {notice.link}", "", "-- ", footer]
    return "\n".join(lines) + "\n"


def render(app: Flask, session: Session, message: MailMessage, cache: dict | None = None) -> EmailMessage:
    """Return the e-mail of a queued notice, in its recipient's language."""
    lang = Lang(message.lang if message.lang in ("en", "fr") else "en")
    base = app.config.get("BASE_URL") or "http://127.0.0.1:5000"
    with app.test_request_context("/", base_url=base), force_locale(LOCALES[str(lang)]):
        notice = BUILDERS[Kind(message.kind)](session, message, lang, {} if cache is None else cache)
        recipient = session.get(User, message.recipient_id) if message.recipient_id else None
        greeting = _greeting(recipient)
        footer = gettext(
            "You receive this message from mou-review, the JTWG's review tool. "
            "Choose which notices you receive on your Account page: %(url)s",
            url=_url("auth.account"),
        )
        text = plain_text(notice, greeting, footer)
        if lang is Lang.FR:
            text = _french_colons(text)
        html = (
            _mail_templates()
            .get_template("notice.html")
            .render(notice=notice, greeting=greeting, footer=footer, lang=str(lang))
        )
    return build_message(
        Outgoing(
            message_id=message.message_id,
            sender=notifications.sender(),
            to=message.to_addr,
            to_name=recipient.display_name if recipient else "",
            subject=notice.subject,
            text=text,
            html=html,
            lang=str(lang),
            date=_aware(message.created_at) or datetime.now(UTC),
            calendar=notice.calendar,
            attachments=notice.attachments,
            headers={"X-Mou-Review-Kind": str(message.kind)},
        )
    )


@functools.cache
def _mail_templates() -> jinja2.Environment:
    # E-mail HTML carries its styles inline (mail clients drop style sheets), so it lives apart from the
    # web templates, which the Content-Security-Policy keeps free of inline styles; it is never served.
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(__file__).resolve().parent.parent / "mail_templates")),
        autoescape=True,
    )


def _french_colons(text: str) -> str:
    # "Lien : https://..." with a non-breaking space, as French typography wants.
    out = []
    for line in text.splitlines():
        head, sep, rest = line.partition(": ")
        if sep and head and not head.startswith((">", " ")) and "//" not in head:
            line = f"{head.rstrip()}\u00a0: {rest}"
        out.append(line)
    return "\n".join(out) + "\n"
