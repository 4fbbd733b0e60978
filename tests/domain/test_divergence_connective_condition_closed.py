"""A negation inside a condition that a comma closes does not reach the connective of the main clause after it (issue 15).

"The authority shall adopt a decision where the undertaking does not meet the criteria, and notify the undertaking":
the negation belongs to the "where" clause, which the comma ends; the "and" after it joins the verbs of the main
clause, which the negation does not govern.  Made "or", it says that the authority may do either, where the French
(« lorsque l'entreprise ne remplit pas les critères, et en informe l'entreprise ») says both: a changed condition,
whichever side says the negation.  A connective before a preposition or a determiner joins one more complement to the
negated verb and stays under the negation (« si le même droit n'est pas reconnu à l'acheteur, ainsi que de
permettre »).
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return blocking_keys(en, fr, "obligation_mismatch:connective")


# (name, English with "and", French)
_CLOSED = [
    (
        "negation-on-both-sides",
        "On receipt of the request, the authority shall adopt a reasoned decision where the undertaking does not meet "
        "the criteria, and notify the undertaking of it.",
        "Dès réception de la demande, l'autorité adopte une décision motivée lorsque l'entreprise ne remplit pas les "
        "critères, et en informe l'entreprise.",
    ),
    (
        "negation-in-french-only",
        "The operator shall set up a procedure for complaints, including for cases where it considers a complaint "
        "unfounded, and inform the staff of that procedure.",
        "L'exploitant met en place une procédure de plainte, y compris pour les cas où il estime qu'une plainte n'est "
        "pas fondée, et informe le personnel de cette procédure.",
    ),
]


@pytest.mark.parametrize(("name", "en", "fr"), _CLOSED, ids=[row[0] for row in _CLOSED])
def test_and_made_or_after_a_closed_negated_condition_is_caught(name: str, en: str, fr: str) -> None:
    assert connectives(en.replace(", and ", ", or "), fr)


@pytest.mark.parametrize(("name", "en", "fr"), _CLOSED, ids=[row[0] for row in _CLOSED])
def test_the_faithful_pair_is_quiet(name: str, en: str, fr: str) -> None:
    assert connectives(en, fr) == []


def test_a_complement_after_the_comma_stays_under_the_negation() -> None:
    en = (
        "(d) allowing the seller to end the contract at will where the same right is not given to the buyer, or "
        "allowing the seller to keep the sums paid for goods not yet delivered;"
    )
    fr = (
        "d) d'autoriser le vendeur à résilier le contrat à sa guise si le même droit n'est pas reconnu à l'acheteur, "
        "ainsi que de permettre au vendeur de conserver les sommes versées pour des biens non encore livrés;"
    )
    assert connectives(en, fr) == []


def test_a_negation_of_the_main_clause_still_governs_its_connective() -> None:
    en = "The supplier shall deliver the goods without delay and cost where the buyer has paid the price."
    fr = "Le fournisseur livre les biens sans délai ni frais lorsque l'acheteur a payé le prix."
    assert connectives(en.replace("delay and cost", "delay or cost"), fr) == []
