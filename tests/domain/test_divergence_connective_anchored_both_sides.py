"""Of two English "or" anchored to one French « et » in a long sentence, the one that joins its very words (issue 15).

In a sentence of many connectives an English "or" is compared with a French « et » anchored to it by the words the two
join or by their place.  Each French connective answers one English connective: where two "or" are so anchored to one
« et », the one that joins the very words the « et » joins on both sides ("Articles 9 or 11" / « articles 9 et 11 ») is
its answer, before one anchored only by its place and one side ("Article 7 or when"); the check was silent instead.
"""

from __future__ import annotations

from tests.domain.divergence_keys import connectives

_ANCHORED_EN = (
    "When reviewing the plans and budgets referred to in points (a) and (b) of Article 7 or when carrying out the checks "
    "referred to in Articles 9 {conn} 11, the auditor may use sampling methods and rely on internal or external experts."
)
_ANCHORED_FR = (
    "Lorsqu'il examine les plans et les budgets visés à l'article 7, points a) et b), ou lorsqu'il procède aux contrôles "
    "visés aux articles 9 {conn} 11, l'auditeur peut utiliser des méthodes d'échantillonnage propres à l'entité contrôlée "
    "et s'appuyer sur les constatations d'experts internes ou externes qu'il désigne à cet effet."
)


def test_or_joining_the_words_of_an_et_is_its_answer_before_one_at_its_place() -> None:
    assert connectives(_ANCHORED_EN.format(conn="or"), _ANCHORED_FR.format(conn="et")) == [
        "obligation_mismatch:connective:or|et"
    ]


def test_the_same_connective_in_the_long_sentence_is_silent() -> None:
    assert connectives(_ANCHORED_EN.format(conn="and"), _ANCHORED_FR.format(conn="et")) == []
    assert connectives(_ANCHORED_EN.format(conn="or"), _ANCHORED_FR.format(conn="ou")) == []
