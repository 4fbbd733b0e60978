"""« sans X ni Y ni Z » (issue 15, wide corpus of EU acts): each « ni » carries on « sans », however many there are;
English says "without X, Y or Z" with no negation.  A real negation beside them must still be caught.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_SANS_NI = [
    (
        # 32026r1744-r039 (shortened)
        "Other individual units of the same type and model may continue to be placed on the market without any "
        "additional obligations, requirements or the need for additional certification.",
        "Les autres unités individuelles du même type et modèle peuvent continuer à être mises sur le marché sans "
        "obligations ni exigences supplémentaires ni nécessité d'une certification supplémentaire.",
    ),
    (
        # 32018l1972-r260 (shortened)
        "A university gives visitors free access to its Wi-Fi network on campus without receiving any remuneration, "
        "whether through payment from the users or through advertising revenues.",
        "Une université donne aux visiteurs un accès gratuit à son réseau Wi-Fi sur le campus sans percevoir de "
        "rémunération ni de la part des utilisateurs, ni sous la forme de recettes publicitaires.",
    ),
    (
        # 32009l0081-a18-03 (shortened)
        "3.   Without prejudice to either compulsory national technical rules or the technical requirements to be met "
        "by the Member State under international standardisation agreements, the specifications shall be set.",
        "3.   Sans préjudice ni des règles techniques nationales obligatoires ni des exigences techniques auxquelles "
        "l'État membre doit satisfaire en vertu d'accords internationaux de normalisation, les spécifications sont "
        "fixées.",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr"), _SANS_NI, ids=["sans obligations ni", "sans percevoir ni", "sans préjudice ni"]
)
def test_ni_after_sans_carries_it_on(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_a_negation_of_its_own_beside_them_is_caught() -> None:
    en, fr = _SANS_NI[0]
    negated = fr.replace("peuvent continuer", "ne peuvent pas continuer")
    assert negated != fr
    assert negations(en, negated) != []
