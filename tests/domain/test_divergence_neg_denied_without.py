"""A negation of being that denies its « sans » / "without", and the phrases of promptness it never denies (issue 15).

« Il ne saurait y avoir de remboursement sans le reçu » / "There can be no refund without the receipt": the negation
and the word it denies say one affirmative (_denies).  A "without" of promptness ("without any delay", « sans plus
tarder »: _PROMPT_PHRASE, the one list of such phrases) says "promptly" and is no such word: the negation before it needs
its own answer.
"""

from __future__ import annotations

from tests.domain.divergence_keys import negations


def test_a_denied_without_answers_its_negation() -> None:
    en = "A refund requires the receipt."
    fr = "Il ne saurait y avoir de remboursement sans le reçu."
    assert negations(en, fr) == []


def test_a_phrase_of_promptness_is_not_denied() -> None:
    en = "There can be no refund without any delay."
    fr = "Un remboursement est effectué sans aucun délai."
    assert negations(en, fr) != []


def test_a_negation_dropped_before_a_phrase_of_promptness_is_caught() -> None:
    en = "There shall be no refund and the fee shall be paid without further delay."
    fr = "Le remboursement a lieu et la redevance est acquittée sans plus tarder."
    assert negations(en, fr) != []
