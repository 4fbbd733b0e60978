"""Tests for word-level diffs and the HTML redline."""

from __future__ import annotations

import pytest

from mou_review.domain.redline import (
    Op,
    Segment,
    diff_stats,
    new_text,
    old_text,
    redline_html,
    tokenize,
    word_diff,
)

NBSP = "\u00a0"
NNBSP = "\u202f"

EQ, INS, DEL = Op.EQUAL, Op.INSERT, Op.DELETE


def segs(*pairs: tuple[Op, str]) -> list[Segment]:
    return [Segment(op, text) for op, text in pairs]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param("", "", [], id="both-empty"),
        pytest.param("", "Les Parties", segs((INS, "Les Parties")), id="empty-old"),
        pytest.param("The Parties", "", segs((DEL, "The Parties")), id="empty-new"),
        pytest.param(
            "The Parties agree.", "The Parties agree.", segs((EQ, "The Parties agree.")), id="identical"
        ),
        pytest.param(
            "The Parties shall cooperate.",
            "The Parties shall closely cooperate.",
            segs((EQ, "The Parties shall "), (INS, "closely "), (EQ, "cooperate.")),
            id="insert-word",
        ),
        pytest.param(
            "The Parties shall promptly notify each other.",
            "The Parties shall notify each other.",
            segs((EQ, "The Parties shall "), (DEL, "promptly "), (EQ, "notify each other.")),
            id="delete-word",
        ),
        pytest.param(
            "within thirty days of receipt",
            "within sixty days of receipt",
            segs((EQ, "within "), (DEL, "thirty"), (INS, "sixty"), (EQ, " days of receipt")),
            id="replace-whole-word-not-letters",
        ),
        pytest.param(
            "The Party shall inform the Secretariat.",
            "The Parties shall inform the Secretariat.",
            segs((EQ, "The "), (DEL, "Party"), (INS, "Parties"), (EQ, " shall inform the Secretariat.")),
            id="replace-inflected-word",
        ),
        pytest.param(
            "conformément à l'article 5, paragraphe 2",
            "conformément à l'article 7, paragraphe 2",
            segs((EQ, "conformément à l'article "), (DEL, "5"), (INS, "7"), (EQ, ", paragraphe 2")),
            id="french-elision-kept-equal",
        ),
        pytest.param(
            "en vertu de l'article 3",
            "en vertu de l'annexe 3",
            segs((EQ, "en vertu de l'"), (DEL, "article"), (INS, "annexe"), (EQ, " 3")),
            id="french-elided-word-replaced-alone",
        ),
        pytest.param(
            f"ci-après dénommé {'«'}{NBSP}le Protocole{NBSP}{'»'}",
            f"ci-après dénommé {'«'}{NBSP}le Mémorandum{NBSP}{'»'}",
            segs(
                (EQ, f"ci-après dénommé «{NBSP}le "),
                (DEL, "Protocole"),
                (INS, "Mémorandum"),
                (EQ, f"{NBSP}»"),
            ),
            id="french-guillemets",
        ),
        pytest.param(
            "Les Parties conviennent de ce qui suit :",
            f"Les Parties conviennent de ce qui suit{NBSP}:",
            segs((EQ, "Les Parties conviennent de ce qui suit"), (DEL, " "), (INS, NBSP), (EQ, ":")),
            id="french-space-before-colon-is-a-change",
        ),
        pytest.param(
            f"un montant de 1{NBSP}000,50 francs CFA",
            f"un montant de 2{NBSP}500,00 francs CFA",
            segs(
                (EQ, "un montant de "), (DEL, f"1{NBSP}000,50"), (INS, f"2{NBSP}500,00"), (EQ, " francs CFA")
            ),
            id="french-amount-is-one-token",
        ),
        pytest.param(
            "entre en vigueur le 14 juin 2021",
            "entre en vigueur le 1er juillet 2021",
            segs((EQ, "entre en vigueur le "), (DEL, "14 juin"), (INS, "1er juillet"), (EQ, " 2021")),
            id="french-date",
        ),
    ],
)
def test_word_diff_segments(old: str, new: str, expected: list[Segment]) -> None:
    assert word_diff(old, new) == expected


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("", "x"),
        ("x", ""),
        ("a b c d e f", "f e d c b a"),
        ("Article premier. Objet", "Article 2. Objet et champ d'application"),
        (f"« l'Etat{NNBSP}» ; la Partie", f"«{NBSP}l’État{NBSP}» ; les Parties{NBSP}!"),
        ("line one\nline two", "line one\n\nline 2"),
        ("the the the", "the"),
        ("Party Party", "Parties Party Parties"),
    ],
)
def test_word_diff_rebuilds_both_texts(old: str, new: str) -> None:
    segments = word_diff(old, new)
    assert old_text(segments) == old
    assert new_text(segments) == new
    # Neighbouring segments never share an op, and none is empty.
    assert all(s.text for s in segments)
    assert all(a.op != b.op for a, b in zip(segments, segments[1:], strict=False))


def test_word_diff_ignores_unicode_normalisation() -> None:
    composed = "l'\u00e9tat partie"
    decomposed = "l'e\u0301tat partie"
    assert word_diff(composed, decomposed) == [Segment(Op.EQUAL, composed)]


def test_word_diff_deletion_comes_before_insertion() -> None:
    segments = word_diff("shall notify", "may inform")
    ops = [s.op for s in segments]
    assert ops == [Op.DELETE, Op.INSERT]


def test_word_diff_handles_more_distinct_words_than_the_bmp_private_use_area() -> None:
    # 8000 distinct tokens overflow the 6400 private-use code points of the BMP.
    words = [f"mot{i}" for i in range(8000)]
    old = " ".join(words)
    new = " ".join(["début", *words[:4000], "milieu", *words[4000:]])
    segments = word_diff(old, new)
    assert old_text(segments) == old
    assert new_text(segments) == new
    assert diff_stats(segments) == (2, 0)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("l'article 1er", ["l", "'", "article", " ", "1er"]),
        ("l’alinéa b)", ["l", "’", "alinéa", " ", "b", ")"]),
        (f"«{NBSP}ci-après{NBSP}»", ["«", NBSP, "ci-après", NBSP, "»"]),
        (f"suit{NNBSP}:", ["suit", NNBSP, ":"]),
        (f"3.2 et 1{NBSP}000,50", ["3.2", " ", "et", " ", f"1{NBSP}000,50"]),
        ("a  \n b", ["a", "  \n ", "b"]),
    ],
)
def test_tokenize_french_text(text: str, tokens: list[str]) -> None:
    assert tokenize(text) == tokens
    assert "".join(tokenize(text)) == text


@pytest.mark.parametrize(
    ("old", "new", "html"),
    [
        ("", "", ""),
        ("a < b", "a < b", "a &lt; b"),
        ("", "<script>", "<ins>&lt;script&gt;</ins>"),
        ('say "yes"', "", "<del>say &quot;yes&quot;</del>"),
        (
            "the Party & the Secretariat",
            "the Parties & the Secretariat",
            "the <del>Party</del><ins>Parties</ins> &amp; the Secretariat",
        ),
        ("l'article 5", "l'article 7", "l&#x27;article <del>5</del><ins>7</ins>"),
        (
            "qui suit :",
            f"qui suit{NBSP}:",
            f'qui suit<del class="ws"> </del><ins class="ws">{NBSP}</ins>:',
        ),
    ],
)
def test_redline_html_marks_and_escapes(old: str, new: str, html: str) -> None:
    assert redline_html(old, new) == html


@pytest.mark.parametrize(
    ("old", "new", "stats"),
    [
        ("", "", (0, 0)),
        ("same words", "same words", (0, 0)),
        ("", "three new words", (3, 0)),
        ("four words gone now", "", (0, 4)),
        ("within thirty days", "within sixty calendar days", (2, 1)),
        ("suit :", f"suit{NBSP}:", (0, 0)),
        ("l'article", "l'annexe", (1, 1)),
        (f"1{NBSP}000,50 francs", f"2{NBSP}000,50 francs", (1, 1)),
    ],
)
def test_diff_stats_counts_words_not_marks(old: str, new: str, stats: tuple[int, int]) -> None:
    assert diff_stats(word_diff(old, new)) == stats
