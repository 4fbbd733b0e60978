"""Profits "retained" are profits « non distribués »: a French negation that English says by a verb of keeping (issue 15).

"if the profits of the financial year were to be retained" / « si les bénéfices de l'exercice n'étaient pas
distribués », "retained earnings" / « bénéfices non distribués »: English names what the undertaking keeps, French
what it does not pay out.  The French negation of « distribuer » is the negation of an end (the profits go on being
held), which the English "retain" says as "remaining" says « n'ont pas été utilisées »; it answers that negation, and
only that one: a "retain" does not answer a negation of another verb, and an English negation dropped beside it is
still reported.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (English, French) of one faithful pair each: the French negation of « distribuer » for the English "retain".
_RETAINED = [
    (
        "(b) the tax which would be due on the profits of the financial year if those profits were to be retained "
        "by the cooperative instead of being paid to its members;",
        "b) l'impôt qui serait dû sur les bénéfices de l'exercice si ces bénéfices n'étaient pas distribués aux "
        "membres de la coopérative;",
    ),
    (
        "The fund may invest only the income it has retained during the previous three years in the assets listed "
        "in Annex II.",
        "Le fonds ne peut investir dans les actifs énumérés à l'annexe II que les revenus qu'il n'a pas distribués "
        "au cours des trois années précédentes.",
    ),
    (
        "Where the surplus of the year is retained, the association shall enter it in its reserves before 30 June.",
        "Lorsque l'excédent de l'exercice n'est pas distribué, l'association l'inscrit dans ses réserves avant le 30 "
        "juin.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _RETAINED, ids=["were to be retained", "has retained", "is retained"])
def test_retained_answers_a_french_negation_of_distributing(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_retained_answers_no_negation_of_another_verb() -> None:
    # (the French negation bears on « publier », not on paying profits out: "retained" says nothing of it)
    en = "The profits retained by the cooperative shall be published in its annual report."
    fr = "Les bénéfices conservés par la coopérative ne sont pas publiés dans son rapport annuel."
    assert negations(en, fr) != []


def test_dropped_english_negation_beside_retained_is_still_caught() -> None:
    # (with "shall not be deducted" made "shall be deducted", "retained" answers « n'étaient pas distribués » and
    # nothing else: « n'est pas déduit » is left unanswered)
    en = (
        "The tax which would be due if the profits were to be retained shall not be deducted from the amount of "
        "the reserves."
    )
    fr = (
        "L'impôt qui serait dû si les bénéfices n'étaient pas distribués n'est pas déduit du montant des "
        "réserves."
    )
    assert negations(en, fr) == []
    assert negations(en.replace("shall not be deducted", "shall be deducted"), fr) != []


def test_retained_answers_no_negation_of_using() -> None:
    # (« n'est pas utilisé » is the negation of a use, which "remaining" may answer, but not "retained": the interest
    # retained by the sponsor is « l'intérêt retenu », and the English "not" was dropped)
    en = (
        "The same method shall be used throughout the life of the fund, unless the change is used to reduce the "
        "amount of interest retained by the sponsor."
    )
    fr = (
        "La même méthode est utilisée pendant toute la durée de vie du fonds, sauf si le changement n'est pas "
        "utilisé pour réduire le montant de l'intérêt retenu par le promoteur."
    )
    assert negations(en, fr) != []
