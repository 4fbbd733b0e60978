"""A French side far longer than the English in a short clause, or in a clause of citations (issue 15, wide corpus).

A French side far longer than the English in characters is a warning only when it also has more content words than
translation gives.  How many more varies with the length of the clause: a clause of a few nouns may be said in
French in a clause or two (« si les rapports sont adéquats, s'ils sont clairs… » for "the adequacy, clarity… of
the reports"), so the bound on the ratio of content words falls with the English content words, as the spread of
characters does.  Citations count for no content words: French cites in words (« de l'article 9, paragraphe 1, »)
what English cites in figures ("9(1)"), and citations are compared by their own check.  An English side that lost
a passage is still a warning.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Finding, Severity, check_pair

_EXCEPT_EN = (
    "2.   Except for Articles 2, 5, 9(1), 11 to 19, 22(4), 25, 27(2) and (3), 30 to 34, 36(1), 38 and 40, the port "
    "rules shall not apply to Chapter IV ports."
)
_EXCEPT_FR = (
    "2.   À l’exception des articles 2 et 5, de l’article 9, paragraphe 1, des articles 11 à 19, de l’article 22, "
    "paragraphe 4, de l’article 25, de l’article 27, paragraphes 2 et 3, des articles 30 à 34, de l’article 36, "
    "paragraphe 1, et des articles 38 et 40, les règles applicables aux ports ne s’appliquent pas aux ports relevant "
    "du chapitre IV"
)
_REPORTS_FR = (
    "c) une évaluation indiquant si les rapports annuels sont adéquats, s’ils sont clairs et s’ils sont remis dans "
    "les délais qui leur sont impartis;"
)

SAID_AT_LENGTH = [
    ("(c) an assessment of the adequacy, clarity and timeliness of the annual reports;", _REPORTS_FR),
    (_EXCEPT_EN, _EXCEPT_FR + "."),
]

ENGLISH_CUT_SHORT = [
    ("(c) an assessment of the annual reports;", _REPORTS_FR),
    (
        _EXCEPT_EN,
        _EXCEPT_FR
        + " ni aux terminaux privés qui accueillent exclusivement des navires de pêche ou de plaisance.",
    ),
]


def length(en: str, fr: str) -> list[Finding]:
    return [f for f in check_pair(ClausePair(en, fr)) if f.check == "length_ratio"]


@pytest.mark.parametrize(("en", "fr"), SAID_AT_LENGTH, ids=["reports", "citations"])
def test_a_short_clause_or_citations_said_at_length_in_french_is_an_information(en: str, fr: str) -> None:
    assert [f.severity for f in length(en, fr)] == [Severity.INFO]


@pytest.mark.parametrize(("en", "fr"), ENGLISH_CUT_SHORT, ids=["reports", "citations"])
def test_an_english_side_short_of_content_is_still_a_warning(en: str, fr: str) -> None:
    assert [f.severity for f in length(en, fr)] == [Severity.WARNING]


# The low side: the bound on the ratio of content words rises with the English content words, so a short clause
# that French says in fewer words (« en matière de » for "in proceedings which have as their object") is an
# information; a French side that lost a passage is still a warning.
_COURTS_EN = (
    "(d) in proceedings which have as their object the dissolution of a cooperative society, the courts of the "
    "Member State in which the society has its registered office;"
)


def test_a_short_clause_said_in_fewer_words_in_french_is_an_information() -> None:
    found = length(
        _COURTS_EN,
        "d) en matière de dissolution des sociétés coopératives, les juridictions de l’État membre du siège de la "
        "société;",
    )
    assert [f.severity for f in found] == [Severity.INFO]


def test_a_short_french_side_short_of_content_is_still_a_warning() -> None:
    found = length(
        _COURTS_EN, "d) en matière de dissolution des sociétés coopératives, les juridictions nationales;"
    )
    assert [f.severity for f in found] == [Severity.WARNING]
