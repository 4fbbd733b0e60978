"""The manner of a breach, said after it in French, is no object of the breach (issue 15, wide corpus of EU acts).

A breach governs what it breaches: "infringes the laws, regulations and provisions" / « en cas de violation des
dispositions législatives, réglementaires ou administratives » (any of them).  But "has seriously and systematically
infringed the requirements" / « a enfreint de manière grave et systématique les exigences »: the connective says how
grave the breach must be, in either language; an "or" made of the English "and" lowers the bar.
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


# (32024r2987, 32024r0791: the English "and" of the official text made "or")
_MANNER = [
    (
        "ESMA should be able to withdraw the recognition of a third-country CCP where that third-country CCP has "
        "seriously and systematically infringed any of the applicable requirements laid down in Regulation (EU) No "
        "648/2012.",
        "L’AEMF devrait être en mesure de retirer la reconnaissance à une contrepartie centrale d’un pays tiers lorsque "
        "cette contrepartie centrale de pays tiers a enfreint de manière grave et systématique l’une des exigences "
        "applicables prévues par le règlement (UE) no 648/2012.",
    ),
    (
        "(c) specify the criteria under which the CTP can, where the CTP proves that a data contributor has seriously "
        "and repeatedly breached the data requirements referred to in Articles 22a, 22b and 22c, temporarily suspend "
        "the participation of that data contributor in the revenue redistribution scheme;",
        "c) préciser les critères selon lesquels le CTP peut, lorsqu’il peut prouver qu’un contributeur en données a "
        "enfreint de manière grave et répétée les obligations en matière de données visées aux articles 22 bis, 22 ter "
        "et 22 quater, suspendre temporairement la participation de ce contributeur en données au système de "
        "redistribution des recettes;",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _MANNER, ids=["systematically", "repeatedly"])
def test_the_connective_of_the_manner_of_a_breach_is_compared(en: str, fr: str) -> None:
    assert connectives(en, fr) == []
    assert connectives(en.replace("seriously and", "seriously or"), fr) != []


def test_a_breach_still_reaches_the_list_of_what_it_breaches() -> None:
    en = "The authorities may take action against the UCITS if it infringes the laws, regulations and provisions."
    fr = "Les autorités peuvent prendre des mesures à l’égard de l’OPCVM en cas de violation des lois ou règlements."
    assert connectives(en, fr) == []
