"""Clause numbers are computed from position and labelled per language."""

from __future__ import annotations

import pytest

from mou_review.domain.numbering import label, letters, number_all, reference, roman
from mou_review.domain.types import ClauseKind as K
from mou_review.domain.types import DocumentKind, Lang


def test_numbering_follows_the_tree():
    clauses = [
        (K.HEADING, 1),
        (K.RECITAL, 1),
        (K.ARTICLE, 1),
        (K.PARAGRAPH, 2),
        (K.ITEM, 3),
        (K.ITEM, 3),
        (K.ITEM, 4),
        (K.PARAGRAPH, 2),
        (K.ARTICLE, 1),
        (K.ITEM, 2),
        (K.RECITAL, 1),
    ]
    assert number_all(clauses) == [
        None,
        None,
        "1",
        "1.1",
        "1.1(a)",
        "1.1(b)",
        "1.1(b)(i)",
        "1.2",
        "2",
        "2(a)",
        None,
    ]


def test_numbering_inserting_a_clause_renumbers_the_rest():
    before = [(K.ARTICLE, 1), (K.PARAGRAPH, 2), (K.PARAGRAPH, 2), (K.ARTICLE, 1), (K.PARAGRAPH, 2)]
    after = before[:1] + [(K.PARAGRAPH, 2)] + before[1:]
    assert number_all(before) == ["1", "1.1", "1.2", "2", "2.1"]
    assert number_all(after) == ["1", "1.1", "1.2", "1.3", "2", "2.1"]
    inserted_article = [(K.ARTICLE, 1), *before]
    assert number_all(inserted_article)[-2:] == ["3", "3.1"]


@pytest.mark.parametrize(
    ("kind", "number", "lang", "doc", "expected"),
    [
        (K.ARTICLE, "1", Lang.EN, DocumentKind.MOU, "Article 1"),
        (K.ARTICLE, "1", Lang.FR, DocumentKind.MOU, "Article premier"),
        (K.ARTICLE, "12", Lang.FR, DocumentKind.MOU, "Article 12"),
        (K.ARTICLE, "3", Lang.EN, DocumentKind.TOR, "3."),
        (K.PARAGRAPH, "3.2", Lang.FR, DocumentKind.MOU, "3.2"),
        (K.ITEM, "3.2(b)", Lang.EN, DocumentKind.MOU, "(b)"),
        (K.ITEM, "3.2(b)", Lang.FR, DocumentKind.MOU, "b)"),
        (K.ITEM, "3.2(b)(ii)", Lang.FR, DocumentKind.MOU, "ii)"),
        (K.RECITAL, None, Lang.EN, DocumentKind.MOU, None),
    ],
)
def test_numbering_labels_per_language(kind, number, lang, doc, expected):
    assert label(kind, number, lang, doc) == expected


@pytest.mark.parametrize(
    ("number", "lang", "expected"),
    [
        ("12.3", Lang.EN, "Article 12(3)"),
        ("12.3", Lang.FR, "article 12, paragraphe 3"),
        ("3.2(b)", Lang.FR, "article 3, paragraphe 2, alinéa b)"),
        ("1", Lang.FR, "article premier"),
    ],
)
def test_numbering_references(number, lang, expected):
    assert reference(K.ITEM, number, lang, DocumentKind.MOU) == expected


@pytest.mark.parametrize(
    ("n", "letter", "numeral"), [(1, "a", "i"), (4, "d", "iv"), (26, "z", "xxvi"), (27, "aa", "xxvii")]
)
def test_numbering_letters_and_roman(n, letter, numeral):
    assert letters(n) == letter and roman(n) == numeral


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("iv", 4),
        ("XII", 12),
        ("xxvii", 27),
        ("mcmxc", 1990),
        ("iiii", None),
        ("did", None),
        ("", None),
        ("abc", None),
    ],
)
def test_numbering_roman_value_reads_canonical_numerals_only(text, value):
    from mou_review.domain.numbering import roman_value

    assert roman_value(text) == value


@pytest.mark.parametrize(
    ("text", "value"), [("ix", 9), ("xl", 40), ("dix", None), ("mix", None), ("civil", None)]
)
def test_textnorm_roman_value_ignores_words_that_look_like_numerals(text, value):
    from mou_review.domain.textnorm import roman_value

    assert roman_value(text) == value
