"""« sans X ni Y » against "without X and with no Y" (issue 15, wide corpus of EU acts).

A « ni » that carries on « sans » says its "without" again.  English says the same series either as "without X or Y"
(no second negative word: the « ni » needs no answer) or with a second negative word of its own, "and without Y",
"and with no Y" (32023l2225-r064, 32023l2673-r034, 32018l1972-a43-05): the « ni » answers that one.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_WITH_NO = [
    (
        "Borrowers should be able to repay the loan early without any fee and with no duty to state their reasons.",
        "Les emprunteurs devraient pouvoir rembourser le prêt par anticipation sans frais ni obligation de motiver "
        "leur décision.",
    ),
    (
        "The authority shall register the notification without delay and without any further formality.",
        "L'autorité enregistre la notification sans délai ni autre formalité.",
    ),
    (
        "The applicant may withdraw the request at any time without cost and with no need to give reasons.",
        "Le demandeur peut retirer sa demande à tout moment sans frais ni nécessité de se justifier.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _WITH_NO, ids=["with no duty", "and without", "with no need"])
def test_ni_after_sans_answers_a_second_negative_word(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_the_ni_needs_no_answer() -> None:
    en = "The applicant may withdraw the request at any time without cost or justification."
    fr = "Le demandeur peut retirer sa demande à tout moment sans frais ni justification."
    assert negations(en, fr) == []


def test_a_negation_of_its_own_is_still_caught() -> None:
    en, fr = _WITH_NO[0]
    # the French drops the negation of another verb: the « ni » of the series does not hide it
    en2 = en.replace("Borrowers should", "Borrowers who have not defaulted should")
    assert en2 != en
    assert negations(en2, fr) != []
    # the English says "with a duty": the « ni » has nothing to answer, and the French is not negated either
    assert negations(en.replace("with no duty", "with a duty"), fr) == []


def test_a_ni_after_a_comma_carries_on_the_verb_and_hides_no_dropped_negation() -> None:
    en = (
        "This Regulation should not apply to transfers carried out without the involvement of an intermediary, "
        "or to cases where both parties act on their own behalf."
    )
    fr = (
        "Le présent règlement ne devrait pas s'appliquer aux transferts effectués sans l'intervention d'un "
        "intermédiaire, ni aux cas où les deux parties agissent pour leur propre compte."
    )
    assert negations(en, fr) == []
    assert negations(en, fr.replace("ne devrait pas s'appliquer", "devrait s'appliquer")) != []
