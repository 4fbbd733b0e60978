"""The connective that joins two means or two purposes of one action (issue 15).

"In particular by prohibiting any reduction … and by imposing limits" / « notamment en interdisant d'entamer celui-ci …
et en limitant la possibilité », "in order to adapt them … and to seek out the best tender" / « afin de les adapter …
et afin de rechercher la meilleure offre »: a connective followed by the preposition of means or purpose said again
joins two means or purposes of one action, which translators do not swap.  An English "or" there against the French
« et » says that either means, or either purpose, is enough where French requires both.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return blocking_keys(en, fr, "obligation_mismatch:connective")


# The official pairs: Directive 2012/30/EU, recital 5 (32012l0030); Directive (EU) 2017/1132, recital 40
# (32017l1132); Directive 2009/81/EC, Article 26(1) (32009l0081).  English "and" made "or" for the test.
_MEANS = [
    (
        "(5) Union provisions are necessary for maintaining the capital, which constitutes the creditors' security, in "
        "particular by prohibiting any reduction thereof by distribution to shareholders where the latter are not "
        "entitled to it {} by imposing limits on the company's right to acquire its own shares.",
        "(5) Des prescriptions de l'Union sont nécessaires afin de préserver le capital, gage des créanciers, notamment "
        "en interdisant d'entamer celui-ci par des distributions indues aux actionnaires et en limitant la possibilité "
        "pour une société d'acquérir ses propres actions.",
    ),
    (
        "(40) Union provisions are necessary for maintaining the capital, which constitutes the creditors' security, in "
        "particular by prohibiting any reduction thereof by distribution to shareholders where the latter are not "
        "entitled to it {} by imposing limits on the right of public limited liability companies to acquire their own "
        "shares.",
        "(40) Des dispositions de l'Union sont nécessaires afin de préserver le capital, gage des créanciers, notamment "
        "en interdisant d'entamer celui-ci par des distributions indues aux actionnaires et en limitant la possibilité "
        "pour les sociétés anonymes d'acquérir leurs propres actions.",
    ),
    (
        "1.   In negotiated procedures with publication of a contract notice, contracting authorities/entities shall "
        "negotiate with tenderers the tenders submitted by them in order to adapt them to the requirements they have "
        "set in the contract notice, the contract documents and supporting documents, if any, {} to seek out the best "
        "tender in accordance with Article 47.",
        "1.   Dans les procédures négociées avec publication d’un avis de marché, les pouvoirs adjudicateurs ou les "
        "entités adjudicatrices négocient avec les soumissionnaires les offres soumises par ceux-ci afin de les adapter "
        "aux exigences qu’ils ont indiquées dans l’avis de marché, les documents du marché et les documents "
        "complémentaires éventuels et afin de rechercher la meilleure offre conformément à l’article 47.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _MEANS)
def test_or_between_two_means_against_et_is_flagged(en: str, fr: str) -> None:
    assert connectives(en.format("or"), fr)


@pytest.mark.parametrize(("en", "fr"), _MEANS)
def test_and_between_two_means_against_et_is_not_flagged(en: str, fr: str) -> None:
    assert not connectives(en.format("and"), fr)
