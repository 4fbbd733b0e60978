"""« en second lieu » is an adverb of order, not a count (issue 15, wide corpus of EU acts).

"any court other than the court first seised" is « la juridiction saisie en second lieu » (Regulations (EU) No
1215/2012, (EC) No 207/2009, (EU) 2017/1001): French orders the courts by « en premier / second lieu » as English
orders an argument by "firstly, secondly"; the ordinal may match a number of the other text, never required.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys

PAIRS = [
    (
        "1.   Where related actions are pending in the courts of different Member States, any court other than the "
        "court first seised may stay its proceedings.",
        "1.   Lorsque des demandes connexes sont pendantes devant des juridictions d’États membres différents, la "
        "juridiction saisie en second lieu peut surseoir à statuer.",
    ),
    (
        "(b) the court other than the court first seized may stay its proceedings where the trade marks concerned "
        "are identical and valid for similar goods or services.",
        "b) la juridiction saisie en second lieu peut surseoir à statuer lorsque les marques en cause sont "
        "identiques et valables pour des produits ou services similaires.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), PAIRS, ids=["brussels", "trade-marks"])
def test_en_second_lieu_is_no_count(en: str, fr: str) -> None:
    assert blocking_keys(en, fr, "number_mismatch") == []


def test_a_second_court_counted_is_still_caught() -> None:
    en, fr = PAIRS[0]
    assert blocking_keys(
        en, fr.replace("saisie en second lieu", "saisie par deux parties"), "number_mismatch"
    )
