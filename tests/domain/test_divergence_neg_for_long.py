"""A perfect denied for a length of time is a time below that length (issue 15: wide corpus of EU acts, 32015r0488;
practice set, IFR).

"Where a firm has not completed business for one year" / « Lorsqu'une entreprise exerce son activité depuis moins d'un
an », "Where an investment firm has not been in business for one year" / « … exerce ses activités depuis moins d'un
an »: the English denies the perfect for a length of time, the French states the time below that length.  The English
negation means "below", and « depuis moins de » is a negative word of that group; a negation of another verb, or of a
duration that is no perfect ("shall not be used for two years"), still needs its own answer.
"""

from __future__ import annotations

from tests.domain.divergence_keys import negations


def test_a_perfect_denied_for_a_year_is_less_than_a_year() -> None:
    en = (
        "Where a firm has not completed business for one year from the day it starts trading, it shall use the "
        "projected fixed overheads included in its budget."
    )
    fr = (
        "Lorsqu'une entreprise exerce son activité depuis moins d'un an, elle utilise les frais généraux prévus inclus "
        "dans son budget."
    )
    assert negations(en, fr) == []


def test_a_perfect_denied_in_a_heading() -> None:
    en = "Calculation of projected fixed overheads in the case of a firm that has not completed business for one year"
    fr = "Calcul des frais généraux prévus dans le cas d'une entreprise qui exerce son activité depuis moins d'un an"
    assert negations(en, fr) == []


def test_a_negation_of_another_verb_is_still_caught() -> None:
    en = (
        "Where a firm has been in business for one year, it shall not use the projected fixed overheads included in "
        "its budget."
    )
    fr = (
        "Lorsqu'une entreprise exerce son activité depuis moins d'un an, elle utilise les frais généraux prévus inclus "
        "dans son budget."
    )
    assert negations(en, fr) != []


def test_a_prohibition_for_a_time_is_no_perfect() -> None:
    en = "The data shall not be used for two years after their collection."
    fr = "Les données sont utilisées depuis moins de deux ans après leur collecte."
    assert negations(en, fr) != []
