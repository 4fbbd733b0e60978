"""A decision that « n'a pas fait droit à ses prétentions » is one that "adversely affected" the party (issue 15).

The appeal provisions of the Union's offices and agencies open the appeal to "any party adversely affected by a
decision", which French says by a negation: « pour autant que la décision n'a pas fait droit à ses prétentions ».
"adversely" answers that negation of « faire droit » only, anywhere in its sentence, and no other.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_ADVERSE = [
    (
        "Any party to the proceedings adversely affected by a decision of the Agency may appeal.",
        "Toute partie à la procédure peut former un recours contre une décision de l'Agence pour autant que "
        "celle-ci n'a pas fait droit à ses prétentions.",
    ),
    (
        "Any party that is adversely affected by a decision taken in that procedure may bring an action.",
        "Toute partie à une procédure ayant conduit à une décision n'ayant pas fait droit à ses prétentions peut "
        "introduire un recours.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _ADVERSE, ids=["n'a pas fait droit", "n'ayant pas fait droit"])
def test_adversely_affected_answers_a_claim_not_upheld(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_adversely_answers_no_other_negation() -> None:
    en = (
        "Any party adversely affected by a decision may appeal, even where the decision has not been notified "
        "to it."
    )
    fr = (
        "Toute partie peut former un recours contre une décision qui n'a pas fait droit à ses prétentions, même si "
        "la décision ne lui a pas été notifiée."
    )
    assert negations(en, fr) == []
    assert negations(en, fr.replace("ne lui a pas été notifiée", "lui a été notifiée")) != []
    # a decision that upheld the claims: the negation of the French has no answer
    assert negations(en.replace("adversely affected", "concerned"), fr) != []
