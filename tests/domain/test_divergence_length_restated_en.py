"""A French side shorter than the English band allows because the English restates a noun (issue 15, wide corpus).

English legal drafting names a party again where French refers back with a pronoun: "the licensed operator is acting
outside the services that the licensed operator provides" / « l’opérateur agréé agit en dehors des services qu’il
fournit ».  A name of a few words the English says a second time, beyond what the French says again, is no prose the
French lacks.  A longer passage said again is not excused (the French may have lost it), nor is a French side that
stops short of the end of its sentence or item.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Finding, Severity, check_pair

RESTATED = [
    (
        "(c) the licensed operator is acting outside the scope of the services that the licensed operator "
        "provides in its ordinary business;",
        "c) l’opérateur agréé agit en dehors des services qu’il fournit à titre habituel;",
    ),
    (
        "The register shall state the powers of the fund managers and whether the fund managers may act alone or "
        "must act together.",
        "Le registre indique les pouvoirs des gérants et s’ils agissent seuls ou ensemble.",
    ),
]

SHORT = [
    (  # the French stops in mid-sentence: its end may be missing, whatever the English repeats
        RESTATED[0][0],
        "c) l’opérateur agréé agit en dehors des services qu’il fournit",
    ),
    (  # the French lost the second half: the English restates nothing
        "(c) the licensed operator is acting outside the scope of the services covered by its licence "
        "and of the activities notified to the authority;",
        "c) l’opérateur agréé agit en dehors des services;",
    ),
    (  # a passage said again is no name: the French lost the second transfer
        "(d) the transfer of the units to the holding account set out in Annex II and the transfer of the units to "
        "the deletion account set out in Annex II;",
        "d) le transfert des unités vers le compte de dépôt visé à l’annexe II;",
    ),
]


def length(en: str, fr: str) -> list[Finding]:
    return [f for f in check_pair(ClausePair(en, fr)) if f.check == "length_ratio"]


@pytest.mark.parametrize(("en", "fr"), RESTATED, ids=["operator", "persons"])
def test_an_english_side_that_restates_a_noun_is_no_warning(en: str, fr: str) -> None:
    assert all(f.severity is Severity.INFO for f in length(en, fr))


@pytest.mark.parametrize(("en", "fr"), SHORT, ids=["cut", "lost", "passage"])
def test_a_french_side_short_of_content_is_still_a_warning(en: str, fr: str) -> None:
    assert [f.severity for f in length(en, fr)] == [Severity.WARNING]
