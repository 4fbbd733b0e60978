"""Provisions cited under a singular label by "or" in English and under the plural label by « et » in French (issue 15).

"the measures referred to in paragraph 1 or 2" / « les mesures visées aux paragraphes 1 et 2 », "where the figures listed in
point 3 or 4 have been audited" / « si les chiffres énumérés aux points 3 et 4 ont été audités »: English cites the provisions
one at a time, under the singular label (whichever of them), French cites them as a set, under the plural label.  Both
name the same provisions, each of which is meant; the connective inside the citation joins no conditions.  Still
compared: a plural English label ("paragraphs 1 or 2" against « paragraphes 1 et 2 », what "and" made "or" looks
like), each provision cited in full ("Article 4 or Article 7"), and the connectives outside the citation.  (The pairs
below are written for these tests.)
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import connectives

_SINGULAR = [
    (
        "When adopting the measures referred to in paragraph 1 or 2, the authority shall take into account the scale "
        "and duration of the breach.",
        "Lorsqu'elle adopte les mesures visées aux paragraphes 1 et 2, l'autorité tient compte de l'ampleur et de la "
        "durée du manquement.",
    ),
    (
        "Where the figures listed in point 3 or 4 of the Annex have been audited by an external firm, the name of "
        "that firm shall be given.",
        "Si les chiffres énumérés aux points 3 et 4 de l'annexe ont été audités par un cabinet externe, le nom de ce "
        "cabinet est indiqué.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _SINGULAR, ids=["paragraph", "point"])
def test_a_singular_citation_by_or_against_the_plural_by_et_is_no_condition(en: str, fr: str) -> None:
    assert connectives(en, fr) == []


_STILL = [
    (
        "Where the figures listed in points 3 or 4 of the Annex have been audited by an external firm, the name of "
        "that firm shall be given.",
        "Si les chiffres énumérés aux points 3 et 4 de l'annexe ont été audités par un cabinet externe, le nom de ce "
        "cabinet est indiqué.",
    ),
    (
        "Where the figures listed in Article 3 or Article 5 have been audited by an external firm, the name of that "
        "firm shall be given.",
        "Si les chiffres énumérés aux articles 3 et 5 ont été audités par un cabinet externe, le nom de ce cabinet "
        "est indiqué.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _STILL, ids=["plural-label", "each-cited-in-full"])
def test_an_or_that_and_may_have_become_is_still_compared(en: str, fr: str) -> None:
    assert connectives(en, fr) == ["obligation_mismatch:connective:or|et"]
