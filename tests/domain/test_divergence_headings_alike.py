"""Headings spelt alike in English and French (issue 15, wide corpus of EU acts).

Article headings of EU acts are often one word both languages write the same way: "Obligations", "Instruments",
"Services", "Personnel", "Office", "Force majeure". The French heading is then the English one, not a heading left
untranslated; an English heading in the French box ("Final Provisions", "Payments") still is one.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair
from mou_review.domain.types import ClauseKind


def untranslated(en: str, fr: str) -> bool:
    pair = ClausePair(en, fr, kind=ClauseKind.HEADING)
    return any(f.check == "untranslated" and f.severity is not Severity.INFO for f in check_pair(pair))


@pytest.mark.parametrize(
    "heading",
    [
        "Obligations",
        "Observations",
        "Licences",
        "Instruments",
        "SERVICES",
        "Personnel",
        "Office",
        "Force majeure",
    ],
)
def test_a_heading_spelt_alike_is_translated(heading: str) -> None:
    assert not untranslated(heading, heading)


@pytest.mark.parametrize(
    "heading", ["Final Provisions", "Payments", "Agreements", "Enforcement", "Definition", "Definitions"]
)
def test_an_english_heading_in_the_french_box_is_still_untranslated(heading: str) -> None:
    assert untranslated(heading, heading)
