"""A French condition said by a word of absence whose English "not" is dropped (issue 15, wide corpus).

French often says "if … not", "where … not" by a word of absence that opens the condition: « À défaut d'accord des
parties, … » for "Where the parties have not agreed, …", « En l'absence de telles règles, … » for "Where such rules
are not available, …".  The word of absence answers the English negation; it is a lexical negative and needed no
answer of its own, so that a dropped English "not" ("Where the parties have agreed") left nothing unanswered.  A
« à défaut de » / « en l'absence de » before its noun says the negation of a condition, and needs an answer: an English
negation, or a word of absence, failure or exception ("in the absence of", "failing", "without", "unless", "where
no", "in default of").
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_ABSENCE = [
    (
        "Where the parties have not agreed on the venue, the hearing shall take place at the seat of the board.",
        "À défaut d'accord des parties sur le lieu, l'audience se tient au siège de la chambre.",
        "have not agreed",
        "have agreed",
    ),
    (
        "Where such rules are not available, the operator shall apply the method laid down in the annex.",
        "En l'absence de telles règles, l'exploitant applique la méthode prévue à l'annexe.",
        "are not available",
        "are available",
    ),
    (
        "(c) goods which have not been approved by the customs office and are to be seized;",
        "c) les marchandises qui, à défaut d'approbation du bureau de douane, sont à saisir;",
        "have not been approved",
        "have been approved",
    ),
    (
        "The lease shall be renewed each year where the tenant does not state otherwise.",
        "Le bail est renouvelé chaque année en l'absence de déclaration contraire du locataire.",
        "does not state",
        "states",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr", "negated", "bare"), _ABSENCE, ids=["agreed", "rules", "approved", "lease"]
)
def test_a_word_of_absence_opening_a_condition_needs_an_answer(
    en: str, fr: str, negated: str, bare: str
) -> None:
    assert negations(en, fr) == []
    assert negations(en.replace(negated, bare), fr) != []


def test_two_conditions_of_absence_need_two_answers() -> None:
    en = (
        "Where such rules are not available, national rules shall apply. Where no national rule exists, the operator "
        "shall use its own method."
    )
    fr = (
        "En l'absence de telles règles, les règles nationales s'appliquent. En l'absence de règle nationale, "
        "l'exploitant utilise sa propre méthode."
    )
    assert negations(en, fr) == []
    assert negations(en.replace("are not available", "are available"), fr) != []


@pytest.mark.parametrize(
    "en",
    [
        "In the absence of an agreement between the parties, the hearing shall take place at the seat of the board.",
        "Failing agreement between the parties, the hearing shall take place at the seat of the board.",
        "Unless the parties agree otherwise, the hearing shall take place at the seat of the board.",
        "Where there is no agreement between the parties, the hearing shall take place at the seat of the board.",
        "In default of agreement between the parties, the hearing shall take place at the seat of the board.",
        "Without an agreement between the parties, the hearing shall take place at the seat of the board.",
        "If the parties lack an agreement, the hearing shall take place at the seat of the board.",
    ],
)
def test_a_word_of_absence_is_answered_by_its_like(en: str) -> None:
    fr = "À défaut d'accord entre les parties, l'audience se tient au siège de la chambre."
    assert negations(en, fr) == []


def test_a_word_of_absence_answered_by_the_contrary_case_or_instead() -> None:
    en = "The measure prevents a liability from arising that would otherwise arise."
    fr = "La mesure empêche la naissance d'une dette qui naîtrait en l'absence de cette mesure."
    assert negations(en, fr) == []
    en = "The notice shall carry the signature of the official or, instead of a signature, the seal of the board."
    fr = "L'avis est revêtu de la signature de l'agent ou, à défaut de signature, du sceau de la chambre."
    assert negations(en, fr) == []
