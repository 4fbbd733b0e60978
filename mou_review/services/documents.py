"""Documents and clause texts: create, read side by side, edit with history."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..domain import numbering
from ..domain.errors import N_, NotFound, ValidationError, VersionConflict
from ..domain.permissions import Action, require
from ..domain.types import ClauseKind, DocumentKind, DocumentStatus, Lang
from ..models import Clause, ClauseVersion, Document, User, utcnow
from . import audit
from .actors import actor_of

SLUG_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789-_")
SEQ_STEP = 1024  # gaps between clause positions leave room for insertions


@dataclass(frozen=True)
class NewClause:
    """A clause to create: kind, level and both texts."""

    kind: ClauseKind
    level: int
    en: str
    fr: str


@dataclass
class ClauseRow:
    """A clause as the reading page shows it: number, labels and current texts."""

    clause: Clause
    number: str | None
    label: dict[Lang, str | None]
    versions: dict[Lang, ClauseVersion | None]
    parent_id: int | None

    @property
    def id(self) -> int:
        return self.clause.id

    @property
    def kind(self) -> ClauseKind:
        return ClauseKind(self.clause.kind)

    def text(self, lang: Lang) -> str:
        version = self.versions.get(lang)
        return version.text if version else ""

    def version_number(self, lang: Lang) -> int | None:
        version = self.versions.get(lang)
        return version.number if version else None

    def ref(self, lang: Lang) -> str:
        """Return how lists, agendas and minutes name the clause: never an item's own mark alone.

        An article by its label ("Article 3"); a paragraph or item by its full number ("3(a)(viii)",
        where the label alone, "(viii)", may occur many times in a document); "§" without a number.
        """
        if self.kind is ClauseKind.ARTICLE and self.label.get(Lang(lang)):
            return self.label[Lang(lang)]  # type: ignore[return-value]
        return self.number or "§"


@dataclass
class DocumentView:
    """A document with its live clauses in order, numbered."""

    document: Document
    rows: list[ClauseRow] = field(default_factory=list)

    @property
    def kind(self) -> DocumentKind:
        return DocumentKind(self.document.kind)

    def row(self, clause_id: int) -> ClauseRow | None:
        for row in self.rows:
            if row.id == clause_id:
                return row
        return None


def validate_structure(clauses: Sequence[NewClause]) -> None:
    """Check kinds, levels and texts of clauses to create; raise ValidationError."""
    if not clauses:
        raise ValidationError(N_("A document needs at least one clause."), reason="no_clauses")
    previous = 0
    for index, clause in enumerate(clauses, start=1):
        if not isinstance(clause.level, int) or clause.level < 1:
            raise ValidationError(
                N_("Clause %(index)s: the level must be a whole number of 1 or more."), index=index
            )
        if clause.level > previous + 1:
            raise ValidationError(
                N_("Clause %(index)s: the level jumps from %(previous)s to %(level)s."),
                index=index,
                previous=previous,
                level=clause.level,
            )
        if not (clause.en or "").strip() and not (clause.fr or "").strip():
            raise ValidationError(N_("Clause %(index)s has no text in either language."), index=index)
        previous = clause.level


def validate_slug(slug: str) -> str:
    """Return a valid slug or raise ValidationError."""
    slug = (slug or "").strip()
    if not slug or len(slug) > 80 or not set(slug) <= SLUG_CHARS:
        raise ValidationError(
            N_("The short name may use only lower-case letters, digits, '-' and '_'."), reason="bad_slug"
        )
    return slug


def create_document(
    session: Session,
    actor: User | None,
    *,
    slug: str,
    kind: DocumentKind,
    title_en: str,
    title_fr: str,
    clauses: Sequence[NewClause],
    origin: str = "seed",
    status: DocumentStatus = DocumentStatus.DRAFTING,
    commit: bool = True,
) -> Document:
    """Create a document and its clauses, each with version 1 in both languages."""
    if actor is not None:
        require(actor_of(actor), Action.MANAGE_DOCUMENTS)
    slug = validate_slug(slug)
    validate_structure(clauses)
    if session.scalar(select(Document.id).where(Document.slug == slug)) is not None:
        raise ValidationError(N_("A document with the short name %(slug)s already exists."), slug=slug)
    document = Document(
        slug=slug,
        kind=str(kind),
        title_en=title_en.strip() or slug,
        title_fr=title_fr.strip() or slug,
        status=str(status),
    )
    session.add(document)
    session.flush()
    parent_index = numbering.parents([numbering.Positioned(c.kind, c.level) for c in clauses])
    author_id = actor.id if actor else None
    created = [
        Clause(
            document_id=document.id,
            seq=(index + 1) * SEQ_STEP,
            kind=str(new.kind),
            level=new.level,
            created_by_id=author_id,
        )
        for index, new in enumerate(clauses)
    ]
    session.add_all(created)
    session.flush()  # one batched INSERT gives every clause its id
    for clause, parent in zip(created, parent_index, strict=True):
        clause.parent_id = created[parent].id if parent is not None else None
    for clause, new in zip(created, clauses, strict=True):
        session.add_all(
            [
                ClauseVersion(
                    clause_id=clause.id,
                    lang="en",
                    number=1,
                    text=new.en.strip(),
                    other_number=None,
                    origin=origin,
                    author_id=author_id,
                ),
                ClauseVersion(
                    clause_id=clause.id,
                    lang="fr",
                    number=1,
                    text=new.fr.strip(),
                    other_number=1,
                    origin=origin,
                    author_id=author_id,
                ),
            ]
        )
    audit.record(
        session,
        actor,
        "document.create",
        "document",
        document.id,
        document_id=document.id,
        detail={"slug": slug, "clauses": len(clauses), "origin": origin},
    )
    if commit:
        session.commit()
    return document


def get_document(session: Session, slug: str) -> Document:
    """Return the document with this slug or raise NotFound."""
    document = session.scalar(select(Document).where(Document.slug == slug))
    if document is None:
        raise NotFound(N_("No document is called %(slug)s."), slug=slug)
    return document


def latest_by_lang(session: Session, model, owner, owners) -> dict[tuple[int, str], object]:
    """Return the latest row per (owner, language) of an append-only text table, in one query.

    ``model`` is a table with ``lang`` and ``number`` columns (clause versions,
    amendment texts); ``owner`` its owner column; ``owners`` ids or a subquery.
    """
    latest = (
        select(owner.label("owner"), model.lang, func.max(model.number).label("n"))
        .where(owner.in_(owners))
        .group_by(owner, model.lang)
        .subquery()
    )
    rows = session.scalars(
        select(model).join(
            latest,
            (owner == latest.c.owner) & (model.lang == latest.c.lang) & (model.number == latest.c.n),
        )
    )
    return {(getattr(row, owner.key), row.lang): row for row in rows}


def current_versions(session: Session, clause_ids_query) -> dict[tuple[int, str], ClauseVersion]:
    """Return the latest version of each (clause, language) among the given clauses, in one query."""
    return latest_by_lang(session, ClauseVersion, ClauseVersion.clause_id, clause_ids_query)


def load_view(session: Session, document: Document) -> DocumentView:
    """Return the document's live clauses, numbered, with current texts (three queries)."""
    clauses = list(
        session.scalars(
            select(Clause)
            .where(Clause.document_id == document.id, Clause.deleted_at.is_(None))
            .order_by(Clause.seq)
        )
    )
    ids = select(Clause.id).where(Clause.document_id == document.id, Clause.deleted_at.is_(None))
    versions = current_versions(session, ids)
    shapes = [numbering.Positioned(ClauseKind(c.kind), c.level) for c in clauses]
    numbers = numbering.compute_numbers(shapes)
    parent_index = numbering.parents(shapes)
    kind = DocumentKind(document.kind)
    view = DocumentView(document)
    for index, clause in enumerate(clauses):
        clause_kind = ClauseKind(clause.kind)
        parent = parent_index[index]
        view.rows.append(
            ClauseRow(
                clause=clause,
                number=numbers[index],
                label={lang: numbering.label(clause_kind, numbers[index], lang, kind) for lang in Lang},
                versions={lang: versions.get((clause.id, str(lang))) for lang in Lang},
                parent_id=clauses[parent].id if parent is not None else None,
            )
        )
    return view


def document_view(session: Session, slug: str) -> DocumentView:
    """Load a document by slug and return its numbered view."""
    return load_view(session, get_document(session, slug))


@dataclass(frozen=True)
class DocumentSummary:
    """A line of the document list."""

    document: Document
    clauses: int


def list_documents(session: Session) -> list[DocumentSummary]:
    """Return every document with its live clause count, in one query."""
    counts = (
        select(Clause.document_id, func.count(Clause.id).label("n"))
        .where(Clause.deleted_at.is_(None))
        .group_by(Clause.document_id)
        .subquery()
    )
    rows = session.execute(
        select(Document, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.document_id == Document.id)
        .order_by(Document.kind, Document.slug)
    )
    return [DocumentSummary(document, int(n)) for document, n in rows]


def get_clause(session: Session, clause_id: int) -> Clause:
    """Return a live clause or raise NotFound."""
    clause = session.get(Clause, clause_id)
    if clause is None or clause.deleted_at is not None:
        raise NotFound(N_("No clause has the number %(id)s."), id=clause_id)
    return clause


def clause_row(session: Session, clause_id: int) -> tuple[DocumentView, ClauseRow]:
    """Return the view of a clause's document and the clause's row in it."""
    clause = get_clause(session, clause_id)
    view = load_view(session, clause.document)
    row = view.row(clause_id)
    assert row is not None
    return view, row


def history(session: Session, clause_id: int) -> dict[Lang, list[ClauseVersion]]:
    """Return every version of a clause in both languages, newest first."""
    get_clause(session, clause_id)
    versions = session.scalars(
        select(ClauseVersion)
        .where(ClauseVersion.clause_id == clause_id)
        .order_by(ClauseVersion.lang, ClauseVersion.number.desc())
    )
    result: dict[Lang, list[ClauseVersion]] = {lang: [] for lang in Lang}
    for version in versions:
        result[Lang(version.lang)].append(version)
    return result


def latest_version(session: Session, clause_id: int, lang: Lang) -> ClauseVersion | None:
    """Return the current version of one language of a clause."""
    return session.scalar(
        select(ClauseVersion)
        .where(ClauseVersion.clause_id == clause_id, ClauseVersion.lang == str(lang))
        .order_by(ClauseVersion.number.desc())
        .limit(1)
    )


def append_version(
    session: Session,
    clause: Clause,
    lang: Lang,
    text: str,
    *,
    base_number: int | None,
    author: User | None,
    origin: str,
    reason: str = "",
    amendment_id: int | None = None,
    other_number: int | None = None,
) -> ClauseVersion:
    """Append a new version of one language; refuse when the base is not current.

    The caller commits; a concurrent writer that passed the same check fails on
    the (clause, lang, number) unique constraint at flush or commit.
    """
    current = latest_version(session, clause.id, lang)
    current_number = current.number if current else 0
    if base_number is not None and base_number != current_number:
        raise VersionConflict(
            N_(
                "The %(lang)s text of this clause has changed since you opened it (you edited version "
                "%(base)s, the current one is %(current)s). Nothing was saved."
            ),
            lang=str(lang),
            base=base_number,
            current=current_number,
            current_text=current.text if current else "",
        )
    if other_number is None:
        other = latest_version(session, clause.id, lang.other)
        other_number = other.number if other else None
    version = ClauseVersion(
        clause_id=clause.id,
        lang=str(lang),
        number=current_number + 1,
        text=text,
        other_number=other_number,
        origin=origin,
        reason=reason,
        author_id=author.id if author else None,
        amendment_id=amendment_id,
    )
    session.add(version)
    return version


def commit_or_conflict(session: Session) -> None:
    """Commit; turn a unique-constraint race into a VersionConflict and roll back."""
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        raise VersionConflict(
            N_(
                "Someone else saved a change to this text at the same moment. Nothing of yours was "
                "saved: reload to see their version."
            )
        ) from None


def edit_clause(
    session: Session,
    actor: User,
    clause_id: int,
    lang: Lang,
    text: str,
    *,
    base_number: int,
    reason: str,
    aligns: bool = False,
    machine: Any = None,
) -> ClauseVersion:
    """Save a new version of one language of a clause (drafting edits by admin or facilitator).

    ``aligns`` says the change brings this language in line with the other
    language's current version (a translation update): the pair is then in
    sync.  Otherwise it is a change of substance and the other language is
    out of date until it follows.  ``machine`` is the verified machine draft
    (``.text``, ``.model``) the field was filled with: saved unchanged it is
    one version of origin "machine" (not yet aligned: a person must confirm
    it); changed by the person, the draft is kept as a "machine" version and
    their text follows as a "confirmed" one.
    """
    clause = get_clause(session, clause_id)
    require(actor_of(actor), Action.EDIT_CLAUSE, document_status=DocumentStatus(clause.document.status))
    text = (text or "").strip()
    if not text:
        raise ValidationError(N_("The text may not be empty."), reason="empty_text")
    if not (reason or "").strip():
        raise ValidationError(N_("Say why the text changes."), reason="no_reason")
    origin = "translation" if aligns else "edit"
    if machine is not None and machine.text:
        draft = append_version(
            session,
            clause,
            lang,
            machine.text,
            base_number=base_number,
            author=actor,
            origin="machine",
            reason=f"{reason.strip()} [{machine.model}]",
        )
        if machine.text == text.replace("\r\n", "\n"):
            version = draft
        else:
            session.flush()
            version = append_version(
                session,
                clause,
                lang,
                text,
                base_number=draft.number,
                author=actor,
                origin="confirmed",
                reason=reason.strip(),
            )
    else:
        version = append_version(
            session,
            clause,
            lang,
            text,
            base_number=base_number,
            author=actor,
            origin=origin,
            reason=reason.strip(),
        )
    session.flush()
    audit.record(
        session,
        actor,
        "clause.edit",
        "clause",
        clause.id,
        document_id=clause.document_id,
        after_id=version.id,
        detail={"lang": str(lang), "number": version.number},
    )
    commit_or_conflict(session)
    return version


def confirm_clause_version(
    session: Session, actor: User, clause_id: int, lang: Lang, *, base_number: int
) -> ClauseVersion:
    """Confirm a machine-drafted clause text as it stands: a new version, origin "confirmed"."""
    clause = get_clause(session, clause_id)
    require(actor_of(actor), Action.EDIT_CLAUSE, document_status=DocumentStatus(clause.document.status))
    current = latest_version(session, clause.id, lang)
    if current is None or current.origin != "machine":
        raise ValidationError(N_("This text is not an unconfirmed machine draft."), reason="not_machine")
    version = append_version(
        session,
        clause,
        lang,
        current.text,
        base_number=base_number,
        author=actor,
        origin="confirmed",
        reason=current.reason,
        other_number=current.other_number,
    )
    session.flush()
    audit.record(
        session,
        actor,
        "clause.edit",
        "clause",
        clause.id,
        document_id=clause.document_id,
        after_id=version.id,
        detail={"lang": str(lang), "number": version.number, "confirmed": True},
    )
    commit_or_conflict(session)
    return version


def insert_clause_after(
    session: Session, after: Clause, kind: ClauseKind, level: int, *, author: User | None
) -> Clause:
    """Insert an empty clause right after a clause and its descendants (the caller adds texts)."""
    siblings = list(
        session.scalars(
            select(Clause)
            .where(
                Clause.document_id == after.document_id, Clause.deleted_at.is_(None), Clause.seq > after.seq
            )
            .order_by(Clause.seq)
        )
    )
    end_seq = after.seq
    for clause in siblings:  # skip the subtree of `after`
        if clause.level <= after.level:
            break
        end_seq = clause.seq
    following = next((c for c in siblings if c.seq > end_seq), None)
    if following is None:
        seq = end_seq + SEQ_STEP
    elif following.seq - end_seq > 1:
        seq = end_seq + (following.seq - end_seq) // 2
    else:
        # No room: open a gap by shifting everything after the subtree (order keys, not content).
        session.execute(
            update(Clause)
            .where(Clause.document_id == after.document_id, Clause.seq > end_seq)
            .values(seq=Clause.seq + SEQ_STEP)
        )
        seq = end_seq + SEQ_STEP // 2
    clause = Clause(
        document_id=after.document_id,
        seq=seq,
        kind=str(kind),
        level=level,
        created_by_id=author.id if author else None,
    )
    session.add(clause)
    session.flush()
    # The parent is recomputed from the tree around the new position.
    view = load_view(session, after.document)
    row = view.row(clause.id)
    clause.parent_id = row.parent_id if row else None
    return clause


def delete_clause(session: Session, clause: Clause, *, author: User | None) -> None:
    """Mark a clause (and its subtree) deleted; its rows and versions are kept."""
    later = session.scalars(
        select(Clause)
        .where(Clause.document_id == clause.document_id, Clause.deleted_at.is_(None), Clause.seq > clause.seq)
        .order_by(Clause.seq)
    )
    now = utcnow()
    for target in [clause, *_subtree(clause, later)]:
        target.deleted_at = now
        target.deleted_by_id = author.id if author else None


def _subtree(clause: Clause, later: Iterable[Clause]) -> list[Clause]:
    out = []
    for other in later:
        if other.level <= clause.level:
            break
        out.append(other)
    return out


def serialize(view: DocumentView) -> dict:
    """Return the API form of a document and its clauses in document order."""
    doc = view.document
    return {
        "slug": doc.slug,
        "kind": doc.kind,
        "status": doc.status,
        "title": {"en": doc.title_en, "fr": doc.title_fr},
        "clauses": [
            {
                "id": row.id,
                "number": row.number,
                "kind": row.clause.kind,
                "level": row.clause.level,
                "parent_id": row.parent_id,
                **{str(lang): {"text": row.text(lang), "version": row.version_number(lang)} for lang in Lang},
            }
            for row in view.rows
        ],
    }
