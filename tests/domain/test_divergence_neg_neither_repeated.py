""" "neither … nor" said once in English for two verbs or attributes, « ne … pas » said again at each in French (issue 15:
wide corpus of EU acts, 32009l0072, 32009l0073, 32013l0043, 32018l1972, 32019l0944, 32023r2831, 32024r0886).

"shall neither seek nor take instructions" / « ne sollicite pas et n'accepte pas d'instructions », "is neither listed
in Annex I nor covered by" / « n'est pas énumérée à l'annexe I ou ne relève pas de »: "nor" carries the negation of
"neither" on to the next member, and French negates that member again after « et » or « ou ».  The "nor" counted for
nothing, so that with the first French negation dropped (« sollicite et n'accepte pas ») the English "neither" took
the second and hid the drop.  The "nor" now answers the French negation opened by « et » or « ou » at its place (as
the next verb of a series said once after "not" does), and "neither" is left to answer the first.

What the rule cannot see: the second French negation dropped (« ne sollicite pas et accepte »): "neither" answers the
first, and "nor" needs no answer, as « ni » needs none.  (Example texts written for these tests.)
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import changed, negations

# (English, French, the first French negation dropped)
NEITHER = [
    (
        "The Agency shall neither seek nor take instructions from any government.",
        "L'Agence ne sollicite pas et n'accepte pas d'instructions d'un gouvernement.",
        ("fr", "ne sollicite pas", "sollicite"),
    ),
    (
        "The operator neither sends nor receives the messages referred to in paragraph 2.",
        "L'opérateur n'envoie pas et ne reçoit pas les messages visés au paragraphe 2.",
        ("fr", "n'envoie pas", "envoie"),
    ),
    (
        "(b) the supply is neither listed in Annex I nor covered by a derogation under Article 5;",
        "b) la livraison n'est pas énumérée à l'annexe I ou ne relève pas d'une dérogation prévue à l'article 5;",
        ("fr", "n'est pas énumérée", "est énumérée"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "drop"), NEITHER)
def test_neither_nor_against_two_french_negations_is_silent(
    en: str, fr: str, drop: tuple[str, str, str]
) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "drop"), NEITHER)
def test_the_first_french_negation_dropped_is_caught(en: str, fr: str, drop: tuple[str, str, str]) -> None:
    assert negations(*changed(en, fr, drop)) != []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # French says the series in « ni … ni » too.
        (
            "The Agency shall neither seek nor take instructions from any government.",
            "L'Agence ne sollicite ni n'accepte d'instructions d'aucun gouvernement.",
        ),
        # Two subjects: French says « ni … ni » before its one « ne ».
        (
            "Neither the Member States nor the Commission shall disclose the information.",
            "Ni les États membres ni la Commission ne divulguent les informations.",
        ),
    ],
)
def test_other_renderings_of_neither_nor_are_silent(en: str, fr: str) -> None:
    assert negations(en, fr) == []
