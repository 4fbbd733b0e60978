"""A glossary term whose common noun, written in lower case, has a rendering of its own.

EU acts ask for "the terms of reference of the management body", "its terms of reference" or "the terms of
reference of the committee": the remit of a body, which French says « le mandat de l'organe de direction », « son
mandat », « le mandat du comité » (2018/625, 2018/1637, 2022/2580, 2025/413, 2025/1125).  Written in lower case
there, the English is that common noun, and « mandat » renders it: a note, not a warning.  The capitalised
"Terms of Reference" is the instrument's own document, whose name is « termes de référence » and never
« mandat »: it still warns, as does a lower-case use that the French leaves without either rendering.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair
from mou_review.domain.glossary import default_glossary
from mou_review.domain.types import Lang


def term_severities(en: str, fr: str) -> list[Severity]:
    """Return the severities of the term findings on a pair."""
    return [f.severity for f in check_pair(ClausePair(en, fr)) if f.check == "term_mismatch"]


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "(c) the terms of reference of the audit committee, and the frequency of its meetings;",
            "c) le mandat du comité d'audit, ainsi que la fréquence de ses réunions;",
        ),
        (
            "The board shall adopt its terms of reference and publish them.",
            "Le conseil adopte son mandat et le publie.",
        ),
        (
            "a copy of the terms of reference of each committee set up by the management body",
            "une copie des mandats de chaque comité créé par l'organe de direction",
        ),
    ],
)
def test_lower_case_terms_of_reference_rendered_as_mandat_is_a_note(en: str, fr: str) -> None:
    assert term_severities(en, fr) == [Severity.INFO]


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # The instrument's own document, capitalised: « termes de référence », never « mandat ».
        ("The Terms of Reference are set out in Annex 2.", "Le mandat figure à l'annexe 2."),
        (
            "The Working Group shall adopt its Terms of Reference at its first meeting.",
            "Le Groupe de travail adopte son mandat lors de sa première réunion.",
        ),
        # The document named once in capitals: the lower-case use beside it does not make « mandat » its name.
        (
            "The Terms of Reference set the terms of reference of each subgroup.",
            "Le mandat fixe les attributions de chaque sous-groupe.",
        ),
        # In capitals, as a heading: the document's name.
        ("TERMS OF REFERENCE", "MANDAT"),
        # The lower-case noun with neither rendering on the French side.
        (
            "The board shall adopt its terms of reference and publish them.",
            "Le conseil adopte son règlement et le publie.",
        ),
    ],
)
def test_capitalised_terms_of_reference_still_warn_against_mandat(en: str, fr: str) -> None:
    assert Severity.WARNING in term_severities(en, fr)


def test_the_common_noun_rendering_is_accepted_only_for_the_lower_case_use() -> None:
    g = default_glossary()
    ci = g.concept_of("Terms of Reference", Lang.EN)
    assert ci is not None
    assert "mandat" in g.accepted(ci, Lang.FR, said=["terms of reference"])
    assert "mandat" not in g.accepted(ci, Lang.FR, said=["Terms of Reference"])
    assert "mandat" not in g.accepted(ci, Lang.FR, said=["terms of reference", "Terms of Reference"])
    assert "mandat" not in g.accepted(ci, Lang.FR)
