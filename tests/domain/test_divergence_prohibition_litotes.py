"""A prohibition said by its word against the litotes of that word: "shall be prohibited" / « ne peuvent être
interdits » (issue 15: wide corpus of EU acts, 32009l0072, 32009l0073, 32024r1183).

« ne peuvent être interdits » denies a prohibition ("shall not be prohibited"); "shall be prohibited" is a prohibition
said by its word alone, which the engine counts as a negation.  The two are opposites, yet the English prohibition
answered the French negation, so a dropped "not" ("shall be prohibited") passed silent.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_PAIRS = [
    (
        "(a) contracts for the supply of electricity with an eligible customer in the system of another Member State "
        "shall not be prohibited if the customer is eligible in both systems; and",
        "a) les contrats pour la fourniture d'électricité conclus avec un client éligible du réseau d'un autre État "
        "membre ne peuvent être interdits si le client est éligible dans les deux réseaux; et",
        "obligation_mismatch:negation:ne peuvent",
    ),
    (
        "The use of a pseudonym chosen by the user shall not be prohibited.",
        "L'utilisation d'un pseudonyme choisi par l'utilisateur n'est pas interdite.",
        "obligation_mismatch:negation:n'est pas",
    ),
]
_IDS = ["ne peuvent être interdits", "n'est pas interdite"]


@pytest.mark.parametrize(("en", "fr", "key"), _PAIRS, ids=_IDS)
def test_the_litotes_of_a_prohibition_answers_its_like(en: str, fr: str, key: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "key"), _PAIRS, ids=_IDS)
def test_a_bare_prohibition_does_not_answer_the_litotes(en: str, fr: str, key: str) -> None:
    dropped = en.replace("shall not be prohibited", "shall be prohibited")
    assert negations(dropped, fr) == [key]


def test_a_prohibition_still_answers_a_prohibition() -> None:
    en = "Any discrimination on grounds of nationality shall be prohibited."
    fr = "Toute discrimination exercée en raison de la nationalité est interdite."
    assert negations(en, fr) == []


def test_two_litotes_of_a_prohibition_answer_each_other() -> None:
    en = "Where Member States do not prohibit the use of the term 'advisor', they shall impose the following conditions:"
    fr = "Lorsque les États membres n'interdisent pas l'emploi du terme «conseiller», ils imposent les conditions suivantes:"
    assert negations(en, fr) == []
