"""A French list item whose condition word is said once, before the list (issue 15, wide corpus of EU acts).

"(c) where proceedings have already been initiated in respect of the same actions and against the same persons" /
« c) une procédure a déjà été engagée pour les mêmes faits et contre les mêmes personnes »: English repeats "where" in
each item, French says « lorsque » once, in the words that introduce the list, or later in the item (« a) ces
instruments et pouvoirs, lorsqu'ils sont appliqués »).  The French item is a condition all the same, and its connective
answers the English one: an "or" made of the English "and" changes the condition.
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


# (32023r1114, 32025l0001, 32013l0030: the English "and" of the official text made "or")
_ITEMS = [
    (
        "(c) where proceedings have already been initiated in respect of the same actions and against the same "
        "natural or legal persons before the courts of the Member State addressed;",
        "c) une procédure a déjà été engagée pour les mêmes faits et contre les mêmes personnes physiques ou morales "
        "devant les juridictions de l’État membre requis;",
        "actions and",
    ),
    (
        "(a) when applied to a cross-border group, those additional tools and powers do not pose obstacles to "
        "effective group resolution; and",
        "a) ces instruments et pouvoirs supplémentaires, lorsqu’ils sont appliqués à un groupe transnational, ne "
        "fassent pas obstacle à une résolution de groupe efficace; et",
        "tools and",
    ),
    (
        "(e) where necessary, prepares and implements coordinated or joint procedures with other authorities in the "
        "Member State to undertake the duties under this Directive; and",
        "e) élabore et applique, si nécessaire, des procédures coordonnées ou conjointes avec d’autres autorités dans "
        "l’État membre pour l’exécution des tâches découlant de la présente directive; et",
        "prepares and",
    ),
]


@pytest.mark.parametrize(("en", "fr", "said"), _ITEMS, ids=["mica", "brrd", "offshore"])
def test_a_french_item_without_a_condition_word_answers_the_english_condition(
    en: str, fr: str, said: str
) -> None:
    assert connectives(en, fr) == []
    assert connectives(en.replace(said, said.replace("and", "or")), fr) != []


def test_a_french_item_that_says_its_own_condition_word_is_read_as_before() -> None:
    en = "(b) where the request is incomplete and the applicant does not complete it within the period set;"
    fr = "b) lorsque la demande est incomplète et que le demandeur ne la complète pas dans le délai fixé;"
    assert connectives(en, fr) == []
