"""« audit de première partie » (issue 15, wide corpus of EU acts): right after « de », with no article, a French
ordinal before « partie » names a party ("first-party auditing"), not Part 1; « de la première partie » stays a
division.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair


def references(en: str, fr: str) -> list[str]:
    """Return the keys of the cross-reference findings at warning or error on a pair."""
    return [
        f.key
        for f in check_pair(ClausePair(en, fr))
        if f.severity is not Severity.INFO and f.check == "cross_reference_mismatch"
    ]


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # 32022r2448-a2-19
            "— ‘second party auditing’ means an audit of a supplier by the economic operator operating the first "
            "gathering point;",
            "— «audit de deuxième partie», l’audit d’un fournisseur par l’opérateur économique gérant le premier point "
            "de collecte,",
        ),
        (
            # 32022r2448-a7-04 (shortened)
            "(c) arrange for independent third-party auditing, except for the harvesting criteria, for which a "
            "first-party or second-party auditing may be provided for up to the first gathering point;",
            "c) organisent un audit par des tiers indépendants, sauf pour les critères de récolte, pour lesquels un "
            "audit de première partie ou de deuxième partie peut être prévu jusqu’au premier point de collecte;",
        ),
    ],
    ids=["de deuxième partie", "de première partie ou de deuxième partie"],
)
def test_an_ordinal_party_is_no_division(en: str, fr: str) -> None:
    assert references(en, fr) == []


def test_an_ordinal_part_is_still_a_division() -> None:
    en = "The information shall be set out in accordance with Part 2 of Annex II."
    fr = "Les informations sont présentées conformément à la deuxième partie de l’annexe II."
    assert references(en, fr) == []
    assert references(en.replace("Part 2", "Part 3"), fr) != []
