"""A participle negated by "not" is not rendered by a French negative word that answers an English one of its meaning.

"without prejudice to the rules on services not covered by this Regulation" / « sans préjudice des règles relatives
aux services qui ne relèvent pas du présent règlement »: the « sans » says the English "without", far from the
participle; where the French « ne … pas » of the relative clause is dropped (« qui relèvent du présent règlement »),
only the English participle shows the negation, and the « sans » is taken by its like.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import changed, negations

# (English, French, the drop of the French negation of the relative clause)
_PAIRS = [
    (
        "This Regulation shall be without prejudice to the national rules on the supply of services not covered by "
        "this Regulation.",
        "Le présent règlement est sans préjudice des règles nationales relatives à la fourniture des services qui ne "
        "relèvent pas du présent règlement.",
        ("fr", "qui ne relèvent pas", "qui relèvent"),
    ),
    (
        "Where only some provisions of this Directive apply to a type of contract, Member States may lay down rules "
        "for the other aspects not harmonised by this Directive.",
        "Lorsque seules certaines dispositions de la présente directive s'appliquent à un type de contrat, les États "
        "membres peuvent fixer des règles pour les autres aspects qui ne sont pas harmonisés par la présente directive.",
        ("fr", "qui ne sont pas harmonisés", "qui sont harmonisés"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "drop"), _PAIRS, ids=["without-prejudice", "only-some"])
def test_the_faithful_pair_is_silent(en: str, fr: str, drop: tuple[str, str, str]) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "drop"), _PAIRS, ids=["without-prejudice", "only-some"])
def test_a_dropped_french_negation_of_the_participle_is_flagged(
    en: str, fr: str, drop: tuple[str, str, str]
) -> None:
    assert negations(*changed(en, fr, drop)) != []
