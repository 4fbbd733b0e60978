"""Classes of official EN/FR drafting shown by the fourth practice batch (EU acts of other fields).

Each case is written for this test, after a class of language seen in the batch; the rule is fixed for
the class (how French cites an unnumbered paragraph, a quotation closed by an apostrophe, how EU law names
a duty of confidentiality, a heading word both languages spell alike), never for one act's wording.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair
from mou_review.domain.types import ClauseKind


def blocking(en: str, fr: str, kind: ClauseKind | None = None) -> set[str]:
    """Return the checks that fire at warning or error on a pair."""
    return {f.check for f in check_pair(ClausePair(en, fr, kind=kind)) if f.severity is not Severity.INFO}


# --- an unnumbered paragraph cited by its ordinal ----------------------------------------------------

_ORDINAL_PARAGRAPHS = [
    (
        "The authority may decline the request on the grounds set out in point (c) of Article 7(1) or in "
        "Article 7(3) of the 1993 Convention.",
        "L'autorité peut rejeter la demande pour les motifs prévus à l'article 7, premier alinéa, point c), "
        "ou troisième alinéa, de la convention de 1993.",
    ),
    (
        "Article 4(2) of the Protocol shall not apply.",
        "L'article 4, deuxième alinéa, du protocole ne s'applique pas.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _ORDINAL_PARAGRAPHS)
def test_a_paragraph_cited_by_its_ordinal_is_the_numbered_paragraph(en: str, fr: str) -> None:
    # A treaty's paragraphs bear no numbers: English cites "Article 7(3)", French « l'article 7,
    # troisième alinéa ».
    assert "cross_reference_mismatch" not in blocking(en, fr)


def test_a_paragraph_cited_by_another_ordinal_is_still_an_error() -> None:
    en, fr = _ORDINAL_PARAGRAPHS[1]
    assert "cross_reference_mismatch" in blocking(en, fr.replace("deuxième alinéa", "quatrième alinéa"))
    en, fr = _ORDINAL_PARAGRAPHS[0]
    assert "cross_reference_mismatch" in blocking(en, fr.replace("troisième alinéa", "deuxième alinéa"))


# --- a quotation closed by a straight apostrophe ------------------------------------------------------


def test_a_division_quoted_with_straight_apostrophes_is_still_cited() -> None:
    en = "In that Protocol, the words 'the rules of Chapter III' shall be read as 'the rules of this Decision'."
    fr = "Dans ce protocole, les mots «les règles du chapitre III» s'entendent comme «les règles de la présente décision»."
    assert "cross_reference_mismatch" not in blocking(en, fr)
    assert "cross_reference_mismatch" in blocking(en, fr.replace("chapitre III", "chapitre IV"))


# --- a duty of confidentiality named by « secret » ----------------------------------------------------


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Member States may restrict such work to protect business confidentiality.",
            "Les États membres peuvent restreindre ce travail pour protéger le secret des affaires.",
        ),
        (
            "The national authorities shall ensure statistical confidentiality.",
            "Les autorités nationales veillent au respect du secret statistique.",
        ),
        (
            "The data shall not be disclosed where an obligation of secrecy applies.",
            "Les données ne sont pas divulguées lorsqu'une obligation de confidentialité s'applique.",
        ),
    ],
)
def test_confidentiality_named_by_secret_is_not_a_missing_term(en: str, fr: str) -> None:
    assert "term_mismatch" not in blocking(en, fr)


def test_confidentiality_left_out_is_still_a_warning() -> None:
    en = "The national authorities shall ensure statistical confidentiality."
    fr = "Les autorités nationales veillent au respect des règles statistiques."
    assert "term_mismatch" in blocking(en, fr)


# --- a heading word both languages spell alike ----------------------------------------------------------


@pytest.mark.parametrize("heading", ["JUSTICE", "Police", "Agriculture", "CULTURE"])
def test_a_heading_word_spelled_alike_in_both_languages_is_translated(heading: str) -> None:
    assert "untranslated" not in blocking(heading, heading, ClauseKind.HEADING)


def test_a_heading_left_in_english_is_still_untranslated() -> None:
    assert "untranslated" in blocking(
        "JUSTICE AND HOME AFFAIRS", "JUSTICE AND HOME AFFAIRS", ClauseKind.HEADING
    )
