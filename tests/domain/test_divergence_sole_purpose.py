"""« aux seules fins », « des seuls »: a plural article before « seuls » restricts a thing, as « la seule » does.

Each case is written for this test, after a class of language seen in official EU texts, never one act's wording.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import obligations as keys

_SOLE_PURPOSE = [
    (
        "Representation by a lawyer shall not be mandatory for the sole purpose of lodging a claim.",
        "La représentation par un avocat {}est {}obligatoire aux seules fins de la production d'une créance.",
        "n'",
    ),
    (
        "The definition should not cover models used for the sole purpose of research activities.",
        "La définition {}devrait {}couvrir les modèles utilisés aux seules fins d'activités de recherche.",
        "ne ",
    ),
    (
        "Such reports shall not be published for the sole purpose of the review.",
        "Ces rapports {}sont {}publiés aux seules fins de l'examen.",
        "ne ",
    ),
]


@pytest.mark.parametrize(("en", "fr", "ne"), _SOLE_PURPOSE)
def test_a_sole_purpose_answers_no_negation(en: str, fr: str, ne: str) -> None:
    # « aux seules fins » / "for the sole purpose": the purpose is restricted, not the predicate
    assert keys(en, fr.format(ne, "pas ")) == []
    assert [k for k in keys(en, fr.format("", "")) if k.startswith("obligation_mismatch:negation")]
