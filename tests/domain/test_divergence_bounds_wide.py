"""Bounds the wide corpus of EU acts words differently in English and French (issue 15).

French negates « pouvoir » by « ne » alone (« ne peut être inférieur à »), and that negation turns the bound after the
verb it governs as « ne … pas » would: « ne peut durer moins de deux mois » is "shall last at least two months", as
« ne peuvent exercer plus de deux mandats » is "may hold at most two terms".

« ou plus » after a comparative says a second comparative (« plus bref ou plus long que six mois », "shorter or longer
than six months"), no "or more".
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys, obligations


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


# « plus longtemps que » is the French comparative of a duration, a minimum as "longer than" is in English; negated
# (« ne sont pas conservées plus longtemps que nécessaire », the negation the wording of the bound) it is a maximum, as
# "no longer than" is.  With the negation dropped, only the bound shows that the French no longer limits the duration.
_NO_LONGER_THAN_NECESSARY = [
    (
        "Personal data collected under this Regulation shall be kept for no longer than is necessary for the purposes "
        "of supervision.",
        "Les données à caractère personnel recueillies en vertu du présent règlement ne sont pas conservées plus "
        "longtemps que nécessaire aux fins de la surveillance.",
        ("ne sont pas conservées", "sont conservées"),
    ),
    (
        "The suspension of the authorisation shall not last longer than the inquiry into the breach.",
        "La suspension de l'agrément ne dure pas plus longtemps que l'enquête sur l'infraction.",
        ("ne dure pas", "dure"),
    ),
]


@pytest.mark.parametrize(
    ("en", "fr", "drop"), _NO_LONGER_THAN_NECESSARY, ids=["kept no longer than necessary", "not last longer"]
)
def test_plus_longtemps_que_is_a_bound_of_duration(en: str, fr: str, drop: tuple[str, str]) -> None:
    assert obligations(en, fr) == []
    assert bounds(en, fr.replace(*drop)) != []


def test_a_far_negation_before_plus_longtemps_que_still_needs_its_answer() -> None:
    en = "Member States should not retain the records of those exchanges for longer than necessary."
    fr = "Les États membres ne devraient pas conserver les relevés de ces échanges plus longtemps que nécessaire."
    assert obligations(en, fr) == []
    assert obligations(en, fr.replace("ne devraient pas conserver", "devraient conserver")) != []
