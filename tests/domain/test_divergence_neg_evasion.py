"""A failure to comply said on one side by a negated verb of complying (« ne respecte pas », « ne pas appliquer »,
"does not comply") and on the other by a verb of going round or against the rule ("circumvent", "evade", "act
contrary to", « contourner »): the two say one breach (issue 15: wide corpus of EU acts, readable pairs
32024r1781-a28-07, 32014l0107-r010; practice pair p5-eu-amlr-a33-16).

Word order puts the verb of evasion anywhere in the sentence ("could be easily circumvented" closes its clause where
French opens it, « il serait facile de ne pas les respecter »); such a word answers only a negation of complying, never
one of another verb (with "shall not inform" made "shall inform", a "circumvent" elsewhere in the sentence does not
answer « n'informe pas »).
"""

from __future__ import annotations

from tests.domain.divergence_keys import negations

EN_CONTRARY = (
    "(d) terminate the mandate if the manufacturer acts contrary to its obligations under this Regulation."
)
FR_CONTRARY = (
    "d) à mettre fin au mandat si le fabricant ne respecte pas les obligations qui lui incombent en vertu du présent "
    "règlement."
)
EN_CIRCUMVENTED = (
    "Thresholds should not be generally included in this Directive as they could be easily circumvented by splitting "
    "accounts into different Financial Institutions."
)
FR_CIRCUMVENTED = (
    "De manière générale, aucun seuil ne devrait être intégré à la présente directive étant donné qu'il serait facile "
    "de ne pas les respecter en répartissant les comptes dans différentes institutions financières."
)
EN_EVADE = (
    "(e) there is a suspicion that the customer, or the person acting on behalf of the customer, is attempting to "
    "circumvent or evade targeted financial sanctions."
)
FR_EVADE = (
    "e) il y a des raisons de soupçonner que le client, ou la personne agissant pour son compte, tente de ne pas "
    "appliquer ou de contourner des sanctions financières ciblées."
)


def test_acting_contrary_to_obligations_answers_a_negated_respect() -> None:
    assert negations(EN_CONTRARY, FR_CONTRARY) == []


def test_a_circumvention_answers_a_negated_respect_far_from_it() -> None:
    assert negations(EN_CIRCUMVENTED, FR_CIRCUMVENTED) == []


def test_circumventing_or_evading_answers_a_negated_application() -> None:
    assert negations(EN_EVADE, FR_EVADE) == []


def test_a_negated_respect_dropped_is_still_flagged() -> None:
    # (with the English verb of evasion gone too, nothing says the breach: the French negation needs an answer)
    en = EN_CONTRARY.replace("acts contrary to", "complies with")
    assert negations(en, FR_CONTRARY) != []


def test_a_verb_of_evasion_answers_no_negation_of_another_verb() -> None:
    en = (
        "The institution shall inform the competent authority where a customer attempts to circumvent targeted "
        "financial sanctions."
    )
    fr = (
        "L'établissement n'informe pas l'autorité compétente lorsqu'un client tente de contourner des sanctions "
        "financières ciblées."
    )
    assert negations(en, fr) != []


def test_an_added_negation_beside_a_verb_of_evasion_is_flagged() -> None:
    fr = FR_CONTRARY.replace("d) à mettre fin", "d) à ne pas mettre fin")
    assert negations(EN_CONTRARY, fr) != []
