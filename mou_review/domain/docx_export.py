"""Write an instrument as DOCX: the signing copy, the bilingual table and the redline.

The signing copy is laid out as a ministry signs it: A4, a serif face,
justified text, article headings bold and centred ("Article 3" over the
article's title), numbered paragraphs with hanging indents, then a signature
block for each party; "Page X of Y" in the footer is built from real PAGE and
NUMPAGES fields, and a draft carries "DRAFT / PROJET" in the header of every
page.  Clause paragraphs use mou-review's own styles ("MoU Article",
"MoU Paragraph 2", "MoU Item 3", ...), so a copy edited in Word and uploaded
again is read back with the exact kind and level of each clause, and the
title, parties and signatures (in ``FURNITURE_STYLES``) are not taken for
clauses.

The redline holds the new text with real tracked changes (``w:ins`` and
``w:del``, each with a unique id, author and date) against the old one, word
by word inside changed clauses, and the reviewers' comments as Word comments.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import BinaryIO

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import StyleFactory
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from .docx_identity import bookmark_name, custom_properties_xml
from .docx_read import FURNITURE_STYLES
from .numbering import label
from .redline import Op, Segment, word_diff
from .types import ClauseKind, DocumentKind, Lang

__all__ = [
    "ExportClause",
    "ExportComment",
    "ExportDocument",
    "FURNITURE_STYLES",
    "SignatoryParty",
    "export_bilingual",
    "export_redline",
    "export_signing",
]


@dataclass(frozen=True)
class ExportClause:
    """One clause as exported: its computed number and both texts."""

    id: int | None
    kind: ClauseKind
    level: int
    number: str | None
    en: str
    fr: str
    en_version: int | None = None
    fr_version: int | None = None

    def text(self, lang: Lang) -> str:
        """Return the clause text in one language."""
        return self.en if lang is Lang.EN else self.fr

    def version(self, lang: Lang) -> int | None:
        """Return the number of the clause version exported in one language."""
        return self.en_version if lang is Lang.EN else self.fr_version


@dataclass(frozen=True)
class SignatoryParty:
    """A party that signs, named in both languages."""

    code: str
    name_en: str
    name_fr: str
    country_en: str
    country_fr: str


@dataclass(frozen=True)
class ExportDocument:
    """Everything an export needs to know about one document version."""

    slug: str
    kind: DocumentKind
    title_en: str
    title_fr: str
    draft: bool
    clauses: tuple[ExportClause, ...]
    parties: tuple[SignatoryParty, ...]
    place: str | None = None
    signed_on: date | None = None
    exported_at: datetime | None = None  # written into the file, so a returned copy says what it saw

    def title(self, lang: Lang) -> str:
        """Return the title in one language."""
        return self.title_en if lang is Lang.EN else self.title_fr


@dataclass(frozen=True)
class ExportComment:
    """A reviewer's comment on a clause, exported as a Word comment."""

    clause_id: int
    author: str
    initials: str
    text: str
    when: datetime


NBSP = "\u00a0"
_WORDS = {
    Lang.EN: {
        "between": "between", "and": "and", "name": "Name:", "title": "Title:", "signature": "Signature:",
        "date": "Date:", "page": "Page ", "of": " of ",
        "done": "Done at {place}, on {date}, in two originals in the English and French languages, both texts "
        "being equally authentic.", "lang": "en-GB",
    },
    Lang.FR: {
        "between": "entre", "and": "et", "name": f"Nom{NBSP}:", "title": f"Titre{NBSP}:",
        "signature": f"Signature{NBSP}:", "date": f"Date{NBSP}:", "page": "Page ", "of": " sur ",
        "done": "Fait à {place}, le {date}, en deux exemplaires originaux, en langues anglaise et française, "
        "les deux textes faisant également foi.", "lang": "fr-FR",
    },
}  # fmt: skip
_MONTHS = {
    Lang.EN: "January February March April May June July August September October November December".split(),
    Lang.FR: "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
}
DRAFT_MARK = "DRAFT / PROJET"
BLANK = "____________"
_CLOSING = re.compile(r"^(Done at|DONE at|Fait à|FAIT à)\b")
FONT = "Times New Roman"
_INDENT = Cm(1.25)


def format_date(day: date, lang: Lang) -> str:
    """Return a date as an instrument writes it: "14 June 2021" / "14 juin 2021", "1er juin 2021"."""
    number = "1er" if lang is Lang.FR and day.day == 1 else str(day.day)
    return f"{number} {_MONTHS[lang][day.month - 1]} {day.year}"


# --------------------------------------------------------------------------- document set-up


def _set_fonts(rpr: object, name: str) -> None:
    """Set every script's font explicitly; theme fonts would win over a plain name."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), name)


def _defaults(doc: DocumentObject, lang: Lang, size: float) -> None:
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
    if rpr_default is not None:
        rpr = rpr_default.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            rpr_default.append(rpr)
        _set_fonts(rpr, FONT)
        lang_el = rpr.find(qn("w:lang"))
        if lang_el is None:
            lang_el = OxmlElement("w:lang")
            rpr.append(lang_el)
        # The spell checker follows this: French text must not be checked as English.
        lang_el.set(qn("w:val"), _WORDS[lang]["lang"])
    normal = StyleFactory(_styles_by_name(doc)["Normal"])
    _set_fonts(normal.element.get_or_add_rPr(), FONT)
    normal.font.size = Pt(size)
    fmt = normal.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    fmt.space_after = Pt(6)
    fmt.line_spacing = 1.15


def _style_id(doc: DocumentObject, name: str) -> str:
    """Return the id of a paragraph style, creating it once; later calls cost a dict look-up.

    python-docx finds a style by name with a scan of the whole styles part (and
    ``paragraph.style = ...`` scans again for the default style), which was most of an
    export's time when done for every paragraph.
    """
    cache: dict[str, str] = doc.part.__dict__.setdefault("_mou_style_ids", {})
    sid = cache.get(name)
    if sid is None:
        sid = cache[name] = _paragraph_style(doc, name).style_id  # type: ignore[attr-defined]
    return sid


def _set_style(paragraph: Paragraph, doc: DocumentObject, name: str) -> None:
    paragraph._p.style = _style_id(doc, name)


def _add(container: DocumentObject | _Cell, name: str, text: str = "") -> Paragraph:
    """Add a paragraph in one of the export's own styles (resolved once per document)."""
    paragraph = container.add_paragraph(text)
    _set_style(paragraph, container.part.document, name)  # type: ignore[union-attr]
    return paragraph


def _styles_by_name(doc: DocumentObject) -> dict[str, object]:
    """Index the styles part by name once per document (python-docx scans it on every look-up)."""
    index = doc.part.__dict__.get("_mou_styles")
    if index is None:
        index = doc.part.__dict__["_mou_styles"] = {el.name_val: el for el in doc.styles.element.style_lst}
    return index


def _paragraph_style(doc: DocumentObject, name: str) -> object:
    index = _styles_by_name(doc)
    if name in index:
        return StyleFactory(index[name])
    element = doc.styles.element.add_style_of_type(name, WD_STYLE_TYPE.PARAGRAPH, False)
    index[name] = element
    style = StyleFactory(element)
    style.base_style = StyleFactory(index["Normal"])
    style.quick_style = True
    fmt = style.paragraph_format
    font = style.font
    if name == "MoU Title":
        font.bold, font.size = True, Pt(14)
        fmt.alignment, fmt.space_after = WD_ALIGN_PARAGRAPH.CENTER, Pt(18)
    elif name == "MoU Parties":
        fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif name in ("MoU Signature", "MoU Table Header"):
        fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT
        font.bold = name == "MoU Table Header"
    elif name.startswith(("MoU Article", "MoU Heading")):
        font.bold = True
        fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fmt.keep_with_next = True
        fmt.space_before, fmt.space_after = Pt(12), Pt(6)
        outline = OxmlElement("w:outlineLvl")
        # Articles appear in Word's navigation pane under any heading.
        outline.set(qn("w:val"), "1" if name.startswith("MoU Article") else str(int(name[-1]) - 1))
        style.element.get_or_add_pPr().append(outline)
    else:
        level = int(name.rsplit(" ", 1)[-1])
        if name.startswith("MoU Recital"):
            fmt.left_indent = _INDENT * (level - 1)
        else:
            # Hanging indent: the label sits in the margin of its text, aligned by a tab.
            # A level-1 paragraph or item still needs room for its label inside the margin.
            fmt.left_indent = _INDENT * max(level - 1, 1)
            fmt.first_line_indent = -_INDENT
            fmt.tab_stops.add_tab_stop(_INDENT * max(level - 1, 1))
    return style


def _clause_style(kind: ClauseKind, level: int) -> str:
    if kind is ClauseKind.ARTICLE:
        return "MoU Article"
    # The level is kept as it is (a ToR has items at level 2): the reader takes it back from the style name.
    return f"MoU {kind.value.capitalize()} {max(1, min(level, 9))}"


def _field(paragraph: Paragraph, instruction: str, placeholder: str) -> None:
    """Append a complex field (begin / instruction / separate / result / end)."""

    def fld_char(kind: str) -> None:
        run = paragraph.add_run()
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        if kind == "begin":
            char.set(qn("w:dirty"), "true")  # ask Word to compute it on open
        run._r.append(char)

    fld_char("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    fld_char("separate")
    paragraph.add_run(placeholder)
    fld_char("end")


def _new_document(
    lang: Lang,
    title: str,
    draft: bool,
    *,
    size: float = 12,
    landscape: bool = False,
    footer_langs: tuple[Lang, ...] | None = None,
) -> DocumentObject:
    doc = Document()
    _defaults(doc, lang, size)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21)
    section.top_margin = section.bottom_margin = Cm(2.5)
    section.left_margin = section.right_margin = Cm(2.5)
    section.different_first_page_header_footer = False
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # The bilingual copy says it in both languages: "Page 1 of 3 / Page 1 sur 3".
    for index, footer_lang in enumerate(footer_langs or (lang,)):
        if index:
            footer.add_run(" / ")
        footer.add_run(_WORDS[footer_lang]["page"])
        _field(footer, "PAGE", "1")
        footer.add_run(_WORDS[footer_lang]["of"])
        _field(footer, "NUMPAGES", "1")
    if draft:
        header = section.header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = header.add_run(DRAFT_MARK)
        run.bold = True
        run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    props = doc.core_properties
    # Core properties are capped at 255 characters; a long bilingual title is cut, not refused.
    props.title, props.language, props.author = title[:255], _WORDS[lang]["lang"], "mou-review"
    props.comments = ""
    for name in FURNITURE_STYLES:
        _paragraph_style(doc, name)
    return doc


# --------------------------------------------------------------------------- clause paragraphs


def _label_pieces(clause: ExportClause, lang: Lang, doc_kind: DocumentKind) -> tuple[str | None, str]:
    """Return the clause's label and what separates it from the text."""
    text_label = label(clause.kind, clause.number, lang, doc_kind)
    if clause.kind is ClauseKind.ARTICLE and doc_kind is DocumentKind.MOU:
        return text_label, "\n"  # "Article 3" over the article's title
    return text_label, "\t"


def _clause_paragraph(
    container: DocumentObject | _Cell, clause: ExportClause, doc_kind: DocumentKind
) -> Paragraph:
    if isinstance(container, _Cell) and len(container.paragraphs) == 1 and not container.paragraphs[0].runs:
        paragraph = container.paragraphs[0]  # a fresh cell already holds one empty paragraph
    else:
        paragraph = container.add_paragraph()
    _set_style(paragraph, container.part.document, _clause_style(clause.kind, clause.level))  # type: ignore[union-attr]
    if clause.kind is ClauseKind.ARTICLE and doc_kind is DocumentKind.TOR:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT  # ToR sections read like a report's headings
    if clause.number is None and clause.kind in (ClauseKind.PARAGRAPH, ClauseKind.ITEM):
        paragraph.paragraph_format.first_line_indent = Cm(0)
    return paragraph


def _pieces(clause: ExportClause, lang: Lang, doc_kind: DocumentKind) -> list[Segment]:
    text_label, separator = _label_pieces(clause, lang, doc_kind)
    if text_label is None:
        return [Segment(Op.EQUAL, clause.text(lang))]
    return [Segment(Op.EQUAL, text_label + separator), Segment(Op.EQUAL, clause.text(lang))]


def _emit(paragraph: Paragraph, pieces: Sequence[Segment]) -> list[tuple[Run, Op]]:
    """Add one run per piece (tabs and line breaks become w:tab and w:br)."""
    runs = []
    for piece in pieces:
        if piece.text:
            runs.append((paragraph.add_run(piece.text), piece.op))
    return runs


def _mark(paragraph: Paragraph, clause: ExportClause, lang: Lang) -> None:
    """Wrap a clause paragraph's content in its hidden identity bookmark (see ``docx_identity``)."""
    if clause.id is None:
        return
    part = paragraph.part
    number = part.__dict__.get("_mou_bookmarks", 0) + 1
    part.__dict__["_mou_bookmarks"] = number
    start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), bookmark_name(clause.id, lang, clause.version(lang)))
    end.set(qn("w:id"), str(number))
    p = paragraph._p
    ppr = p.pPr
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    p.append(end)


def _identify(document: DocumentObject, doc: ExportDocument, lang: str) -> None:
    """Name the document, the language and the moment of the export in custom document properties."""
    package = document.part.package
    when = doc.exported_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ") if doc.exported_at else ""
    part = Part(
        PackURI("/docProps/custom.xml"),
        "application/vnd.openxmlformats-officedocument.custom-properties+xml",
        custom_properties_xml(doc.slug, lang, when),
        package,
    )
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def _write_clauses(container: DocumentObject | _Cell, doc: ExportDocument, lang: Lang) -> None:
    for clause in doc.clauses:
        paragraph = _clause_paragraph(container, clause, doc.kind)
        _emit(paragraph, _pieces(clause, lang, doc.kind))
        _mark(paragraph, clause, lang)


def _write_front(out: DocumentObject, doc: ExportDocument, lang: Lang) -> None:
    _add(out, "MoU Title", doc.title(lang))
    words = _WORDS[lang]
    for index, party in enumerate(doc.parties):
        _add(out, "MoU Parties", words["between"] if index == 0 else words["and"])
        name = _add(out, "MoU Parties")
        name.add_run(party.name_en if lang is Lang.EN else party.name_fr).bold = True
        name.add_run("\n" + (party.country_en if lang is Lang.EN else party.country_fr))


def _write_signatures(out: DocumentObject, doc: ExportDocument, lang: Lang) -> None:
    words = _WORDS[lang]
    # The closing formula, unless the text already ends with its own ("Done at ...", "Fait à ...");
    # a place or date not yet agreed is left as a line to fill in by hand at the signing.
    if not any(_CLOSING.match(clause.text(lang)) for clause in doc.clauses[-3:]):
        when = format_date(doc.signed_on, lang) if doc.signed_on else BLANK
        _add(out, "MoU Signature", words["done"].format(place=doc.place or BLANK, date=when))
    if not doc.parties:
        return
    columns = min(len(doc.parties), 3)
    rows = -(-len(doc.parties) // columns)
    table = out.add_table(rows=rows, cols=columns)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    width = Cm(16 / columns)
    for index, party in enumerate(doc.parties):
        cell = table.cell(index // columns, index % columns)
        cell.width = width
        first = cell.paragraphs[0]
        _set_style(first, out, "MoU Signature")
        first.paragraph_format.keep_with_next = True
        first.add_run(party.name_en if lang is Lang.EN else party.name_fr).bold = True
        _add(cell, "MoU Signature", party.country_en if lang is Lang.EN else party.country_fr)
        for key in ("name", "title", "signature", "date"):
            line = _add(cell, "MoU Signature")
            line.paragraph_format.space_before = Pt(12)
            line.add_run(f"{words[key]} ______________________")


def export_signing(doc: ExportDocument, lang: Lang, out: BinaryIO) -> None:
    """Write the copy of the instrument that a party signs, in one language."""
    document = _new_document(lang, doc.title(lang), doc.draft)
    # An instrument whose text opens with its own title heading (and names the parties in its
    # preamble) gets no second title and parties block above it.
    if not (doc.clauses and doc.clauses[0].kind is ClauseKind.HEADING):
        _write_front(document, doc, lang)
    _write_clauses(document, doc, lang)
    _write_signatures(document, doc, lang)
    _identify(document, doc, str(lang))
    document.save(out)


# --------------------------------------------------------------------------- bilingual


def _repeat_header(row: object) -> None:
    trpr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    trpr.append(header)


def export_bilingual(doc: ExportDocument, out: BinaryIO) -> None:
    """Write both languages side by side: English left, French right, one row per clause."""
    document = _new_document(
        Lang.EN,
        f"{doc.title_en} / {doc.title_fr}",
        doc.draft,
        size=10.5,
        landscape=True,
        footer_langs=(Lang.EN, Lang.FR),
    )
    for lang in Lang:
        _add(document, "MoU Title", doc.title(lang))
    table = document.add_table(rows=1, cols=len(Lang))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    width = Cm(12)
    header = table.rows[0]
    _repeat_header(header)
    for cell, caption in zip(header.cells, ("English", "Français"), strict=True):
        cell.width = width
        _set_style(cell.paragraphs[0], document, "MoU Table Header")
        cell.paragraphs[0].add_run(caption)
    for clause in doc.clauses:
        row = table.add_row()
        for cell, lang in zip(row.cells, Lang, strict=True):
            cell.width = width
            paragraph = _clause_paragraph(cell, clause, doc.kind)
            run = _emit(paragraph, _pieces(clause, lang, doc.kind))
            _mark(paragraph, clause, lang)
            if lang is Lang.FR and run:
                # Each column is checked in its own language.
                for r, _ in run:
                    _set_run_lang(r, "fr-FR")
    _identify(document, doc, "bilingual")
    document.save(out)


def _set_run_lang(run: Run, code: str) -> None:
    rpr = run._r.get_or_add_rPr()
    lang_el = OxmlElement("w:lang")
    lang_el.set(qn("w:val"), code)
    rpr.append(lang_el)


# --------------------------------------------------------------------------- redline


class _Revisions:
    """Stamps w:ins / w:del elements with unique ids, the author and the date."""

    def __init__(self, author: str, when: datetime, first_id: int) -> None:
        self.next_id = first_id
        self.stamp(author, when)

    def stamp(self, author: str, when: datetime) -> None:
        """Set the author and date of the marks that follow."""
        self.author = author
        moment = when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)
        self.date = moment.strftime("%Y-%m-%dT%H:%M:%SZ")

    def element(self, tag: str) -> OxmlElement:
        el = OxmlElement(tag)
        el.set(qn("w:id"), str(self.next_id))
        el.set(qn("w:author"), self.author)
        el.set(qn("w:date"), self.date)
        self.next_id += 1
        return el

    def wrap(self, runs: list[tuple[Run, Op]]) -> None:
        """Move consecutive inserted/deleted runs into w:ins / w:del."""
        group: list[Run] = []
        group_op: Op | None = None

        def flush() -> None:
            if group and group_op is not Op.EQUAL:
                tag = "w:ins" if group_op is Op.INSERT else "w:del"
                wrapper = self.element(tag)
                group[0]._r.addprevious(wrapper)
                for run in group:
                    if group_op is Op.DELETE:
                        for t in run._r.findall(qn("w:t")):
                            t.tag = qn("w:delText")
                    wrapper.append(run._r)
            group.clear()

        for run, op in runs:
            if op is not group_op:
                flush()
                group_op = op
            group.append(run)
        flush()

    def mark_paragraph(self, paragraph: Paragraph, op: Op) -> None:
        """Track the paragraph mark itself, so accepting/rejecting removes the whole paragraph."""
        ppr = paragraph._p.get_or_add_pPr()
        rpr = ppr.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            ppr.append(rpr)
        rpr.append(self.element("w:ins" if op is Op.INSERT else "w:del"))


def _redline_order(
    old: ExportDocument, new: ExportDocument
) -> list[tuple[ExportClause | None, ExportClause | None]]:
    """Return (old, new) clause pairs in reading order; deleted clauses stay where they were."""
    new_ids = {c.id for c in new.clauses if c.id is not None}
    old_by_id = {c.id: c for c in old.clauses if c.id is not None}
    # Deleted clauses follow the nearest earlier old clause that survives.
    after: dict[int | None, list[ExportClause]] = {}
    anchor: int | None = None
    for clause in old.clauses:
        if clause.id is not None and clause.id in new_ids:
            anchor = clause.id
        else:
            after.setdefault(anchor, []).append(clause)
    order: list[tuple[ExportClause | None, ExportClause | None]] = [(c, None) for c in after.get(None, [])]
    for clause in new.clauses:
        order.append((old_by_id.get(clause.id) if clause.id is not None else None, clause))
        if clause.id is not None and clause.id in old_by_id:
            order.extend((c, None) for c in after.get(clause.id, []))
    return order


def _changed_pieces(
    old: ExportClause, new: ExportClause, lang: Lang, old_kind: DocumentKind, new_kind: DocumentKind
) -> list[Segment]:
    old_label, old_sep = _label_pieces(old, lang, old_kind)
    new_label, new_sep = _label_pieces(new, lang, new_kind)
    pieces: list[Segment] = []
    if old_label == new_label and old_sep == new_sep:
        if new_label:
            pieces.append(Segment(Op.EQUAL, new_label + new_sep))
    else:
        if old_label:
            pieces.append(Segment(Op.DELETE, old_label + old_sep))
        if new_label:
            pieces.append(Segment(Op.INSERT, new_label + new_sep))
    old_text, new_text = old.text(lang), new.text(lang)
    if old_text == new_text:
        pieces.append(Segment(Op.EQUAL, new_text))
    else:
        pieces.extend(word_diff(old_text, new_text))
    return pieces


def export_redline(
    old: ExportDocument,
    new: ExportDocument,
    lang: Lang,
    out: BinaryIO,
    *,
    author: str,
    when: datetime,
    comments: Sequence[ExportComment] = (),
    changes: Mapping[int, tuple[str, datetime]] | None = None,
) -> None:
    """Write the new version with tracked changes against the old one, and the comments.

    ``changes`` gives, per clause id, who made its current text and when, so
    Word shows each change under its real author; ``author`` and ``when``
    stand for clauses it does not name.
    """
    document = _new_document(lang, new.title(lang), new.draft)
    _add(document, "MoU Title", new.title(lang))
    revisions = _Revisions(author, when, first_id=10_000 + len(comments))
    by_clause: dict[int, list[ExportComment]] = {}
    for comment in comments:
        by_clause.setdefault(comment.clause_id, []).append(comment)
    for old_clause, new_clause in _redline_order(old, new):
        shown = new_clause or old_clause
        assert shown is not None
        paragraph = _clause_paragraph(document, shown, new.kind if new_clause else old.kind)
        if new_clause is None:
            op = Op.DELETE
            pieces = [Segment(op, s.text) for s in _pieces(shown, lang, old.kind)]
        elif old_clause is None:
            op = Op.INSERT
            pieces = [Segment(op, s.text) for s in _pieces(shown, lang, new.kind)]
        else:
            op = Op.EQUAL
            pieces = _changed_pieces(old_clause, new_clause, lang, old.kind, new.kind)
        runs = _emit(paragraph, pieces)
        if shown.id is not None and runs:
            for comment in by_clause.pop(shown.id, []):
                added = document.add_comment(
                    [r for r, _ in runs], comment.text, comment.author, comment.initials
                )
                stamp = comment.when.astimezone(UTC) if comment.when.tzinfo else comment.when
                added._comment_elm.date = stamp.replace(tzinfo=None)
        if shown.id is not None and changes and shown.id in changes:
            revisions.stamp(*changes[shown.id])
        else:
            revisions.stamp(author, when)
        revisions.wrap(runs)
        if op is not Op.EQUAL:
            revisions.mark_paragraph(paragraph, op)
        if new_clause is not None:
            _mark(paragraph, new_clause, lang)
    _identify(document, new, str(lang))
    document.save(out)
