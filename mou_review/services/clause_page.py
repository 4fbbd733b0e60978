"""Reading a clause: its comment threads, amendment cards with redlines and positions, history; API forms."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import amendments as rules
from ..domain.amendments import AmendmentAction, AmendmentStatus
from ..domain.redline import redline_html
from ..domain.types import Lang
from ..models import Amendment, AmendmentText, ClauseVersion, Comment, CommentBody, Party, PositionRecord
from .amendments import get_amendment, latest_texts
from .documents import ClauseRow, DocumentView, get_clause, history, load_view
from .inputs import aware
from .positions import current_positions


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
    latest = latest_texts(session, ids)
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
        if a.status == AmendmentStatus.OPEN and rules.outdated_languages(
            a.action,
            {Lang.EN: a.base_en, Lang.FR: a.base_fr},
            {
                lang: (clause_versions.get(lang) or [None])[0] and clause_versions[lang][0].number
                for lang in Lang
            },
            {lang: texts[lang] and texts[lang].text for lang in Lang},
        ):
            # Written against a text that has changed since (e.g. returned in an older Word export).
            cards[-1].adoptable, cards[-1].unmet = False, [*cards[-1].unmet, "base_outdated"]
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
    moment = aware(moment)
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
