"""Numbers said inside a name or an idiom on one side (issue 15, wide corpus of EU acts).

Banking acts write "CET1 capital" where French writes out « fonds propres de base de catégorie 1 »: the 1 of the
French is the 1 glued to the English name. « 24 heures sur 24 » says "round the clock": English need not count
the hours. A number changed on the other side is still caught.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys

PAIRS = [
    (
        "Such losses shall be deducted from CET1 items before any other deduction.",
        "Ces pertes sont déduites des éléments de fonds propres de base de catégorie 1 avant toute autre déduction.",
    ),
    (
        "Instant credit transfers shall be available round the clock, on any calendar day.",
        "Les virements instantanés sont disponibles 24 heures sur 24, tous les jours calendaires.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), PAIRS, ids=["code", "round-the-clock"])
def test_a_number_said_by_a_name_or_an_idiom_is_not_missing(en: str, fr: str) -> None:
    assert blocking_keys(en, fr, "number_mismatch") == []


def test_another_number_beside_a_code_is_still_caught() -> None:
    en, fr = PAIRS[0]
    assert blocking_keys(en, fr.replace("catégorie 1", "catégorie 2"), "number_mismatch")


def test_hours_that_are_not_the_idiom_are_still_counted() -> None:
    en = "Instant credit transfers shall be available for 24 hours on any calendar day."
    fr = "Les virements instantanés sont disponibles pendant 12 heures tous les jours calendaires."
    assert blocking_keys(en, fr, "number_mismatch")
