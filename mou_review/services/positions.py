"""Party positions on amendments, and adoption of an amendment both parties accepted.

Adoption is serialised per document: the document row is locked (``SELECT ...
FOR UPDATE`` on PostgreSQL) and, on SQLite, the first statement that writes is
the conditional status update, which waits for the database's single write
lock and then re-reads the amendment's status.  Either way the second of two
concurrent adoptions on one clause sees the first one's result and gets a
conflict, and the unique constraint on (clause, lang, number) is the backstop.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..domain import amendments as rules
from ..domain.amendments import AmendmentAction, AmendmentEvent, AmendmentStatus, Position
from ..domain.errors import N_, InvalidTransition, MouReviewError, ValidationError, VersionConflict
from ..domain.permissions import Action, require
from ..domain.types import DEFAULT_LEVEL, ClauseKind, Lang
from ..models import Amendment, Clause, Document, PositionRecord, User, utcnow
from . import audit, notifications
from .actors import actor_of
from .amendments import get_amendment, latest_texts, propose_amendment, require_open, texts_of
from .documents import append_version, commit_or_conflict, delete_clause, insert_clause_after
from .review_common import (
    check_base,
    clause_status,
    clean,
    current_versions,
    domain_validation,
    parse_base,
    require_revision,
)


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
    require(
        actor_of(user), Action.TAKE_POSITION, owner_party=party_code, document_status=clause_status(clause)
    )
    note = clean(note)
    try:
        rules.validate_position(position, note)
    except ValidationError as exc:
        raise domain_validation(exc) from None
    require_open(amendment)
    revision = require_revision(revision)
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
    if Position(position) is Position.COUNTER and (clean(counter_en) or clean(counter_fr)):
        action = AmendmentAction(amendment.action)
        current = current_versions(session, clause.id)
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
    notifications.position_taken(session, amendment, record.position, user)
    session.commit()
    return record


def adopt_amendment(
    session: Session, user: User, amendment_id: int, *, base: Mapping[str, Any] | None
) -> Amendment:
    """Adopt an amendment both parties accepted: new clause versions, the rivals superseded."""
    amendment = get_amendment(session, amendment_id)
    clause = session.get(Clause, amendment.clause_id)
    require(actor_of(user), Action.ADOPT_AMENDMENT, document_status=clause_status(clause))
    # One adoption per document at a time (PostgreSQL); then re-read what may have changed.
    session.execute(select(Document.id).where(Document.id == clause.document_id).with_for_update())
    session.refresh(amendment)
    session.refresh(clause)
    if clause.deleted_at is not None:
        raise InvalidTransition(N_("The clause of this amendment has been deleted."), reason="clause_deleted")
    texts = texts_of(session, amendment)
    drafts = [
        lang for (_, lang), row in latest_texts(session, [amendment.id]).items() if row.origin == "machine"
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
            require_open(amendment)
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
    if action is not AmendmentAction.INSERT:
        current = current_versions(session, clause.id)
        check_base(current, base_numbers)  # the adopter read the current text (else a version conflict)
        outdated = rules.outdated_languages(
            amendment.action,
            {Lang.EN: amendment.base_en, Lang.FR: amendment.base_fr},
            {lang: (v.number if v else None) for lang, v in current.items()},
            texts,
        )
        if outdated:
            # Written against a text that has changed since (a Word file exported before the change, or
            # an edit made while it was open): adopting it would silently undo the newer text.
            raise InvalidTransition(
                N_(
                    "This amendment cannot be adopted: it was written against an older %(languages)s text of the "
                    "clause, which has changed since. Withdraw it and propose it again on the current text."
                ),
                reason="base_outdated",
                languages=" + ".join(str(lang).upper() for lang in outdated),
                unmet=["base_outdated"],
            )
    try:
        _apply_adoption(session, user, amendment, clause, action, texts, base_numbers)
    except MouReviewError:
        session.rollback()
        raise
    notifications.amendment_adopted(session, amendment, user)
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
    current = current_versions(session, clause.id)
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
        check_base(current, base_numbers)
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
