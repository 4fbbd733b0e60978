"""A list of citations whose space after a comma was lost (issue 15, wide corpus of EU acts).

As published, EU acts sometimes glue two values of a list: "paragraphs 1, 8,9 and 10", « paragraphes 1,2, 4 et 6 ».
Where the list goes on after the glued pair, the comma separates two values; it is no decimal comma.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys, citations

PAIRS = [
    (
        "Member States shall report on the implementation at national level of paragraphs 1, 8,9 and 10.",
        "Les États membres font rapport sur la mise en œuvre au niveau national des paragraphes 1, 8, 9 et 10.",
    ),
    (
        "The derogation shall cover Article 5a, paragraphs 1, 2, 4 and 6, of the Decision.",
        "La dérogation couvre l’article 5 bis, paragraphes 1,2, 4 et 6, de la décision.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), PAIRS, ids=["english", "french"])
def test_two_values_glued_by_a_comma_in_a_list_are_two_citations(en: str, fr: str) -> None:
    assert citations(en, fr) == []


@pytest.mark.parametrize(("en", "fr"), PAIRS, ids=["english", "french"])
def test_a_changed_value_of_the_list_is_still_caught(en: str, fr: str) -> None:
    assert citations(en.replace("and 10", "and 11").replace("and 6", "and 7"), fr)


def test_a_decimal_comma_outside_a_list_is_still_a_number() -> None:
    assert blocking_keys("a rate of 5,5 % of the amount", "un taux de 5 % du montant", "number_mismatch")
