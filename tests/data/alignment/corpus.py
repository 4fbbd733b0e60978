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
- ``table``: one document, a two-column table (English left, French right);
- ``official``: the way treaty offices lay out their texts, set by ``% key:``
  options: ``article: split`` ("Article 1" on its own line, French "Article
  premier", the title on the next line) or ``inline`` ("Article 1 – Title");
  ``numbers: typed`` ("1.<tab>", "(a)" / "a)") or ``auto`` (Word lists, one
  restarted list per article, with different formats per language: items
  "(i)" lower roman in English, "a)" lower letter in French); ``breaks: yes``
  (recitals separated by a different number of empty paragraphs per language,
  and soft line breaks inside some of them); ``revisions: yes`` (the text
  carries tracked changes, content controls, hyperlinks and fields).

More line forms, for ``official``:

- the English column may be split with ¶ too (the French merges what English
  splits): the expected pair joins the English halves;
- an empty column is a paragraph only one side has (a translator's note, an
  extra recital): it must come back unpaired;
- ``row | a ¦ b | a' ¦ b'`` lines are table rows (consecutive rows make one
  table: an annex table or a signature block); every cell pairs with the cell
  in the same place on the other side;
- ``{+text+}`` is a tracked insertion (it counts) and ``{-text-}`` a tracked
  deletion (it does not), with ``revisions: yes``.

No .docx is committed: the test and the benchmark build them here.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

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
CELL = "¦"
_REVISION = re.compile(r"\{([+-])(.*?)[+-]\}")


BREAK = " ⏎ "  # a soft line break (w:br) inside a paragraph
_BLANK = re.compile(r"^[_.… ]+$")


def accepted(text: str) -> str:
    """Return the text as Word shows it once every tracked change is accepted."""
    return _REVISION.sub(lambda m: m.group(2) if m.group(1) == "+" else "", text).replace(BREAK, " ")


@dataclass(frozen=True)
class Clause:
    kind: ClauseKind
    level: int
    en_parts: tuple[str, ...]
    fr_parts: tuple[str, ...]
    row: bool = False  # a table row: the parts are the cells

    @property
    def en(self) -> str:
        return " ".join(accepted(p) for p in self.en_parts)

    @property
    def fr(self) -> str:
        return " ".join(accepted(p) for p in self.fr_parts)

    def parts(self, lang: Lang) -> tuple[str, ...]:
        return self.en_parts if lang is Lang.EN else self.fr_parts


@dataclass(frozen=True)
class Instrument:
    name: str
    title_en: str
    title_fr: str
    kind: DocumentKind
    layout: str
    clauses: tuple[Clause, ...]
    options: dict[str, str] = field(default_factory=dict)

    def numbers(self) -> list[str | None]:
        numbered = [c for c in self.clauses if not c.row and c.en_parts and c.fr_parts]
        numbers = iter(number_all((c.kind, c.level) for c in numbered))
        return [next(numbers) if not c.row and c.en_parts and c.fr_parts else None for c in self.clauses]

    def expected(self) -> list[tuple[str, str]]:
        """Return the (English, French) pairs a perfect aligner finds."""
        pairs = []
        for clause in self.clauses:
            if clause.row:
                cells = zip(clause.en_parts, clause.fr_parts, strict=True)
                # A cell holding only a signature line is not text.
                pairs.extend((accepted(e), accepted(f)) for e, f in cells if not _BLANK.match(e))
                continue
            if not clause.en_parts or not clause.fr_parts:
                continue
            en, fr = clause.en, clause.fr
            if self.layout == "split-heading" and clause.kind is ClauseKind.ARTICLE:
                en, fr = en.upper(), fr.upper()
            pairs.append((en, fr))
        return pairs

    def expected_unpaired(self) -> tuple[list[str], list[str]]:
        """Return the paragraphs only one side has, which must be listed as unpaired."""
        en = [c.en for c in self.clauses if not c.row and not c.fr_parts]
        fr = [c.fr for c in self.clauses if not c.row and not c.en_parts]
        return en, fr


def _split(column: str, separator: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in column.split(separator)) if column.strip() else ()


def load(path: Path) -> Instrument:
    header: dict[str, str] = {}
    clauses = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("%"):
            key, _, value = line[1:].partition(":")
            header[key.strip()] = value.strip()
        elif line.strip():
            marker, en, fr = (part.strip() for part in line.split("|"))
            if marker == "row":
                clauses.append(Clause(ClauseKind.PARAGRAPH, 2, _split(en, CELL), _split(fr, CELL), row=True))
                continue
            kind_name, _, level = marker.partition(":")
            kind = ClauseKind(kind_name)
            level_n = int(level) if level else DEFAULT_LEVEL[kind]
            clauses.append(Clause(kind, level_n, _split(en, SPLIT), _split(fr, SPLIT)))
    fixed = {"title_en", "title_fr", "kind", "layout"}
    return Instrument(
        path.stem,
        header["title_en"],
        header["title_fr"],
        DocumentKind(header["kind"]),
        header["layout"],
        tuple(clauses),
        {k: v for k, v in header.items() if k not in fixed},
    )


def load_all() -> list[Instrument]:
    return [load(path) for path in sorted(HERE.glob("*.txt"))]


def to_export(instrument: Instrument, *, draft: bool = True) -> ExportDocument:
    """Return the instrument as the app would export it (ids 1..n)."""
    # Table rows and paragraphs found on one side only are not clauses the app would hold.
    kept = [
        (c, number)
        for c, number in zip(instrument.clauses, instrument.numbers(), strict=True)
        if not c.row and c.en_parts and c.fr_parts
    ]
    clauses = tuple(
        ExportClause(i + 1, c.kind, c.level, number, c.en, c.fr) for i, (c, number) in enumerate(kept)
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


_W = nsdecls("w")


def _runs(text: str, revisions: bool, index: int) -> str:
    """Return the runs of one paragraph, with tracked changes, fields and links when asked."""
    out = []

    def run(piece: str) -> str:
        lines = piece.split(BREAK)
        inner = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(line)}</w:t>' for line in lines)
        return f"<w:r>{inner}</w:r>"

    position = 0
    for match in _REVISION.finditer(text):
        out.append(("", text[position : match.start()]))
        out.append((match.group(1), match.group(2)))
        position = match.end()
    out.append(("", text[position:]))
    xml = []
    for n, (mark, piece) in enumerate(out):
        if not piece:
            continue
        if mark == "+":
            xml.append(f'<w:ins w:id="{index * 100 + n}" w:author="Legal Unit" w:date="2023-05-02T10:00:00Z">'
                       f"{run(piece)}</w:ins>")  # fmt: skip
        elif mark == "-":
            xml.append(f'<w:del w:id="{index * 100 + n}" w:author="Legal Unit" w:date="2023-05-02T10:00:00Z">'
                       f'<w:r><w:delText xml:space="preserve">{escape(piece)}</w:delText></w:r></w:del>')  # fmt: skip
        elif revisions and (ref := re.search(r"\b([Aa]rticle) (\d+)", piece)):
            # A cross-reference kept up to date by Word: a REF field whose result is the text.
            xml.append(run(piece[: ref.start()]))
            xml.append('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                       f'<w:r><w:instrText xml:space="preserve"> REF _Ref{ref.group(2)} \\h </w:instrText></w:r>'
                       '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                       f"{run(ref.group(0))}"
                       '<w:r><w:fldChar w:fldCharType="end"/></w:r>')  # fmt: skip
            xml.append(run(piece[ref.end() :]))
        elif revisions and index % 4 == 1 and " " in piece.strip():
            # The last word as a hyperlink, as drafts carry links to the instruments they cite.
            head, _, last = piece.rstrip().rpartition(" ")
            xml.append(run(head + " "))
            xml.append(f'<w:hyperlink w:anchor="ref{index}">{run(last)}</w:hyperlink>')
        else:
            xml.append(run(piece))
    return "".join(xml)


class _Writer:
    """Add paragraphs to a python-docx document through its oxml layer."""

    def __init__(self, doc: Document, revisions: bool) -> None:  # type: ignore[valid-type]
        self.doc = doc
        self.revisions = revisions
        self.count = 0

    def para(self, text: str, *, label: str | None = None, centre: bool = False, numpr: str = "",
             container=None) -> None:  # fmt: skip
        self.count += 1
        ppr = numpr + ('<w:jc w:val="center"/>' if centre else "")
        rpr = "<w:rPr><w:b/></w:rPr>" if centre else ""
        head = (
            f'<w:r>{rpr}<w:t xml:space="preserve">{escape(label)}</w:t></w:r><w:r><w:tab/></w:r>'
            if label
            else ""
        )
        body = _runs(text, self.revisions, self.count)
        if centre:
            body = body.replace("<w:r>", f"<w:r>{rpr}")
        xml = f"<w:p {_W}><w:pPr>{ppr}</w:pPr>{head}{body}</w:p>" if text or label else f"<w:p {_W}/>"
        element = parse_xml(xml)
        if self.revisions and self.count % 3 == 0 and container is None:
            # A block-level content control around the paragraph, as forms and templates leave them.
            sdt = parse_xml(f'<w:sdt {_W}><w:sdtPr><w:alias w:val="Clause {self.count}"/></w:sdtPr>'
                            "<w:sdtContent/></w:sdt>")  # fmt: skip
            sdt[1].append(element)
            element = sdt
        target = container if container is not None else self.doc.element.body
        sect = target.find(qn("w:sectPr"))
        if sect is not None:
            sect.addprevious(element)
        else:
            target.append(element)


def _list_xml(lang: Lang) -> str:
    """Return paragraph and item lists whose formats differ between the two languages."""
    formats = {
        Lang.EN: [("decimal", "%1."), ("lowerRoman", "(%1)"), ("lowerLetter", "(%1)")],
        Lang.FR: [("decimal", "%1)"), ("lowerLetter", "%1)"), ("lowerRoman", "%1)")],
    }[lang]
    return "".join(
        f'<w:abstractNum {_W} w:abstractNumId="{91 + n}"><w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{720 * (n + 1)}" w:hanging="720"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
        for n, (fmt, text) in enumerate(formats)
    )


class _Lists:
    """Word lists restarted at every article (paragraphs) and every paragraph (items)."""

    def __init__(self, doc: Document, lang: Lang) -> None:  # type: ignore[valid-type]
        self.numbering = doc.part.numbering_part.element
        first = self.numbering.find(qn("w:num"))
        for abstract in parse_xml(f"<w:x {_W}>{_list_xml(lang)}</w:x>"):
            if first is not None:
                first.addprevious(abstract)
            else:
                self.numbering.append(abstract)
        self.next_id = 200
        self.current: dict[int, int] = {}

    def restart(self, which: int) -> None:
        self.next_id += 1
        self.numbering.append(parse_xml(
            f'<w:num {_W} w:numId="{self.next_id}"><w:abstractNumId w:val="{91 + which}"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))  # fmt: skip
        self.current[which] = self.next_id
        for deeper in [k for k in self.current if k > which]:
            del self.current[deeper]

    def numpr(self, which: int) -> str:
        if which not in self.current:
            self.restart(which)
        return f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{self.current[which]}"/></w:numPr>'


def _official(instrument: Instrument, lang: Lang) -> bytes:
    """Lay an instrument out as a treaty office does (see the module docstring for the options)."""
    options = instrument.options
    doc = Document()
    writer = _Writer(doc, options.get("revisions") == "yes")
    lists = _Lists(doc, lang) if options.get("numbers") == "auto" else None
    writer.para(instrument.title_en if lang is Lang.EN else instrument.title_fr, centre=True)
    rows: list[Clause] = []

    def flush() -> None:
        if not rows:
            return
        table = doc.add_table(rows=0, cols=len(rows[0].parts(lang)))
        table.style = doc.styles["Table Grid"]
        for clause in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, clause.parts(lang), strict=True):
                tc = cell._tc
                for p in tc.findall(qn("w:p")):
                    tc.remove(p)
                writer.para(text, container=tc)
        rows.clear()

    for clause, number in zip(instrument.clauses, instrument.numbers(), strict=True):
        if clause.row:
            rows.append(clause)
            continue
        flush()
        parts = clause.parts(lang)
        if not parts:
            continue
        if clause.kind is ClauseKind.ARTICLE:
            n = number or "?"
            mark = "Article premier" if lang is Lang.FR and n == "1" else f"Article {n}"
            if options.get("article") == "inline":
                separator = " – " if lang is Lang.EN else " : "
                writer.para(f"{mark}{separator}{parts[0]}", centre=True)
            else:
                writer.para(mark, centre=True)
                writer.para(parts[0], centre=True)
            if lists:
                lists.restart(0)
            continue
        if clause.kind is ClauseKind.HEADING:
            writer.para(parts[0], centre=True)
            continue
        label_text: str | None = None
        numpr = ""
        if clause.kind is ClauseKind.PARAGRAPH and number:
            if lists:
                numpr = lists.numpr(0)
                lists.restart(1)
            else:
                label_text = number.split(".")[-1] + "."
        elif clause.kind is ClauseKind.ITEM and number:
            if lists:
                numpr = lists.numpr(1 if clause.level <= 3 else 2)
                if clause.level <= 3:
                    lists.current.pop(2, None)
            else:
                label_text = label(clause.kind, number, lang, instrument.kind)
        writer.para(parts[0], label=label_text, numpr=numpr)
        for rest in parts[1:]:
            writer.para(rest)
        if clause.kind is ClauseKind.RECITAL and options.get("breaks") == "yes":
            # Publishers space recitals with empty paragraphs, not always as many in each language.
            for _ in range(1 if lang is Lang.EN else 2):
                writer.para("")
    flush()
    return _save(doc)


def _save(doc: Document) -> bytes:  # type: ignore[valid-type]
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


_LAYOUTS = {
    "typed": _typed,
    "split-heading": _split_heading,
    "auto": _auto,
    "tor": _tor,
    "official": _official,
}


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
    """Return (expected pairs and lone paragraphs found, expected); each counts once."""
    found = Counter((p.en, p.fr) for p in alignment.pairs)
    correct = 0
    for pair in instrument.expected():
        if found[pair] > 0:
            found[pair] -= 1
            correct += 1
    lone_en, lone_fr = instrument.expected_unpaired()
    for lone, listed in ((lone_en, alignment.unpaired_en), (lone_fr, alignment.unpaired_fr)):
        left = Counter(listed)
        for text in lone:
            if left[text] > 0:
                left[text] -= 1
                correct += 1
    return correct, len(instrument.expected()) + len(lone_en) + len(lone_fr)


# --------------------------------------------------------------------------- recombined large documents


_LABEL_LIKE = re.compile(r"^(?:[Aa]rticle|\(|\d|[a-z]\))")


def recombined(paragraphs: int, *, shape: str = "structured", seed: int = 0) -> Instrument:
    """Return an instrument of about ``paragraphs`` English paragraphs made from the set's real clauses.

    The instruments' clauses are laid end to end, instrument by instrument in a shuffled order, until
    the size is reached (for the benchmark's size series and the scale tests).  ``structured`` keeps
    their kinds, so articles, numbered paragraphs and items continue through the whole document, with
    the French splits and merges and the paragraphs found on one side only; ``flat`` turns every
    clause into an unnumbered paragraph of one long preamble, the hardest case: nothing structural
    to anchor on.  Table rows are left out.
    """
    import random

    instruments = load_all()
    rng = random.Random(seed)
    clauses: list[Clause] = []
    count = 0
    while count < paragraphs:
        order = instruments[:]
        rng.shuffle(order)
        for instrument in order:
            for clause in instrument.clauses:
                if clause.row or count >= paragraphs:
                    continue
                if shape == "flat":
                    # A sentence opening on "Article 4 of ..." would be read as an article heading.
                    if any(_LABEL_LIKE.match(part) for part in clause.en_parts + clause.fr_parts):
                        continue
                    clause = Clause(ClauseKind.RECITAL, 1, clause.en_parts, clause.fr_parts)
                clauses.append(clause)
                count += max(len(clause.en_parts), 1)
    return Instrument(
        f"recombined-{shape}-{paragraphs}",
        "Recombined instrument",
        "Instrument recomposé",
        DocumentKind.MOU,
        "official",
        tuple(clauses),
        {"article": "split", "numbers": "typed"},
    )


def perturbed(instrument: Instrument, *, rate: float = 0.04, seed: int = 0) -> Instrument:
    """Return the instrument with wrong partners planted, to measure whether confidence finds them.

    For a share ``rate`` of the paragraphs, the French is dropped and a French paragraph taken
    from elsewhere in the instrument is put just after, on the French side only: both must come
    back unpaired, and an aligner that pairs them anyway makes a wrong pair whose confidence should
    be low.  Every other clause keeps its true partner.
    """
    import random

    rng = random.Random(seed)
    donors = [c for c in instrument.clauses if not c.row and c.fr_parts and c.kind is not ClauseKind.ARTICLE]
    clauses: list[Clause] = []
    for clause in instrument.clauses:
        plain = (
            not clause.row and clause.en_parts and clause.fr_parts and clause.kind is not ClauseKind.ARTICLE
        )
        if plain and rng.random() < rate:
            stranger = rng.choice([d for d in donors if d is not clause] or donors)
            clauses.append(Clause(clause.kind, clause.level, clause.en_parts, ()))
            clauses.append(Clause(clause.kind, clause.level, (), (" ".join(stranger.fr_parts),)))
        else:
            clauses.append(clause)
    return Instrument(
        f"{instrument.name}-perturbed", instrument.title_en, instrument.title_fr, instrument.kind,
        instrument.layout, tuple(clauses), instrument.options,
    )  # fmt: skip
