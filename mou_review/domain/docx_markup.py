"""Read a marked-up Word file back: tracked changes, comments and the clause identities of an export.

A party returns an export of ours edited in Word or LibreOffice.  ``read_markup``
walks its body once, in reading order (tables and content controls included),
and gives for every paragraph the text with all tracked changes accepted, the
text with them all rejected (what was there before the reviewer), who changed
it and when, and the hidden clause bookmarks it carries (``docx_identity``).
Comments come with the words they were anchored on and their thread.

``propose_markup`` then compares each clause found with the version written
into the file (its *base*) and proposes one change per clause: ``modify``
(tracked or not), ``delete`` (a clause emptied whole), ``insert`` (a paragraph
without identity between clauses) or ``comment``.  Nothing here knows the
database: the service passes the clauses as ``BaseClause`` records.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import BinaryIO

from lxml import etree

from .docx_identity import PROP_DOCUMENT, PROP_EXPORTED, PROP_LANG, ClauseMark, FileIdentity, parse_bookmark
from .docx_read import FURNITURE_STYLES, MAX_BYTES, _fail, _load_xml, open_docx_zip
from .types import Lang

__all__ = [
    "BaseClause",
    "MarkedParagraph",
    "MarkupChange",
    "MarkupFile",
    "WordComment",
    "propose_markup",
    "read_markup",
    "strip_label",
]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


#: Never text: properties, field instructions, text boxes, drawings' fallbacks.
_SKIPPED = frozenset(
    {
        _w("pPr"),
        _w("rPr"),
        _w("sdtPr"),
        _w("sdtEndPr"),
        _w("instrText"),
        _w("delInstrText"),
        _w("txbxContent"),
        f"{{{_MC}}}Fallback",
        _w("footnoteReference"),
        _w("endnoteReference"),
        _w("rPrChange"),
        _w("pPrChange"),
    }
)
#: Style ids of our exports' title, parties, signature block and table header (python-docx drops the spaces).
_FURNITURE_IDS = frozenset(name.replace(" ", "") for name in FURNITURE_STYLES)
_REMOVED = frozenset({_w("del"), _w("moveFrom")})
_ADDED = frozenset({_w("ins"), _w("moveTo")})


@dataclass(frozen=True)
class Revision:
    """One tracked change: who made it and when (as Word recorded it)."""

    author: str
    date: datetime | None


@dataclass
class MarkedParagraph:
    """One paragraph of the returned file."""

    accepted: str
    original: str
    marks: list[ClauseMark]
    revisions: list[Revision]
    column: int | None  # the table column of a cell paragraph (the bilingual table), else None
    removed: bool  # the paragraph mark itself was deleted with Track Changes
    added: bool  # the paragraph mark itself was inserted with Track Changes
    open_marks: list[ClauseMark] = field(default_factory=list)  # bookmarks still open after it
    style: str | None = None  # the paragraph style's id

    @property
    def tracked(self) -> bool:
        """Say whether any tracked change touches this paragraph."""
        return bool(self.revisions)


@dataclass
class WordComment:
    """A Word comment with the words it was anchored on."""

    id: str
    author: str
    initials: str
    date: datetime | None
    text: str
    paragraph: int | None  # index in ``MarkupFile.paragraphs`` where its range starts
    quoted: str
    parent: str | None = None  # the id of the comment it replies to
    para_id: str | None = None


@dataclass
class MarkupFile:
    """Everything read from a returned file."""

    identity: FileIdentity
    paragraphs: list[MarkedParagraph]
    comments: list[WordComment]

    @property
    def has_marks(self) -> bool:
        """Say whether the file still carries our clause identities."""
        return any(p.marks for p in self.paragraphs)


def _date(value: str | None) -> datetime | None:
    if not value or value.startswith("0-") or value.startswith("0000"):
        return None  # LibreOffice writes "0-00-00T00:00:00Z" for a comment without a date
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


class _Walker:
    """Walks the body once, keeping field, comment and bookmark state across paragraphs."""

    def __init__(self) -> None:
        self.fields: list[bool] = []
        self.open_comments: dict[str, list[str]] = {}
        self.comment_start: dict[str, int] = {}
        self.quotes: dict[str, str] = {}
        self.open_marks: dict[str, ClauseMark] = {}  # bookmark id -> mark
        self.paragraphs: list[MarkedParagraph] = []

    def paragraph(self, p: etree._Element, column: int | None) -> None:
        accepted: list[str] = []
        original: list[str] = []
        marks: list[ClauseMark] = []
        revisions: list[Revision] = []
        index = len(self.paragraphs)

        def emit(text: str, removed: bool, added: bool) -> None:
            if not removed:
                accepted.append(text)
                for parts in self.open_comments.values():
                    parts.append(text)
            if not added:
                original.append(text)

        def walk(el: etree._Element, removed: bool, added: bool) -> None:
            for child in el:
                tag = child.tag
                if not isinstance(tag, str) or tag in _SKIPPED:
                    continue
                if tag in _REMOVED or tag in _ADDED:
                    revisions.append(Revision(child.get(_w("author")) or "", _date(child.get(_w("date")))))
                    walk(child, removed or tag in _REMOVED, added or tag in _ADDED)
                    continue
                if tag == _w("bookmarkStart"):
                    mark = parse_bookmark(child.get(_w("name")))
                    if mark is not None:
                        marks.append(mark)
                        self.open_marks[child.get(_w("id")) or ""] = mark
                    continue
                if tag == _w("bookmarkEnd"):
                    self.open_marks.pop(child.get(_w("id")) or "", None)
                    continue
                if tag == _w("commentRangeStart"):
                    cid = child.get(_w("id")) or ""
                    self.open_comments[cid] = []
                    self.comment_start[cid] = index
                    continue
                if tag == _w("commentRangeEnd"):
                    cid = child.get(_w("id")) or ""
                    if cid in self.open_comments:
                        self.quotes[cid] = "".join(self.open_comments.pop(cid))
                    continue
                if tag == _w("commentReference"):
                    self.comment_start.setdefault(child.get(_w("id")) or "", index)
                    continue
                if tag == _w("fldChar"):
                    kind = child.get(_w("fldCharType"))
                    if kind == "begin":
                        self.fields.append(False)
                    elif kind == "separate" and self.fields:
                        self.fields[-1] = True
                    elif kind == "end" and self.fields:
                        self.fields.pop()
                    continue
                leaf = tag in (_w("t"), _w("delText"), _w("tab"), _w("br"), _w("cr"), _w("noBreakHyphen"))
                if leaf and not all(self.fields):
                    continue  # inside a field instruction: only its result is text
                if tag in (_w("t"), _w("delText")):
                    emit(child.text or "", removed, added)
                elif tag == _w("tab"):
                    emit("\t", removed, added)
                elif tag in (_w("br"), _w("cr")):
                    emit(" " if child.get(_w("type")) in ("page", "column") else "\n", removed, added)
                elif tag == _w("noBreakHyphen"):
                    emit("-", removed, added)
                else:
                    walk(child, removed, added)

        walk(p, False, False)
        mark_removed = mark_added = False
        ppr = p.find(_w("pPr"))
        rpr = ppr.find(_w("rPr")) if ppr is not None else None
        if rpr is not None:
            for child in rpr:
                if child.tag in _REMOVED or child.tag in _ADDED:
                    revisions.append(Revision(child.get(_w("author")) or "", _date(child.get(_w("date")))))
                    mark_removed = mark_removed or child.tag in _REMOVED
                    mark_added = mark_added or child.tag in _ADDED
        self.paragraphs.append(
            MarkedParagraph(
                "".join(accepted),
                "".join(original),
                marks,
                revisions,
                column,
                mark_removed,
                mark_added,
                list(self.open_marks.values()),
                ps.get(_w("val")) if ppr is not None and (ps := ppr.find(_w("pStyle"))) is not None else None,
            )
        )

    def blocks(self, container: etree._Element, column: int | None) -> None:
        for el in container:
            tag = el.tag
            if tag == _w("p"):
                self.paragraph(el, column)
            elif tag == _w("tbl"):
                for row in _children(el, _w("tr")):
                    for index, cell in enumerate(_children(row, _w("tc"))):
                        self.blocks(cell, index)
            elif tag == _w("sdt"):
                inner = el.find(_w("sdtContent"))
                if inner is not None:
                    self.blocks(inner, column)
            elif tag in (_w("customXml"), _w("smartTag"), _w("ins"), _w("del"), _w("moveTo"), _w("moveFrom")):
                self.blocks(el, column)
            elif tag == _w("bookmarkStart"):
                mark = parse_bookmark(el.get(_w("name")))
                if mark is not None:
                    self.open_marks[el.get(_w("id")) or ""] = mark
            elif tag == _w("bookmarkEnd"):
                self.open_marks.pop(el.get(_w("id")) or "", None)


def _children(el: etree._Element, tag: str) -> Iterator[etree._Element]:
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag in (_w("sdt"), _w("customXml")):
            inner = child.find(_w("sdtContent")) if child.tag == _w("sdt") else child
            if inner is not None:
                yield from _children(inner, tag)


def _main_part(archive) -> str:  # noqa: ANN001
    rels = _load_xml(archive, "_rels/.rels", required=False)
    if rels is not None:
        for rel in rels:
            if (rel.get("Type") or "").endswith("/officeDocument") and rel.get("TargetMode") != "External":
                return (rel.get("Target") or "word/document.xml").lstrip("/")
    return "word/document.xml"


def _part_rels(archive, part: str) -> dict[str, str]:  # noqa: ANN001
    folder, _, name = part.rpartition("/")
    rels = _load_xml(
        archive, f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels", required=False
    )
    out: dict[str, str] = {}
    if rels is None:
        return out
    for rel in rels:
        kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
        target = rel.get("Target") or ""
        if rel.get("TargetMode") == "External":
            continue
        out[kind] = (
            target.lstrip("/") if target.startswith("/") else f"{folder}/{target}" if folder else target
        )
    return out


def _identity(archive) -> FileIdentity:  # noqa: ANN001
    root = _load_xml(archive, "docProps/custom.xml", required=False)
    values: dict[str, str] = {}
    if root is not None:
        for prop in root:
            name = prop.get("name")
            if name and len(prop):
                values[name] = (prop[0].text or "").strip()
    return FileIdentity(values.get(PROP_DOCUMENT), values.get(PROP_LANG), values.get(PROP_EXPORTED))


def _comments(archive, rels: Mapping[str, str]) -> dict[str, WordComment]:  # noqa: ANN001
    root = _load_xml(archive, rels.get("comments", "word/comments.xml"), required=False)
    found: dict[str, WordComment] = {}
    if root is None:
        return found
    for el in root.iter(_w("comment")):
        cid = el.get(_w("id")) or ""
        paragraphs = el.findall(_w("p"))
        texts = ["".join(t.text or "" for t in p.iter(_w("t"))) for p in paragraphs]
        para_id = paragraphs[-1].get(f"{{{_W14}}}paraId") if paragraphs else None
        found[cid] = WordComment(
            id=cid,
            author=el.get(_w("author")) or "",
            initials=el.get(_w("initials")) or "",
            date=_date(el.get(_w("date"))),
            text="\n".join(t for t in texts if t.strip()).strip(),
            paragraph=None,
            quoted="",
            para_id=para_id,
        )
    extended = _load_xml(archive, rels.get("commentsExtended", "word/commentsExtended.xml"), required=False)
    if extended is not None:
        by_para = {c.para_id: c for c in found.values() if c.para_id}
        for ex in extended.iter(f"{{{_W15}}}commentEx"):
            child = by_para.get(ex.get(f"{{{_W15}}}paraId"))
            parent = by_para.get(ex.get(f"{{{_W15}}}paraIdParent"))
            if child is not None and parent is not None and parent is not child:
                child.parent = parent.id
    return found


def read_markup(data: bytes | BinaryIO, *, max_bytes: int = MAX_BYTES) -> MarkupFile:
    """Read a returned DOCX: paragraphs with tracked changes both ways, identities and comments."""
    _, archive = open_docx_zip(data, max_bytes=max_bytes)
    main = _main_part(archive)
    doc = _load_xml(archive, main, required=True)
    body = doc.find(_w("body")) if doc is not None else None
    if body is None:
        raise _fail("not_docx", "The file is a ZIP archive but not a Word document (.docx).")
    walker = _Walker()
    walker.blocks(body, None)
    comments = _comments(archive, _part_rels(archive, main))
    for cid, comment in comments.items():
        comment.paragraph = walker.comment_start.get(cid)
        comment.quoted = _squash(walker.quotes.get(cid, ""))
    if not any(p.accepted.strip() or p.original.strip() for p in walker.paragraphs):
        raise _fail("empty", "The document has no text.")
    return MarkupFile(_identity(archive), walker.paragraphs, list(comments.values()))


# --------------------------------------------------------------------------- the proposal


_SPACES = re.compile(r"[ \t\r\f\v]+")
_LABEL = re.compile(
    r"^[ ]*(?:(?:Article|ARTICLE|Art\.)[ \u00a0]+(?:premier|\d+|[IVXLC]+)|\(?[0-9A-Za-z]{1,6}(?:\.[0-9]{1,3})*[.)]?)"
    r"[ ]*[\t\n]"
)


def _squash(text: str) -> str:
    """Collapse spaces the way texts are compared (French non-breaking spaces are content)."""
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n")).strip()


def strip_label(text: str, original: str | None = None, base: str | None = None) -> str:
    """Return a clause paragraph's text without the number label our export put before it.

    The label is what precedes the base text in the paragraph as exported
    (``original`` ends with ``base``); without that, a short label followed by a
    tab or a line break ("9.3<tab>", "Article 3<newline>") is taken off.
    """
    if original is not None and base and original.endswith(base):
        prefix = original[: len(original) - len(base)]
        if text.startswith(prefix):
            return text[len(prefix) :]
        if not prefix.strip():
            return text
    match = _LABEL.match(text)
    return text[match.end() :] if match else text


@dataclass(frozen=True)
class BaseClause:
    """A clause as the service knows it: the version written into the file and the current one."""

    id: int
    number: str | None
    lang: Lang
    base_version: int
    base_text: str | None  # None when the file names a version the clause never had
    current_version: int
    current_text: str
    deleted: bool = False


@dataclass
class MarkupChange:
    """One proposed change: an amendment or a comment on a clause."""

    clause_id: int
    number: str | None
    action: str  # modify, insert, delete, comment
    lang: Lang
    text: str | None = None
    base: int | None = None
    tracked: bool = False
    authors: list[Revision] = field(default_factory=list)
    quote: str | None = None
    comment_id: str | None = None
    parent: str | None = None  # for a reply: the Word id of the comment it answers
    conflict: bool = False
    current: int | None = None
    confidence: float | None = None
    previous: str | None = None  # the base text the change is made against


@dataclass
class MarkupProposal:
    """What a returned file proposes, per clause, and the paragraphs nothing matched."""

    changes: list[MarkupChange]
    unmatched: list[str]
    lang: Lang | None
    matched: int = 0


def _dedupe(revisions: Sequence[Revision]) -> list[Revision]:
    seen: list[Revision] = []
    for revision in revisions:
        if revision not in seen:
            seen.append(revision)
    return seen


@dataclass
class _Segment:
    mark: ClauseMark
    paragraphs: list[MarkedParagraph]


def _segments(
    paragraphs: Sequence[MarkedParagraph], lang: Lang
) -> tuple[list[_Segment], list[tuple[ClauseMark | None, MarkedParagraph]]]:
    """Group the paragraphs of one language by clause; return the loose ones with the clause before them."""
    segments: list[_Segment] = []
    loose: list[tuple[ClauseMark | None, MarkedParagraph]] = []
    current: _Segment | None = None
    for index, para in enumerate(paragraphs):
        own = [m for m in para.marks if m.lang is lang]
        if own:
            current = _Segment(own[0], [para])
            segments.append(current)
            continue
        if para.column is not None and any(m.lang is not lang for m in para.marks):
            continue  # the other language's cell of the bilingual table
        if para.style in _FURNITURE_IDS:
            current = (
                None  # title, parties, signatures: never a clause, and nothing after them belongs to one
            )
            continue
        before = paragraphs[index - 1] if index else None
        inside = current is not None and before is not None and current.mark in before.open_marks
        if inside and current is not None:
            current.paragraphs.append(para)  # a clause split in two by the reviewer stays one clause
        elif para.accepted.strip() and (para.column is None or _column_of(paragraphs, lang) == para.column):
            loose.append((current.mark if current else None, para))
    return segments, loose


def _column_of(paragraphs: Sequence[MarkedParagraph], lang: Lang) -> int | None:
    for para in paragraphs:
        if para.column is not None and any(m.lang is lang for m in para.marks):
            return para.column
    return None


def _segment_texts(segment: _Segment, base: str | None) -> tuple[str, str, bool, list[Revision]]:
    accepted_parts, original_parts, revisions = [], [], []
    for index, para in enumerate(segment.paragraphs):
        accepted = para.accepted
        original = para.original
        if index == 0:
            accepted = strip_label(accepted, original, base)
            original = strip_label(original, original, base)
        if not (para.added and not accepted.strip()):
            accepted_parts.append(accepted)
        if not para.added:
            original_parts.append(original)
        revisions.extend(para.revisions)
    return (
        _squash("\n".join(p for p in accepted_parts if p.strip())),
        _squash("\n".join(p for p in original_parts if p.strip())),
        bool(revisions),
        _dedupe(revisions),
    )


def propose_markup(
    markup: MarkupFile, clauses: Mapping[tuple[int, Lang], BaseClause], langs: Sequence[Lang]
) -> MarkupProposal:
    """Compare each marked clause with the version written into the file and propose the changes."""
    changes: list[MarkupChange] = []
    unmatched: list[str] = []
    matched = 0
    clause_of_paragraph: dict[int, tuple[int, Lang]] = {}
    ids = {id(p): i for i, p in enumerate(markup.paragraphs)}
    seen: set[tuple[int, Lang]] = set()
    for lang in langs:
        segments, loose = _segments(markup.paragraphs, lang)
        for segment in segments:
            key = (segment.mark.clause_id, lang)
            base = clauses.get(key)
            for para in segment.paragraphs:
                clause_of_paragraph[ids[id(para)]] = key
            if base is None or key in seen:
                continue
            seen.add(key)
            matched += 1
            accepted, original, tracked, revisions = _segment_texts(segment, base.base_text)
            reference = _squash(base.base_text) if base.base_text is not None else original
            if accepted == reference:
                continue
            conflict = base.deleted or base.current_version != segment.mark.version
            common = dict(
                clause_id=base.id,
                number=base.number,
                lang=lang,
                base=segment.mark.version,
                tracked=tracked and original == reference,
                authors=revisions,
                conflict=conflict,
                current=base.current_version,
                previous=base.base_text,
            )
            if not accepted:
                changes.append(MarkupChange(action="delete", **common))  # type: ignore[arg-type]
            else:
                changes.append(MarkupChange(action="modify", text=accepted, **common))  # type: ignore[arg-type]
        for after, para in loose:
            text = _squash(para.accepted)
            if not text:
                continue
            if after is None or (after.clause_id, lang) not in clauses:
                unmatched.append(text)
                continue
            base = clauses[(after.clause_id, lang)]
            changes.append(
                MarkupChange(
                    clause_id=base.id,
                    number=base.number,
                    action="insert",
                    lang=lang,
                    text=strip_label(text),
                    tracked=para.tracked,
                    authors=_dedupe(para.revisions),
                )
            )
    # A clause whose paragraph vanished without Track Changes was deleted untracked.
    present = {key for key in clause_of_paragraph.values()}
    for key, base in clauses.items():
        if key[1] in langs and key not in present and not base.deleted and base.base_text is not None:
            changes.append(
                MarkupChange(
                    clause_id=base.id,
                    number=base.number,
                    action="delete",
                    lang=key[1],
                    base=base.base_version,
                    tracked=False,
                    conflict=base.current_version != base.base_version,
                    current=base.current_version,
                    previous=base.base_text,
                )
            )
    for comment in markup.comments:
        key = clause_of_paragraph.get(comment.paragraph) if comment.paragraph is not None else None
        if key is None:
            if comment.text:
                unmatched.append(comment.text)
            continue
        base = clauses[key]
        changes.append(
            MarkupChange(
                clause_id=base.id,
                number=base.number,
                action="comment",
                lang=key[1],
                text=comment.text,
                authors=[Revision(comment.author, comment.date)],
                quote=comment.quoted or None,
                comment_id=comment.id,
                parent=comment.parent,
                base=base.base_version,
            )
        )
    return MarkupProposal(changes, unmatched, langs[0] if len(langs) == 1 else None, matched)
