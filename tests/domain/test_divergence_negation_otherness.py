"""French words of otherness that say an English negation: « ailleurs que dans », « étrangers à », « c'est un autre …
qui », « … sont autres que ».  French denies that a thing is a given one by naming it as another; the word of otherness
answers the English negation, and a dropped or added negation beside it still fires."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import changed, negations

FAITHFUL = [
    (
        "A doorstep sale is a sale concluded in a place which is not the seller's shop, such as a market stall.",
        "Une vente à domicile est une vente conclue ailleurs que dans le magasin du vendeur, par exemple sur un marché.",
    ),
    (
        "A light licence is granted to lenders which are not connected to the management of savings accounts.",
        "Une licence allégée est accordée aux prêteurs étrangers à la gestion des comptes d'épargne.",
    ),
    (
        "(f) the inspection file of the last season, if the inspector did not inspect that vineyard last season;",
        "f) le dossier d'inspection de la dernière saison, si c'est un autre inspecteur qui a inspecté ce vignoble la "
        "dernière saison;",
    ),
    (
        "(b) none of the boats delivered by the yard under the terms of Article 12 is a racing boat.",
        "b) les bateaux livrés par le chantier dans les conditions de l'article 12 sont autres que des bateaux de course.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), FAITHFUL)
def test_a_word_of_otherness_answers_the_english_negation(en: str, fr: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(
    ("pair", "change"),
    [
        # an English negation added beside the word of otherness, which answers one only
        (
            FAITHFUL[1],
            ("en", "A light licence is granted", "A light licence is not granted"),
        ),
        # a French negation dropped where another clause of otherness stands
        (
            (
                "The fee is not payable by a seller who trades in a place which is not his own shop.",
                "La redevance n'est pas due par le vendeur qui exerce ailleurs que dans son propre magasin.",
            ),
            ("fr", "n'est pas due", "est due"),
        ),
        # « étranger a », the adjective and the verb « avoir »: no « étranger à », and no otherness
        (
            (
                "A foreign national has the right to appeal against the decision.",
                "Un ressortissant étranger a le droit de former un recours contre la décision.",
            ),
            ("en", "has the right", "does not have the right"),
        ),
    ],
)
def test_a_negation_beside_the_word_of_otherness_still_fires(
    pair: tuple[str, str], change: tuple[str, str, str]
) -> None:
    assert negations(*pair) == []
    assert negations(*changed(*pair, change)) != []
