"""An English "non-" word and a French « autre(s) que » before a thing render each other (issue 15).

"non-equity securities" / « titres autres que de capital », "non-cash contributions" / « apports autres qu'en
numéraire »: the two name what is other than a thing, a term and no negation of the clause.  Else, with a "not" added
to the English verb, the « autres que » answered it, and the English, which then denies what the French says, went
unreported.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (faithful English, French, the English with a "not" added)
_OTHER = [
    (
        "2.   For non-equity securities, the summary shall include a description of the rights attached to them.",
        "2.   Pour les titres autres que de capital, le résumé comprend une description des droits qui y sont "
        "attachés.",
        "2.   For non-equity securities, the summary shall not include a description of the rights attached to them.",
    ),
    (
        "The statutes shall determine how non-cash contributions are valued.",
        "Les statuts déterminent comment sont évalués les apports autres qu’en numéraire.",
        "The statutes shall not determine how non-cash contributions are valued.",
    ),
]
_IDS = ["non-equity / autres que de capital", "non-cash / autres qu'en numéraire"]


@pytest.mark.parametrize(("en", "fr", "changed"), _OTHER, ids=_IDS)
def test_a_faithful_pair_with_a_thing_other_than_another_is_silent(en: str, fr: str, changed: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "changed"), _OTHER, ids=_IDS)
def test_autres_que_before_a_thing_answers_no_negation(en: str, fr: str, changed: str) -> None:
    assert negations(changed, fr) != []


def test_autres_que_before_a_clause_is_not_a_thing() -> None:
    # « les mesures … ou autres qu'elle a notifiées » / "the measures or other measures it has notified": a relative
    # clause, no "other than"; an English "non-" word beside it is not its translation.
    en = "The authority may take the non-binding measures or other measures that it has notified."
    fr = "L’autorité peut prendre les mesures non contraignantes ou autres qu’elle a notifiées."
    assert negations(en, fr) == []
