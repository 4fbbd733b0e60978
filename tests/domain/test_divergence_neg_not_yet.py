""" "not yet" / « avant » (issue 15, wide corpus of EU acts: 32014l0024-r067, 32014l0025-r076, 32014r0651-r057,
32023r1315).

"as long as the auction has not yet started" is « avant le début de l'enchère », "standards adopted but not yet in
force" is « avant l'entrée en vigueur de la norme »: what is before a thing is what has not yet happened.  « avant »
answers a "not yet" anywhere in its sentence, and no other negation (« avant » is mostly a date: "before 1 January").
"""

from __future__ import annotations

from tests.domain.divergence_keys import negations

_EN = (
    "Contracting authorities may exclude a tenderer as long as the evaluation has not yet started, but no tenderer "
    "should be excluded after the evaluation has started."
)
_FR = (
    "Les pouvoirs adjudicateurs peuvent exclure un soumissionnaire avant le début de l'évaluation, mais aucun "
    "soumissionnaire ne devrait être exclu après le début de celle-ci."
)


def test_avant_answers_not_yet() -> None:
    assert negations(_EN, _FR) == []


def test_avant_answers_no_other_negation() -> None:
    en = "The authority shall not publish the decision before the parties have been heard."
    fr = "L'autorité publie la décision avant que les parties aient été entendues."
    assert negations(en, fr) != []


def test_a_dropped_negation_beside_avant_is_caught() -> None:
    en = _EN.replace("no tenderer should be excluded", "a tenderer should not be excluded")
    fr = _FR.replace("aucun soumissionnaire ne devrait être exclu", "un soumissionnaire devrait être exclu")
    assert negations(en, fr) != []
