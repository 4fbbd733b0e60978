"""« autre(s) … qu'elle emploie » is no "other than" (issue 15).

« autre(s) que » says "other than" when its « que » introduces the thing set apart, a noun phrase (« autres que les
établissements »).  Followed by a subject pronoun and its verb (« d'autres agents qu'elle emploie », « les mesures ou
autres qu'il a proposées »), the « que » is the relative pronoun, object of that verb, and « autres » an adjective or a
pronoun of its own ("other staff that it employs", "the measures or other steps that it proposed"): no negative word,
which must not answer an English negation that the French dropped.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import changed, negations

# (English, French, the drop of a French negation: (side, old, new))
_RELATIVE_AFTER_AUTRES = [
    (
        "The Authority may rely on seconded experts or on other staff not employed by it.",
        "L'Autorité peut faire appel à des experts détachés ou à d'autres agents qu'elle n'emploie pas.",
        ("fr", "qu'elle n'emploie pas", "qu'elle emploie"),
    ),
    (
        "If the authority considers that the measures would not ensure compliance, it may adopt the measures or other "
        "steps that it has proposed.",
        "Si l'autorité estime que les mesures ne permettraient pas d'assurer le respect des règles, elle peut adopter "
        "les mesures ou autres qu'elle a proposées.",
        ("fr", "ne permettraient pas", "permettraient"),
    ),
]


@pytest.mark.parametrize(
    ("en", "fr", "change"), _RELATIVE_AFTER_AUTRES, ids=["qu'elle emploie", "autres qu'elle a proposées"]
)
def test_autres_before_a_relative_clause_answers_no_negation(
    en: str, fr: str, change: tuple[str, str, str]
) -> None:
    assert negations(en, fr) == []
    assert negations(*changed(en, fr, change)) != []


def test_autres_que_before_a_noun_phrase_still_says_other_than() -> None:
    en = "The data shall not be used by the institution for any purpose other than supervision."
    fr = "Les données ne sont utilisées par l'établissement à aucune autre fin que la surveillance."
    assert negations(en, fr) == []
