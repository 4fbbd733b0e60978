"""A negation of sameness answered by a word of difference (issue 15).

"not the same" and "different" say one thing: French writes « n'exercent pas les mêmes activités », « n'a pas les
mêmes effets » where English writes "carry out different activities", "affects them differently", "have distinctive
effects"; and English "do not cover the same risks" where French writes « des risques différents ». The word of
difference answers only a negation of « les mêmes » / "the same" close by, never a negation of another verb.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_SAME = [
    (
        "Although those undertakings carry out different activities, one authorisation procedure applies to them.",
        "Bien que ces entreprises n'exercent pas les mêmes activités, une procédure d'agrément commune s'applique à "
        "elles.",
    ),
    (
        "The reform affects large and small firms differently.",
        "La réforme n'a pas les mêmes effets sur les grandes et sur les petites entreprises.",
    ),
    (
        "Those risks have distinctive effects over the short and the long term.",
        "Ces risques n'ont pas les mêmes effets à court et à long terme.",
    ),
    (
        "The two schemes do not cover the same risks.",
        "Les deux régimes couvrent des risques différents.",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr"), _SAME, ids=["different activities", "differently", "distinctive", "risques différents"]
)
def test_not_the_same_is_answered_by_a_word_of_difference(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_a_word_of_difference_answers_no_other_negation() -> None:
    en = (
        "Although those undertakings carry out different activities, they shall not be required to pay a fee "
        "for the registration."
    )
    fr = (
        "Bien que ces entreprises n'exercent pas les mêmes activités, elles ne sont pas tenues de payer une "
        "redevance pour l'enregistrement."
    )
    assert negations(en, fr) == []
    assert negations(en, fr.replace("elles ne sont pas tenues", "elles sont tenues")) != []
    # the difference said by neither side: the negation of sameness needs its answer
    assert negations(en.replace("different activities", "several activities"), fr) != []


def test_a_word_of_difference_of_the_other_side_renders_its_own_word() -> None:
    # « distincts » renders "separate"; the negation of sameness is said on both sides
    en = "Two separate public bodies shall be deemed not to be the same person."
    fr = "Deux organismes publics distincts ne sont pas réputés constituer la même personne."
    assert negations(en, fr) == []
    assert negations(en, fr.replace("ne sont pas réputés", "sont réputés")) != []
