"""Reading what Word really writes: content controls, fields, revisions, breaks, notes, boxes, tables.

Each case builds the WordprocessingML that Word saves, with python-docx's
oxml layer, and checks the text ``read_paragraphs`` gives back.
"""

from __future__ import annotations

import io

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from mou_review.domain.docx_read import read_bilingual_table, read_paragraphs
from mou_review.domain.types import ClauseKind

W = nsdecls("w")
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _p(*inner: str, ppr: str = "") -> str:
    return f"<w:p {W}>{ppr}{''.join(inner)}</w:p>"


def _tbl(*rows: list[str]) -> str:
    """Return a table; each row is a list of cell bodies (raw XML inside w:tc)."""
    body = "".join("<w:tr>" + "".join(f"<w:tc>{cell}</w:tc>" for cell in row) + "</w:tr>" for row in rows)
    return f"<w:tbl {W}><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>{body}</w:tbl>"


def _inner_p(*inner: str) -> str:
    return f"<w:p>{''.join(inner)}</w:p>"


def _docx(*blocks: str) -> bytes:
    """Return a DOCX whose body holds the given block elements, in order, before the section properties."""
    doc = Document()
    body = doc.element.body
    sect = body.find(f"{{{body.nsmap['w']}}}sectPr")
    for block in blocks:
        sect.addprevious(parse_xml(block))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _texts(data: bytes) -> list[str]:
    return [p.text for p in read_paragraphs(data)]


def _field(instr: str, result: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{_r(result)}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


CASES = [
    ("block content control", [f"<w:sdt {W}><w:sdtPr><w:alias w:val='Purpose'/></w:sdtPr><w:sdtContent>"
                               f"{_inner_p(_r('Inside a control.'))}</w:sdtContent></w:sdt>"],
     ["Inside a control."]),
    ("content control in a cell", [_tbl([f"<w:sdt><w:sdtContent>{_inner_p(_r('Cell control.'))}"
                                         "</w:sdtContent></w:sdt>"])],
     ["Cell control."]),
    ("content control around a row", [f"<w:tbl {W}><w:sdt><w:sdtContent><w:tr><w:tc>{_inner_p(_r('Row.'))}"
                                      "</w:tc></w:tr></w:sdtContent></w:sdt></w:tbl>"],
     ["Row."]),
    ("inline content control", [_p(_r("Signed by "), "<w:sdt><w:sdtPr><w:placeholder><w:docPart w:val='x'/>"
                                   f"</w:placeholder></w:sdtPr><w:sdtContent>{_r('the Minister')}</w:sdtContent>"
                                   "</w:sdt>", _r("."))],
     ["Signed by the Minister."]),
    ("hyperlink", [_p(_r("See "), f'<w:hyperlink w:anchor="a">{_r("Article 5")}</w:hyperlink>', _r(" below."))],
     ["See Article 5 below."]),
    ("smart tag", [_p(_r("Done at "), f'<w:smartTag w:uri="u" w:element="City">{_r("Abuja")}</w:smartTag>')],
     ["Done at Abuja"]),
    ("simple field", [_p(_r("Page "), f'<w:fldSimple w:instr=" PAGE ">{_r("3")}</w:fldSimple>', _r(" text."))],
     ["Page 3 text."]),
    ("complex field", [_p(_r("As in "), _field('REF _Ref1 \\h', "Article 4"), _r(", the Parties agree."))],
     ["As in Article 4, the Parties agree."]),
    ("nested complex field", [_p(_r("Date: "), '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
                                 '<w:r><w:instrText> IF </w:instrText></w:r>', _field("DATE", "ignored"),
                                 '<w:r><w:instrText> = 1 "x" </w:instrText></w:r>',
                                 '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', _r("14 June 2021"),
                                 '<w:r><w:fldChar w:fldCharType="end"/></w:r>')],
     ["Date: 14 June 2021"]),
    ("insertion and deletion", [_p(_r("The Parties "), f'<w:ins w:id="1" w:author="a">{_r("shall")}</w:ins>',
                                   '<w:del w:id="2" w:author="a"><w:r><w:delText>may</w:delText></w:r></w:del>',
                                   _r(" meet."))],
     ["The Parties shall meet."]),
    ("move", [_p(f'<w:moveFrom w:id="3" w:author="a">{_r("Old place. ")}</w:moveFrom>', _r("Kept."),
                 f'<w:moveTo w:id="4" w:author="a">{_r(" New place.")}</w:moveTo>')],
     ["Kept. New place."]),
    ("deleted paragraph mark", [_p(_r("First half"), ppr='<w:pPr><w:rPr><w:del w:id="5" w:author="a"/></w:rPr>'
                                   "</w:pPr>"), _p(_r(" and second half."))],
     ["First half and second half."]),
    ("soft line break and tab", [_p(_r("Recalling the Protocol,"), "<w:r><w:br/></w:r>",
                                    _r("and the Convention;"), "<w:r><w:tab/></w:r>", _r("adopted."))],
     ["Recalling the Protocol, and the Convention; adopted."]),
    ("page break", [_p(_r("Before"), '<w:r><w:br w:type="page"/></w:r>', _r("after."))], ["Before after."]),
    ("non-breaking hyphen and space", [_p(_r("ANLTP"), "<w:r><w:noBreakHyphen/></w:r>", _r("TIM et l\u2019article\u00a05\u00a0:"))],
     ["ANLTP-TIM et l\u2019article\u00a05\u00a0:"]),
    ("footnote reference", [_p(_r("The Protocol"), '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                               '<w:footnoteReference w:id="2"/></w:r>', _r(" applies."))],
     ["The Protocol applies."]),
    ("custom footnote mark", [_p(_r("The Protocol"), '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="3"/>'
                                 "<w:t>*</w:t></w:r>", _r(" applies."))],
     ["The Protocol applies."]),
    ("text box beside text", [_p(_r("Body text."), f'<w:r><mc:AlternateContent {MC}><mc:Choice Requires="wps">'
                                 f"<w:drawing><w:txbxContent>{_inner_p(_r('Box.'))}</w:txbxContent></w:drawing>"
                                 "</mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
                                 f"{_inner_p(_r('Box.'))}</w:txbxContent></w:pict></mc:Fallback>"
                                 "</mc:AlternateContent></w:r>")],
     ["Body text."]),
    ("empty and signature lines", [_p(), _p(_r("   ")), _p(_r("________________")), _p(_r("\u2026")),
                                   _p(_r("..........")), _p(_r("Name: ____________"))],
     ["Name: ____________"]),
    ("section break", [_p(_r("End of part."), ppr="<w:pPr><w:sectPr/></w:pPr>"), _p(_r("Next part."))],
     ["End of part.", "Next part."]),
    ("merged cells", [_tbl([f'<w:tcPr><w:gridSpan w:val="2"/></w:tcPr>{_inner_p(_r("Spanning."))}'],
                           [f'<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>{_inner_p(_r("Merged."))}',
                            _inner_p(_r("Right 1."))],
                           [f"<w:tcPr><w:vMerge/></w:tcPr>{_inner_p()}", _inner_p(_r("Right 2."))])],
     ["Spanning.", "Merged.", "Right 1.", "Right 2."]),
    ("cell with several paragraphs", [_tbl([_inner_p(_r("One.")) + _inner_p(_r("Two."))])], ["One.", "Two."]),
    ("nested table", [_tbl([_inner_p(_r("Outer.")) + _tbl([_inner_p(_r("Inner."))]).replace(f" {W}", "")
                            + _inner_p()])],
     ["Outer.", "Inner."]),
    ("paragraphs and tables in order", [_p(_r("Before.")), _tbl([_inner_p(_r("In table."))]), _p(_r("After."))],
     ["Before.", "In table.", "After."]),
]  # fmt: skip


@pytest.mark.parametrize(("case", "blocks", "texts"), CASES, ids=[c[0] for c in CASES])
def test_read_paragraphs_reads_word_markup(case: str, blocks: list[str], texts: list[str]) -> None:
    assert _texts(_docx(*blocks)) == texts


def test_read_paragraphs_reads_text_boxes_when_they_hold_all_the_text() -> None:
    box = (
        f'<w:r><mc:AlternateContent {MC}><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
        f"{_inner_p(_r('Article 1 – Purpose'))}{_inner_p(_r('1.1 Boxed text.'))}</w:txbxContent></w:drawing>"
        f"</mc:Choice><mc:Fallback><w:pict><w:txbxContent>{_inner_p(_r('Article 1 – Purpose'))}"
        "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    assert _texts(_docx(_p(box))) == ["Purpose", "Boxed text."]


@pytest.mark.parametrize(
    ("runs", "numbering", "text"),
    [
        ([_r("3"), "<w:r><w:tab/></w:r>", _r("The Parties shall meet.")], "3", "The Parties shall meet."),
        ([_r("12"), "<w:r><w:tab/></w:r>", _r("Costs.")], "12", "Costs."),
        ([_r("Under 3 weeks"), "<w:r><w:tab/></w:r>", _r("or more.")], None, "Under 3 weeks or more."),
    ],
)
def test_read_paragraphs_keeps_a_tab_after_a_typed_number_as_a_label(
    runs: list[str], numbering: str | None, text: str
) -> None:
    doc = _docx(_p(_r("Article 2 – Meetings")), _p(*runs))
    para = read_paragraphs(doc)[1]
    assert (para.numbering, para.text) == (numbering, text)


def test_read_paragraphs_reads_an_article_heading_split_by_a_line_break() -> None:
    doc = _docx(_p(_r("ARTICLE 3"), "<w:r><w:br/></w:r>", _r("CENTRAL AUTHORITIES")), _p(_r("1. Text.")))
    got = [(p.kind_hint, p.numbering, p.text) for p in read_paragraphs(doc)]
    assert got == [
        (ClauseKind.ARTICLE, "ARTICLE 3", "CENTRAL AUTHORITIES"),
        (ClauseKind.PARAGRAPH, "1.", "Text."),
    ]


def test_read_bilingual_table_looks_through_content_controls() -> None:
    row = "<w:tr><w:sdt><w:sdtContent><w:tc>{en}</w:tc></w:sdtContent></w:sdt><w:tc>{fr}</w:tc></w:tr>"
    rows = "".join(
        row.format(en=_inner_p(_r(en)), fr=_inner_p(_r(fr)))
        for en, fr in [("Article 1 – Purpose", "Article premier – Objet"), ("1.1 Text.", "1.1 Texte.")]
    )
    table = f"<w:tbl {W}><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>{rows}</w:tbl>"
    got = [(en.text, fr.text) for en, fr in read_bilingual_table(_docx(table))]
    assert got == [("Purpose", "Objet"), ("Text.", "Texte.")]
