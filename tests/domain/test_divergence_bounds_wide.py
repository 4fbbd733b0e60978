"""Bounds the wide corpus of EU acts words differently in English and French (issue 15).

French negates « pouvoir » by « ne » alone (« ne peut être inférieur à »), and that negation turns the bound after the
verb it governs as « ne … pas » would: « ne peut durer moins de deux mois » is "shall last at least two months", as
« ne peuvent exercer plus de deux mandats » is "may hold at most two terms".
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys


def bounds(en: str, fr: str) -> list[str]:
    """Return the keys of the bound findings at warning or error on a pair."""
    return blocking_keys(en, fr, "obligation_mismatch:bound")


_BARE_NE_BEFORE_A_VERB = [
    (
        "The hearing of the parties shall last at least ten working days.",
        "L'audition des parties ne peut durer moins de dix jours ouvrables.",
    ),
    (
        "Each review period shall run for at least 6 months from the notification.",
        "Chaque période de réexamen ne peut courir moins de 6 mois à compter de la notification.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _BARE_NE_BEFORE_A_VERB, ids=["ten working days", "6 months"])
def test_bare_ne_of_pouvoir_before_a_verb_turns_moins_de_into_a_minimum(en: str, fr: str) -> None:
    assert bounds(en, fr) == []
    assert bounds(en.replace("at least", "less than"), fr) != []


def test_moins_de_without_the_negation_is_still_a_maximum() -> None:
    en = "The hearing of the parties shall last at least ten working days."
    fr = "L'audition des parties peut durer moins de dix jours ouvrables."
    assert bounds(en, fr) != []
