"""DOCX exports, read back with python-docx: layout, fields, draft mark, tracked changes, round trips."""

from __future__ import annotations

import dataclasses
import io
from datetime import UTC, date, datetime

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from mou_review.domain.docx_export import (
    DRAFT_MARK,
    ExportComment,
    ExportDocument,
    export_bilingual,
    export_redline,
    export_signing,
    format_date,
)
from mou_review.domain.docx_read import read_bilingual_table, read_paragraphs
from mou_review.domain.types import ClauseKind, Lang
from tests.data.alignment import corpus

INSTRUMENTS = {i.name: i for i in corpus.load_all()}
WHEN = datetime(2024, 5, 2, 9, 30, tzinfo=UTC)


def _document(name: str = "mou_cooperation", **changes: object) -> ExportDocument:
    return dataclasses.replace(corpus.to_export(INSTRUMENTS[name]), **changes)


def _signing(doc: ExportDocument, lang: Lang) -> bytes:
    out = io.BytesIO()
    export_signing(doc, lang, out)
    return out.getvalue()


def _texts(data: bytes) -> list[str]:
    return [p.text for p in Document(io.BytesIO(data)).paragraphs]


def _fields(part_element) -> list[str]:
    return [t.text.strip() for t in part_element.iter(qn("w:instrText"))]


@pytest.mark.parametrize(
    ("lang", "page", "of", "labels"),
    [
        (Lang.EN, "Page ", " of ", ["Name:", "Title:", "Signature:", "Date:"]),
        (Lang.FR, "Page ", " sur ", ["Nom\u00a0:", "Titre\u00a0:", "Signature\u00a0:", "Date\u00a0:"]),
    ],
)
def test_export_signing_has_page_fields_and_signature_block(lang: Lang, page: str, of: str, labels) -> None:
    data = _signing(_document(place="Abuja", signed_on=date(2021, 6, 1)), lang)
    doc = Document(io.BytesIO(data))
    footer = doc.sections[0].footer.paragraphs[0]
    assert _fields(footer._p) == ["PAGE", "NUMPAGES"]
    kinds = [c.get(qn("w:fldCharType")) for c in footer._p.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"] * 2
    assert footer.text.startswith(page) and of in footer.text
    cells = [p.text for t in doc.tables for cell in t._cells for p in cell.paragraphs]
    for word in labels:
        assert sum(text.startswith(word) for text in cells) == 2  # one line per party
    done = (
        "Done at Abuja, on 1 June 2021, in two originals in the English and French languages, both texts being "
        "equally authentic."
        if lang is Lang.EN
        else "Fait à Abuja, le 1er juin 2021, en deux exemplaires originaux, en langues anglaise et française, "
        "les deux textes faisant également foi."
    )
    assert done in _texts(data)


def test_export_signing_is_a4_serif_justified_with_centred_bold_articles() -> None:
    doc = Document(io.BytesIO(_signing(_document(), Lang.FR)))
    section = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    normal = doc.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    article = next(p for p in doc.paragraphs if p.style.name == "MoU Article")
    assert article.text == "Article premier\nObjet"
    assert article.style.font.bold and article.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER


@pytest.mark.parametrize(("draft", "expected"), [(True, DRAFT_MARK), (False, "")])
def test_export_signing_marks_drafts_in_the_header(draft: bool, expected: str) -> None:
    doc = Document(io.BytesIO(_signing(_document(draft=draft), Lang.EN)))
    section = doc.sections[0]
    assert not section.different_first_page_header_footer  # the one header is on every page
    assert "\n".join(p.text for p in section.header.paragraphs).strip() == expected


@pytest.mark.parametrize("name", sorted(INSTRUMENTS))
@pytest.mark.parametrize("lang", list(Lang))
def test_export_signing_round_trips_clauses(name: str, lang: Lang) -> None:
    doc = _document(name)
    got = [(p.kind_hint, p.level_hint, p.text) for p in read_paragraphs(_signing(doc, lang))]
    assert got == [(c.kind, c.level, c.text(lang)) for c in doc.clauses]


@pytest.mark.parametrize("name", sorted(INSTRUMENTS))
def test_export_bilingual_round_trips_clauses(name: str) -> None:
    doc = _document(name)
    out = io.BytesIO()
    export_bilingual(doc, out)
    rows = read_bilingual_table(out.getvalue())
    assert [(en.kind_hint, en.level_hint, en.text, fr.text) for en, fr in rows] == [
        (c.kind, c.level, c.en, c.fr) for c in doc.clauses
    ]


def test_export_bilingual_puts_english_left_french_right_with_numbers() -> None:
    out = io.BytesIO()
    export_bilingual(_document(), out)
    table = Document(io.BytesIO(out.getvalue())).tables[0]
    assert [c.text for c in table.rows[0].cells] == ["English", "Français"]
    item = table.rows[11].cells
    assert item[0].text.startswith("(a)\t") and item[1].text.startswith("a)\t")
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeated on every page


def _revised(old: ExportDocument) -> ExportDocument:
    clauses = list(old.clauses)
    # Clause 7 (1.1) reworded, clause 8 (1.2) deleted, a recital inserted after the second one.
    clauses[6] = dataclasses.replace(
        clauses[6], fr=clauses[6].fr.replace("prévenir", "prévenir et réprimer"), en=clauses[6].en
    )
    del clauses[7]
    clauses.insert(
        2, dataclasses.replace(clauses[2], id=None, en="Noting the new plan;", fr="Notant le plan\u00a0;")
    )
    return dataclasses.replace(old, clauses=tuple(clauses))


def _redline(comments=()) -> Document:
    old = _document()
    out = io.BytesIO()
    export_redline(old, _revised(old), Lang.FR, out, author="A. Moussa", when=WHEN, comments=comments)
    return Document(io.BytesIO(out.getvalue()))


def _revision_text(el) -> str:
    return "".join(
        "\t" if t.tag == qn("w:tab") else t.text or ""
        for t in el.iter(qn("w:t"), qn("w:delText"), qn("w:tab"))
    )


def test_export_redline_tracks_inserted_deleted_and_changed_words() -> None:
    body = _redline().element.body
    inserted = [_revision_text(e) for e in body.iter(qn("w:ins")) if _revision_text(e)]
    deleted = [_revision_text(e) for e in body.iter(qn("w:del")) if _revision_text(e)]
    assert "Notant le plan\u00a0;" in inserted
    assert "et réprimer " in inserted
    assert any(text.startswith("1.2\tAucune disposition") for text in deleted)
    # Deleted text is w:delText, never w:t, so Word shows it struck through.
    for element in body.iter(qn("w:del")):
        assert not list(element.iter(qn("w:t")))


def test_export_redline_stamps_every_revision_with_unique_id_author_and_date() -> None:
    body = _redline().element.body
    revisions = list(body.iter(qn("w:ins"), qn("w:del")))
    ids = [r.get(qn("w:id")) for r in revisions]
    assert len(revisions) >= 5 and len(set(ids)) == len(ids)
    assert {r.get(qn("w:author")) for r in revisions} == {"A. Moussa"}
    assert {r.get(qn("w:date")) for r in revisions} == {"2024-05-02T09:30:00Z"}


def test_export_redline_marks_whole_paragraphs_for_inserted_and_deleted_clauses() -> None:
    doc = _redline()
    marks = {}
    for p in doc.paragraphs:
        rpr = p._p.pPr.find(qn("w:rPr")) if p._p.pPr is not None else None
        if rpr is not None:
            for tag in ("ins", "del"):
                if rpr.find(qn(f"w:{tag}")) is not None:
                    marks[tag] = _revision_text(p._p)
    assert marks == {
        "ins": "Notant le plan\u00a0;",
        "del": "1.2\tAucune disposition du présent Mémorandum ne porte atteinte aux droits et obligations de l'une ou l'autre Partie découlant d'autres accords internationaux.",
    }  # noqa: E501


def test_export_redline_keeps_unchanged_clauses_plain() -> None:
    doc = _redline()
    article = next(p for p in doc.paragraphs if p.style.name == "MoU Article")
    assert article.text == "Article premier\nObjet"
    assert not list(article._p.iter(qn("w:ins"), qn("w:del")))


def test_export_redline_adds_comments_anchored_to_their_clause() -> None:
    comment = ExportComment(7, "A. Moussa", "AM", "Vérifier «\u00a0réprimer\u00a0».", WHEN)
    doc = _redline([comment])
    comments = list(doc.comments)
    assert [(c.author, c.initials, c.text) for c in comments] == [("A. Moussa", "AM", comment.text)]
    anchored = next(p for p in doc.paragraphs if list(p._p.iter(qn("w:commentRangeStart"))))
    assert "le présent Mémorandum fixe le cadre".lower() in _revision_text(anchored._p).lower()


@pytest.mark.parametrize(
    ("day", "lang", "text"),
    [
        (date(2021, 6, 14), Lang.EN, "14 June 2021"),
        (date(2021, 6, 14), Lang.FR, "14 juin 2021"),
        (date(2022, 12, 1), Lang.FR, "1er décembre 2022"),
        (date(2022, 12, 1), Lang.EN, "1 December 2022"),
    ],  # fmt: skip
)
def test_format_date_writes_dates_as_instruments_do(day: date, lang: Lang, text: str) -> None:
    assert format_date(day, lang) == text


def test_export_signing_keeps_items_under_articles_in_the_tor_layout() -> None:
    doc = _document("tor_joint_committee")
    paras = read_paragraphs(_signing(doc, Lang.EN))
    assert paras[0].numbering == "1." and paras[0].kind_hint is ClauseKind.ARTICLE


def test_export_bilingual_footer_is_in_both_languages() -> None:
    out = io.BytesIO()
    export_bilingual(_document(), out)
    footer = Document(io.BytesIO(out.getvalue())).sections[0].footer.paragraphs[0]
    assert _fields(footer._p) == ["PAGE", "NUMPAGES", "PAGE", "NUMPAGES"]
    assert " of " in footer.text and " sur " in footer.text and " / " in footer.text
