"""Word files in and out: import proposals, snapshots and the three exports.

Import is two steps.  ``propose_import`` reads the uploaded files and aligns
them into a ``Proposal`` without touching the database; the web edge keeps
the proposal in a file under the instance folder (``ProposalStore``), owned by
the uploading user and expiring, while the admin merges, splits or shifts
pairs (``edit_proposal``).  Only ``commit_proposal`` writes: it creates the
document with ``origin="import"``.

The proposal is a table of rows in two columns.  An English cell carries the
clause kind and level with it; the French column can slide against the
English one (shift up / down, split, merge), which is how a reader fixes an
alignment that is off by one.
"""

from __future__ import annotations

import io
import json
import os
import re
import secrets
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain import langdetect, numbering
from ..domain.docx_align import AlignmentTimeout, align
from ..domain.docx_export import (
    ExportClause,
    ExportComment,
    ExportDocument,
    SignatoryParty,
    export_bilingual,
    export_redline,
    export_signing,
)
from ..domain.docx_read import read_bilingual_table, read_paragraphs
from ..domain.errors import N_, DocxFormatError, NotFound, ValidationError
from ..domain.permissions import Action, require
from ..domain.types import DEFAULT_LEVEL, ClauseKind, DocumentKind, DocumentStatus, Lang
from ..models import Clause, ClauseVersion, Comment, CommentBody, Document, Party, Snapshot, User, utcnow
from . import audit
from .actors import actor_of
from .documents import NewClause, create_document, get_document, load_view, validate_slug

#: One message per refusal reason of ``docx_read``, in the interface catalogue.
REASON_MESSAGES: dict[str, str] = {
    "not_docx": N_("This file is not a Word document (.docx). Save it as .docx and upload it again."),
    "corrupt": N_("This Word document is damaged or incomplete and cannot be opened."),
    "too_large": N_("This file is larger than the %(limit)s MB limit."),
    "zip_bomb": N_("This file expands to far more data than its size suggests and was refused."),
    "macro_enabled": N_(
        "This document contains macros. Save it as a plain .docx (without macros) and upload it again."
    ),
    "encrypted": N_(
        "This document is protected by a password. Remove the password in Word and upload it again."
    ),
    "empty": N_("This document has no text."),
    "no_table": N_(
        "This document has no two-column table (English | French). "
        "Import the two languages as two files, one per language."
    ),
}

#: Export variants offered for download: (variant, language or None).
VARIANTS = {"signing-en": Lang.EN, "signing-fr": Lang.FR, "bilingual": None}
PROPOSAL_LIFETIME = 24 * 3600
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
_SENTENCE = re.compile(r"(?<=[.;:!?])\s+(?=\S)")


# --------------------------------------------------------------------------- reading uploads


def _refuse(error: DocxFormatError, which: str, max_bytes: int) -> DocxFormatError:
    """Replace the reader's message by the catalogue's message for its reason."""
    reason = error.details.get("reason", "corrupt")
    message = REASON_MESSAGES.get(reason, REASON_MESSAGES["corrupt"])
    return DocxFormatError(message, reason=reason, file=which, limit=max(max_bytes // (1024 * 1024), 1))


@dataclass
class Row:
    """One proposed clause: both texts, the kind and level, and how sure the aligner is."""

    en: str
    fr: str
    kind: str
    level: int
    confidence: float | None  # None once a person has edited the row


@dataclass
class Proposal:
    """An import waiting for confirmation; never in the database."""

    rows: list[Row]
    unpaired_en: list[str]
    unpaired_fr: list[str]
    slug: str = ""
    kind: str = DocumentKind.MOU.value
    title_en: str = ""
    title_fr: str = ""
    owner_id: int | None = None
    #: What the uploader should know before importing, e.g. files whose text is in the other
    #: language: ``{"code": "language_mismatch", "file": "en", "detected": "fr", ...}``.
    warnings: list[dict] = field(default_factory=list)
    created_at: float = field(default_factory=time.time)
    token: str = ""

    def to_json(self) -> str:
        """Return the proposal as JSON text."""
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Proposal:
        """Read a proposal written by ``to_json``."""
        data = json.loads(text)
        data["rows"] = [Row(**row) for row in data["rows"]]
        return cls(**data)


def _check_count(count: int, which: str, max_paragraphs: int | None) -> None:
    if max_paragraphs is not None and count > max_paragraphs:
        raise ValidationError(
            TOO_MANY_PARAGRAPHS, reason="too_many_paragraphs", file=which, count=count, most=max_paragraphs
        )


#: Refusals of a file too long to align, or of an alignment that ran out of time.
TOO_MANY_PARAGRAPHS = N_(
    "This document has %(count)s paragraphs, more than the %(most)s that can be imported at once. "
    "Split it (for example, put the annexes apart) and import each part."
)
TOO_SLOW = N_(
    "Pairing the paragraphs took longer than %(seconds)s seconds and was stopped. "
    "Split the document and import each part."
)


def propose_import(
    *,
    en: bytes | BinaryIO | None = None,
    fr: bytes | BinaryIO | None = None,
    bilingual: bytes | BinaryIO | None = None,
    max_bytes: int,
    max_paragraphs: int | None = None,
    time_limit: float | None = None,
    progress: Callable[[float], None] | None = None,
) -> Proposal:
    """Read an English and a French DOCX (or one bilingual table) and propose clause pairs.

    A file with more than ``max_paragraphs`` paragraphs is refused, and the reading and pairing stop
    after ``time_limit`` seconds; ``progress`` hears the share of the work done (0 to 1).
    """
    deadline = time.monotonic() + time_limit if time_limit else None
    report = progress or (lambda share: None)
    if bilingual is not None:
        try:
            table = read_bilingual_table(bilingual, max_bytes=max_bytes)
        except DocxFormatError as error:
            raise _refuse(error, "bilingual", max_bytes) from None
        _check_count(len(table), "bilingual", max_paragraphs)
        rows = [
            Row(
                e.text,
                f.text,
                str(e.kind_hint or ClauseKind.PARAGRAPH),
                e.level_hint or DEFAULT_LEVEL[e.kind_hint or ClauseKind.PARAGRAPH],
                1.0,
            )
            for e, f in table
        ]
        warnings = langdetect.mismatches(
            {Lang.EN: [e.text for e, _f in table], Lang.FR: [f.text for _e, f in table]}
        )
        return Proposal(rows=_fit_levels(rows), unpaired_en=[], unpaired_fr=[], warnings=warnings)
    if en is None or fr is None:
        raise ValidationError(
            N_("Upload an English and a French document, or one bilingual document."), reason="missing_file"
        )
    sides = {}
    for which, data in (("en", en), ("fr", fr)):
        try:
            sides[which] = read_paragraphs(data, max_bytes=max_bytes)
        except DocxFormatError as error:
            raise _refuse(error, which, max_bytes) from None
        _check_count(len(sides[which]), which, max_paragraphs)
        report(0.05 if which == "en" else 0.1)
    try:
        alignment = align(
            sides["en"], sides["fr"], progress=lambda share: report(0.1 + 0.85 * share), deadline=deadline
        )
    except AlignmentTimeout:
        raise ValidationError(TOO_SLOW, reason="too_slow", seconds=round(time_limit or 0)) from None
    rows = [Row(p.en, p.fr, str(p.kind), p.level, p.confidence) for p in alignment.pairs]
    # Swapped files pair just as well (French in the English column): say so before anything is saved.
    warnings = langdetect.mismatches({Lang(k): [p.text for p in v] for k, v in sides.items()})
    report(1.0)
    return Proposal(
        rows=_fit_levels(rows),
        unpaired_en=list(alignment.unpaired_en),
        unpaired_fr=list(alignment.unpaired_fr),
        warnings=warnings,
    )


def swap_languages(proposal: Proposal) -> None:
    """Swap the English and French sides of a proposal (files uploaded the wrong way round)."""
    proposal.rows = [Row(r.fr, r.en, r.kind, r.level, r.confidence) for r in proposal.rows]
    proposal.unpaired_en, proposal.unpaired_fr = proposal.unpaired_fr, proposal.unpaired_en
    proposal.title_en, proposal.title_fr = proposal.title_fr, proposal.title_en
    proposal.warnings = [w for w in proposal.warnings if w.get("code") != "language_mismatch"]


def title_heading(proposal: Proposal) -> tuple[str, str]:
    """Return the files' title heading (the first row when it is a top-level heading), or blanks."""
    if proposal.rows:
        first = proposal.rows[0]
        if first.kind == str(ClauseKind.HEADING) and first.level == 1:
            return first.en.strip(), first.fr.strip()
    return "", ""


def fill_titles(proposal: Proposal, title_en: str, title_fr: str) -> None:
    """Set the proposal's titles: the ones typed, else the files' title heading (never the short name)."""
    heading_en, heading_fr = title_heading(proposal)
    proposal.title_en = (title_en or "").strip() or heading_en
    proposal.title_fr = (title_fr or "").strip() or heading_fr


def _fit_levels(rows: list[Row]) -> list[Row]:
    """Keep levels within one step of the row before, as the clause tree requires."""
    previous = 0
    for row in rows:
        row.level = max(1, min(row.level, previous + 1))
        previous = row.level
    return rows


# --------------------------------------------------------------------------- editing a proposal

OPERATIONS = ("merge", "shift_up", "shift_down", "split", "place")


def sentences(text: str) -> list[str]:
    """Cut a cell's text into sentences (the places where it may be split)."""
    return [part for part in _SENTENCE.split(text) if part]


def _column(rows: list[Row], lang: Lang) -> list[tuple[str, str, int]]:
    # An English cell takes the clause's kind and level with it; a French cell takes nothing.
    if lang is Lang.EN:
        return [(row.en, row.kind, row.level) for row in rows]
    return [(row.fr, "", 0) for row in rows]


def _set_column(rows: list[Row], lang: Lang, cells: list[tuple[str, str, int]]) -> list[Row]:
    while len(rows) < len(cells):
        rows.append(Row("", "", ClauseKind.PARAGRAPH.value, rows[-1].level if rows else 1, None))
    for index, row in enumerate(rows):
        text, kind, level = cells[index] if index < len(cells) else ("", "", 0)
        if lang is Lang.EN:
            row.en = text
            if kind:
                row.kind, row.level = kind, level
        else:
            row.fr = text
    return [row for row in rows if row.en or row.fr]


def _join(a: str, b: str) -> str:
    return f"{a} {b}".strip()


def edit_proposal(
    proposal: Proposal, operation: str, *, row: int, lang: Lang | None = None, at: int = 0
) -> Proposal:
    """Apply one correction to a proposal (in place) and return it.

    ``merge`` joins row ``row`` and the next one (both languages); ``shift_down``
    moves one language's cells from ``row`` on down by one row, leaving that cell
    empty; ``shift_up`` joins one language's cell to the cell above and moves the
    rest of the column up; ``split`` cuts one language's cell before sentence
    ``at`` and moves the rest of the column down; ``place`` puts unpaired
    paragraph ``at`` of a language into the column at ``row``.
    """
    rows = proposal.rows
    if operation not in OPERATIONS:
        raise ValidationError(N_("Unknown correction."), reason="bad_operation")
    limit = len(rows) if operation == "place" else len(rows) - 1
    if not 0 <= row <= limit:
        raise ValidationError(N_("There is no row %(row)s."), row=row + 1, reason="bad_row")
    if operation == "merge":
        if row + 1 >= len(rows):
            raise ValidationError(N_("The last row has no row below it to merge with."), reason="bad_row")
        below = rows.pop(row + 1)
        rows[row].en, rows[row].fr = _join(rows[row].en, below.en), _join(rows[row].fr, below.fr)
        rows[row].confidence = None
        return proposal
    if lang is None:
        raise ValidationError(N_("Say which language to correct."), reason="no_lang")
    cells = _column(rows, lang)
    if operation == "shift_down":
        cells.insert(row, ("", "", 0))
    elif operation == "shift_up":
        if row == 0:
            raise ValidationError(N_("The first row has no row above it."), reason="bad_row")
        text, _, _ = cells.pop(row)
        above = cells[row - 1]
        cells[row - 1] = (_join(above[0], text), above[1], above[2])
    elif operation == "split":
        parts = sentences(cells[row][0])
        if not 0 < at < len(parts):
            raise ValidationError(N_("This text cannot be split there."), reason="bad_split")
        text, kind, level = cells[row]
        cells[row] = (" ".join(parts[:at]), kind, level)
        cells.insert(row + 1, (" ".join(parts[at:]), ClauseKind.PARAGRAPH.value if kind else "", level))
    else:  # place
        pool = proposal.unpaired_en if lang is Lang.EN else proposal.unpaired_fr
        if not 0 <= at < len(pool):
            raise ValidationError(N_("There is no such unpaired paragraph."), reason="bad_unpaired")
        text = pool.pop(at)
        # A placed English paragraph sits at the level of the row it follows.
        cells.insert(
            row,
            (
                text,
                ClauseKind.PARAGRAPH.value if lang is Lang.EN else "",
                max(rows[row - 1].level, DEFAULT_LEVEL[ClauseKind.PARAGRAPH]) if row else 1,
            ),
        )
    touched = set(range(row, len(rows)))
    proposal.rows = _set_column(rows, lang, cells)
    for index, item in enumerate(proposal.rows):
        if index in touched:
            item.confidence = None
    _fit_levels(proposal.rows)
    return proposal


# --------------------------------------------------------------------------- keeping proposals


class ProposalStore:
    """Proposals waiting for confirmation, one JSON file each, owned and expiring."""

    def __init__(self, folder: Path, lifetime: float = PROPOSAL_LIFETIME) -> None:
        self.folder = folder
        self.lifetime = lifetime

    def _path(self, token: str) -> Path:
        if not _TOKEN.match(token or ""):
            raise NotFound(N_("This import has expired or does not exist. Upload the files again."))
        return self.folder / f"{token}.json"

    def save(self, proposal: Proposal) -> str:
        """Write a proposal (atomically) and return its token."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self.purge()
        if not proposal.token:
            proposal.token = secrets.token_urlsafe(18)
        fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(proposal.to_json())
        os.replace(tmp, self._path(proposal.token))
        return proposal.token

    def load(self, token: str, owner_id: int) -> Proposal:
        """Return the owner's proposal, or raise NotFound when missing, expired or someone else's."""
        path = self._path(token)
        try:
            proposal = Proposal.from_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, TypeError, KeyError):
            raise NotFound(N_("This import has expired or does not exist. Upload the files again.")) from None
        if proposal.owner_id != owner_id or time.time() - proposal.created_at > self.lifetime:
            raise NotFound(N_("This import has expired or does not exist. Upload the files again."))
        return proposal

    def delete(self, token: str) -> None:
        """Forget a proposal."""
        self._path(token).unlink(missing_ok=True)

    def purge(self) -> None:
        """Remove expired proposals."""
        now = time.time()
        for path in self.folder.glob("*.json"):
            try:
                if now - path.stat().st_mtime > self.lifetime:
                    path.unlink(missing_ok=True)
            except OSError:
                pass


# --------------------------------------------------------------------------- committing


def commit_proposal(session: Session, actor: User | None, proposal: Proposal) -> Document:
    """Create the document from a confirmed proposal (the only write of an import)."""
    if actor is not None:
        require(actor_of(actor), Action.IMPORT_DOCX)
    slug = validate_slug(proposal.slug)
    for index, row in enumerate(proposal.rows, start=1):
        if not row.en.strip() or not row.fr.strip():
            missing = Lang.FR if row.en.strip() else Lang.EN
            raise ValidationError(
                N_("Row %(row)s has no %(lang)s text: shift, merge or split the pairs first."),
                row=index,
                lang=str(missing),
                reason="half_row",
            )
    try:
        kind = DocumentKind(proposal.kind)
    except ValueError:
        raise ValidationError(N_("Unknown document kind."), reason="bad_kind") from None
    rows = _fit_levels(list(proposal.rows))
    document = create_document(
        session,
        actor,
        slug=slug,
        kind=kind,
        title_en=proposal.title_en,
        title_fr=proposal.title_fr,
        clauses=[NewClause(ClauseKind(r.kind), r.level, r.en, r.fr) for r in rows],
        origin="import",
        commit=False,
    )
    audit.record(
        session,
        actor,
        "document.import",
        "document",
        document.id,
        document_id=document.id,
        detail={
            "clauses": len(rows),
            "unpaired_en": len(proposal.unpaired_en),
            "unpaired_fr": len(proposal.unpaired_fr),
        },
    )
    session.commit()
    return document


def import_files(
    session: Session,
    actor: User | None,
    *,
    slug: str,
    kind: DocumentKind,
    title_en: str,
    title_fr: str,
    en: bytes | None = None,
    fr: bytes | None = None,
    bilingual: bytes | None = None,
    max_bytes: int,
    max_paragraphs: int | None = None,
    time_limit: float | None = None,
    progress: Callable[[float], None] | None = None,
) -> tuple[Document, Proposal]:
    """Propose and commit at once (the command line's import), returning the document and the proposal."""
    if actor is not None:
        require(actor_of(actor), Action.IMPORT_DOCX)
    check_new_slug(session, slug)
    proposal = propose_import(
        en=en,
        fr=fr,
        bilingual=bilingual,
        max_bytes=max_bytes,
        max_paragraphs=max_paragraphs,
        time_limit=time_limit,
        progress=progress,
    )
    proposal.slug, proposal.kind = slug, str(kind)
    fill_titles(proposal, title_en, title_fr)
    # Halves the aligner could not pair are reported, never imported as half-empty clauses.
    proposal.rows = [row for row in proposal.rows if row.en.strip() and row.fr.strip()]
    return commit_proposal(session, actor, proposal), proposal


def check_new_slug(session: Session, slug: str) -> str:
    """Return a valid short name that no document uses yet, or raise ValidationError."""
    slug = validate_slug(slug)
    if session.scalar(select(Document.id).where(Document.slug == slug)) is not None:
        raise ValidationError(N_("A document with the short name %(slug)s already exists."), slug=slug)
    return slug


# --------------------------------------------------------------------------- snapshots


def take_snapshot(session: Session, actor: User, slug: str, name: str) -> Snapshot:
    """Record the current version numbers of every live clause under a name."""
    require(actor_of(actor), Action.TAKE_SNAPSHOT)
    name = (name or "").strip()
    if not name or len(name) > 200:
        raise ValidationError(N_("Give the snapshot a name (at most 200 characters)."), reason="bad_name")
    view = load_view(session, get_document(session, slug))
    state = {str(row.id): [row.version_number(Lang.EN), row.version_number(Lang.FR)] for row in view.rows}
    snapshot = Snapshot(document_id=view.document.id, name=name, state=state, created_by_id=actor.id)
    session.add(snapshot)
    session.flush()
    audit.record(
        session,
        actor,
        "snapshot.take",
        "snapshot",
        snapshot.id,
        document_id=view.document.id,
        detail={"name": name, "clauses": len(state)},
    )
    session.commit()
    return snapshot


def list_snapshots(session: Session, document: Document) -> list[Snapshot]:
    """Return a document's snapshots, newest first."""
    return list(
        session.scalars(
            select(Snapshot)
            .where(Snapshot.document_id == document.id)
            .order_by(Snapshot.created_at.desc(), Snapshot.id.desc())
        )
    )


def get_snapshot(session: Session, document: Document, snapshot_id: int) -> Snapshot:
    """Return one snapshot of a document or raise NotFound."""
    snapshot = session.get(Snapshot, snapshot_id)
    if snapshot is None or snapshot.document_id != document.id:
        raise NotFound(N_("No snapshot has the number %(id)s."), id=snapshot_id)
    return snapshot


def state_at(session: Session, document: Document, when: datetime) -> dict[str, list[int | None]]:
    """Return the snapshot-like state of a document at a moment (clauses live then, their versions then)."""
    clauses = session.scalars(
        select(Clause).where(Clause.document_id == document.id, Clause.created_at <= when)
    )
    live = {c.id for c in clauses if c.deleted_at is None or _aware(c.deleted_at) > _aware(when)}
    rows = session.execute(
        select(ClauseVersion.clause_id, ClauseVersion.lang, func.max(ClauseVersion.number))
        .join(Clause, Clause.id == ClauseVersion.clause_id)
        .where(Clause.document_id == document.id, ClauseVersion.created_at <= when)
        .group_by(ClauseVersion.clause_id, ClauseVersion.lang)
    )
    state: dict[str, list[int | None]] = {str(cid): [None, None] for cid in live}
    for clause_id, lang, number in rows:
        if str(clause_id) in state:
            state[str(clause_id)][0 if lang == "en" else 1] = number
    return state


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes for timezone-aware columns; they are UTC.
    from datetime import UTC

    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# --------------------------------------------------------------------------- exports


def _parties(session: Session) -> tuple[SignatoryParty, ...]:
    parties = session.scalars(select(Party).where(Party.is_facilitator.is_(False)).order_by(Party.id))
    return tuple(SignatoryParty(p.code, p.name_en, p.name_fr, p.country_en, p.country_fr) for p in parties)


def _is_draft(document: Document) -> bool:
    return document.status not in (DocumentStatus.AGREED.value, DocumentStatus.SIGNED.value)


def export_document(session: Session, slug: str) -> ExportDocument:
    """Return everything an export needs about a document's current text."""
    view = load_view(session, get_document(session, slug))
    document = view.document
    clauses = tuple(
        ExportClause(
            row.id,
            ClauseKind(row.clause.kind),
            row.clause.level,
            row.number,
            row.text(Lang.EN),
            row.text(Lang.FR),
            row.version_number(Lang.EN),
            row.version_number(Lang.FR),
        )
        for row in view.rows
    )
    return ExportDocument(
        slug=document.slug,
        kind=DocumentKind(document.kind),
        title_en=document.title_en,
        title_fr=document.title_fr,
        draft=_is_draft(document),
        clauses=clauses,
        parties=_parties(session),
        place=document.signed_place or None,
        signed_on=document.signed_on,
        exported_at=utcnow(),
    )


def export_state(session: Session, document: Document, state: dict[str, list[int | None]]) -> ExportDocument:
    """Return a document as it stood in a snapshot state ({clause id: [en number, fr number]})."""
    ids = [int(key) for key in state]
    clauses = (
        list(session.scalars(select(Clause).where(Clause.id.in_(ids)).order_by(Clause.seq))) if ids else []
    )
    texts: dict[tuple[int, str, int], str] = {}
    if ids:
        for version in session.scalars(select(ClauseVersion).where(ClauseVersion.clause_id.in_(ids))):
            texts[(version.clause_id, version.lang, version.number)] = version.text
    numbers = numbering.compute_numbers([numbering.Positioned(ClauseKind(c.kind), c.level) for c in clauses])
    exported = []
    for clause, number in zip(clauses, numbers, strict=True):
        en_number, fr_number = state[str(clause.id)]
        exported.append(
            ExportClause(
                clause.id,
                ClauseKind(clause.kind),
                clause.level,
                number,
                texts.get((clause.id, "en", en_number or 0), ""),
                texts.get((clause.id, "fr", fr_number or 0), ""),
                en_number,
                fr_number,
            )
        )
    return ExportDocument(
        slug=document.slug,
        kind=DocumentKind(document.kind),
        title_en=document.title_en,
        title_fr=document.title_fr,
        draft=True,
        clauses=tuple(exported),
        parties=_parties(session),
        place=document.signed_place or None,
        signed_on=document.signed_on,
    )


def open_comments(session: Session, document: Document) -> list[ExportComment]:
    """Return the open top-level comments of a document's live clauses, with their latest text."""
    latest = (
        select(CommentBody.comment_id, func.max(CommentBody.number).label("n"))
        .group_by(CommentBody.comment_id)
        .subquery()
    )
    rows = session.execute(
        select(Comment, CommentBody.body, User.display_name)
        .join(Clause, Clause.id == Comment.clause_id)
        .join(latest, latest.c.comment_id == Comment.id)
        .join(CommentBody, (CommentBody.comment_id == Comment.id) & (CommentBody.number == latest.c.n))
        .join(User, User.id == Comment.author_id)
        .where(
            Clause.document_id == document.id,
            Clause.deleted_at.is_(None),
            Comment.status == "open",
            Comment.parent_id.is_(None),
        )
        .order_by(Comment.created_at, Comment.id)
    )
    out = []
    for comment, body, author in rows:
        initials = "".join(word[0] for word in re.findall(r"[^\W\d_]+", author)[:3]).upper() or "?"
        out.append(ExportComment(comment.clause_id, author, initials, body, _aware(comment.created_at)))
    return out


def write_export(session: Session, slug: str, variant: str, out: BinaryIO) -> str:
    """Write the signing copy ("signing-en", "signing-fr") or "bilingual" table; return a file name."""
    if variant not in VARIANTS:
        raise NotFound(N_("Unknown export."))
    doc = export_document(session, slug)
    lang = VARIANTS[variant]
    if lang is None:
        export_bilingual(doc, out)
    else:
        export_signing(doc, lang, out)
    return f"{slug}-{variant}.docx"


def write_redline(
    session: Session,
    slug: str,
    lang: Lang,
    out: BinaryIO,
    *,
    snapshot_id: int | None = None,
    since: datetime | None = None,
    with_comments: bool = False,
) -> str:
    """Write the current text with tracked changes against a snapshot or a moment; return a file name."""
    document = get_document(session, slug)
    if snapshot_id is not None:
        snapshot = get_snapshot(session, document, snapshot_id)
        state, tag = snapshot.state, f"snapshot{snapshot.id}"
    elif since is not None:
        state, tag = state_at(session, document, since), since.strftime("%Y%m%d")
    else:
        raise ValidationError(N_("Choose a snapshot or a date to compare with."), reason="no_base")
    old = export_state(session, document, state)
    new = export_document(session, slug)
    comments = open_comments(session, document) if with_comments else []
    export_redline(
        old,
        new,
        lang,
        out,
        author="mou-review",
        when=utcnow(),
        comments=comments,
        changes=change_authors(session, document, lang),
    )
    return f"{slug}-redline-{tag}-{lang}.docx"


def change_authors(session: Session, document: Document, lang: Lang) -> dict[int, tuple[str, datetime]]:
    """Return, per clause, who wrote its current text in one language (or deleted it) and when."""
    view = load_view(session, document)
    current = {row.id: row.versions[lang] for row in view.rows if row.versions.get(lang) is not None}
    deleted = list(
        session.scalars(
            select(Clause).where(Clause.document_id == document.id, Clause.deleted_at.is_not(None))
        )
    )
    user_ids = {v.author_id for v in current.values()} | {c.deleted_by_id for c in deleted}
    names = dict(
        session.execute(select(User.id, User.display_name).where(User.id.in_(user_ids - {None}))).all()
    )
    result = {
        clause_id: (names.get(version.author_id, "mou-review"), _aware(version.created_at))
        for clause_id, version in current.items()
    }
    for clause in deleted:
        result[clause.id] = (names.get(clause.deleted_by_id, "mou-review"), _aware(clause.deleted_at))
    return result


def export_bytes(session: Session, slug: str, variant: str) -> tuple[bytes, str]:
    """Return an export's bytes and file name."""
    buffer = io.BytesIO()
    name = write_export(session, slug, variant, buffer)
    return buffer.getvalue(), name
