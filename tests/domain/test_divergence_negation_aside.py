"""A French negation whose particle follows an aside between commas: « n'entraîne, pour l'établissement ou la
personne, aucune responsabilité » (issue 15: wide corpus of EU acts, 10 readable pairs in 9 acts, among them
32005l0060, 32009l0081, 32018r1139, 32023l2225).

The « ne » stands before the aside and « aucune » or « pas » after it, too far apart for the negation's own pattern;
the « ne » was read as an expletive, a negative word that answers any negation of the English, and it answered the
English "not" of another clause whose French « ne … pas » had been dropped.
"""

from __future__ import annotations

from mou_review.domain import deontic
from mou_review.domain.textnorm import fold
from mou_review.domain.types import Lang
from tests.domain.divergence_keys import negations

EN = (
    "The disclosure in good faith of the information shall not constitute a breach of any restriction on disclosure "
    "and shall not involve the institution or person or its directors in liability of any kind."
)
FR = (
    "La divulgation de bonne foi des informations ne constitue pas une violation d'une restriction à la divulgation "
    "et n'entraîne, pour l'établissement ou la personne, ou pour ses dirigeants, aucune responsabilité d'aucune "
    "sorte."
)


def test_the_faithful_pair_is_silent() -> None:
    assert negations(EN, FR) == []


def test_a_french_negation_dropped_beside_the_aside_is_flagged() -> None:
    assert negations(EN, FR.replace("ne constitue pas", "constitue")) == [
        "obligation_mismatch:negation:shall not"
    ]


def test_an_english_negation_dropped_beside_the_aside_is_flagged() -> None:
    dropped = EN.replace("shall not constitute", "shall constitute")
    assert negations(dropped, FR) == ["obligation_mismatch:negation:ne constitue pas"]


def test_the_ne_before_an_aside_is_part_of_the_negation() -> None:
    text = "Les États membres veillent à ce qu'il n'y ait, entre les entreprises concernées, aucune discrimination."
    profile = deontic.profile(fold(text), Lang.FR, text)
    assert [text[a:b] for a, b in profile.negation] == ["n'y ait, entre les entreprises concernées, aucune"]
    assert all(group != "expletive" for _a, _b, group in profile.weak)


def test_a_comma_after_an_expletive_ne_reaches_no_particle_of_another_clause() -> None:
    text = "afin d'éviter que le marché ne soit perturbé, les autorités n'imposent aucune obligation."
    profile = deontic.profile(fold(text), Lang.FR, text)
    assert "ne soit perturbé, les autorités n'imposent aucune" not in [text[a:b] for a, b in profile.negation]
