"""A time limit said by a negated verb and a comparison: "that period shall not end later than two months after",
"the auction shall not start sooner than two working days after" (issue 15, wide corpus of EU acts: 32019l2121,
32014l0024, 32014l0025, 32009l0081).

French says the same limit with « au plus tard » / « au plus tôt » and no negation (« ce délai prend fin au plus
tard deux mois après »), or with a « ne … que » (« ne débute au plus tôt que »).  The negation is the wording of the
limit, as in "no later than": it needs no answer, and it answers a French negation that words the limit too.
A negation of another verb of the sentence is still a negation.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_LIMITS = [
    (
        "The creditors shall be paid within a period fixed by the court. That period shall not end later than three "
        "months after the transfer takes effect.",
        "Les créanciers sont payés dans un délai fixé par la juridiction. Ce délai prend fin au plus tard trois mois "
        "après la prise d'effet du transfert.",
    ),
    (
        "The hearing shall not begin sooner than ten working days after the date on which the parties are summoned.",
        "L'audience débute au plus tôt dix jours ouvrables après la date de convocation des parties.",
    ),
    (
        "The hearing shall not begin sooner than ten working days after the date on which the parties are summoned.",
        "L'audience ne débute au plus tôt que dix jours ouvrables après la date de convocation des parties.",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr"), _LIMITS, ids=["end later than", "begin sooner than", "ne … au plus tôt que"]
)
def test_a_negated_verb_of_a_time_limit_is_no_negation(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_a_negation_of_another_verb_is_still_caught() -> None:
    en = (
        "Where the court has not fixed a period, that period shall not end later than three months after the "
        "transfer takes effect."
    )
    fr = (
        "Lorsque la juridiction a fixé un délai, ce délai prend fin au plus tard trois mois après la prise d'effet "
        "du transfert."
    )
    assert negations(en, fr) != []
    assert negations(en, fr.replace("la juridiction a fixé", "la juridiction n'a pas fixé")) == []
