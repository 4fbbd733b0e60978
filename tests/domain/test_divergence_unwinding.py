"""An English "unwinding" reverses a transaction (« le dénouement »): it denies nothing, and answers no French negation."""

from __future__ import annotations

from tests.domain.divergence_keys import changed, negations, obligations

_UNWINDING_EN = (
    "The participant may claim restitution of the collateral provided in error, as long as this does not lead to the "
    "unwinding of the settled transfer orders."
)
_UNWINDING_FR = (
    "Le participant peut demander la restitution des garanties fournies par erreur, pour autant que cela n'entraîne "
    "pas le dénouement des ordres de transfert réglés."
)


def test_unwinding_is_no_negation_that_answers_a_french_one() -> None:
    assert obligations(_UNWINDING_EN, _UNWINDING_FR) == []
    assert negations(*changed(_UNWINDING_EN, _UNWINDING_FR, ("en", "does not lead", "leads")))
