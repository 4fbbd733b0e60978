"""The plain-text document sources in documents/."""

from __future__ import annotations

import pytest

from mou_review.domain.errors import ValidationError
from mou_review.domain.source import load_document, pair_sources, parse_source, render_source
from mou_review.domain.types import ClauseKind, DocumentKind
from tests.conftest import ROOT


@pytest.mark.parametrize(("slug", "kind"), [("mou", DocumentKind.MOU), ("tor", DocumentKind.TOR)])
def test_source_demo_documents_load_with_both_languages(slug, kind):
    document = load_document(ROOT / "documents", slug)
    assert document.kind is kind
    assert all(c.en.strip() and c.fr.strip() for c in document.clauses)


def test_source_tor_keeps_the_reports_eight_sections_and_its_gap():
    document = load_document(ROOT / "documents", "tor")
    articles = [c.en for c in document.clauses if c.kind is ClauseKind.ARTICLE]
    assert len(articles) == 8
    texts = [c.en for c in document.clauses]
    gap = texts.index(next(t for t in texts if t.endswith("To that effect, the JTWG will:")))
    assert document.clauses[gap + 1].kind is ClauseKind.ARTICLE  # no list follows, as in the report
    assert any("TOTAL MEMBERSHIP 23" in t for t in texts)
    assert any("Nigerian Immigration Service (1)" in t for t in texts)


def test_source_parse_joins_lines_and_keeps_blank_line_breaks():
    parsed = parse_source(
        "% kind: mou\n% title: T\n\n[article]\nScope\n\n[paragraph]\nline one\nline two\n\nnext\n"
    )
    assert parsed.header == {"kind": "mou", "title": "T"}
    assert [(c.kind, c.level, c.text) for c in parsed.clauses] == [
        (ClauseKind.ARTICLE, 1, "Scope"),
        (ClauseKind.PARAGRAPH, 2, "line one line two\nnext"),
    ]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[article]\n\n[paragraph]\nx\n", "empty_block"),
        ("[nonsense]\nx\n", "bad_kind"),
        ("orphan\n[article]\nx", "orphan_text"),
    ],
)
def test_source_parse_refuses_bad_files(text, reason):
    with pytest.raises(ValidationError) as info:
        parse_source(text)
    assert info.value.details["reason"] == reason


def test_source_pairing_refuses_different_structures():
    en = parse_source("[article]\nA\n[paragraph]\nB\n")
    fr = parse_source("[article]\nA\n[item]\nB\n")
    with pytest.raises(ValidationError) as info:
        pair_sources("x", en, fr)
    assert info.value.details["reason"] == "structure"


def test_source_render_is_the_inverse_of_parse():
    clauses = [(ClauseKind.ARTICLE, 1, "Scope"), (ClauseKind.ITEM, 2, "first\nsecond")]
    parsed = parse_source(render_source({"kind": "tor"}, clauses))
    assert [(c.kind, c.level, c.text) for c in parsed.clauses] == clauses
