"""A French predicate of refusal against an English negated verb (issue 15, wide corpus).

"The following shall not be registered" / « Sont refusés à l'enregistrement », "the trade mark applied for shall not
be registered" / « la marque demandée est refusée à l'enregistrement »: French says the negation by a participle of
refusing as the predicate of its clause, which answers the English "not".  With that "not" dropped ("shall be
registered"), English says the contrary, and nothing was reported: the sentence had no negation left on either side,
and a negative word that no negation faces was asked for no answer (32009R0207 Articles 7 and 8, 32015R2424 and
32017R1001 Article 8 in the wide corpus).  In a sentence with no negation, such a predicate needs an English negative
word at its place, not one that answers its like (« indépendamment » / "irrespective").  Not « rejeté » ("released"
as much as "rejected"), nor « exclus » (which English says by many a word of its own), nor « ne sont pas refusés ».
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_PAIRS = [
    (
        "1.   The following signs shall not be registered:",
        "1.   Sont refusés à l'enregistrement les signes suivants:",
    ),
    (
        "3.   Upon opposition by the proprietor of the earlier design, a design shall not be registered where it is "
        "identical with the earlier design.",
        "3.   Sur opposition du titulaire du dessin antérieur, un dessin est refusé à l'enregistrement lorsqu'il est "
        "identique au dessin antérieur.",
    ),
    (
        "2.   Where the earlier mark has a reputation in the Union, the mark applied for shall not be registered where "
        "it is identical with, or similar to, the earlier mark, irrespective of whether the goods are identical.",
        "2.   Lorsque la marque antérieure jouit d'une renommée dans l'Union, la marque demandée est refusée à "
        "l'enregistrement si elle est identique ou similaire à la marque antérieure, indépendamment du fait que les "
        "produits soient identiques.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _PAIRS)
def test_refusal_answers_the_negation(en: str, fr: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr"), _PAIRS)
def test_negation_dropped_against_a_refusal(en: str, fr: str) -> None:
    assert negations(en.replace(" not ", " ", 1), fr) != []


def test_refusal_said_by_a_word_of_refusal() -> None:
    en = "The application shall be refused where the fee has not been paid."
    assert negations(en, "La demande est refusée lorsque la taxe n'a pas été acquittée.") == []
    en = "The request shall be rejected."
    assert negations(en, "La demande est refusée.") == []


def test_litotes_and_release() -> None:
    en = "Such applications shall not be refused."
    assert negations(en, "De telles demandes ne sont pas refusées.") == []
    en = "The stored carbon shall be released."
    assert negations(en, "Le carbone stocké est rejeté.") == []


def test_refusal_not_as_predicate() -> None:
    en = "The Office shall publish the reasons for the decision."
    fr = "L'Office publie les motifs de la décision de refus."
    assert negations(en, fr) == []
