"""A French connective of the main clause answers no English connective of the condition (issue 15).

A French condition clause opened by « si », « lorsque » or « dans la mesure où » ends at the comma after its finite
verb; the main clause follows, and a connective in it joins the main clause's words (« dans la mesure où l'équité
l'exige, la division d'opposition ou la division d'annulation … décide »).  Read within reach of the condition word,
such a « ou » was compared with the "and" of the English condition and flagged as "and" made "or".
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return [
        f.key
        for f in check_pair(ClausePair(en, fr))
        if f.severity is not Severity.INFO and f.key.startswith("obligation_mismatch:connective")
    ]


# 32009r0207 art. 85(2) and 32017r1001 art. 109(5) say this sentence; 32023r1114 art. 36.
_MAIN_CLAUSE = [
    (
        "2.   However, where each party succeeds on some and fails on other heads, or if reasons of equity so "
        "dictate, the Opposition Division, Cancellation Division or Board of Appeal shall decide a different "
        "apportionment of costs.",
        "2.   Toutefois, dans la mesure où les parties succombent respectivement sur un ou plusieurs chefs ou dans "
        "la mesure où l'équité l'exige, la division d'opposition ou la division d'annulation ou la chambre de "
        "recours décide d'une répartition différente des frais.",
    ),
    (
        "When using mark-to-market valuation the reserve asset shall be valued at the more prudent side of the bid "
        "and offer unless the reserve asset can be closed out at mid-market. Only market data of good quality shall "
        "be used, and such data shall be assessed based on all of the following factors:",
        "Lorsque la valorisation au prix du marché est utilisée, l’actif de réserve est valorisé sur la base du plus "
        "prudent cours vendeur ou cours acheteur à moins que l’actif de réserve ne puisse être liquidé au cours moyen "
        "du marché. Seules des données de marché de bonne qualité sont utilisées et ces données sont appréciées en "
        "tenant compte de tous les éléments suivants:",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _MAIN_CLAUSE, ids=["costs", "valuation"])
def test_a_french_or_after_the_condition_closed_is_silent(en: str, fr: str) -> None:
    assert connectives(en, fr) == []


def test_an_or_within_the_french_condition_is_still_compared() -> None:
    en = (
        "Where the holder so requests and the competent authority so agrees, the Opposition Division or the Board "
        "of Appeal shall decide a different apportionment of costs."
    )
    fr = (
        "Lorsque le titulaire le demande ou que l'autorité compétente y consent, la division d'opposition ou la "
        "chambre de recours décide d'une répartition différente des frais."
    )
    assert connectives(en, fr) != []


def test_a_list_of_participles_in_the_condition_is_still_compared() -> None:
    en = "Where the act is adopted, amended and repealed, the Commission shall inform the Member States."
    fr = "Lorsque l'acte est adopté, modifié ou abrogé, la Commission en informe les États membres."
    assert connectives(en, fr) != []
