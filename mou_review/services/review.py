"""Review workflow: comments, amendments with redlines, party positions, adoption, and what's new.

Every write names the version it was based on (a comment's or an amendment's
``revision``, a clause's version numbers) and is refused with
``VersionConflict`` when that version is no longer current, so nothing is ever
overwritten.  Texts are append-only (``CommentBody``, ``AmendmentText``,
``ClauseVersion``).

Adoption is serialised per document: the document row is locked (``SELECT ...
FOR UPDATE`` on PostgreSQL) and, on SQLite, the first statement that writes is
the conditional status update, which waits for the database's single write
lock and then re-reads the amendment's status.  Either way the second of two
concurrent adoptions on one clause sees the first one's result and gets a
conflict, and the unique constraint on (clause, lang, number) is the backstop.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from ..domain import amendments as rules
from ..domain.amendments import AmendmentAction, AmendmentEvent, AmendmentStatus, Position
from ..domain.errors import N_, InvalidTransition, MouReviewError, NotFound, ValidationError, VersionConflict
from ..domain.permissions import Action, require
from ..domain.redline import redline_html
from ..domain.types import DEFAULT_LEVEL, ClauseKind, DocumentStatus, Lang
from ..models import (
    Amendment,
    AmendmentText,
    AuditEvent,
    Clause,
    ClauseVersion,
    Comment,
    CommentBody,
    Document,
    DocumentVisit,
    Party,
    PositionRecord,
    User,
    utcnow,
)
from . import audit, page_context
from .actors import actor_of
from .documents import (
    ClauseRow,
    DocumentView,
    append_version,
    commit_or_conflict,
    delete_clause,
    get_clause,
    history,
    insert_clause_after,
    latest_by_lang,
    latest_version,
    load_view,
)

#: The languages a comment can be about.
COMMENT_LANGS = ("en", "fr", "both")
MAX_COMMENT = 10_000
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

# Reason codes of domain.amendments -> a message for the user.
_REASON_MESSAGES = {
    "unknown_action": N_("Unknown kind of amendment."),
    "text_required": N_("Give the proposed text in English, in French or in both."),
    "text_not_allowed": N_("A deletion carries no text."),
    "rationale_required": N_("Give a rationale for the amendment."),
    "text_too_long": N_("The proposed text is too long."),
    "rationale_too_long": N_("The rationale is too long."),
    "note_required": N_("Give a reason for a rejection or a counter-proposal."),
    "note_too_long": N_("The note is too long."),
    "unknown_position": N_("The position must be accept, reject or counter."),
}


# --- small helpers ------------------------------------------------------------


def _aware(moment: datetime | None) -> datetime | None:
    # SQLite gives back naive datetimes; every stored time is UTC.
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def _status(clause: Clause) -> DocumentStatus:
    return DocumentStatus(clause.document.status)


def _clean(text: str | None) -> str:
    return (text or "").strip()


def _int_or_none(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValidationError(N_("Version numbers must be whole numbers."), reason="bad_version")
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ValidationError(N_("Version numbers must be whole numbers."), reason="bad_version") from None


def parse_base(base: Mapping[str, Any] | None) -> dict[Lang, int | None]:
    """Return the clause version numbers a write was based on, per language."""
    if base is not None and not isinstance(base, Mapping):
        raise ValidationError(
            N_("The base must give the English and French version numbers."), reason="bad_base"
        )
    base = base or {}
    return {lang: _int_or_none(base.get(str(lang))) for lang in Lang}


def _require_revision(revision: Any) -> int:
    number = _int_or_none(revision)
    if number is None:
        raise ValidationError(
            N_("Say which revision you are changing (the revision you read)."), reason="revision_required"
        )
    return number


def _domain_validation(error: ValidationError) -> ValidationError:
    """Give a domain validation error a message the catalogue translates."""
    reasons = error.details.get("reasons") or [error.details.get("reason")]
    message = _REASON_MESSAGES.get(reasons[0] if reasons else "", N_("The request is incomplete."))
    return ValidationError(message, **error.details)


def _current(session: Session, clause_id: int) -> dict[Lang, ClauseVersion | None]:
    return {lang: latest_version(session, clause_id, lang) for lang in Lang}


def _check_base(current: Mapping[Lang, ClauseVersion | None], base: Mapping[Lang, int | None]) -> None:
    """Refuse a write whose base versions are missing or no longer current."""
    for lang in Lang:
        if base.get(lang) is None:
            raise ValidationError(
                N_("Say which versions of the clause your change is based on (base)."), reason="base_required"
            )
    for lang in Lang:
        version = current[lang]
        number = version.number if version else 0
        if base[lang] != number:
            raise VersionConflict(
                N_(
                    "The %(language)s text of this clause has changed since you opened it: you read version "
                    "%(base)s, the current one is %(current)s. Nothing was saved."
                ),
                language=str(lang).upper(),
                lang=str(lang),
                base=base[lang],
                current=number,
                current_text=version.text if version else "",
            )


# --- comments -----------------------------------------------------------------


def _comment_lang(lang: Any) -> str:
    if lang not in COMMENT_LANGS:
        raise ValidationError(
            N_("Say which language version the comment is about: en, fr or both."), reason="bad_lang"
        )
    return str(lang)


def _comment_body(body: Any) -> str:
    text = _clean(body if isinstance(body, str) else "")
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
) -> Comment:
    """Comment on a clause (or reply to a thread), noting the clause versions it was written against."""
    clause = get_clause(session, clause_id)
    require(actor_of(user), Action.COMMENT, document_status=_status(clause))
    lang = _comment_lang(lang)
    text = _comment_body(body)
    if parent_id is not None:
        parent = session.get(Comment, _int_or_none(parent_id))
        if parent is None or parent.clause_id != clause.id:
            raise NotFound(N_("No comment has the number %(id)s."), id=parent_id)
        # Threads are one level deep: a reply to a reply joins the thread.
        parent_id = parent.parent_id or parent.id
    current = _current(session, clause.id)
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
        document_status=_status(clause),
    )
    text = _comment_body(body)
    revision = _require_revision(revision)
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
    commit_or_conflict(session)
    return comment


def _set_comment_status(session: Session, user: User, comment_id: int, revision: Any, target: str) -> Comment:
    comment = get_comment(session, comment_id)
    clause = session.get(Clause, comment.clause_id)
    action = Action.RESOLVE_COMMENT if target == "resolved" else Action.REOPEN_COMMENT
    require(actor_of(user), action, owner_party=comment.party.code, document_status=_status(clause))
    revision = _require_revision(revision)
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


# --- amendments ---------------------------------------------------------------


def get_amendment(session: Session, amendment_id: int) -> Amendment:
    """Return an amendment or raise NotFound."""
    amendment = session.get(Amendment, amendment_id)
    if amendment is None:
        raise NotFound(N_("No amendment has the number %(id)s."), id=amendment_id)
    return amendment


def _latest_texts(session: Session, amendment_ids: list[int]) -> dict[tuple[int, str], AmendmentText]:
    """Return the latest proposed text per (amendment, language), in one query."""
    if not amendment_ids:
        return {}
    return latest_by_lang(session, AmendmentText, AmendmentText.amendment_id, amendment_ids)


def _texts_of(session: Session, amendment: Amendment) -> dict[Lang, str | None]:
    latest = _latest_texts(session, [amendment.id])
    return {
        lang: (latest[(amendment.id, str(lang))].text if (amendment.id, str(lang)) in latest else None)
        for lang in Lang
    }


def amendment_texts(session: Session, amendment_id: int) -> dict[Lang, str | None]:
    """Return the current proposed text of an amendment in each language (None if not proposed)."""
    return _texts_of(session, get_amendment(session, amendment_id))


def current_positions(session: Session, amendments: list[Amendment]) -> dict[int, dict[str, PositionRecord]]:
    """Return each party's latest position on each amendment's current revision, in one query."""
    if not amendments:
        return {}
    revisions = {a.id: a.revision for a in amendments}
    rows = session.scalars(
        select(PositionRecord)
        .where(PositionRecord.amendment_id.in_(list(revisions)))
        .order_by(PositionRecord.id)
    )
    result: dict[int, dict[str, PositionRecord]] = {a.id: {} for a in amendments}
    for record in rows:
        # A position on an earlier revision was about another text: it no longer counts.
        if record.amendment_revision == revisions[record.amendment_id]:
            result[record.amendment_id][record.party.code] = record
    return result


def _amendment_action(action: Any) -> AmendmentAction:
    try:
        return AmendmentAction(action or "modify")
    except ValueError:
        raise ValidationError(_REASON_MESSAGES["unknown_action"], reason="unknown_action") from None


def _insert_shape(clause: Clause, kind: Any, level: Any) -> tuple[ClauseKind, int]:
    try:
        clause_kind = ClauseKind(kind or ClauseKind.PARAGRAPH)
    except ValueError:
        raise ValidationError(N_("Unknown kind of clause."), reason="bad_kind") from None
    number = _int_or_none(level) or DEFAULT_LEVEL[clause_kind]
    # The new clause follows `clause` (and its subtree): it may go at most one level deeper.
    if number < 1 or number > clause.level + 1:
        raise ValidationError(
            N_("The level of the new clause must be between 1 and %(max)s."),
            reason="bad_level",
            max=clause.level + 1,
        )
    return clause_kind, number


def propose_amendment(
    session: Session,
    user: User,
    clause_id: int,
    *,
    action: str = "modify",
    en: str | None = None,
    fr: str | None = None,
    rationale: str = "",
    base: Mapping[str, Any] | None = None,
    kind: str | None = None,
    level: Any = None,
    counter_to_id: int | None = None,
    commit: bool = True,
    machine: Mapping[Lang, Any] | None = None,
) -> Amendment:
    """Propose to modify, insert after, or delete a clause, with a rationale and the base versions.

    ``machine`` maps a language to the verified machine draft (``.text``, ``.model``) its field
    was filled with: the draft is kept as text 1 (origin "machine") and, if the person changed
    it, their wording as text 2.
    """
    clause = get_clause(session, clause_id)
    require(actor_of(user), Action.PROPOSE_AMENDMENT, document_status=_status(clause))
    amendment_action = _amendment_action(action)
    en_text, fr_text = _clean(en), _clean(fr)
    rationale = _clean(rationale)
    current = _current(session, clause.id)
    if amendment_action is AmendmentAction.MODIFY:
        # Forms start from the current texts: a language left as it is was not proposed.
        given = (en_text, fr_text)
        en_text, fr_text = (
            "" if current[lang] is not None and current[lang].text == text else text
            for lang, text in zip(Lang, given, strict=True)
        )
        if any(given) and not (en_text or fr_text):
            raise ValidationError(
                N_("The proposed text is the same as the current text."), reason="unchanged"
            )
    try:
        rules.validate_proposal(amendment_action, en_text, fr_text, rationale)
    except ValidationError as exc:
        raise _domain_validation(exc) from None
    insert_kind, insert_level = None, None
    if amendment_action is AmendmentAction.INSERT:
        insert_kind, insert_level = _insert_shape(clause, kind, level)
    else:
        _check_base(current, parse_base(base))
    if counter_to_id is not None:
        original = get_amendment(session, counter_to_id)
        if original.clause_id != clause.id:
            raise ValidationError(
                N_("A counter-proposal must be on the same clause."), reason="counter_clause"
            )
    amendment = Amendment(
        clause_id=clause.id,
        action=str(amendment_action),
        insert_kind=str(insert_kind) if insert_kind else None,
        insert_level=insert_level,
        party_id=user.party_id,
        author_id=user.id,
        rationale=rationale,
        base_en=current[Lang.EN].number if current[Lang.EN] else None,
        base_fr=current[Lang.FR].number if current[Lang.FR] else None,
        status=str(AmendmentStatus.OPEN),
        counter_to_id=counter_to_id,
        revision=1,
    )
    session.add(amendment)
    session.flush()
    langs = []
    for lang, text in ((Lang.EN, en_text), (Lang.FR, fr_text)):
        if text and amendment_action is not AmendmentAction.DELETE:
            session.add_all(_text_rows(amendment.id, lang, 1, text, (machine or {}).get(lang), user))
            langs.append(str(lang))
    audit.record(
        session,
        user,
        "amendment.propose",
        "amendment",
        amendment.id,
        document_id=clause.document_id,
        detail={
            "clause_id": clause.id,
            "action": str(amendment_action),
            "langs": langs or ["en", "fr"],
            "party": user.party.code,
            "counter_to": counter_to_id,
        },
    )
    if commit:
        session.commit()
    return amendment


def _text_rows(
    amendment_id: int, lang: Lang, number: int, text: str, machine: Any, user: User
) -> list[AmendmentText]:
    """Return the rows of a new amendment text: the machine draft it started from, if any, then the person's."""
    rows = []
    if machine is not None and machine.text:
        rows.append(
            AmendmentText(
                amendment_id=amendment_id,
                lang=str(lang),
                number=number,
                text=machine.text,
                origin="machine",
                author_id=user.id,
            )
        )
        if machine.text == text.replace("\r\n", "\n"):
            return rows
        number += 1
    rows.append(
        AmendmentText(
            amendment_id=amendment_id,
            lang=str(lang),
            number=number,
            text=text,
            origin="human",
            author_id=user.id,
        )
    )
    return rows


def _require_open(amendment: Amendment) -> None:
    if amendment.status != AmendmentStatus.OPEN:
        raise InvalidTransition(
            N_("This amendment is no longer open: it was adopted, superseded or withdrawn."),
            reason="not_open",
        )


def _bump_amendment(session: Session, amendment: Amendment, revision: int, current_text: str = "") -> None:
    """Move an amendment to its next revision, only if it is still open at ``revision``."""
    result = session.execute(
        update(Amendment)
        .where(
            Amendment.id == amendment.id,
            Amendment.revision == revision,
            Amendment.status == str(AmendmentStatus.OPEN),
        )
        .values(revision=Amendment.revision + 1)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        session.rollback()
        session.refresh(amendment)
        raise VersionConflict(
            N_(
                "This amendment has changed since you opened it (revision %(base)s, now %(current)s). "
                "Nothing was saved."
            ),
            base=revision,
            current=amendment.revision,
            current_text=current_text,
        )
    session.refresh(amendment)


def add_amendment_text(
    session: Session,
    user: User,
    amendment_id: int,
    lang: Lang | str,
    text: str,
    *,
    revision: Any,
    machine: Any = None,
) -> AmendmentText:
    """Add the missing language of an amendment, or a new wording of one of its texts.

    Adding the language that is missing is itself a proposal, open to anyone who
    may propose (typically the other party's lead translates); changing a text
    already proposed is for the proposing party only.  Either way the revision
    goes up and the positions taken on the earlier text stop counting.  ``machine`` is the
    verified machine draft the field was filled with: it is kept (origin "machine") before the
    person's wording, or alone when saved unchanged.
    """
    amendment, clause, language, latest = _text_target(session, amendment_id, lang)
    actor = actor_of(user)
    if latest is None:
        require(actor, Action.PROPOSE_AMENDMENT, document_status=_status(clause))
    else:
        require(
            actor,
            Action.EDIT_AMENDMENT_TEXT,
            owner_party=amendment.party.code,
            document_status=_status(clause),
        )
    _require_open(amendment)
    if amendment.action == AmendmentAction.DELETE:
        raise ValidationError(_REASON_MESSAGES["text_not_allowed"], reason="text_not_allowed")
    new_text = _clean(text)
    if not new_text:
        raise ValidationError(N_("The text may not be empty."), reason="empty_text")
    if len(new_text) > rules.MAX_TEXT:
        raise ValidationError(_REASON_MESSAGES["text_too_long"], reason="text_too_long")
    if latest is not None and latest.text == new_text:
        raise ValidationError(N_("The text is unchanged."), reason="unchanged")
    _bump_amendment(session, amendment, _require_revision(revision), latest.text if latest else "")
    if machine is not None and latest is not None and latest.text == machine.text:
        machine = None  # the draft is already the current text: only the person's wording is new
    rows = _text_rows(amendment.id, language, (latest.number if latest else 0) + 1, new_text, machine, user)
    session.add_all(rows)
    return _save_text(session, user, amendment, clause, language, rows[-1])


def _text_target(
    session: Session, amendment_id: int, lang: Lang | str
) -> tuple[Amendment, Clause, Lang, AmendmentText | None]:
    """Return the amendment, its clause, the language and that language's latest proposed text."""
    amendment = get_amendment(session, amendment_id)
    clause = session.get(Clause, amendment.clause_id)
    try:
        language = Lang(lang)
    except ValueError:
        raise ValidationError(N_("The language must be en or fr."), reason="bad_lang") from None
    latest = session.scalar(
        select(AmendmentText)
        .where(AmendmentText.amendment_id == amendment.id, AmendmentText.lang == str(language))
        .order_by(AmendmentText.number.desc())
        .limit(1)
    )
    return amendment, clause, language, latest


def confirm_amendment_text(
    session: Session, user: User, amendment_id: int, lang: Lang | str, *, revision: Any
) -> AmendmentText:
    """Confirm a machine-drafted amendment text as it stands: a new row, origin "confirmed".

    The amendment's party, or the party whose member asked for the draft, may confirm it.  The
    revision goes up: positions taken on the unconfirmed draft stop counting.
    """
    amendment, clause, language, latest = _text_target(session, amendment_id, lang)
    if latest is None or latest.origin != "machine":
        raise ValidationError(N_("This text is not an unconfirmed machine draft."), reason="not_machine")
    drafter = session.get(User, latest.author_id)
    owner = (
        drafter.party.code
        if drafter is not None and drafter.party_id == user.party_id
        else amendment.party.code
    )
    require(
        actor_of(user),
        Action.EDIT_AMENDMENT_TEXT if owner == amendment.party.code else Action.PROPOSE_AMENDMENT,
        owner_party=owner,
        document_status=_status(clause),
    )
    _require_open(amendment)
    _bump_amendment(session, amendment, _require_revision(revision), latest.text)
    row = AmendmentText(
        amendment_id=amendment.id,
        lang=str(language),
        number=latest.number + 1,
        text=latest.text,
        origin="confirmed",
        author_id=user.id,
    )
    session.add(row)
    return _save_text(session, user, amendment, clause, language, row, confirmed=True)


def _save_text(
    session: Session,
    user: User,
    amendment: Amendment,
    clause: Clause,
    language: Lang,
    row: AmendmentText,
    *,
    confirmed: bool = False,
) -> AmendmentText:
    """Audit a new amendment text row and commit (a concurrent writer gets a conflict)."""
    session.flush()
    detail = {
        "clause_id": clause.id,
        "lang": str(language),
        "party": user.party.code,
        "revision": amendment.revision,
    }
    if confirmed:
        detail["confirmed"] = True
    audit.record(
        session,
        user,
        "amendment.text",
        "amendment",
        amendment.id,
        document_id=clause.document_id,
        after_id=row.id,
        detail=detail,
    )
    commit_or_conflict(session)
    return row


def withdraw_amendment(session: Session, user: User, amendment_id: int) -> Amendment:
    """Withdraw one's party's open amendment (it stays readable)."""
    amendment = get_amendment(session, amendment_id)
    clause = session.get(Clause, amendment.clause_id)
    require(
        actor_of(user),
        Action.WITHDRAW_AMENDMENT,
        owner_party=amendment.party.code,
        document_status=_status(clause),
    )
    new_status = (
        rules.transition(amendment.status, AmendmentEvent.WITHDRAW) if amendment.status == "open" else None
    )
    if new_status is None:
        _require_open(amendment)
    result = session.execute(
        update(Amendment)
        .where(Amendment.id == amendment.id, Amendment.status == str(AmendmentStatus.OPEN))
        .values(status=str(new_status), closed_at=utcnow(), closed_by_id=user.id)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        session.rollback()
        session.refresh(amendment)
        _require_open(amendment)
    audit.record(
        session,
        user,
        "amendment.withdraw",
        "amendment",
        amendment.id,
        document_id=clause.document_id,
        detail={"clause_id": clause.id, "party": user.party.code, "langs": ["en", "fr"]},
    )
    commit_or_conflict(session)
    session.refresh(amendment)
    return amendment


def take_position(
    session: Session,
    user: User,
    amendment_id: int,
    position: str,
    note: str = "",
    *,
    revision: Any,
    party_code: str | None = None,
    counter_en: str | None = None,
    counter_fr: str | None = None,
) -> PositionRecord:
    """Record a party's position on the amendment's current revision; a counter may carry a new text."""
    amendment = get_amendment(session, amendment_id)
    clause = session.get(Clause, amendment.clause_id)
    party_code = party_code or user.party.code
    require(actor_of(user), Action.TAKE_POSITION, owner_party=party_code, document_status=_status(clause))
    note = _clean(note)
    try:
        rules.validate_position(position, note)
    except ValidationError as exc:
        raise _domain_validation(exc) from None
    _require_open(amendment)
    revision = _require_revision(revision)
    if revision != amendment.revision:
        raise VersionConflict(
            N_(
                "The amendment's text has changed since you read it (revision %(base)s, now %(current)s). "
                "Read the new text before taking a position."
            ),
            base=revision,
            current=amendment.revision,
        )
    counter = None
    if Position(position) is Position.COUNTER and (_clean(counter_en) or _clean(counter_fr)):
        action = AmendmentAction(amendment.action)
        current = _current(session, clause.id)
        counter = propose_amendment(
            session,
            user,
            clause.id,
            action=str(AmendmentAction.MODIFY if action is AmendmentAction.DELETE else action),
            en=counter_en,
            fr=counter_fr,
            rationale=note,
            base={str(lang): (v.number if v else 0) for lang, v in current.items()},
            kind=amendment.insert_kind,
            level=amendment.insert_level,
            counter_to_id=amendment.id,
            commit=False,
        )
    record = PositionRecord(
        amendment_id=amendment.id,
        party_id=user.party_id,
        author_id=user.id,
        position=str(Position(position)),
        note=note,
        amendment_revision=revision,
        counter_id=counter.id if counter else None,
    )
    session.add(record)
    session.flush()
    audit.record(
        session,
        user,
        "amendment.position",
        "amendment",
        amendment.id,
        document_id=clause.document_id,
        after_id=record.id,
        detail={
            "clause_id": clause.id,
            "position": record.position,
            "party": party_code,
            "revision": revision,
            "counter_id": record.counter_id,
            "langs": ["en", "fr"],
        },
    )
    session.commit()
    return record


def adopt_amendment(
    session: Session, user: User, amendment_id: int, *, base: Mapping[str, Any] | None
) -> Amendment:
    """Adopt an amendment both parties accepted: new clause versions, the rivals superseded."""
    amendment = get_amendment(session, amendment_id)
    clause = session.get(Clause, amendment.clause_id)
    require(actor_of(user), Action.ADOPT_AMENDMENT, document_status=_status(clause))
    # One adoption per document at a time (PostgreSQL); then re-read what may have changed.
    session.execute(select(Document.id).where(Document.id == clause.document_id).with_for_update())
    session.refresh(amendment)
    session.refresh(clause)
    if clause.deleted_at is not None:
        raise InvalidTransition(N_("The clause of this amendment has been deleted."), reason="clause_deleted")
    texts = _texts_of(session, amendment)
    drafts = [
        lang for (_, lang), row in _latest_texts(session, [amendment.id]).items() if row.origin == "machine"
    ]
    if drafts:
        # A machine draft is never law: a person must edit or confirm it first.
        raise InvalidTransition(
            N_(
                "This amendment cannot be adopted: its %(languages)s text is an unconfirmed machine draft. A "
                "person must edit or confirm it first."
            ),
            reason="machine_draft",
            languages=" + ".join(sorted(drafts)),
            unmet=["machine_draft"],
        )
    positions = current_positions(session, [amendment])[amendment.id]
    pending = rules.translation_pending(amendment.action, texts[Lang.EN], texts[Lang.FR])
    ok, unmet = rules.can_adopt(
        amendment.status, {code: p.position for code, p in positions.items()}, pending
    )
    if not ok:
        if "not_open" in unmet:
            _require_open(amendment)
        raise InvalidTransition(
            N_(
                "This amendment cannot be adopted yet: both parties must accept its current text, in both "
                "languages."
            ),
            reason="not_ready",
            unmet=unmet,
        )
    base_numbers = parse_base(base)
    action = AmendmentAction(amendment.action)
    rules.transition(amendment.status, AmendmentEvent.ADOPT)
    try:
        _apply_adoption(session, user, amendment, clause, action, texts, base_numbers)
    except MouReviewError:
        session.rollback()
        raise
    commit_or_conflict(session)
    session.refresh(amendment)
    return amendment


def _apply_adoption(
    session: Session,
    user: User,
    amendment: Amendment,
    clause: Clause,
    action: AmendmentAction,
    texts: Mapping[Lang, str | None],
    base_numbers: Mapping[Lang, int | None],
) -> None:
    """Write the adoption: status, clause versions (or the insertion, or the deletion), rivals superseded."""
    now = utcnow()
    # On SQLite this is the statement that takes the write lock: it waits for a
    # concurrent adoption to finish and then sees the status it left.
    result = session.execute(
        update(Amendment)
        .where(Amendment.id == amendment.id, Amendment.status == str(AmendmentStatus.OPEN))
        .values(status=str(AmendmentStatus.ADOPTED), closed_at=now, closed_by_id=user.id)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        session.rollback()
        raise VersionConflict(
            N_(
                "Someone else closed this amendment at the same moment. Nothing of yours was saved: reload to "
                "see the result."
            ),
            reason="race",
        )
    current = _current(session, clause.id)
    result_clause = clause
    if action is AmendmentAction.INSERT:
        kind = ClauseKind(amendment.insert_kind or ClauseKind.PARAGRAPH)
        result_clause = insert_clause_after(
            session, clause, kind, amendment.insert_level or DEFAULT_LEVEL[kind], author=user
        )
        for lang in Lang:
            append_version(
                session,
                result_clause,
                lang,
                texts[lang] or "",
                base_number=0,
                author=user,
                origin="amendment",
                reason=amendment.rationale,
                amendment_id=amendment.id,
            )
    else:
        _check_base(current, base_numbers)
        if action is AmendmentAction.DELETE:
            delete_clause(session, clause, author=user)
        else:
            for lang in Lang:
                version = current[lang]
                if version is not None and version.text == texts[lang]:
                    continue  # this language needed no change
                append_version(
                    session,
                    clause,
                    lang,
                    texts[lang] or "",
                    base_number=base_numbers[lang],
                    author=user,
                    origin="amendment",
                    reason=amendment.rationale,
                    amendment_id=amendment.id,
                )
    session.flush()
    superseded: list[int] = []
    if action is not AmendmentAction.INSERT:
        # Rival changes of the same clause lose their object; competing insertions
        # after it can still all be wanted, so they stay open.
        superseded = list(
            session.scalars(
                select(Amendment.id).where(
                    Amendment.clause_id == clause.id,
                    Amendment.id != amendment.id,
                    Amendment.status == str(AmendmentStatus.OPEN),
                    Amendment.action.in_([str(AmendmentAction.MODIFY), str(AmendmentAction.DELETE)]),
                )
            )
        )
        if superseded:
            session.execute(
                update(Amendment)
                .where(Amendment.id.in_(superseded), Amendment.status == str(AmendmentStatus.OPEN))
                .values(status=str(AmendmentStatus.SUPERSEDED), closed_at=now, closed_by_id=user.id)
                .execution_options(synchronize_session=False)
            )
    session.execute(
        update(Amendment)
        .where(Amendment.id == amendment.id)
        .values(result_clause_id=result_clause.id)
        .execution_options(synchronize_session=False)
    )
    audit.record(
        session,
        user,
        "amendment.adopt",
        "amendment",
        amendment.id,
        document_id=clause.document_id,
        detail={
            "clause_id": result_clause.id,
            "after_clause_id": clause.id,
            "action": str(action),
            "langs": ["en", "fr"],
            "party": amendment.party.code,
            "superseded": superseded,
        },
    )


# --- reading: the clause page and the API ---------------------------------------


@dataclass
class CommentCard:
    """A comment with its text history and whether the clause has changed since."""

    comment: Comment
    bodies: list[CommentBody]
    outdated: bool
    replies: list[CommentCard] = field(default_factory=list)

    @property
    def body(self) -> str:
        return self.bodies[-1].body if self.bodies else ""


@dataclass
class AmendmentCard:
    """An amendment with its current texts, redlines and the parties' positions."""

    amendment: Amendment
    texts: dict[Lang, AmendmentText | None]
    redlines: dict[Lang, str | None]
    positions: dict[str, PositionRecord | None]
    earlier_positions: list[PositionRecord]
    translation_pending: bool
    adoptable: bool
    unmet: list[str]
    counters: list[int] = field(default_factory=list)
    #: Every text of the amendment per language, oldest first (machine drafts included).
    text_history: dict[Lang, list[AmendmentText]] = field(default_factory=dict)

    @property
    def id(self) -> int:
        return self.amendment.id

    def is_machine(self, lang: Lang | str) -> bool:
        """Return True when the current text in ``lang`` is an unconfirmed machine draft."""
        row = self.texts.get(Lang(lang))
        return row is not None and row.origin == "machine"

    @property
    def is_open(self) -> bool:
        return self.amendment.status == AmendmentStatus.OPEN

    def text(self, lang: Lang | str) -> str:
        row = self.texts.get(Lang(lang))
        return row.text if row else ""


@dataclass
class ClauseDetail:
    """Everything the clause review page and ``GET /api/v1/clauses/<id>`` show."""

    view: DocumentView
    row: ClauseRow
    threads: list[CommentCard]
    amendments: list[AmendmentCard]
    versions: dict[Lang, list[ClauseVersion]]
    parties: list[Party]


def amendment_cards(
    session: Session,
    amendments: list[Amendment],
    versions: Mapping[int, dict[Lang, list[ClauseVersion]]],
) -> list[AmendmentCard]:
    """Build the cards of amendments (redlines against the current text, or the base text once closed)."""
    ids = [a.id for a in amendments]
    latest = _latest_texts(session, ids)
    positions = current_positions(session, amendments)
    earlier: dict[int, list[PositionRecord]] = {i: [] for i in ids}
    if ids:
        for record in session.scalars(
            select(PositionRecord).where(PositionRecord.amendment_id.in_(ids)).order_by(PositionRecord.id)
        ):
            earlier[record.amendment_id].append(record)
    counters: dict[int, list[int]] = {}
    if ids:
        for counter_id, original_id in session.execute(
            select(Amendment.id, Amendment.counter_to_id)
            .where(Amendment.counter_to_id.in_(ids))
            .order_by(Amendment.id)
        ):
            counters.setdefault(original_id, []).append(counter_id)
    all_texts: dict[int, dict[Lang, list[AmendmentText]]] = {i: {lang: [] for lang in Lang} for i in ids}
    if ids:
        for text_row in session.scalars(
            select(AmendmentText).where(AmendmentText.amendment_id.in_(ids)).order_by(AmendmentText.number)
        ):
            all_texts[text_row.amendment_id][Lang(text_row.lang)].append(text_row)
    cards = []
    for a in amendments:
        texts = {lang: latest.get((a.id, str(lang))) for lang in Lang}
        clause_versions = versions.get(a.clause_id, {lang: [] for lang in Lang})
        redlines: dict[Lang, str | None] = {}
        for lang in Lang:
            history_ = clause_versions.get(lang, [])  # newest first
            base_number = a.base_en if lang is Lang.EN else a.base_fr
            if a.status == AmendmentStatus.OPEN or base_number is None:
                old = history_[0].text if history_ else ""
            else:
                old = next((v.text for v in history_ if v.number == base_number), "")
            if a.action == AmendmentAction.DELETE:
                redlines[lang] = redline_html(old, "")
            elif a.action == AmendmentAction.INSERT:
                redlines[lang] = redline_html("", texts[lang].text) if texts[lang] else None
            else:
                redlines[lang] = redline_html(old, texts[lang].text) if texts[lang] else None
        current = positions.get(a.id, {})
        pending = rules.translation_pending(
            a.action, texts[Lang.EN] and texts[Lang.EN].text, texts[Lang.FR] and texts[Lang.FR].text
        )
        ok, unmet = rules.can_adopt(a.status, {code: p.position for code, p in current.items()}, pending)
        cards.append(
            AmendmentCard(
                amendment=a,
                texts=texts,
                redlines=redlines,
                positions={code: current.get(code) for code in rules.PARTY_CODES},
                earlier_positions=[p for p in earlier[a.id] if p.amendment_revision != a.revision],
                translation_pending=pending,
                adoptable=ok,
                unmet=unmet,
                counters=counters.get(a.id, []),
                text_history=all_texts[a.id],
            )
        )
        if ok and any(cards[-1].is_machine(lang) for lang in Lang):
            cards[-1].adoptable, cards[-1].unmet = False, [*unmet, "machine_draft"]
    # Open ones first, side by side; closed ones after, still readable.
    cards.sort(key=lambda c: (not c.is_open, c.amendment.id))
    return cards


def clause_detail(session: Session, clause_id: int) -> ClauseDetail:
    """Load a clause with its comments, amendments, positions and version history."""
    clause = get_clause(session, clause_id)
    view = load_view(session, clause.document)
    row = view.row(clause_id)
    assert row is not None
    versions = history(session, clause_id)
    comments = list(
        session.scalars(select(Comment).where(Comment.clause_id == clause_id).order_by(Comment.id))
    )
    bodies: dict[int, list[CommentBody]] = {c.id: [] for c in comments}
    if comments:
        for body in session.scalars(
            select(CommentBody).where(CommentBody.comment_id.in_(list(bodies))).order_by(CommentBody.number)
        ):
            bodies[body.comment_id].append(body)
    current = {lang: row.version_number(lang) for lang in Lang}
    cards: dict[int, CommentCard] = {}
    threads: list[CommentCard] = []
    for c in comments:
        langs = list(Lang) if c.lang == "both" else [Lang(c.lang)]
        written = {Lang.EN: c.en_number, Lang.FR: c.fr_number}
        outdated = any(written[lang] != current[lang] for lang in langs)
        card = cards[c.id] = CommentCard(c, bodies[c.id], outdated)
        if c.parent_id and c.parent_id in cards:
            cards[c.parent_id].replies.append(card)
        else:
            threads.append(card)
    amendments = list(
        session.scalars(select(Amendment).where(Amendment.clause_id == clause_id).order_by(Amendment.id))
    )
    parties = list(session.scalars(select(Party).order_by(Party.id)))
    return ClauseDetail(
        view=view,
        row=row,
        threads=threads,
        amendments=amendment_cards(session, amendments, {clause_id: versions}),
        versions=versions,
        parties=parties,
    )


def _when(moment: datetime | None) -> str | None:
    moment = _aware(moment)
    return moment.isoformat() if moment else None


def serialize_comment(
    card: CommentCard | None = None,
    *,
    comment: Comment | None = None,
    bodies: list[CommentBody] | None = None,
) -> dict[str, Any]:
    """Return the API form of a comment (with its earlier texts and replies)."""
    if card is None:
        assert comment is not None
        card = CommentCard(comment, bodies or [], False)
    c = card.comment
    return {
        "id": c.id,
        "clause_id": c.clause_id,
        "parent_id": c.parent_id,
        "lang": c.lang,
        "author": c.author.username,
        "party": c.party.code,
        "status": c.status,
        "revision": c.revision,
        "body": card.body,
        "earlier_bodies": [b.body for b in card.bodies[:-1]],
        "written_against": {"en": c.en_number, "fr": c.fr_number},
        "outdated": card.outdated,
        "created_at": _when(c.created_at),
        "replies": [serialize_comment(r) for r in card.replies],
    }


def _serialize_position(p: PositionRecord) -> dict[str, Any]:
    return {
        "id": p.id,
        "amendment_id": p.amendment_id,
        "party": p.party.code,
        "author": p.author.username,
        "position": p.position,
        "note": p.note,
        "revision": p.amendment_revision,
        "counter_id": p.counter_id,
        "created_at": _when(p.created_at),
    }


def serialize_amendment(card: AmendmentCard) -> dict[str, Any]:
    """Return the API form of an amendment with texts, redlines and positions."""
    a = card.amendment
    return {
        "id": a.id,
        "clause_id": a.clause_id,
        "action": a.action,
        "insert": {"kind": a.insert_kind, "level": a.insert_level}
        if a.action == AmendmentAction.INSERT
        else None,
        "party": a.party.code,
        "author": a.author.username,
        "rationale": a.rationale,
        "status": a.status,
        "revision": a.revision,
        "base": {"en": a.base_en, "fr": a.base_fr},
        "counter_to_id": a.counter_to_id,
        "counters": card.counters,
        "result_clause_id": a.result_clause_id,
        "translation_pending": card.translation_pending,
        "adoptable": card.adoptable,
        "unmet": card.unmet,
        **{str(lang): card.texts[lang].text if card.texts[lang] else None for lang in Lang},
        "redline": {str(lang): card.redlines[lang] for lang in Lang},
        "origin": {str(lang): card.texts[lang].origin if card.texts[lang] else None for lang in Lang},
        "positions": {code: (_serialize_position(p) if p else None) for code, p in card.positions.items()},
        "earlier_positions": [_serialize_position(p) for p in card.earlier_positions],
        "created_at": _when(a.created_at),
    }


def amendment_detail(session: Session, amendment_id: int) -> AmendmentCard:
    """Return one amendment's card."""
    amendment = get_amendment(session, amendment_id)
    versions = {amendment.clause_id: history_all(session, amendment.clause_id)}
    return amendment_cards(session, [amendment], versions)[0]


def history_all(session: Session, clause_id: int) -> dict[Lang, list[ClauseVersion]]:
    """Return every version of a clause, deleted or not, newest first."""
    result: dict[Lang, list[ClauseVersion]] = {lang: [] for lang in Lang}
    for version in session.scalars(
        select(ClauseVersion)
        .where(ClauseVersion.clause_id == clause_id)
        .order_by(ClauseVersion.lang, ClauseVersion.number.desc())
    ):
        result[Lang(version.lang)].append(version)
    return result


def serialize_position(record: PositionRecord) -> dict[str, Any]:
    """Return the API form of a position."""
    return _serialize_position(record)


def serialize_clause(detail: ClauseDetail) -> dict[str, Any]:
    """Return the API form of a clause: texts, comments, amendments, positions and full history."""
    row = detail.row
    return {
        "id": row.id,
        "document": detail.view.document.slug,
        "number": row.number,
        "kind": row.clause.kind,
        "level": row.clause.level,
        **{str(lang): {"text": row.text(lang), "version": row.version_number(lang)} for lang in Lang},
        "history": {
            str(lang): [
                {
                    "version": v.number,
                    "text": v.text,
                    "origin": v.origin,
                    "reason": v.reason,
                    "other_version": v.other_number,
                    "amendment_id": v.amendment_id,
                    "author": v.author.username if v.author else None,
                    "created_at": _when(v.created_at),
                }
                for v in versions
            ]
            for lang, versions in detail.versions.items()
        },
        "comments": [serialize_comment(card) for card in detail.threads],
        "amendments": [serialize_amendment(card) for card in detail.amendments],
    }


# --- since your last visit --------------------------------------------------------


def _since_of(visit: DocumentVisit | None, now: datetime) -> datetime | None:
    if visit is None:
        return None
    seen = _aware(visit.seen_at)
    if seen is not None and now - seen < VISIT_WINDOW:
        return _aware(visit.previous_seen_at)
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
