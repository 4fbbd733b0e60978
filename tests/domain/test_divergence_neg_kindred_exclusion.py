"""A negated verb of excluding and a negated verb of preventing say one thing (issue 15).

"should not exclude the delegation" / « ne devrait pas empêcher la délégation », "shall not automatically preclude the
qualification" / « n'entraîne pas automatiquement l'exclusion de la qualification », "This does not preclude an
applicant from reporting" / « Cela n'exclut pas la possibilité, pour le demandeur, de notifier »: to exclude a thing
is to keep it from happening, as to prevent or to prohibit it is, and the two languages say the one litotes with a
verb of either.  A litotes shuns a bare word of its own verb's meaning (its "not" dropped, « devrait empêcher la
délégation » says the opposite of "should not exclude"), and needs an answer only where the other side says a word of
that meaning: excluding, preventing and prohibiting are one meaning, or a French « ne … pas » dropped before
« empêcher » or « l'exclusion » leaves the English litotes answered by the bare word.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (English, French, the negated words of the side whose negation is dropped, those words without it, that side)
_KINDRED = [
    (
        "The designation of a supervisory authority should not exclude the delegation of tasks to another body "
        "acting under its responsibility.",
        "La désignation d'une autorité de surveillance ne devrait pas empêcher la délégation de tâches à un autre "
        "organisme agissant sous sa responsabilité.",
        "ne devrait pas empêcher",
        "devrait empêcher",
        "fr",
    ),
    (
        "The absence of one of the criteria listed in paragraph 2 shall not automatically preclude the operation "
        "from being treated as a transfer.",
        "L'absence de l'un des critères énumérés au paragraphe 2 n'entraîne pas automatiquement l'exclusion de "
        "l'opération de la qualification de transfert.",
        "n'entraîne pas automatiquement",
        "entraîne automatiquement",
        "fr",
    ),
    (
        "This does not preclude an undertaking from reporting its conduct to other public authorities where the "
        "law so requires.",
        "Cela n'exclut pas la possibilité, pour l'entreprise, de signaler son comportement à d'autres autorités "
        "publiques lorsque la loi l'exige.",
        "does not preclude",
        "precludes",
        "en",
    ),
]
_IDS = ["exclude-empecher", "preclude-exclusion", "preclude-exclut"]


@pytest.mark.parametrize(("en", "fr", "neg", "pos", "side"), _KINDRED, ids=_IDS)
def test_a_negated_exclusion_answers_a_negated_prevention(
    en: str, fr: str, neg: str, pos: str, side: str
) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "neg", "pos", "side"), _KINDRED, ids=_IDS)
def test_a_bare_word_of_preventing_or_excluding_does_not_answer_the_litotes(
    en: str, fr: str, neg: str, pos: str, side: str
) -> None:
    if side == "en":
        en = en.replace(neg, pos)
    else:
        fr = fr.replace(neg, pos)
    assert negations(en, fr) != []
