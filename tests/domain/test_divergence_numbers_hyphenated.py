"""Compound numerals French joins with hyphens (issue 15, wide corpus of EU acts): « dix-septième » is 17th, not
10 and 7th; « deux-tiers » is two thirds, as « deux tiers » is.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import citations


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # 32010l0016-a1-01
            "In Article 2 of Directive 2006/48/EC, the following new indent is inserted after the 17th indent:",
            "À l’article 2 de la directive 2006/48/CE, le tiret suivant est inséré après le dix-septième tiret:",
        ),
        (
            # 32023r2537-preamble05 (shortened)
            "Having regard to Directive 2003/87/EC, and in particular Article 10a(8), nineteenth subparagraph thereof,",
            "vu la directive 2003/87/CE, et notamment son article 10 bis, paragraphe 8, dix-neuvième alinéa,",
        ),
        (
            # 32017r1001-a172-17 (shortened)
            "the Budget Committee shall decide by a two-thirds majority on the transfer to the budget of the Union of "
            "a surplus.",
            "le comité budgétaire décide à la majorité des deux-tiers, de transférer au budget de l'Union un "
            "excédent.",
        ),
    ],
    ids=["dix-septième", "dix-neuvième", "deux-tiers"],
)
def test_a_hyphenated_french_numeral_is_one_number(en: str, fr: str) -> None:
    assert citations(en, fr) == []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "the following new indent is inserted after the 18th indent:",
            "le tiret suivant est inséré après le dix-septième tiret:",
        ),
        (
            "the Budget Committee shall decide by a three-quarters majority.",
            "le comité budgétaire décide à la majorité des deux-tiers.",
        ),
    ],
    ids=["17th for 18th", "two thirds for three quarters"],
)
def test_another_number_still_differs(en: str, fr: str) -> None:
    assert citations(en, fr) != []
