""" "Conflict-affected and high-risk areas" / « zones de conflit ou à haut risque »: one term (issue 15).

The OECD due-diligence guidance names "conflict-affected and high-risk areas", which the Union's acts on batteries
(Regulation (EU) 2023/1542) and on corporate sustainability due diligence (Directive (EU) 2024/1760) take over as
one class of areas, said in French « zones de conflit ou à haut risque ».  Its connective is a binomial's, which says
nothing of whether both or either is meant: a condition on such an area is the same condition in both texts.
"""

from __future__ import annotations

from tests.domain.divergence_keys import blocking_keys


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return blocking_keys(en, fr, "obligation_mismatch:connective")


def test_conflict_affected_and_high_risk_areas_is_one_term() -> None:
    en = (
        "(f) where the raw material originates from a conflict-affected and high-risk area, additional information "
        "shall be provided."
    )
    fr = (
        "f) lorsque les matières premières proviennent d'une zone de conflit ou à haut risque, des informations "
        "complémentaires sont fournies."
    )
    assert connectives(en, fr) == []


def test_another_pair_of_areas_is_still_compared() -> None:
    en = (
        "(f) where the raw material originates from a conflict-affected and drought-stricken area, additional "
        "information shall be provided."
    )
    fr = (
        "f) lorsque les matières premières proviennent d'une zone de conflit ou de sécheresse, des informations "
        "complémentaires sont fournies."
    )
    assert connectives(en, fr) == ["obligation_mismatch:connective:and|ou"]
