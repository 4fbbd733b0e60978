"""A party's marked-up Word file comes back as amendments and comments.

``propose_markup`` reads the returned file (``domain.docx_markup``), checks it
is an export of this document in the chosen language, and compares every
clause it carries with the version written into it: nothing is written.
``confirm_markup`` proposes the same again and writes it in one transaction:
a lead's changes become amendments (base = the version in the file, so a
clause changed in the app since the export stays a visible conflict), a
member's become comments quoting the suggested text; Word comments become
comments on their clause, replies in their thread.  The importer is the
author of record; the Word authors and dates go into the rationale or note.

The same file (or another copy of the same changes) imported twice must not
double the record: a change that the importer's party has already proposed
(same clause, action, base version and text) or a comment already on its
clause (same text, same party) is shown as "already imported" and skipped on
confirmation; nothing already written is touched.

A file without our clause identities (an old export, a retyped draft) is
matched against the current text by the import aligner instead, each match
with its confidence; paragraphs that match nothing are listed, never dropped.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import numbering
from ..domain.docx_align import align
from ..domain.docx_export import format_date
from ..domain.docx_markup import (
    BaseClause,
    MarkupChange,
    MarkupFile,
    MarkupProposal,
    Revision,
    read_markup,
    strip_label,
)
from ..domain.docx_markup import (
    propose_markup as domain_propose,
)
from ..domain.docx_read import SourcePara, read_paragraphs
from ..domain.errors import N_, DocxFormatError, NotFound, ValidationError
from ..domain.permissions import Action, can, require
from ..domain.types import DEFAULT_LEVEL, ClauseKind, DocumentKind, DocumentStatus, Lang
from ..models import Amendment, AmendmentText, Clause, ClauseVersion, Comment, CommentBody, Document, User
from . import audit
from .actors import actor_of
from .amendments import propose_amendment
from .comments import add_comment
from .documents import get_document, load_view
from .docx_io import _TOKEN, PROPOSAL_LIFETIME, _refuse
from .review_common import clean

#: Below this confidence a match of the fallback aligner is shown as doubtful.
LOW_CONFIDENCE = 0.5


@dataclass
class MarkupResult:
    """The proposal of one returned file, ready for the preview, the JSON and the confirmation."""

    document: Document
    lang: str  # "en", "fr" or "bilingual"
    filename: str
    changes: list[MarkupChange]
    unmatched: list[str]
    identified: bool  # the file carried our clause identities
    created: dict[int, dict[str, int]] = field(default_factory=dict)  # change index -> ids
    #: change index -> ids of what an earlier import of the same change already wrote (skipped on confirmation)
    already: dict[int, dict[str, int]] = field(default_factory=dict)

    @property
    def conflicts(self) -> int:
        """Count the changes made against a clause text that has changed since the export."""
        return sum(1 for change in self.changes if change.conflict)

    def to_json(self) -> dict[str, Any]:
        """Return the proposal as the command line and the page's JSON print it."""
        out = []
        for index, change in enumerate(self.changes):
            item: dict[str, Any] = {
                "clause_id": change.clause_id,
                "number": change.number,
                "action": change.action,
                "lang": str(change.lang),
                "tracked": change.tracked,
            }
            if change.text is not None:
                item["text"] = change.text
            if change.base is not None:
                item["base"] = change.base
            if change.authors and change.authors[0].author:
                item["author"] = ", ".join(dict.fromkeys(r.author for r in change.authors if r.author))
            if change.quote:
                item["quote"] = change.quote
            if change.conflict:
                item["conflict"] = {"base": change.base, "current": change.current}
            if change.confidence is not None:
                item["confidence"] = round(change.confidence, 2)
            if index in self.already:
                item["already_imported"] = self.already[index]
            item.update(self.created.get(index, {}))
            out.append(item)
        return {
            "document": self.document.slug,
            "lang": self.lang,
            "changes": out,
            "unmatched": self.unmatched,
        }


# --------------------------------------------------------------------------- proposing


def _file_lang(markup: MarkupFile) -> str | None:
    if markup.identity.lang in ("en", "fr", "bilingual"):
        return markup.identity.lang
    langs = {m.lang for p in markup.paragraphs for m in p.marks}
    if len(langs) == 2:
        return "bilingual"
    return str(next(iter(langs))) if langs else None


def _check_identity(session: Session, document: Document, markup: MarkupFile) -> None:
    """Refuse a file exported from another document."""
    other = markup.identity.document
    if other and other != document.slug:
        raise ValidationError(
            N_("This file is an export of another document (%(other)s), not of %(slug)s."),
            reason="other_document",
            other=other,
            slug=document.slug,
        )
    ids = {m.clause_id for p in markup.paragraphs for m in p.marks}
    if ids:
        owners = set(session.scalars(select(Clause.document_id).where(Clause.id.in_(ids))))
        if owners - {document.id} or not owners:
            raise ValidationError(
                N_("This file is an export of another document, not of %(slug)s."),
                reason="other_document",
                other="",
                slug=document.slug,
            )


def _aware(moment: datetime | None) -> datetime | None:
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def _exported_at(markup: MarkupFile) -> datetime | None:
    value = markup.identity.exported_at
    if not value:
        return None
    try:
        return _aware(datetime.fromisoformat(value.replace("Z", "+00:00")))
    except ValueError:
        return None


def _base_clauses(
    session: Session, document: Document, markup: MarkupFile, langs: Sequence[Lang]
) -> dict[tuple[int, Lang], BaseClause]:
    """Load, per clause and language in the file, the version written into it and the current one."""
    view = load_view(session, document)
    numbers = {row.id: row.number for row in view.rows}
    exported_at = _exported_at(markup)
    wanted: dict[tuple[int, Lang], int] = {}
    for para in markup.paragraphs:
        for mark in para.marks:
            if mark.lang in langs:
                wanted.setdefault((mark.clause_id, mark.lang), mark.version)
    clauses = {c.id: c for c in session.scalars(select(Clause).where(Clause.document_id == document.id))}
    if exported_at is not None:
        # Clauses that were in the document when it was exported but whose paragraph is gone from the file.
        for clause in clauses.values():
            created = _aware(clause.created_at)
            deleted = _aware(clause.deleted_at)
            if created is not None and created <= exported_at and (deleted is None or deleted > exported_at):
                for lang in langs:
                    wanted.setdefault((clause.id, lang), -1)
    versions: dict[tuple[int, str], list[ClauseVersion]] = {}
    ids = sorted({cid for cid, _ in wanted})
    if ids:
        for version in session.scalars(
            select(ClauseVersion).where(ClauseVersion.clause_id.in_(ids)).order_by(ClauseVersion.number)
        ):
            versions.setdefault((version.clause_id, version.lang), []).append(version)
    out: dict[tuple[int, Lang], BaseClause] = {}
    for (clause_id, lang), number in wanted.items():
        clause = clauses.get(clause_id)
        if clause is None:
            continue
        history = versions.get((clause_id, str(lang)), [])
        if number == -1:
            # Not in the file: the version current at the export is the one the reviewer removed.
            at_export = [v for v in history if exported_at and _aware(v.created_at) <= exported_at]
            if not at_export:
                continue
            number = at_export[-1].number
        by_number = {v.number: v for v in history}
        current = history[-1] if history else None
        out[(clause_id, lang)] = BaseClause(
            id=clause_id,
            number=numbers.get(clause_id),
            lang=lang,
            base_version=number,
            base_text=by_number[number].text if number in by_number else None,
            current_version=current.number if current else 0,
            current_text=current.text if current else "",
            deleted=clause.deleted_at is not None,
        )
    return out


def _fallback(
    session: Session, document: Document, data: bytes, lang: Lang, max_bytes: int
) -> MarkupProposal:
    """Match a file without identities against the current text with the import aligner."""
    try:
        paras = read_paragraphs(data, max_bytes=max_bytes)
    except DocxFormatError as error:
        raise _refuse(error, "markup", max_bytes) from None
    view = load_view(session, document)
    doc_kind = DocumentKind(document.kind)
    current = [
        SourcePara(
            row.text(lang),
            None,
            numbering.label(row.kind, row.number, lang, doc_kind),
            row.kind,
            row.clause.level,
            False,
        )
        for row in view.rows
    ]
    alignment = align(paras, current)
    by_text: dict[str, list[Any]] = {}
    for row in view.rows:
        by_text.setdefault(row.text(lang), []).append(row)
    changes: list[MarkupChange] = []
    unmatched = list(alignment.unpaired_en)
    previous = None
    for pair in alignment.pairs:
        rows = by_text.get(pair.fr) or []
        row = rows.pop(0) if rows else None
        if row is None:
            if pair.en.strip():
                if previous is not None:
                    changes.append(
                        MarkupChange(
                            clause_id=previous.id,
                            number=previous.number,
                            action="insert",
                            lang=lang,
                            text=pair.en,
                            confidence=pair.confidence,
                        )
                    )
                else:
                    unmatched.append(pair.en)
            continue
        previous = row
        if not pair.en.strip() or pair.en == pair.fr:
            continue
        changes.append(
            MarkupChange(
                clause_id=row.id,
                number=row.number,
                action="modify",
                lang=lang,
                text=strip_label(pair.en),
                base=row.version_number(lang),
                current=row.version_number(lang),
                confidence=pair.confidence,
                previous=row.text(lang),
            )
        )
    return MarkupProposal(changes, unmatched, lang)


def propose_markup(
    session: Session,
    user: User,
    slug: str,
    data: bytes,
    *,
    lang: Lang | None = None,
    filename: str = "",
    max_bytes: int,
) -> MarkupResult:
    """Read a returned Word file and propose its changes and comments; write nothing."""
    document = get_document(session, slug)
    status = DocumentStatus(document.status)
    require(actor_of(user), Action.COMMENT, document_status=status)
    try:
        markup = read_markup(data, max_bytes=max_bytes)
    except DocxFormatError as error:
        raise _refuse(error, filename or "markup", max_bytes) from None
    file_lang = _file_lang(markup)
    if markup.has_marks:
        _check_identity(session, document, markup)
    elif markup.identity.document and markup.identity.document != document.slug:
        _check_identity(session, document, markup)
    if lang is not None and file_lang in ("en", "fr") and file_lang != str(lang):
        message = (
            N_("This file is the English version of the document, but you chose French.")
            if file_lang == "en"
            else N_("This file is the French version of the document, but you chose English.")
        )
        raise ValidationError(message, reason="wrong_language", found=file_lang, chosen=str(lang))
    if markup.has_marks:
        langs = (
            [lang] if lang is not None else ([Lang(file_lang)] if file_lang in ("en", "fr") else list(Lang))
        )
        proposal = domain_propose(markup, _base_clauses(session, document, markup, langs), langs)
        identified = True
        shown_lang = str(langs[0]) if len(langs) == 1 else "bilingual"
    else:
        if lang is None and file_lang not in ("en", "fr"):
            raise ValidationError(
                N_("This file does not say its language: choose English or French."), reason="no_language"
            )
        chosen = lang or Lang(file_lang or "en")
        proposal = _fallback(session, document, data, chosen, max_bytes)
        identified = False
        shown_lang = str(chosen)
    result = MarkupResult(document, shown_lang, filename, proposal.changes, proposal.unmatched, identified)
    lead = can(actor_of(user), Action.PROPOSE_AMENDMENT, document_status=status)
    for index, change in enumerate(result.changes):
        found = _already_imported(session, user, change, lead)
        if found:
            result.already[index] = found
    return result


def _already_imported(session: Session, user: User, change: MarkupChange, lead: bool) -> dict[str, int]:
    """Return the ids of what an earlier import of this same change wrote (empty if none)."""
    if lead and change.action != "comment":
        query = select(Amendment).where(
            Amendment.clause_id == change.clause_id,
            Amendment.action == change.action,
            Amendment.party_id == user.party_id,
        )
        for amendment in session.scalars(query.order_by(Amendment.id)):
            if change.base is not None and getattr(amendment, f"base_{change.lang}") != change.base:
                continue
            if change.action != "delete":
                texts = session.scalars(
                    select(AmendmentText.text).where(
                        AmendmentText.amendment_id == amendment.id, AmendmentText.lang == str(change.lang)
                    )
                )
                if clean(change.text) not in set(texts):
                    continue
            return {"amendment_id": amendment.id}
        return {}
    content = clean(_comment_content(change, lead))
    bodies = session.execute(
        select(Comment.id, CommentBody.body)
        .join(CommentBody, CommentBody.comment_id == Comment.id)
        .where(Comment.clause_id == change.clause_id, Comment.party_id == user.party_id)
        .order_by(Comment.id)
    )
    for comment_id, body in bodies:
        # An imported comment is its content, a blank line, then the import's note (who, when, which file).
        if body == content or body.startswith(content + "\n\n"):
            return {"comment_id": comment_id}
    return {}


# --------------------------------------------------------------------------- writing


_NOTES = {
    Lang.EN: {
        "tracked": "Tracked change in Word by {authors}{dates}.",
        "untracked": "Changed in Word without Track Changes (found by comparison with the exported text).",
        "aligned": "Found by comparing a Word file without clause identities with the current text "
        "(confidence {confidence}).",
        "comment": "Word comment by {authors}{dates}.",
        "imported": "Imported by {importer} ({party}) from {filename}.",
        "conflict": "Written against version {base}; the clause is now at version {current}.",
        "suggest": "Suggested text: “{text}”",
        "suggest_insert": "Suggests a new clause after this one: “{text}”",
        "suggest_delete": "Suggests deleting this clause.",
        "quote": "On “{quote}”: {text}",
    },
    Lang.FR: {
        "tracked": "Modification suivie dans Word par {authors}{dates}.",
        "untracked": "Modifié dans Word sans le suivi des modifications (relevé par comparaison avec le texte "
        "exporté).",
        "aligned": "Relevé en comparant un fichier Word sans identifiants de clauses avec le texte en vigueur "
        "(confiance {confidence}).",
        "comment": "Commentaire Word de {authors}{dates}.",
        "imported": "Importé par {importer} ({party}) depuis {filename}.",
        "conflict": "Rédigé sur la version {base}\u00a0; la clause en est maintenant à la version {current}.",
        "suggest": "Texte proposé\u00a0: «\u00a0{text}\u00a0»",
        "suggest_insert": "Propose une nouvelle clause après celle-ci\u00a0: «\u00a0{text}\u00a0»",
        "suggest_delete": "Propose de supprimer cette clause.",
        "quote": "Sur «\u00a0{quote}\u00a0»\u00a0: {text}",
    },
}


def _who(revisions: Sequence[Revision], lang: Lang) -> dict[str, str]:
    authors = ", ".join(dict.fromkeys(r.author for r in revisions if r.author)) or "?"
    days = sorted({r.date.date() for r in revisions if r.date is not None})
    dates = (
        (", " if lang is Lang.EN else ", le ") + ", ".join(format_date(d, lang) for d in days) if days else ""
    )
    return {"authors": authors, "dates": dates}


def _note(change: MarkupChange, user: User, filename: str) -> str:
    words = _NOTES[change.lang]
    parts = []
    if change.action == "comment":
        parts.append(words["comment"].format(**_who(change.authors, change.lang)))
    elif change.confidence is not None:
        parts.append(words["aligned"].format(confidence=f"{change.confidence:.2f}"))
    elif change.tracked:
        parts.append(words["tracked"].format(**_who(change.authors, change.lang)))
    else:
        parts.append(words["untracked"])
    if change.conflict:
        parts.append(words["conflict"].format(base=change.base, current=change.current))
    party = user.party.code if user.party else ""
    parts.append(
        words["imported"].format(importer=user.display_name, party=party, filename=filename or "DOCX")
    )
    return " ".join(parts)


def _comment_content(change: MarkupChange, lead: bool) -> str:
    """Return what a comment made from this change says, before the import's note."""
    words = _NOTES[change.lang]
    if change.action == "comment":
        return (
            words["quote"].format(quote=change.quote, text=change.text) if change.quote else change.text or ""
        )
    if lead:
        return ""  # a lead's change becomes an amendment, not a comment
    if change.action == "delete":
        return words["suggest_delete"]
    if change.action == "insert":
        return words["suggest_insert"].format(text=change.text)
    return words["suggest"].format(text=change.text)


def _comment(
    session: Session,
    user: User,
    clause: Clause,
    change: MarkupChange,
    body: str,
    parent_id: int | None,
) -> Comment:
    """Add a comment without committing (the import writes everything in one transaction)."""
    base = {str(change.lang): change.base} if change.base else None
    return add_comment(
        session,
        user,
        clause.id,
        str(change.lang),
        body[:10_000],
        parent_id=parent_id,
        base=base,
        commit=False,
    )


def _insert_shape(after: Clause) -> tuple[str, int]:
    kind = ClauseKind(after.kind)
    if kind in (ClauseKind.PARAGRAPH, ClauseKind.ITEM, ClauseKind.RECITAL):
        return str(kind), after.level
    return str(ClauseKind.PARAGRAPH), min(DEFAULT_LEVEL[ClauseKind.PARAGRAPH], after.level + 1)


def confirm_markup(
    session: Session,
    user: User,
    slug: str,
    data: bytes,
    *,
    lang: Lang | None = None,
    filename: str = "",
    max_bytes: int,
) -> MarkupResult:
    """Write what a returned file proposes, in one transaction, and return the proposal with the new ids."""
    result = propose_markup(session, user, slug, data, lang=lang, filename=filename, max_bytes=max_bytes)
    document = result.document
    lead = can(actor_of(user), Action.PROPOSE_AMENDMENT, document_status=DocumentStatus(document.status))
    word_ids: dict[str, int] = {}
    amendments = 0
    comments = 0
    try:
        # Changes of one clause in both columns of a bilingual file make one amendment.
        grouped: dict[tuple[int, str], list[int]] = {}
        for index, change in enumerate(result.changes):
            if change.action in ("modify", "delete") and lead:
                grouped.setdefault((change.clause_id, change.action), []).append(index)
        done: set[int] = set()
        for index, change in enumerate(result.changes):
            if index in done:
                continue
            clause = session.get(Clause, change.clause_id)
            if clause is None:
                raise NotFound(N_("No clause has the number %(id)s."), id=change.clause_id)
            if index in result.already:
                # Imported before: nothing is written again, but a reply in this file joins that thread.
                if change.action == "comment" and change.comment_id and "comment_id" in result.already[index]:
                    word_ids[change.comment_id] = result.already[index]["comment_id"]
                continue
            note = _note(change, user, filename)
            if change.action == "comment" or not lead:
                parent = word_ids.get(change.parent) if change.action == "comment" and change.parent else None
                body = _comment_content(change, lead)
                created = _comment(session, user, clause, change, f"{body}\n\n{note}", parent)
                if change.action == "comment" and change.comment_id:
                    word_ids[change.comment_id] = created.id
                result.created[index] = {"comment_id": created.id}
                comments += 1
                continue
            members = [
                m for m in grouped.get((change.clause_id, change.action), [index]) if m not in result.already
            ]
            texts: dict[Lang, str | None] = {Lang.EN: None, Lang.FR: None}
            bases: dict[Lang, int | None] = {}
            for member in members:
                texts[result.changes[member].lang] = result.changes[member].text
                bases[result.changes[member].lang] = result.changes[member].base
                done.add(member)
            if change.action == "insert":
                kind, level = _insert_shape(clause)
                amendment = propose_amendment(
                    session,
                    user,
                    clause.id,
                    action="insert",
                    en=change.text if change.lang is Lang.EN else None,
                    fr=change.text if change.lang is Lang.FR else None,
                    rationale=note,
                    kind=kind,
                    level=level,
                    commit=False,
                )
            else:
                latest = {
                    lang_: session.scalar(
                        select(ClauseVersion)
                        .where(ClauseVersion.clause_id == clause.id, ClauseVersion.lang == str(lang_))
                        .order_by(ClauseVersion.number.desc())
                        .limit(1)
                    )
                    for lang_ in Lang
                }
                current = {lang_: v.number if v else 0 for lang_, v in latest.items()}
                for lang_ in Lang:
                    version = latest[lang_]
                    if texts[lang_] is not None and version is not None and version.text == texts[lang_]:
                        texts[lang_] = (
                            None  # the app already has this text (a conflict both sides resolved alike)
                        )
                if change.action == "modify" and texts[Lang.EN] is None and texts[Lang.FR] is None:
                    continue
                amendment = propose_amendment(
                    session,
                    user,
                    clause.id,
                    action=change.action,
                    en=texts[Lang.EN],
                    fr=texts[Lang.FR],
                    rationale=note,
                    base={str(lang_): number for lang_, number in current.items()},
                    commit=False,
                )
                # The amendment was written against the text in the file: that is its base, so a clause
                # changed in the app since the export stays visible as a conflict.
                for lang_, number in bases.items():
                    if number is not None:
                        setattr(amendment, f"base_{lang_}", number)
            for member in members:
                result.created[member] = {"amendment_id": amendment.id}
            amendments += 1
        audit.record(
            session,
            user,
            "markup.import",
            "document",
            document.id,
            document_id=document.id,
            detail={
                "file": filename,
                "lang": result.lang,
                "amendments": amendments,
                "comments": comments,
                "already_imported": len(result.already),
                "unmatched": len(result.unmatched),
            },
        )
        session.commit()
    except Exception:
        session.rollback()
        raise
    return result


# --------------------------------------------------------------------------- uploads waiting for confirmation


@dataclass
class PendingUpload:
    """A returned file waiting in the instance folder between the preview and the confirmation."""

    token: str
    owner_id: int
    slug: str
    lang: str | None
    filename: str
    created_at: float
    data: bytes = b""


class UploadStore:
    """Returned files kept for their preview and confirmation: owned, expiring, one folder."""

    def __init__(self, folder: Path, lifetime: float = PROPOSAL_LIFETIME) -> None:
        self.folder = folder
        self.lifetime = lifetime

    def _paths(self, token: str) -> tuple[Path, Path]:
        if not _TOKEN.match(token or ""):
            raise NotFound(N_("This import has expired or does not exist. Upload the file again."))
        return self.folder / f"{token}.docx", self.folder / f"{token}.json"

    def save(self, owner_id: int, slug: str, lang: Lang | None, filename: str, data: bytes) -> str:
        """Keep an upload and return its token."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self.purge()
        token = secrets.token_urlsafe(18)
        blob, meta = self._paths(token)
        blob.write_bytes(data)
        meta.write_text(
            json.dumps(
                {
                    "owner_id": owner_id,
                    "slug": slug,
                    "lang": str(lang) if lang else None,
                    "filename": filename[:200],
                    "created_at": time.time(),
                }  # fmt: skip
            ),
            encoding="utf-8",
        )
        return token

    def load(self, token: str, owner_id: int, slug: str) -> PendingUpload:
        """Return the owner's upload for this document, or raise NotFound."""
        blob, meta = self._paths(token)
        try:
            info = json.loads(meta.read_text(encoding="utf-8"))
            data = blob.read_bytes()
        except (OSError, ValueError):
            raise NotFound(N_("This import has expired or does not exist. Upload the file again.")) from None
        if (
            info.get("owner_id") != owner_id
            or info.get("slug") != slug
            or time.time() - float(info.get("created_at", 0)) > self.lifetime
        ):
            raise NotFound(N_("This import has expired or does not exist. Upload the file again."))
        return PendingUpload(token, owner_id, slug, info.get("lang"), info.get("filename", ""),
                             float(info["created_at"]), data)  # fmt: skip

    def delete(self, token: str) -> None:
        """Forget an upload."""
        for path in self._paths(token):
            path.unlink(missing_ok=True)

    def purge(self) -> None:
        """Remove expired uploads."""
        now = time.time()
        for path in list(self.folder.glob("*.docx")) + list(self.folder.glob("*.json")):
            try:
                if now - path.stat().st_mtime > self.lifetime:
                    path.unlink(missing_ok=True)
            except OSError:
                pass
