"""Divergence findings of a document, their waivers, and the bilingual glossary.

Findings are never stored: they are computed on the fly from the current
texts (``domain.divergence``), with the glossary held in the database.  A
waiver is stored for one finding key on one exact pair of texts (English and
French version numbers), so a later change to either text brings the finding
back.  The glossary table starts from ``DEFAULT_GLOSSARY``: while it is empty
that default is used in memory, and ``seed_glossary`` (run by ``init-db`` and
before the first glossary edit) writes it out.  Glossary rows are never
overwritten: an edit retires the row and adds its replacement.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..domain.divergence import CHECKS, ClausePair, Finding, Severity, check_pair, finding_to_dict
from ..domain.errors import N_, NotFound, ValidationError, VersionConflict
from ..domain.glossary import DEFAULT_GLOSSARY, Glossary
from ..domain.permissions import Action, can, require
from ..domain.types import DocumentStatus, Lang
from ..models import Clause, ClauseVersion, Document, FindingWaiver, GlossaryEntry, User, utcnow
from . import audit, page_context, translation
from .actors import actor_of
from .documents import ClauseRow, DocumentView, get_clause, load_view

#: Origins of a clause version that mean "aligned with the other language's version it names".
#: "edit" is a one-sided change of content; "machine" an unconfirmed machine draft.
ALIGNED_ORIGINS = frozenset({"seed", "import", "amendment", "translation", "confirmed"})
MAX_REASON = 2000
MAX_TERM = 300


# --- glossary -------------------------------------------------------------------


@lru_cache(maxsize=8)
def _compiled(entries: tuple[tuple[str, str], ...]) -> Glossary:
    # Compiling the glossary's regexes costs more than checking a document: reuse it
    # as long as the entries are the same.
    return Glossary.from_entries(entries)


def glossary_entries(session: Session) -> list[GlossaryEntry]:
    """Return the active glossary entries, in English alphabetical order."""
    return list(
        session.scalars(
            select(GlossaryEntry)
            .where(GlossaryEntry.retired_at.is_(None))
            .order_by(GlossaryEntry.en, GlossaryEntry.id)
        )
    )


def load_glossary(session: Session) -> Glossary:
    """Return the glossary in force (one query): the table's active rows, or the default while it is empty."""
    rows = session.execute(select(GlossaryEntry.en, GlossaryEntry.fr, GlossaryEntry.retired_at)).all()
    if not rows:
        return _compiled(tuple(DEFAULT_GLOSSARY))
    return _compiled(tuple(sorted((en, fr) for en, fr, retired in rows if retired is None)))


def seed_glossary(session: Session, *, commit: bool = True) -> int:
    """Write ``DEFAULT_GLOSSARY`` into an empty glossary table; return the number of rows added."""
    if session.scalar(select(GlossaryEntry.id).limit(1)) is not None:
        return 0
    session.add_all(GlossaryEntry(en=en, fr=fr, note="") for en, fr in DEFAULT_GLOSSARY)
    if commit:
        session.commit()
    return len(DEFAULT_GLOSSARY)


def _clean_term(en: str, fr: str, note: str) -> tuple[str, str, str]:
    en, fr, note = " ".join((en or "").split()), " ".join((fr or "").split()), (note or "").strip()
    if not en or not fr:
        raise ValidationError(N_("Give the term in both English and French."), reason="term_required")
    if len(en) > MAX_TERM or len(fr) > MAX_TERM:
        raise ValidationError(
            N_("A term may have at most %(max)s characters."), reason="term_too_long", max=MAX_TERM
        )
    return en, fr, note


def add_term(session: Session, actor: User, en: str, fr: str, note: str = "") -> GlossaryEntry:
    """Add a bilingual term to the glossary (facilitator)."""
    require(actor_of(actor), Action.EDIT_GLOSSARY)
    en, fr, note = _clean_term(en, fr, note)
    seed_glossary(session, commit=False)
    entry = GlossaryEntry(en=en, fr=fr, note=note, created_by_id=actor.id)
    session.add(entry)
    session.flush()
    audit.record(session, actor, "glossary.add", "glossary_entry", entry.id, detail={"en": en, "fr": fr})
    session.commit()
    return entry


def _retire(session: Session, entry_id: int, replaced_by: int | None = None) -> GlossaryEntry:
    entry = session.get(GlossaryEntry, entry_id)
    if entry is None:
        raise NotFound(N_("No glossary entry has the number %(id)s."), id=entry_id)
    # Conditional update: of two facilitators changing the same entry, the second is refused.
    done = session.execute(
        update(GlossaryEntry)
        .where(GlossaryEntry.id == entry_id, GlossaryEntry.retired_at.is_(None))
        .values(retired_at=utcnow(), replaced_by_id=replaced_by)
        .execution_options(synchronize_session=False)
    ).rowcount
    if not done:
        session.rollback()
        raise VersionConflict(
            N_("This glossary entry has already been changed or removed. Reload the glossary.")
        )
    return entry


def replace_term(
    session: Session, actor: User, entry_id: int, en: str, fr: str, note: str = ""
) -> GlossaryEntry:
    """Replace a glossary entry: retire it and add the new wording (facilitator)."""
    require(actor_of(actor), Action.EDIT_GLOSSARY)
    en, fr, note = _clean_term(en, fr, note)
    seed_glossary(session, commit=False)
    new = GlossaryEntry(en=en, fr=fr, note=note, created_by_id=actor.id)
    session.add(new)
    session.flush()
    old = _retire(session, entry_id, replaced_by=new.id)
    audit.record(
        session,
        actor,
        "glossary.replace",
        "glossary_entry",
        new.id,
        before_id=old.id,
        after_id=new.id,
        detail={"en": en, "fr": fr, "was": {"en": old.en, "fr": old.fr}},
    )
    session.commit()
    return new


def retire_term(session: Session, actor: User, entry_id: int) -> None:
    """Remove a term from the glossary in force; its row stays, retired (facilitator)."""
    require(actor_of(actor), Action.EDIT_GLOSSARY)
    seed_glossary(session, commit=False)
    old = _retire(session, entry_id)
    audit.record(
        session,
        actor,
        "glossary.retire",
        "glossary_entry",
        old.id,
        before_id=old.id,
        detail={"en": old.en, "fr": old.fr},
    )
    session.commit()


@lru_cache(maxsize=8192)
def _check(pair: ClausePair, glossary: Glossary) -> tuple[Finding, ...]:
    # Pairs and findings are immutable and the glossary object is itself cached, so a page
    # reload re-checks only the clauses whose texts changed.
    return tuple(check_pair(pair, glossary))


def stored_key(key: str) -> str:
    """Return the form of a finding key kept in a waiver row (long keys end in a digest, to fit)."""
    if len(key) <= 200:
        return key
    return key[:150] + "#" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:40]


# --- findings -------------------------------------------------------------------


def _aligned(version: ClauseVersion | None) -> int | None:
    if version is None or version.origin not in ALIGNED_ORIGINS:
        return None
    return version.other_number


def clause_pair(row: ClauseRow) -> ClausePair:
    """Return the domain's view of a clause: both current texts and their alignment bookkeeping."""
    en, fr = row.versions.get(Lang.EN), row.versions.get(Lang.FR)
    changed_last = None
    if en is not None and fr is not None:
        changed_last = Lang.EN if en.id > fr.id else Lang.FR
    return ClausePair(
        en=en.text if en else "",
        fr=fr.text if fr else "",
        en_version=en.number if en else None,
        fr_version=fr.number if fr else None,
        en_based_on_fr=_aligned(en),
        fr_based_on_en=_aligned(fr),
        kind=row.kind,
        changed_last=changed_last,
    )


@dataclass(frozen=True)
class ClauseFinding:
    """A finding on one clause of a document, with the waiver that silences it, if any."""

    row: ClauseRow
    finding: Finding
    waiver: FindingWaiver | None

    @property
    def clause_id(self) -> int:
        return self.row.id

    @property
    def waived(self) -> bool:
        return self.waiver is not None

    @property
    def severity(self) -> Severity:
        return self.finding.severity

    @property
    def check(self) -> str:
        return self.finding.check


@dataclass
class DocumentFindings:
    """Every finding of a document, in document order, with counts."""

    view: DocumentView
    items: list[ClauseFinding] = field(default_factory=list)

    def for_clause(self, clause_id: int) -> list[ClauseFinding]:
        """Return the findings of one clause."""
        return [item for item in self.items if item.clause_id == clause_id]

    def open(self) -> list[ClauseFinding]:
        """Return the findings not waived."""
        return [item for item in self.items if not item.waived]

    def by_clause(self) -> dict[int, list[ClauseFinding]]:
        """Return the findings grouped by clause id."""
        grouped: dict[int, list[ClauseFinding]] = {}
        for item in self.items:
            grouped.setdefault(item.clause_id, []).append(item)
        return grouped

    def counts(self) -> dict[str, Counter]:
        """Return open-finding counts by check and by severity (and the number waived)."""
        open_items = self.open()
        return {
            "check": Counter(item.check for item in open_items),
            "severity": Counter(str(item.severity) for item in open_items),
            "waived": Counter(str(item.severity) for item in self.items if item.waived),
        }


def _waivers(
    session: Session, document: Document
) -> dict[tuple[int, str, int | None, int | None], FindingWaiver]:
    rows = session.scalars(
        select(FindingWaiver)
        .join(Clause, Clause.id == FindingWaiver.clause_id)
        .where(Clause.document_id == document.id)
    )
    return {(w.clause_id, w.finding_key, w.en_number, w.fr_number): w for w in rows}


def findings_for_view(session: Session, view: DocumentView) -> DocumentFindings:
    """Check every clause of a loaded view (two queries: waivers and glossary)."""
    glossary = load_glossary(session)
    waivers = _waivers(session, view.document)
    result = DocumentFindings(view)
    meaning = translation.meaning_by_clause(session, view)  # {} unless a translation model is installed
    for row in view.rows:
        en_number, fr_number = row.version_number(Lang.EN), row.version_number(Lang.FR)
        for finding in translation.with_meaning(_check(clause_pair(row), glossary), meaning.get(row.id)):
            waiver = waivers.get((row.id, stored_key(finding.key), en_number, fr_number))
            result.items.append(ClauseFinding(row, finding, waiver))
    return result


def clause_findings(session: Session, view: DocumentView, clause_id: int) -> list[ClauseFinding]:
    """Return one clause's findings with their waivers (only that clause is checked)."""
    row = view.row(clause_id)
    if row is None:
        return []
    return findings_for_view(session, DocumentView(view.document, [row])).items


def document_findings(session: Session, document: Document) -> DocumentFindings:
    """Load a document's current texts and return its findings with their waivers."""
    return findings_for_view(session, load_view(session, document))


def unwaived_errors(session: Session, document: Document) -> list[dict[str, Any]]:
    """Return the open error-level findings that keep the document from being agreed."""
    return [
        {
            "clause_id": item.clause_id,
            "number": item.row.number,
            "check": item.check,
            "severity": str(item.severity),
            "message": {"en": item.finding.message_en, "fr": item.finding.message_fr},
        }
        for item in document_findings(session, document).open()
        if item.severity is Severity.ERROR
    ]


def item_to_dict(item: ClauseFinding) -> dict[str, Any]:
    """Return the JSON form of one finding of a document."""
    data = finding_to_dict(item.finding)
    return {
        "clause_id": item.clause_id,
        "number": item.row.number,
        "check": data["check"],
        "severity": data["severity"],
        "message": data["message"],
        "en": data["en"],
        "fr": data["fr"],
        "waived": item.waived,
        "key": data["key"],
        "versions": {"en": item.row.version_number(Lang.EN), "fr": item.row.version_number(Lang.FR)},
        "waiver": {"reason": item.waiver.reason, "author_id": item.waiver.author_id} if item.waiver else None,
    }


def findings_json(result: DocumentFindings) -> dict[str, Any]:
    """Return ``{"document", "clauses", "findings": [...]}`` for the API and ``mou-review check --json``."""
    return {
        "document": result.view.document.slug,
        "clauses": len(result.view.rows),
        "findings": [item_to_dict(item) for item in result.items],
    }


def filter_items(
    items: list[ClauseFinding],
    *,
    check: str | None = None,
    severity: str | None = None,
    waived: bool | None = None,
) -> list[ClauseFinding]:
    """Keep the findings of one check and/or severity (unknown values filter nothing out)."""
    if check in CHECKS:
        items = [i for i in items if i.check == check]
    if severity in {str(s) for s in Severity}:
        items = [i for i in items if str(i.severity) == severity]
    if waived is not None:
        items = [i for i in items if i.waived is waived]
    return items


# --- waivers --------------------------------------------------------------------


def waive(
    session: Session,
    actor: User,
    clause_id: int,
    finding_key: str,
    reason: str,
    *,
    en_number: int | None,
    fr_number: int | None,
) -> FindingWaiver:
    """Waive one finding on the exact texts the facilitator saw (versions given), with a reason."""
    clause = get_clause(session, clause_id)
    require(actor_of(actor), Action.WAIVE_FINDING, document_status=DocumentStatus(clause.document.status))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(N_("Say why this finding may be waived."), reason="no_reason")
    if len(reason) > MAX_REASON:
        raise ValidationError(N_("The reason is too long."), reason="reason_too_long")
    view = load_view(session, clause.document)
    row = view.row(clause_id)
    assert row is not None
    current = (row.version_number(Lang.EN), row.version_number(Lang.FR))
    if (en_number, fr_number) != current:
        raise VersionConflict(
            N_(
                "The texts of this clause have changed since you opened them. Nothing was waived: reload and "
                "look at the findings again."
            ),
            current=f"en {current[0]}, fr {current[1]}",
        )
    candidates = translation.with_meaning(
        _check(clause_pair(row), load_glossary(session)),
        translation.meaning_for_key(session, row, finding_key),
    )
    finding = next((f for f in candidates if f.key == finding_key), None)
    if finding is None:
        raise NotFound(N_("This clause has no such finding any more."), reason="no_finding")
    existing = session.scalar(
        select(FindingWaiver).where(
            FindingWaiver.clause_id == clause_id,
            FindingWaiver.finding_key == stored_key(finding_key),
            FindingWaiver.en_number == en_number,
            FindingWaiver.fr_number == fr_number,
        )
    )
    if existing is not None:
        return existing
    waiver = FindingWaiver(
        clause_id=clause_id,
        check=finding.check,
        finding_key=stored_key(finding_key),
        en_number=en_number,
        fr_number=fr_number,
        reason=reason,
        author_id=actor.id,
    )
    session.add(waiver)
    session.flush()
    audit.record(
        session,
        actor,
        "finding.waive",
        "finding_waiver",
        waiver.id,
        document_id=clause.document_id,
        detail={
            "clause_id": clause_id,
            "check": finding.check,
            "key": finding_key,
            "en": en_number,
            "fr": fr_number,
        },
    )
    session.commit()
    return waiver


# --- document page --------------------------------------------------------------


@page_context.provider
def document_page(session: Session, view: DocumentView, user: User) -> dict[str, Any]:
    """Add each clause's open findings (badge and evidence) and a summary to the document page."""
    result = findings_for_view(session, view)
    by_clause: dict[int, list[ClauseFinding]] = {}
    for item in result.open():
        by_clause.setdefault(item.clause_id, []).append(item)
    return {
        "divergence_by_clause": by_clause,
        "divergence_counts": result.counts(),
        "divergence_may_waive": bool(getattr(user, "is_authenticated", False))
        and can(actor_of(user), Action.WAIVE_FINDING, document_status=DocumentStatus(view.document.status)),
        "clause_hooks": ["divergence/_clause_hook.html"],
        "page_hooks": ["divergence/_page_hook.html"],
    }


# --- loading existing texts -------------------------------------------------------

MAX_CLAUSES = 5000
MAX_TEXT = 50_000


def _json_text(value: Any, what: str, index: int | None = None) -> str:
    if value is None:
        return ""
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        if index is None:
            raise ValidationError(
                N_("%(what)s must be a text of at most 50,000 characters."), what=what, reason="bad_text"
            )
        raise ValidationError(
            N_("Clause %(index)s: %(what)s must be a text of at most 50,000 characters."),
            index=index,
            what=what,
            reason="bad_text",
        )
    return value


def parse_document_json(data: Any) -> dict[str, Any]:
    """Check a document given as JSON (slug, kind, title, clauses) and return create_document's arguments."""
    from ..domain.types import DEFAULT_LEVEL, ClauseKind, DocumentKind
    from .documents import NewClause

    if not isinstance(data, dict):
        raise ValidationError(N_("The request body must be a JSON object."), reason="not_json")
    slug = data.get("slug")
    if not isinstance(slug, str):
        raise ValidationError(N_("Give the document's short name (slug)."), reason="bad_slug")
    try:
        kind = DocumentKind(data.get("kind"))
    except ValueError:
        raise ValidationError(N_('The kind must be "mou" or "tor".'), reason="bad_kind") from None
    title = data.get("title") or {}
    if not isinstance(title, dict):
        raise ValidationError(N_('The title must be an object with "en" and "fr".'), reason="bad_title")
    title_en, title_fr = _json_text(title.get("en"), "title.en"), _json_text(title.get("fr"), "title.fr")
    clauses = data.get("clauses")
    if not isinstance(clauses, list) or not clauses:
        raise ValidationError(N_("Give the clauses as a non-empty list."), reason="no_clauses")
    if len(clauses) > MAX_CLAUSES:
        raise ValidationError(
            N_("A document may have at most %(max)s clauses."), max=MAX_CLAUSES, reason="too_many_clauses"
        )
    new: list[NewClause] = []
    for index, item in enumerate(clauses, start=1):
        if not isinstance(item, dict):
            raise ValidationError(N_("Clause %(index)s must be an object."), index=index, reason="bad_clause")
        try:
            clause_kind = ClauseKind(item.get("kind"))
        except ValueError:
            raise ValidationError(
                N_("Clause %(index)s: the kind must be heading, recital, article, paragraph or item."),
                index=index,
                reason="bad_kind",
            ) from None
        level = item.get("level", DEFAULT_LEVEL[clause_kind])
        if isinstance(level, bool) or not isinstance(level, int):
            raise ValidationError(
                N_("Clause %(index)s: the level must be a whole number of 1 or more."),
                index=index,
                reason="bad_level",
            )
        new.append(
            NewClause(
                clause_kind,
                level,
                _json_text(item.get("en"), "en", index).strip(),
                _json_text(item.get("fr"), "fr", index).strip(),
            )
        )
    return {"slug": slug, "kind": kind, "title_en": title_en, "title_fr": title_fr, "clauses": new}


def create_document_from_json(session: Session, actor: User, data: Any) -> Document:
    """Create a document from its JSON form (admin); nothing is created when anything is malformed."""
    from .documents import create_document

    require(actor_of(actor), Action.MANAGE_DOCUMENTS)
    return create_document(session, actor, origin="import", **parse_document_json(data))
