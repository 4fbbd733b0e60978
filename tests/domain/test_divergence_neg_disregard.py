"""A word of disregarding ("disregard", "ignore") against « tenir compte », « prendre en compte » said bare in French
(issue 15, wide corpus).

English says by one verb ("shall disregard", "are ignored") what French says by a negation of taking into account
(« ne tiennent pas compte », « n'est pas pris en compte »); with the French « ne … pas » dropped, the French says the
opposite of the English (« tiennent compte », « est pris en compte ») and nothing showed it: the English verb is a
negative word, which needs no answer, and the French was left with no negation at all (readable pairs
32018L1972 recital 197, 32016L1164 Article 6(3), 32024R0857 Article 25).

Not where French negates the taking into account (« ne tient pas compte », « non pris en compte », « sans tenir
compte »), nor where English negates its verb of disregarding ("shall not disregard" / « tient compte »: a litotes,
the same thing), nor where the taking into account stands far from the English verb (another thing taken into
account in another clause).
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_TURNED = [
    (
        "When fixing the reference price, the authority should disregard any temporary fall in demand caused by "
        "extreme weather.",
        "Lorsqu'elle fixe le prix de référence, l'autorité devrait tenir compte de toute baisse temporaire de la "
        "demande due à des conditions météorologiques extrêmes.",
    ),
    (
        "3.   Where a payment or a series of payments is ignored under paragraph 2, the fee shall be set in "
        "accordance with the tariff.",
        "3.   Lorsqu'un paiement ou une série de paiements est pris en compte en vertu du paragraphe 2, la redevance "
        "est fixée conformément au barème.",
    ),
    (
        "Operators shall disregard the effect of seasonal variations and shall round the result to the nearest "
        "tonne.",
        "Les opérateurs prennent en compte l'effet des variations saisonnières et arrondissent le résultat à la "
        "tonne la plus proche.",
    ),
]

_SAME = [
    (
        "When fixing the reference price, the authority should disregard any temporary fall in demand caused by "
        "extreme weather.",
        "Lorsqu'elle fixe le prix de référence, l'autorité ne devrait pas tenir compte des baisses temporaires de la "
        "demande dues à des conditions météorologiques extrêmes.",
    ),
    (
        "3.   Where a payment or a series of payments is ignored under paragraph 2, the fee shall be set in "
        "accordance with the tariff.",
        "3.   Lorsqu'un paiement ou une série de paiements n'est pas pris en compte en vertu du paragraphe 2, la "
        "redevance est fixée conformément au barème.",
    ),
    (
        "Operators shall disregard the effect of seasonal variations and shall round the result to the nearest "
        "tonne.",
        "Les opérateurs arrondissent le résultat à la tonne la plus proche sans tenir compte de l'effet des "
        "variations saisonnières.",
    ),
    (
        "Payments not yet received shall be ignored.",
        "Les paiements non encore reçus sont non pris en compte.",
    ),
    # a litotes: "shall not disregard" is "shall take into account"
    (
        "The authority shall not disregard the opinion of the committee.",
        "L'autorité tient compte de l'avis du comité.",
    ),
    # the taking into account of another thing, far from the verb of disregarding
    (
        "The applicant may disregard minor deviations of the prototype. In assessing the application, the authority "
        "shall take into account the results of previous inspections of the manufacturer and of its suppliers.",
        "Le demandeur peut ne pas considérer les écarts mineurs du prototype. Lors de l'évaluation de la demande, "
        "l'autorité tient compte des résultats des inspections antérieures du fabricant et de ses fournisseurs.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _TURNED)
def test_disregard_against_a_bare_taking_into_account_is_flagged(en: str, fr: str) -> None:
    assert negations(en, fr)


@pytest.mark.parametrize(("en", "fr"), _SAME)
def test_disregard_rendered_by_a_negated_taking_into_account_is_silent(en: str, fr: str) -> None:
    assert negations(en, fr) == []
