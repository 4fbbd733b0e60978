"""Amendments: propose (modify, insert, delete), add or change their texts, confirm machine drafts, withdraw.

Every write names the amendment's ``revision`` or the clause versions it was based on and is refused
with ``VersionConflict`` when they are no longer current; texts are append-only (``AmendmentText``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..domain import amendments as rules
from ..domain.amendments import AmendmentAction, AmendmentEvent, AmendmentStatus
from ..domain.errors import N_, InvalidTransition, NotFound, ValidationError, VersionConflict
from ..domain.permissions import Action, require
from ..domain.types import DEFAULT_LEVEL, ClauseKind, Lang
from ..models import Amendment, AmendmentText, Clause, User, utcnow
from . import audit, notifications
from .actors import actor_of
from .documents import commit_or_conflict, get_clause, latest_by_lang
from .review_common import (
    REASON_MESSAGES,
    check_base,
    clause_status,
    clean,
    current_versions,
    domain_validation,
    int_or_none,
    parse_base,
    require_revision,
)


def get_amendment(session: Session, amendment_id: int) -> Amendment:
    """Return an amendment or raise NotFound."""
    amendment = session.get(Amendment, amendment_id)
    if amendment is None:
        raise NotFound(N_("No amendment has the number %(id)s."), id=amendment_id)
    return amendment


def latest_texts(session: Session, amendment_ids: list[int]) -> dict[tuple[int, str], AmendmentText]:
    """Return the latest proposed text per (amendment, language), in one query."""
    if not amendment_ids:
        return {}
    return latest_by_lang(session, AmendmentText, AmendmentText.amendment_id, amendment_ids)


def texts_of(session: Session, amendment: Amendment) -> dict[Lang, str | None]:
    latest = latest_texts(session, [amendment.id])
    return {
        lang: (latest[(amendment.id, str(lang))].text if (amendment.id, str(lang)) in latest else None)
        for lang in Lang
    }


def amendment_texts(session: Session, amendment_id: int) -> dict[Lang, str | None]:
    """Return the current proposed text of an amendment in each language (None if not proposed)."""
    return texts_of(session, get_amendment(session, amendment_id))


def _amendment_action(action: Any) -> AmendmentAction:
    try:
        return AmendmentAction(action or "modify")
    except ValueError:
        raise ValidationError(REASON_MESSAGES["unknown_action"], reason="unknown_action") from None


def _insert_shape(clause: Clause, kind: Any, level: Any) -> tuple[ClauseKind, int]:
    try:
        clause_kind = ClauseKind(kind or ClauseKind.PARAGRAPH)
    except ValueError:
        raise ValidationError(N_("Unknown kind of clause."), reason="bad_kind") from None
    number = int_or_none(level) or DEFAULT_LEVEL[clause_kind]
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
    keep_unchanged: bool = False,
) -> Amendment:
    """Propose to modify, insert after, or delete a clause, with a rationale and the base versions.

    ``machine`` maps a language to the verified machine draft (``.text``, ``.model``) its field
    was filled with: the draft is kept as text 1 (origin "machine") and, if the person changed
    it, their wording as text 2.
    """
    clause = get_clause(session, clause_id)
    require(actor_of(user), Action.PROPOSE_AMENDMENT, document_status=clause_status(clause))
    amendment_action = _amendment_action(action)
    en_text, fr_text = clean(en), clean(fr)
    rationale = clean(rationale)
    current = current_versions(session, clause.id)
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
        if keep_unchanged:
            # A fix of one language only (a translation error): the other stays as it is, so the
            # proposal is complete in both languages and not "translation pending".
            en_text, fr_text = (
                text or (current[lang].text if current[lang] is not None else "")
                for lang, text in zip(Lang, (en_text, fr_text), strict=True)
            )
    try:
        rules.validate_proposal(amendment_action, en_text, fr_text, rationale)
    except ValidationError as exc:
        raise domain_validation(exc) from None
    insert_kind, insert_level = None, None
    if amendment_action is AmendmentAction.INSERT:
        insert_kind, insert_level = _insert_shape(clause, kind, level)
    else:
        check_base(current, parse_base(base))
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
    notifications.amendment_proposed(session, amendment, user)
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


def require_open(amendment: Amendment) -> None:
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
        require(actor, Action.PROPOSE_AMENDMENT, document_status=clause_status(clause))
    else:
        require(
            actor,
            Action.EDIT_AMENDMENT_TEXT,
            owner_party=amendment.party.code,
            document_status=clause_status(clause),
        )
    require_open(amendment)
    if amendment.action == AmendmentAction.DELETE:
        raise ValidationError(REASON_MESSAGES["text_not_allowed"], reason="text_not_allowed")
    new_text = clean(text)
    if not new_text:
        raise ValidationError(N_("The text may not be empty."), reason="empty_text")
    if len(new_text) > rules.MAX_TEXT:
        raise ValidationError(REASON_MESSAGES["text_too_long"], reason="text_too_long")
    if latest is not None and latest.text == new_text:
        raise ValidationError(N_("The text is unchanged."), reason="unchanged")
    _bump_amendment(session, amendment, require_revision(revision), latest.text if latest else "")
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
        document_status=clause_status(clause),
    )
    require_open(amendment)
    _bump_amendment(session, amendment, require_revision(revision), latest.text)
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
        document_status=clause_status(clause),
    )
    new_status = (
        rules.transition(amendment.status, AmendmentEvent.WITHDRAW) if amendment.status == "open" else None
    )
    if new_status is None:
        require_open(amendment)
    result = session.execute(
        update(Amendment)
        .where(Amendment.id == amendment.id, Amendment.status == str(AmendmentStatus.OPEN))
        .values(status=str(new_status), closed_at=utcnow(), closed_by_id=user.id)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        session.rollback()
        session.refresh(amendment)
        require_open(amendment)
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
