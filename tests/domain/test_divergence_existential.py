""" "there is no less X" (issue 15, wide corpus of EU acts): "no" denies that a thing exists and "less" grades its
adjective (« il n'y a pas d'équivalent moins respectueux de l'environnement »), a negation on both sides; "no less
… than" stays a comparison.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_NO_LESS = [
    (
        # 32023r1315-a1-3017
        "Where the investment consists in a clearly identifiable investment solely aimed at improving energy "
        "efficiency, for which there is no less energy efficient counterfactual investment, the eligible costs shall "
        "be the total investment costs.",
        "Lorsque l’investissement consiste en un investissement clairement identifiable visant exclusivement à "
        "améliorer l’efficacité énergétique, pour lequel il n’y a pas d’investissement contrefactuel moins efficace "
        "sur le plan énergétique, les coûts admissibles sont les coûts d’investissement totaux.",
        ("il n’y a pas d’investissement", "il existe un investissement"),
    ),
    (
        # after 32022r1925-r050
        "Those measures may be imposed only where they are strictly necessary and where there are no less "
        "restrictive means of achieving the objective pursued.",
        "Ces mesures ne peuvent être imposées que si elles sont strictement nécessaires et s’il n’existe pas de "
        "moyens moins restrictifs d’atteindre l’objectif poursuivi.",
        ("s’il n’existe pas de moyens", "s’il existe des moyens"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "dropped"), _NO_LESS, ids=["there is no less", "there are no less"])
def test_there_is_no_less_is_a_negation(en: str, fr: str, dropped: tuple[str, str]) -> None:
    assert negations(en, fr) == []
    said, plain = dropped
    assert said in fr
    assert negations(en, fr.replace(said, plain)) != []


def test_no_less_than_is_still_a_comparison() -> None:
    en = (
        "The Party concerned shall grant treatment no less favourable than that granted to its own nationals."
    )
    fr = "La Partie concernée accorde un traitement au moins aussi favorable que celui accordé à ses propres ressortissants."
    assert negations(en, fr) == []
