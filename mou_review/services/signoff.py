"""Sign-off of clauses by each party's lead, the readiness of a document, and its status changes.

A sign-off names the exact English and French version numbers it covers; it
holds only while those are the clause's current versions, so any later
change to either text withdraws it without anyone touching the row.

The divergence findings come from ``services.divergence.unwaived_errors``
(the divergence feature's contract: a list of objects or dicts with at least
``clause_id``, ``check`` and ``severity``), imported when first needed.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..domain import minutes as rules
from ..domain.amendments import PARTY_CODES
from ..domain.errors import N_, InvalidTransition, NotFound, ValidationError, VersionConflict
from ..domain.permissions import Action, require
from ..domain.types import DocumentStatus, Lang
from ..models import Amendment, Clause, Comment, Document, SignOff, User
from . import audit
from .actors import actor_of
from .documents import get_clause, get_document, load_view
from .inputs import parse_day


def _field(item: Any, name: str) -> Any:
    return item.get(name) if isinstance(item, dict) else getattr(item, name, None)


def unwaived_errors(session: Session, document: Document) -> list:
    """Return the document's error-level findings that no waiver covers (from the divergence feature)."""
    from . import divergence

    return list(divergence.unwaived_errors(session, document))


def open_findings(session: Session, document: Document) -> list:
    """Return every open (unwaived) finding of the document, warnings and notes included."""
    from . import divergence

    return list(divergence.document_findings(session, document).open())


def finding_counts(session: Session, document: Document) -> tuple[Counter, Counter]:
    """Return (open findings, unwaived error findings) per clause id."""
    errors = Counter(
        _field(f, "clause_id")
        for f in unwaived_errors(session, document)
        if str(_field(f, "severity") or "error") == "error"
    )
    findings = Counter(_field(f, "clause_id") for f in open_findings(session, document))
    return findings, errors


def sign_off(session: Session, user: User, clause_id: int, base: dict[str, Any] | None = None) -> SignOff:
    """Sign off a clause's current English and French texts for the lead's own party."""
    clause = get_clause(session, clause_id)
    return sign_off_many(session, user, clause.document.slug, {clause.id: base})[0]


def sign_off_many(
    session: Session, user: User, slug: str, bases: dict[int, dict[str, Any] | None]
) -> list[SignOff]:
    """Sign off several clauses of one document at once, all or none.

    ``bases`` maps each clause id to the version numbers the lead read
    (``{"en": n, "fr": m}``, or None); if any text changed since, nothing is
    signed off and the conflict names the clause.
    """
    document = get_document(session, slug)
    require(
        actor_of(user),
        Action.SIGN_OFF,
        owner_party=user.party.code,
        document_status=DocumentStatus(document.status),
    )
    if not bases:
        raise ValidationError(N_("Choose at least one clause to sign off."), reason="nothing_chosen")
    view = load_view(session, document)
    records: list[SignOff] = []
    existing: list[SignOff] = []
    for clause_id, base in bases.items():
        row = view.row(clause_id)
        if row is None:
            raise NotFound(N_("No clause has the number %(id)s."), id=clause_id)
        current = {lang: row.version_number(lang) for lang in Lang}
        if any(current[lang] is None for lang in Lang):
            raise InvalidTransition(
                N_("A clause needs a text in both languages before it is signed off."), reason="missing_text"
            )
        for lang in Lang:
            seen = (base or {}).get(str(lang))
            if seen is not None and str(seen) != str(current[lang]):
                raise VersionConflict(
                    N_(
                        "The %(language)s text of this clause has changed since you read it (version %(base)s, "
                        "now %(current)s). Read it again before signing off."
                    ),
                    language=str(lang).upper(),
                    base=seen,
                    current=current[lang],
                )
        already = session.scalar(
            select(SignOff).where(
                SignOff.clause_id == clause_id,
                SignOff.party_id == user.party_id,
                SignOff.en_number == current[Lang.EN],
                SignOff.fr_number == current[Lang.FR],
            )
        )
        if already is not None:
            existing.append(already)  # signing off the same texts twice records it once
            continue
        record = SignOff(
            clause_id=clause_id,
            party_id=user.party_id,
            user_id=user.id,
            en_number=current[Lang.EN],
            fr_number=current[Lang.FR],
        )
        session.add(record)
        records.append(record)
    try:
        session.flush()
    except IntegrityError:
        # The same lead (or a colleague) signed off the same texts at the same moment.
        session.rollback()
        raise VersionConflict(
            N_("Your party signed off these texts at the same moment. Nothing more was recorded."),
            reason="duplicate_signoff",
        ) from None
    for record in records:
        audit.record(
            session,
            user,
            "clause.signoff",
            "clause",
            record.clause_id,
            document_id=document.id,
            after_id=record.id,
            detail={
                "party": user.party.code,
                "en": record.en_number,
                "fr": record.fr_number,
                "langs": ["en", "fr"],
            },
        )
    session.commit()
    return existing + records


def readiness(session: Session, document: Document) -> rules.Readiness:
    """Return, per clause, the sign-offs that still hold, open amendments, comments and findings; and what is unmet."""
    view = load_view(session, document)
    clause_ids = select(Clause.id).where(Clause.document_id == document.id)
    signed: dict[int, set[str]] = {}
    current = {row.id: (row.version_number(Lang.EN), row.version_number(Lang.FR)) for row in view.rows}
    from ..models import Party

    for clause_id, code, en, fr in session.execute(
        select(SignOff.clause_id, Party.code, SignOff.en_number, SignOff.fr_number)
        .join(Party, Party.id == SignOff.party_id)
        .where(SignOff.clause_id.in_(clause_ids))
    ):
        if clause_id in current and rules.signoff_valid((en, fr), current[clause_id]):
            signed.setdefault(clause_id, set()).add(code)
    amendments = dict(
        session.execute(
            select(Amendment.clause_id, func.count(Amendment.id))
            .where(Amendment.clause_id.in_(clause_ids), Amendment.status == "open")
            .group_by(Amendment.clause_id)
        ).all()
    )
    comments = dict(
        session.execute(
            select(Comment.clause_id, func.count(Comment.id))
            .where(Comment.clause_id.in_(clause_ids), Comment.status == "open", Comment.parent_id.is_(None))
            .group_by(Comment.clause_id)
        ).all()
    )
    findings, errors = finding_counts(session, document)
    rows = tuple(
        rules.ClauseReadiness(
            clause_id=row.id,
            number=row.number,
            signed_by=frozenset(signed.get(row.id, ())),
            open_amendments=amendments.get(row.id, 0),
            open_comments=comments.get(row.id, 0),
            open_findings=findings.get(row.id, 0),
            unwaived_errors=errors.get(row.id, 0),
        )
        for row in view.rows
    )
    return rules.Readiness(rows, PARTY_CODES, tuple(rules.agreed_unmet(rows, PARTY_CODES)))


def serialize_readiness(document: Document, ready: rules.Readiness) -> dict[str, Any]:
    """Return the API form of a document's readiness."""
    return {
        "document": document.slug,
        "status": document.status,
        "ready": ready.ready,
        "clauses": [
            {
                "clause_id": c.clause_id,
                "number": c.number,
                "signed_off": {party: c.signed(party) for party in ready.parties},
                "open_amendments": c.open_amendments,
                "unresolved_comments": c.open_comments,
                "open_findings": c.open_findings,
                "unwaived_errors": c.unwaived_errors,
            }
            for c in ready.clauses
        ],
        "total": {
            "clauses": len(ready.clauses),
            "signed_off": {party: ready.signed_count(party) for party in ready.parties},
            "open_amendments": ready.total("open_amendments"),
            "unresolved_comments": ready.total("open_comments"),
            "open_findings": ready.total("open_findings"),
            "unwaived_errors": ready.total("unwaived_errors"),
        },
        "unmet": [u.as_dict() for u in ready.unmet],
    }


def change_status(
    session: Session,
    user: User,
    slug: str,
    target: str,
    *,
    place: str = "",
    signed_on: Any = None,
) -> Document:
    """Move a document to another status; "agreed" only when every condition is met (409 listing them all)."""
    document = get_document(session, slug)
    # One status change at a time per document (PostgreSQL); SQLite serialises writers anyway.
    session.execute(select(Document.id).where(Document.id == document.id).with_for_update())
    session.refresh(document)
    before = DocumentStatus(document.status)
    require(actor_of(user), Action.CHANGE_STATUS, document_status=before)
    try:
        wanted = DocumentStatus(target)
    except ValueError:
        raise ValidationError(
            N_("Unknown status %(status)s."), reason="bad_status", status=str(target)
        ) from None
    day: date | None = parse_day(signed_on)
    rules.check_status_change(before, wanted, place=place, signed_on=day)
    if wanted is DocumentStatus.AGREED:
        ready = readiness(session, document)
        if not ready.ready:
            raise InvalidTransition(
                N_("The document cannot be marked agreed yet: conditions not met: %(count)s."),
                reason="conditions_unmet",
                count=len(ready.unmet),
                unmet=[u.as_dict() for u in ready.unmet],
            )
    document.status = str(wanted)
    detail: dict[str, Any] = {"from": str(before), "to": str(wanted)}
    if wanted is DocumentStatus.SIGNED:
        document.signed_place = place.strip()
        document.signed_on = day
        detail.update(place=document.signed_place, signed_on=day.isoformat() if day else None)
    audit.record(
        session, user, "document.status", "document", document.id, document_id=document.id, detail=detail
    )
    session.commit()
    return document
