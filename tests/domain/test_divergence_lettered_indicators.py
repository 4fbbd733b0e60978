"""A point of a lettered section cited by its code after the noun of the items (issue 15, wide corpus).

The market abuse acts cite the indicators of Annex I to Regulation (EU) No 596/2014 by code: "Indicators A(a) to
A(g) of Annex I", "Indicators B(a) and (b)", "Indicator A(b)"; French writes « l'annexe I, section A, points a)
à g) ». The code is section A, point (a); another letter is still a different point.
"""

from __future__ import annotations

import pytest

from mou_review.domain.references import find_references
from mou_review.domain.textnorm import fold
from tests.domain.divergence_keys import references

PAIRS = [
    (
        "the practices set out in Indicators A(a) to A(g) of Annex I to Regulation (EU) No 596/2014 are laid down in "
        "Section 1 of Annex II to this Regulation.",
        "les pratiques décrites dans les indicateurs de l'annexe I, section A, points a) à g), du règlement (UE) "
        "no 596/2014 sont établies à l'annexe II, section 1, du présent règlement.",
    ),
    (
        "the practices set out in Indicators B(a) and (b) of Annex I to Regulation (EU) No 596/2014 are laid down in "
        "Section 2 of Annex II to this Regulation.",
        "les pratiques décrites dans les indicateurs de l'annexe I, section B, points a) et b), du règlement (UE) "
        "no 596/2014 sont établies à l'annexe II, section 2, du présent règlement.",
    ),
    (
        "It is necessary to specify that, when applying Indicator A(b) of Annex I to Regulation (EU) No 596/2014, "
        "market participants may also consider Indicators A(b), A(d), and A(e).",
        "Il est nécessaire de préciser que, aux fins de l'indicateur décrit à l'annexe I, section A, point b), du "
        "règlement (UE) no 596/2014, les participants au marché peuvent examiner les points b), d) et e) de la "
        "section A.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), PAIRS, ids=["range", "and-bare", "single-and-list"])
def test_an_indicator_code_cites_the_point_of_its_section(en: str, fr: str) -> None:
    assert references(en, fr) == []


@pytest.mark.parametrize(("en", "fr"), PAIRS, ids=["range", "and-bare", "single-and-list"])
def test_another_point_is_still_caught(en: str, fr: str) -> None:
    changed = en.replace("A(g)", "A(f)").replace("(b) of", "(c) of").replace("A(e)", "A(h)")
    assert references(changed, fr)


def test_the_code_reads_as_section_and_point() -> None:
    text = "Indicators A(a) to A(c) of Annex I"
    atoms = [a for *_, at in find_references(fold(text), text) for a in at]
    assert atoms == [
        ("section", "a"),
        ("sub", "a"),
        ("sub", "b"),
        ("section", "a"),
        ("sub", "c"),
        ("annex", "1"),
    ]


def test_a_lower_case_letter_is_no_code() -> None:
    text = "the indicator a(i) of the table"
    assert find_references(fold(text), text) == []
