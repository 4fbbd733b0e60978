"""« sous » without its comma (issue 15, wide corpus of EU acts).

Older acts cite a point of a paragraph as « l'article 54, paragraphe 3, sous g) », and the comma before « sous »
is sometimes left out: « paragraphe 3 sous g) », « point 14) sous b) ». The point is still part of the citation.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys

PAIRS = [
    (
        "Council Directive 78/660/EEC of 25 July 1978 based on Article 54(3)(g) of the Treaty on annual accounts",
        "la directive 78/660/CEE du Conseil du 25 juillet 1978 fondée sur l’article 54, paragraphe 3 sous g) du "
        "traité et concernant les comptes annuels",
    ),
    (
        "the activities referred to in point (b) of point (14) of Article 2(1).",
        "les activités visées à l’article 2, paragraphe 1, point 14) sous b).",
    ),
]


@pytest.mark.parametrize(("en", "fr"), PAIRS, ids=["paragraph", "point"])
def test_sous_without_its_comma_goes_on_with_the_citation(en: str, fr: str) -> None:
    assert blocking_keys(en, fr, "cross_reference_mismatch") == []


@pytest.mark.parametrize(("en", "fr"), PAIRS, ids=["paragraph", "point"])
def test_another_point_is_still_caught(en: str, fr: str) -> None:
    changed = fr.replace("sous g)", "sous h)").replace("sous b)", "sous c)")
    assert blocking_keys(en, changed, "cross_reference_mismatch")
