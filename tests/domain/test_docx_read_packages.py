"""Files from other producers: the main part found through the package, Strict files, bilingual tables.

The Word Online and Strict files in ``tests/data/docx`` are written by
``tests/data/docx/make_word_variants.py`` (see there how).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from mou_review.domain.docx_align import align
from mou_review.domain.docx_read import main_part, read_bilingual_table, read_paragraphs
from mou_review.domain.errors import DocxFormatError
from tests.data.alignment import corpus

DATA = Path(__file__).resolve().parent.parent / "data" / "docx"
INSTRUMENT = next(i for i in corpus.load_all() if i.name == "mou_cooperation")
BUILT = corpus.build(INSTRUMENT)


def _texts(data: bytes) -> list[tuple[str, str | None, str]]:
    return [(p.text, p.numbering, str(p.kind_hint)) for p in read_paragraphs(data)]


@pytest.mark.parametrize("variant", ["word_online", "strict"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_read_paragraphs_reads_word_online_and_strict_files_as_word_files(variant: str, lang: str) -> None:
    data = (DATA / f"{variant}_{lang}.docx").read_bytes()
    # The same paragraphs, labels and kinds as the Transitional file python-docx wrote before the rewrite.
    assert _texts(data) == _texts(BUILT[lang])
    assert len(_texts(data)) > 20


def test_word_online_file_keeps_its_main_part_under_another_name() -> None:
    with zipfile.ZipFile(DATA / "word_online_en.docx") as archive:
        assert "word/document.xml" not in archive.namelist()
        assert main_part(archive) == "word/document22.xml"


@pytest.mark.parametrize("variant", ["word_online", "strict"])
def test_align_pairs_word_online_and_strict_files_in_full(variant: str) -> None:
    en, fr = ((DATA / f"{variant}_{lang}.docx").read_bytes() for lang in ("en", "fr"))
    alignment = align(read_paragraphs(en), read_paragraphs(fr))
    correct, expected = corpus.score(INSTRUMENT, alignment)
    assert correct == expected == 27


def _zip(members: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return out.getvalue()


_RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="{target}"/></Relationships>'
)
_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Override PartName="/{part}" ContentType="{content_type}"/></Types>'
)


def test_read_paragraphs_refuses_a_workbook_as_not_a_word_document() -> None:
    workbook = _zip({
        "[Content_Types].xml": _TYPES.format(
            part="xl/workbook.xml",
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        ),
        "_rels/.rels": _RELS.format(target="xl/workbook.xml"),
        "xl/workbook.xml": "<workbook/>",
    })  # fmt: skip
    with pytest.raises(DocxFormatError) as caught:
        read_paragraphs(workbook)
    assert caught.value.details["reason"] == "not_docx"


def test_read_paragraphs_follows_a_relative_target_into_a_folder() -> None:
    body = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        "<w:p><w:r><w:t>The Parties shall meet in Niamey.</w:t></w:r></w:p></w:body></w:document>"
    )
    package = _zip({
        "[Content_Types].xml": _TYPES.format(
            part="content/main.xml",
            content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        ),
        "_rels/.rels": _RELS.format(target="./content/main.xml"),
        "content/main.xml": body,
    })  # fmt: skip
    assert [p.text for p in read_paragraphs(package)] == ["The Parties shall meet in Niamey."]


def test_read_bilingual_table_says_when_there_is_no_two_column_table() -> None:
    with pytest.raises(DocxFormatError) as caught:
        read_bilingual_table((DATA / "word_online_en.docx").read_bytes())
    assert caught.value.details["reason"] == "no_table"
    assert "two-column table" in str(caught.value)
