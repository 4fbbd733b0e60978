"""How far from « lorsque » a French connective still joins the condition (issue 15, wide corpus of EU acts).

French says a condition in more words than English ("to prevent significant and imminent damage to the financial
system" / « pour empêcher que le système financier ne subisse un dommage important et imminent »), so the connective
that answers the English one stands farther from its condition word.  In a sentence of many connectives the lists are
worded freely ("the total share of renewable energy, waste heat or high-efficiency cogenerated heat" / « la part
totale d'énergie renouvelable, de chaleur fatale et de chaleur issue de la cogénération »), and the French reach is
the English one.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return [
        f.key
        for f in check_pair(ClausePair(en, fr))
        if f.severity is not Severity.INFO and f.key.startswith("obligation_mismatch:connective")
    ]


# (32024r3005, 32024r1321: the English "and" of the official text made "or")
_FAR_IN_FRENCH = [
    (
        "The first subparagraph shall not apply where urgent action pursuant to Article 35 is needed to prevent "
        "significant and imminent damage to the financial system.",
        "Le premier alinéa ne s’applique pas lorsqu’une mesure urgente en vertu de l’article 35 est nécessaire pour "
        "empêcher que le système financier ne subisse un dommage important et imminent.",
    ),
    (
        "1.   The verifier shall use analytical procedures to assess the plausibility and completeness of data where "
        "the inherent risk, the control risk and the aptness of the regulated entity’s control activities show the "
        "need for such analytical procedures.",
        "1.   Le vérificateur évalue la plausibilité et l’exhaustivité des données à l’aide de procédures d’analyse "
        "lorsque le recours à de telles procédures apparaît nécessaire au vu du risque inhérent, du risque de carence "
        "de contrôle et de la pertinence des activités de contrôle de l’entité réglementée.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _FAR_IN_FRENCH, ids=["important et imminent", "et de la pertinence"])
def test_a_french_connective_farther_from_lorsque_still_answers_the_english_one(en: str, fr: str) -> None:
    assert connectives(en, fr) == []
    at = en.rindex(" and ")
    assert connectives(en[:at] + " or " + en[at + 5 :], fr) != []


def test_in_a_sentence_of_many_connectives_the_french_reach_is_the_english_one() -> None:
    en = (
        "(b) from 1 January 2028, a system using at least 50 % renewable energy, 50 % waste heat, 50 % renewable "
        "energy and waste heat, 80 % of high-efficiency cogenerated heat or at least a combination of such thermal "
        "energy going into the network where the share of renewable energy is at least 5 % and the total share of "
        "renewable energy, waste heat or high-efficiency cogenerated heat is at least 50 %;"
    )
    fr = (
        "b) à partir du 1er janvier 2028, un réseau utilisant au moins 50 % d’énergie renouvelable, 50 % de chaleur "
        "fatale, 50 % d’énergie renouvelable et de chaleur fatale, 80 % de chaleur issue de la cogénération à haut "
        "rendement ou au moins une combinaison de ces énergies thermiques entrant dans le réseau dans laquelle la part "
        "d’énergie renouvelable est d’au moins 5 % et la part totale d’énergie renouvelable, de chaleur fatale et de "
        "chaleur issue de la cogénération à haut rendement est d’au moins 50 %;"
    )
    assert connectives(en, fr) == []
