"""Reading uploads: every hostile or broken file has its own reason; real layouts become clauses."""

from __future__ import annotations

import io
import zipfile

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from mou_review.domain.docx_read import label_key, read_bilingual_table, read_paragraphs
from mou_review.domain.errors import DocxFormatError
from mou_review.domain.types import ClauseKind


def _docx(*texts: str) -> bytes:
    doc = Document()
    for text in texts:
        doc.add_paragraph(text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _rezip(
    data: bytes, extra: dict[str, bytes] | None = None, replace: dict[str, bytes] | None = None
) -> bytes:
    """Copy a DOCX, replacing or adding members."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = (replace or {}).get(info.filename, src.read(info.filename))
            dst.writestr(info.filename, blob)
        for name, blob in (extra or {}).items():
            dst.writestr(name, blob)
    return out.getvalue()


def _plain_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "not a document")
    return out.getvalue()


def _patch_member(data: bytes, name: str, *, flags: int | None = None, method: int | None = None) -> bytes:
    """Mark one member of a ZIP as encrypted (flag bit 0) or compressed by another method (e.g. 99, AES).

    Both the local header and the central directory are patched, as a real such archive has them.
    """
    raw = bytearray(data)
    encoded = name.encode()
    # (signature, offset of the name length, of the name, of the flags, of the method)
    for signature, length_at, name_at, flags_at, method_at in (
        (b"PK\x03\x04", 26, 30, 6, 8),
        (b"PK\x01\x02", 28, 46, 8, 10),
    ):
        start = 0
        while (start := raw.find(signature, start)) != -1:
            length = int.from_bytes(raw[start + length_at : start + length_at + 2], "little")
            if length == len(encoded) and raw[start + name_at : start + name_at + length] == encoded:
                if flags is not None:
                    old = int.from_bytes(raw[start + flags_at : start + flags_at + 2], "little")
                    raw[start + flags_at : start + flags_at + 2] = (old | flags).to_bytes(2, "little")
                if method is not None:
                    raw[start + method_at : start + method_at + 2] = method.to_bytes(2, "little")
            start += 4
    return bytes(raw)


def _bomb() -> bytes:
    good = _docx("Article 1")
    return _rezip(good, replace={"word/document.xml": b"<" + b" " * (30 * 1024 * 1024)})


def _macro_content_types() -> bytes:
    good = _docx("Article 1")
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        types = archive.read("[Content_Types].xml")
    types = types.replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    )
    return _rezip(good, replace={"[Content_Types].xml": types})


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
BAD_FILES = [
    ("plain_text", lambda: b"Memorandum of Understanding\n", "not_docx"),
    ("zip_not_docx", _plain_zip, "not_docx"),
    ("legacy_doc", lambda: _OLE + "WordDocument".encode("utf-16-le"), "not_docx"),
    ("truncated", lambda: _docx("Article 1", "Text.")[:1500], "corrupt"),
    (
        "broken_xml",
        lambda: _rezip(_docx("Text."), replace={"word/document.xml": b"<w:document><w:body>"}),
        "corrupt",
    ),
    ("zip_bomb", _bomb, "zip_bomb"),
    (
        "vba_project",
        lambda: _rezip(_docx("Text."), extra={"word/vbaProject.bin": b"\0" * 64}),
        "macro_enabled",
    ),
    ("macro_content_type", _macro_content_types, "macro_enabled"),
    ("encrypted", lambda: _OLE + "EncryptionInfo".encode("utf-16-le") + b"\0" * 64, "encrypted"),
    ("empty", lambda: _docx("", "   "), "empty"),
    ("encrypted_member", lambda: _patch_member(_docx("Text."), "[Content_Types].xml", flags=1), "corrupt"),
    ("method_99_member", lambda: _patch_member(_docx("Text."), "word/styles.xml", method=99), "corrupt"),
]


@pytest.mark.parametrize(("case", "make", "reason"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_read_paragraphs_refuses_bad_file_with_reason(case: str, make, reason: str) -> None:
    with pytest.raises(DocxFormatError) as caught:
        read_paragraphs(make())
    assert caught.value.details["reason"] == reason
    assert caught.value.code == "bad_docx"
    assert len(str(caught.value)) > 20  # a sentence a user can act on


def test_read_paragraphs_refuses_too_large_before_parsing() -> None:
    data = _docx("Article 1", "Some text.")
    with pytest.raises(DocxFormatError) as caught:
        read_paragraphs(io.BytesIO(data), max_bytes=len(data) - 1)
    assert caught.value.details["reason"] == "too_large"


def test_read_paragraphs_accepts_stream_within_limit() -> None:
    data = _docx("Whereas the Parties agree;")
    assert [p.text for p in read_paragraphs(io.BytesIO(data), max_bytes=len(data))] == [
        "Whereas the Parties agree;"
    ]


@pytest.mark.parametrize(
    ("line", "kind", "level", "numbering", "text"),
    [
        ("Article 3 – Definitions", ClauseKind.ARTICLE, 1, "Article 3", "Definitions"),
        ("ARTICLE 3: SCOPE", ClauseKind.ARTICLE, 1, "ARTICLE 3", "SCOPE"),
        ("Article premier\u00a0: Objet", ClauseKind.ARTICLE, 1, "Article premier", "Objet"),
        ("Article 1er – Objet", ClauseKind.ARTICLE, 1, "Article 1er", "Objet"),
        ("3.2\tThe Parties shall meet.", ClauseKind.PARAGRAPH, 2, "3.2", "The Parties shall meet."),
        ("1. The Parties shall meet.", ClauseKind.PARAGRAPH, 2, "1.", "The Parties shall meet."),
        ("(a) the exchange of data;", ClauseKind.ITEM, 3, "(a)", "the exchange of data;"),
        ("b) l'échange de données\u00a0;", ClauseKind.ITEM, 3, "b)", "l'échange de données\u00a0;"),
        (
            "Article 3 of the Convention applies to every request made under this text.",
            ClauseKind.PARAGRAPH,
            2,
            None,
            "Article 3 of the Convention applies to every request made under this text.",
        ),
    ],  # fmt: skip
)
def test_read_paragraphs_detects_typed_labels(line: str, kind, level: int, numbering, text: str) -> None:
    paras = read_paragraphs(_docx("Article 1 – Purpose", line))
    assert (paras[-1].kind_hint, paras[-1].level_hint, paras[-1].numbering, paras[-1].text) == (
        kind,
        level,
        numbering,
        text,
    )


def test_read_paragraphs_classifies_a_publisher_layout() -> None:
    paras = read_paragraphs(
        _docx(
            "Considering the Protocol adopted on 15 November 2000;",
            "ARTICLE 2",
            "DEFINITIONS",
            "1. For the purposes of this Agreement:",
            "(a) first;",
            "(i) sub-point;",
            "(ii) sub-point;",
            "(b) second.",
            "In witness whereof, the undersigned have signed.",
            "Done at Abuja.",
        )
    )
    got = [(p.kind_hint, p.level_hint, p.text) for p in paras]
    assert got == [
        (ClauseKind.RECITAL, 1, "Considering the Protocol adopted on 15 November 2000;"),
        (ClauseKind.ARTICLE, 1, "DEFINITIONS"),
        (ClauseKind.PARAGRAPH, 2, "For the purposes of this Agreement:"),
        (ClauseKind.ITEM, 3, "first;"),
        (ClauseKind.ITEM, 4, "sub-point;"),
        (ClauseKind.ITEM, 4, "sub-point;"),
        (ClauseKind.ITEM, 3, "second."),
        (ClauseKind.RECITAL, 1, "In witness whereof, the undersigned have signed."),
        (ClauseKind.RECITAL, 1, "Done at Abuja."),
    ]


def test_read_paragraphs_computes_word_automatic_numbers() -> None:
    doc = Document()
    numbering = doc.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(
            [("decimal", "Article %1"), ("decimal", "%1.%2"), ("lowerLetter", "%3)")]
        )
    )
    first_num = numbering.find(f"{{{numbering.nsmap['w']}}}num")
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="77">{levels}</w:abstractNum>')
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    for text, ilvl in [("Objet", 0), ("Premier alinéa.", 1), ("Définitions", 0), ("Texte\u00a0:", 1), ("un", 2),
                       ("deux", 2), ("Suite.", 1)]:  # fmt: skip
        p = doc.add_paragraph(text)
        p._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="77"/></w:numPr>')
        )
    out = io.BytesIO()
    doc.save(out)
    got = [(p.numbering, p.kind_hint, p.level_hint, p.text) for p in read_paragraphs(out.getvalue())]
    assert got == [
        ("Article 1", ClauseKind.ARTICLE, 1, "Objet"),
        ("1.1", ClauseKind.PARAGRAPH, 2, "Premier alinéa."),
        ("Article 2", ClauseKind.ARTICLE, 1, "Définitions"),
        ("2.1", ClauseKind.PARAGRAPH, 2, "Texte\u00a0:"),
        ("a)", ClauseKind.ITEM, 3, "un"),
        ("b)", ClauseKind.ITEM, 3, "deux"),
        ("2.2", ClauseKind.PARAGRAPH, 2, "Suite."),
    ]


def test_read_paragraphs_reads_text_as_if_changes_were_accepted() -> None:
    doc = Document()
    p = doc.add_paragraph("Article 1 – ")
    w = nsdecls("w")
    p._p.append(parse_xml(f'<w:ins {w} w:id="1" w:author="a"><w:r><w:t>Purpose</w:t></w:r></w:ins>'))
    p._p.append(
        parse_xml(f'<w:del {w} w:id="2" w:author="a"><w:r><w:delText>Scope</w:delText></w:r></w:del>')
    )
    out = io.BytesIO()
    doc.save(out)
    assert [p.text for p in read_paragraphs(out.getvalue())] == ["Purpose"]


def test_read_paragraphs_reads_table_cells_in_order() -> None:
    doc = Document()
    doc.add_paragraph("Article 1 – Purpose")
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "1.1 Left."
    table.cell(0, 1).text = "1.2 Right."
    out = io.BytesIO()
    doc.save(out)
    paras = read_paragraphs(out.getvalue())
    assert [(p.text, p.in_table, p.numbering) for p in paras[1:]] == [
        ("Left.", True, "1.1"),
        ("Right.", True, "1.2"),
    ]


def test_read_bilingual_table_skips_the_language_caption_row() -> None:
    doc = Document()
    table = doc.add_table(rows=3, cols=2)
    for row, (en, fr) in enumerate(
        [
            ("English", "Français"),
            ("Article 1 – Purpose", "Article premier – Objet"),
            ("1.1 Text.", "1.1 Texte."),
        ]
    ):
        table.cell(row, 0).text, table.cell(row, 1).text = en, fr
    out = io.BytesIO()
    doc.save(out)
    rows = read_bilingual_table(out.getvalue())
    assert [(en.text, fr.text, en.kind_hint) for en, fr in rows] == [
        ("Purpose", "Objet", ClauseKind.ARTICLE),
        ("Text.", "Texte.", ClauseKind.PARAGRAPH),
    ]


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("Article premier", "1"),
        ("Article 1er", "1"),
        ("ARTICLE IV", "4"),
        ("3.2.", "3.2"),
        ("(b)", "b"),
        ("b)", "b"),
        ("(ii)", "ii"),
        ("1.", "1"),
        (None, None),
    ],  # fmt: skip
)
def test_label_key_normalises_labels_across_languages(label, key) -> None:
    assert label_key(label) == key


def test_read_paragraphs_reads_a_nested_table_once() -> None:
    doc = Document()
    outer = doc.add_table(rows=1, cols=1)
    outer.cell(0, 0).text = "Outer cell."
    outer.cell(0, 0).add_table(rows=1, cols=1).cell(0, 0).text = "Inner cell."
    out = io.BytesIO()
    doc.save(out)
    assert [p.text for p in read_paragraphs(out.getvalue())] == ["Outer cell.", "Inner cell."]
