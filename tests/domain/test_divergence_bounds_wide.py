"""Bounds the wide corpus of EU acts words differently in English and French (issue 15).

French negates « pouvoir » by « ne » alone (« ne peut être inférieur à »), and that negation turns the bound after the
verb it governs as « ne … pas » would: « ne peut durer moins de deux mois » is "shall last at least two months", as
« ne peuvent exercer plus de deux mandats » is "may hold at most two terms".

« ou plus » after a comparative says a second comparative (« plus bref ou plus long que six mois », "shorter or longer
than six months"), no "or more".
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


_TWO_COMPARATIVES = [
    (
        "Trading patterns may be assessed over periods shorter or longer than one week.",
        "Les profils de négociation peuvent être évalués sur des périodes plus brèves ou plus longues qu'une semaine.",
    ),
    (
        "The authority may set a notice period shorter or longer than 30 days.",
        "L'autorité peut fixer un préavis plus court, ou plus long que 30 jours.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _TWO_COMPARATIVES, ids=["plus brèves ou plus longues", "with a comma"])
def test_ou_plus_after_a_comparative_is_no_lower_bound(en: str, fr: str) -> None:
    assert bounds(en, fr) == []


def test_ou_plus_after_a_number_is_still_a_lower_bound() -> None:
    en = "The authority may set a notice period of at most 30 days."
    fr = "L'autorité peut fixer un préavis de 30 jours ou plus."
    assert bounds(en, fr) != []
