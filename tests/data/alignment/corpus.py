"""The alignment test set: short instruments written for mou-review, built as DOCX on demand.

Each ``*.txt`` file here is one instrument: ``% key: value`` header lines, then
one clause per line, ``kind[:level] | English | French``.  In the French
column a pilcrow (¶) marks where the French publisher splits the paragraph in
two; the expected pair joins the two halves.  ``build`` lays the instrument
out as a publisher would (``% layout:``):

- ``typed``: "Article 3 – Title" lines, typed "3.2", "(a)" / "a)" labels;
- ``auto``: Word multi-level automatic numbering ("Article %1", "%1.%2", "(%3)");
- ``split-heading``: "ARTICLE 3" alone, the title in capitals below it, and
  paragraphs numbered "1.", "2." within each article;
- ``tor``: Terms of Reference, "1." sections in Heading 1, "1.1" paragraphs, bullets;
- ``table``: one document, a two-column table (English left, French right).

No .docx is committed: the test and the benchmark build them here.
"""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph

from mou_review.domain.docx_align import Alignment, align
from mou_review.domain.docx_export import ExportClause, ExportDocument, SignatoryParty
from mou_review.domain.docx_read import read_bilingual_table, read_paragraphs
from mou_review.domain.numbering import label, number_all
from mou_review.domain.types import DEFAULT_LEVEL, ClauseKind, DocumentKind, Lang

HERE = Path(__file__).parent
SPLIT = "¶"


@dataclass(frozen=True)
class Clause:
    kind: ClauseKind
    level: int
    en: str
    fr_parts: tuple[str, ...]

    @property
    def fr(self) -> str:
        return " ".join(self.fr_parts)


@dataclass(frozen=True)
class Instrument:
    name: str
    title_en: str
    title_fr: str
    kind: DocumentKind
    layout: str
    clauses: tuple[Clause, ...]

    def numbers(self) -> list[str | None]:
        return number_all((c.kind, c.level) for c in self.clauses)

    def expected(self) -> list[tuple[str, str]]:
        """Return the (English, French) pairs a perfect aligner finds."""
        pairs = []
        for clause in self.clauses:
            en, fr = clause.en, clause.fr
            if self.layout == "split-heading" and clause.kind is ClauseKind.ARTICLE:
                en, fr = en.upper(), fr.upper()
            pairs.append((en, fr))
        return pairs


def load(path: Path) -> Instrument:
    header: dict[str, str] = {}
    clauses = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("%"):
            key, _, value = line[1:].partition(":")
            header[key.strip()] = value.strip()
        elif line.strip():
            marker, en, fr = (part.strip() for part in line.split("|"))
            kind_name, _, level = marker.partition(":")
            kind = ClauseKind(kind_name)
            parts = tuple(p.strip() for p in fr.split(SPLIT))
            clauses.append(Clause(kind, int(level) if level else DEFAULT_LEVEL[kind], en, parts))
    return Instrument(
        path.stem,
        header["title_en"],
        header["title_fr"],
        DocumentKind(header["kind"]),
        header["layout"],
        tuple(clauses),
    )


def load_all() -> list[Instrument]:
    return [load(path) for path in sorted(HERE.glob("*.txt"))]


def to_export(instrument: Instrument, *, draft: bool = True) -> ExportDocument:
    """Return the instrument as the app would export it (ids 1..n)."""
    clauses = tuple(
        ExportClause(i + 1, c.kind, c.level, number, c.en, c.fr)
        for i, (c, number) in enumerate(zip(instrument.clauses, instrument.numbers(), strict=True))
    )
    parties = (
        SignatoryParty(
            "NAPTIP",
            "National Agency for the Prohibition of Trafficking in Persons",
            "Agence nationale pour l'interdiction de la traite des personnes",
            "Federal Republic of Nigeria",
            "République fédérale du Nigeria",
        ),
        SignatoryParty(
            "ANLTP-TIM",
            "National Agency for the Fight against Trafficking in Persons and the Illicit Smuggling of Migrants",
            "Agence nationale de lutte contre la traite des personnes et le trafic illicite de migrants",
            "Republic of Niger",
            "République du Niger",
        ),
    )
    return ExportDocument(
        instrument.name, instrument.kind, instrument.title_en, instrument.title_fr, draft, clauses, parties
    )


# --------------------------------------------------------------------------- layouts


def _bold_centre(paragraph: Paragraph) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for run in paragraph.runs:
        run.bold = True


def _text(instrument: Instrument, clause: Clause, lang: Lang) -> list[str]:
    if lang is Lang.EN:
        return [clause.en]
    return list(clause.fr_parts)


def _typed(instrument: Instrument, lang: Lang) -> bytes:
    doc = Document()
    doc.add_paragraph(instrument.title_en if lang is Lang.EN else instrument.title_fr, style="Title")
    for clause, number in zip(instrument.clauses, instrument.numbers(), strict=True):
        parts = _text(instrument, clause, lang)
        mark = label(clause.kind, number, lang, instrument.kind)
        if clause.kind is ClauseKind.ARTICLE:
            separator = " – " if lang is Lang.EN else "\u00a0: "
            _bold_centre(doc.add_paragraph(f"{mark}{separator}{parts[0]}"))
            continue
        first = f"{mark}\t{parts[0]}" if mark else parts[0]
        doc.add_paragraph(first)
        for rest in parts[1:]:
            doc.add_paragraph(rest)
    return _save(doc)


def _split_heading(instrument: Instrument, lang: Lang) -> bytes:
    doc = Document()
    doc.add_paragraph(instrument.title_en if lang is Lang.EN else instrument.title_fr, style="Title")
    for clause, number in zip(instrument.clauses, instrument.numbers(), strict=True):
        parts = _text(instrument, clause, lang)
        if clause.kind is ClauseKind.ARTICLE:
            mark = "ARTICLE PREMIER" if lang is Lang.FR and number == "1" else f"ARTICLE {number}"
            _bold_centre(doc.add_paragraph(mark))
            _bold_centre(doc.add_paragraph(parts[0].upper()))
            continue
        if clause.kind is ClauseKind.PARAGRAPH and number:
            mark: str | None = number.split(".")[-1] + "."
        else:
            mark = label(clause.kind, number, lang, instrument.kind)
        doc.add_paragraph(f"{mark} {parts[0]}" if mark else parts[0])
        for rest in parts[1:]:
            doc.add_paragraph(rest)
    return _save(doc)


def _numbering_xml(lang: Lang, abstract_id: int) -> str:
    item = "%3)" if lang is Lang.FR else "(%3)"
    sub = "%4)" if lang is Lang.FR else "(%4)"
    levels = [("decimal", "Article %1", 0), ("decimal", "%1.%2", 720), ("lowerLetter", item, 1440),
              ("lowerRoman", sub, 2160)]  # fmt: skip
    body = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{indent + 720}" w:hanging="720"/></w:pPr></w:lvl>'
        for i, (fmt, text, indent) in enumerate(levels)
    )
    return f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">{body}</w:abstractNum>'


def _auto(instrument: Instrument, lang: Lang) -> bytes:
    doc = Document()
    numbering = doc.part.numbering_part.element
    abstract_id, num_id = 90, 90
    # abstractNum elements must precede num elements in numbering.xml.
    abstract = parse_xml(_numbering_xml(lang, abstract_id))
    existing = numbering.findall(qn("w:num"))
    if existing:
        existing[0].addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
        )
    )
    doc.add_paragraph(instrument.title_en if lang is Lang.EN else instrument.title_fr, style="Title")
    ilvl_of = {ClauseKind.ARTICLE: 0, ClauseKind.PARAGRAPH: 1}
    for clause in instrument.clauses:
        parts = _text(instrument, clause, lang)
        style = "Heading 1" if clause.kind is ClauseKind.ARTICLE else None
        paragraph = doc.add_paragraph(parts[0], style=style)
        if clause.kind in (ClauseKind.ARTICLE, ClauseKind.PARAGRAPH, ClauseKind.ITEM):
            ilvl = ilvl_of.get(clause.kind, clause.level - 1)
            paragraph._p.get_or_add_pPr().append(
                parse_xml(
                    f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
                )
            )
        for rest in parts[1:]:
            doc.add_paragraph(rest)
    return _save(doc)


def _tor(instrument: Instrument, lang: Lang) -> bytes:
    doc = Document()
    doc.add_paragraph(instrument.title_en if lang is Lang.EN else instrument.title_fr, style="Title")
    for clause, number in zip(instrument.clauses, instrument.numbers(), strict=True):
        parts = _text(instrument, clause, lang)
        if clause.kind is ClauseKind.ARTICLE:
            doc.add_paragraph(f"{number}.\t{parts[0]}", style="Heading 1")
        elif clause.kind is ClauseKind.ITEM:
            doc.add_paragraph(parts[0], style="List Bullet")
        else:
            doc.add_paragraph(f"{number}\t{parts[0]}" if number else parts[0])
        for rest in parts[1:]:
            doc.add_paragraph(rest)
    return _save(doc)


def _table(instrument: Instrument) -> bytes:
    doc = Document()
    doc.add_paragraph(f"{instrument.title_en} / {instrument.title_fr}", style="Title")
    table = doc.add_table(rows=1, cols=2)
    table.style = doc.styles["Table Grid"]
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "ENGLISH TEXT", "TEXTE FRANÇAIS"
    for clause, number in zip(instrument.clauses, instrument.numbers(), strict=True):
        row = table.add_row()
        for cell, lang in zip(row.cells, Lang, strict=True):
            text = " ".join(_text(instrument, clause, lang))
            mark = label(clause.kind, number, lang, instrument.kind)
            if clause.kind is ClauseKind.ARTICLE:
                cell.text = f"{mark} – {text}"
                _bold_centre(cell.paragraphs[0])
            else:
                cell.text = f"{mark} {text}" if mark else text
    return _save(doc)


def _save(doc: Document) -> bytes:  # type: ignore[valid-type]
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


_LAYOUTS = {"typed": _typed, "split-heading": _split_heading, "auto": _auto, "tor": _tor}


def build(instrument: Instrument) -> dict[str, bytes]:
    """Return {"en": ..., "fr": ...} documents, or {"table": ...} for the bilingual layout."""
    if instrument.layout == "table":
        return {"table": _table(instrument)}
    make = _LAYOUTS[instrument.layout]
    return {lang.value: make(instrument, lang) for lang in Lang}


def align_instrument(instrument: Instrument) -> Alignment:
    """Build the instrument's DOCX, read it back and align it, as the import does."""
    built = build(instrument)
    if "table" in built:
        rows = read_bilingual_table(built["table"])
        return align([en for en, _ in rows], [fr for _, fr in rows])
    return align(read_paragraphs(built["en"]), read_paragraphs(built["fr"]))


def score(instrument: Instrument, alignment: Alignment) -> tuple[int, int]:
    """Return (expected pairs found, expected pairs); a pair counts once, in order of appearance."""
    found = Counter((p.en, p.fr) for p in alignment.pairs)
    correct = 0
    for pair in instrument.expected():
        if found[pair] > 0:
            found[pair] -= 1
            correct += 1
    return correct, len(instrument.expected())
