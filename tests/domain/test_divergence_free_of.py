"""An English word in "-free" and the French « sans » before the same thing render each other (issue 15).

"the risk-free interest rate" / « le taux d'intérêt sans risque », "an error-free record" / « un relevé sans erreur »: the
English compound says the « sans » of the French, which negates no clause.  Else, with a "not" added to the English
verb, the « sans » answered it, and the English, which then denies what the French says, went unreported.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (faithful English, French, the English with a "not" added)
_FREE = [
    (
        "3.   Each institution shall compute the risk-free rate of each currency once a month.",
        "3.   Chaque établissement calcule une fois par mois le taux sans risque de chaque monnaie.",
        "3.   Each institution shall not compute the risk-free rate of each currency once a month.",
    ),
    (
        "The keeper of the register shall deliver an error-free copy of each entry to the holder on request.",
        "Le teneur du registre remet sur demande au titulaire une copie sans erreur de chaque inscription.",
        "The keeper of the register shall not deliver an error-free copy of each entry to the holder on request.",
    ),
]
_IDS = ["risk-free / sans risque", "error-free / sans erreur"]


@pytest.mark.parametrize(("en", "fr", "changed"), _FREE, ids=_IDS)
def test_a_faithful_pair_with_a_free_of_compound_is_silent(en: str, fr: str, changed: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "changed"), _FREE, ids=_IDS)
def test_the_sans_of_a_free_of_compound_answers_no_negation(en: str, fr: str, changed: str) -> None:
    assert negations(changed, fr) != []


def test_a_sans_before_another_thing_still_answers() -> None:
    # "shall not be charged" / « sans frais »: the « sans » before another thing than the English compound's says the
    # negation of the English verb.
    en = "Copies made on risk-free media shall not be charged to the applicant."
    fr = "Les copies sur support sans risque sont remises au demandeur sans frais."
    assert negations(en, fr) == []
