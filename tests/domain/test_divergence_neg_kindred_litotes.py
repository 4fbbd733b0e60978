"""A negated verb of preventing and a negated prohibition say one thing (issue 15).

"shall not be prevented from communicating" / « il n'est pas interdit de communiquer », "shall not be precluded from"
/ « il n'est pas interdit aux États membres de »: the two languages say the same litotes with two verbs, and the French
passive « n'est pas interdit » is a litotes as « n'interdit pas » is.  A litotes shuns a bare word of its own verb's
meaning ("shall be prevented" says the opposite), and "preventing" and "prohibiting" are one meaning: with the English
"not" dropped, "shall be prevented" answered « n'est pas interdit ».
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_KINDRED = [
    (
        "Likewise, those authorities shall not be prevented from communicating to the competent authorities the "
        "information they need.",
        "De même, il n'est pas interdit à ces autorités de communiquer aux autorités compétentes les informations "
        "dont elles ont besoin.",
        "shall not be prevented",
        "shall be prevented",
    ),
    (
        "Member States shall not be precluded from applying stricter rules to the investment firms they have "
        "authorised.",
        "Il n'est pas interdit aux États membres d'appliquer des règles plus strictes aux entreprises "
        "d'investissement qu'ils ont agréées.",
        "shall not be precluded",
        "shall be precluded",
    ),
]


@pytest.mark.parametrize(("en", "fr", "neg", "pos"), _KINDRED, ids=["prevented", "precluded"])
def test_negated_prevention_answers_a_negated_prohibition(en: str, fr: str, neg: str, pos: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "neg", "pos"), _KINDRED, ids=["prevented", "precluded"])
def test_a_bare_verb_of_preventing_does_not_answer_a_negated_prohibition(
    en: str, fr: str, neg: str, pos: str
) -> None:
    assert negations(en.replace(neg, pos), fr) != []
