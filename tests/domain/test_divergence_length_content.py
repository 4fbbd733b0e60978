"""A French side longer than the English band allows (issue 15, wide corpus of EU acts).

English stacks nouns ("retail minimum lease payments") where French spells the same nouns out with articles and
prepositions (« paiements minimaux au titre de contrats de location avec la clientèle de détail »): in characters
the French runs to twice the English, in content words it does not. Such a clause stays an information; an
English side that lost part of its content (fewer content words than the French by far) is still a warning.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Finding, Severity, check_pair

SPELLED_OUT = [
    (
        "(d) cross-border payment service provider data retention and record-keeping obligations and supervisory "
        "reporting templates;",
        "d) les obligations de conservation des données et de tenue des registres qui incombent aux prestataires de "
        "services de paiement transfrontaliers, ainsi que les modèles de déclaration à l’intention des autorités de "
        "surveillance;",
    ),
    (
        "(f) low-carbon hydrogen facility grid connection cost estimates;",
        "f) les estimations du coût du raccordement au réseau des installations de production d’hydrogène à faible "
        "teneur en carbone;",
    ),
]

CUT_SHORT = [
    (
        "(d) cross-border payment service provider data retention obligations;",
        SPELLED_OUT[0][1],
    ),
    (
        "(f) low-carbon hydrogen grid cost estimates;",
        "f) les estimations du coût du raccordement au réseau des installations de production d’hydrogène à faible "
        "teneur en carbone, ventilées par État membre et par catégorie d’installation, ainsi que le calendrier de "
        "leur mise en service;",
    ),
]


def length(en: str, fr: str) -> list[Finding]:
    return [f for f in check_pair(ClausePair(en, fr)) if f.check == "length_ratio"]


@pytest.mark.parametrize(("en", "fr"), SPELLED_OUT, ids=["payment", "hydrogen"])
def test_a_noun_stack_spelled_out_in_french_is_an_information(en: str, fr: str) -> None:
    found = length(en, fr)
    assert [f.severity for f in found] == [Severity.INFO]


@pytest.mark.parametrize(("en", "fr"), CUT_SHORT, ids=["payment", "hydrogen"])
def test_an_english_side_short_of_content_is_still_a_warning(en: str, fr: str) -> None:
    assert [f.severity for f in length(en, fr)] == [Severity.WARNING]
