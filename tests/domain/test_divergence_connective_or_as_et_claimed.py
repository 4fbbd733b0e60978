"""An English "and" that a nearer « et » answers on both sides claims no other « et » against the "or" of a condition
(issue 15).

:func:`mou_review.domain.connectives._or_as_et` reports the one "or" of a condition that joins the very words a French
« et » joins.  It stayed silent where any English "and" of the sentence joined a word of that « et » on one side: in a
sentence that names the same parties in two lists ("institutions, financial holding companies and mixed financial
holding companies … where those institutions, financial holding companies or mixed financial holding companies and
their effective managers" / « ces établissements, compagnies financières holding et compagnies financières holding
mixtes et leurs dirigeants effectifs »), the "and" of the other list, or the "and" right after, joined "holding" or
"resolution" too, though a nearer « et » answers that "and" on both sides.  Each French connective answers one English
connective, as :func:`mou_review.domain.connectives._claims` reads it for the long sentences of
:func:`mou_review.domain.connectives._anchored_connective`.  An "and" that joins the very words the "or" joins still
claims the « et » wherever it stands: the English says the same pair twice.
The sentences are those of the wide corpus (Directive (EU) 2024/1619, Directive (EU) 2025/1, Directive 2014/65/EU),
with "and" made "or" where a test says so.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys

# (English with {conn} where the official text says "and", the official French)
_CLAIMED_ELSEWHERE = [
    (
        # Directive (EU) 2024/1619, recital 26 (its second sentence)
        "Therefore, the European Central Bank (ECB) and national competent authorities should have the power to take "
        "timely and decisive measures where those institutions, financial holding companies {conn} mixed financial "
        "holding companies and their effective managers fail to comply with the prudential requirements or "
        "supervisory decisions.",
        "Par conséquent, la Banque centrale européenne (BCE) et les autorités nationales compétentes devraient être "
        "habilitées à prendre des mesures décisives en temps utile lorsque ces établissements, compagnies financières "
        "holding et compagnies financières holding mixtes et leurs dirigeants effectifs ne respectent pas les "
        "exigences prudentielles ou les décisions en matière de surveillance.",
    ),
    (
        # Directive (EU) 2025/1, Article 3(6)
        "6.   Member States shall require that authorities exercising supervision and resolution functions and persons "
        "exercising those functions on their behalf cooperate closely in the preparation, planning and application of "
        "resolution decisions, both where the resolution authority {conn} the supervisory authority are separate "
        "entities and where the functions are carried out in the same entity.",
        "6.   Les États membres exigent que les autorités exerçant des fonctions de contrôle et de résolution ainsi que "
        "les personnes exerçant lesdites fonctions en leur nom coopèrent étroitement à l’élaboration, la "
        "planification et l’application des décisions de résolution, tant lorsque l’autorité de résolution et "
        "l’autorité de contrôle sont des entités distinctes que lorsque les fonctions sont exercées au sein de la "
        "même entité.",
    ),
]

# Directive 2014/65/EU, Article 16(7), third subparagraph: the official texts, which fire nothing.  The "and" of
# "telephone conversations and electronic communications" joins the very words the later "or" joins: the English names
# the same pair twice, and the second « et » answers it as well as the "or".
_SAME_PAIR = (
    "Such telephone conversations and electronic communications shall also include those that are intended to result "
    "in transactions concluded when dealing on own account or in the provision of client order services that relate to "
    "the reception, transmission and execution of client orders, even if those conversations or communications do not "
    "result in the conclusion of such transactions or in the provision of client order services.",
    "De telles conversations téléphoniques et communications électroniques incluent également celles qui sont "
    "destinées à donner lieu à des transactions conclues dans le cadre d’une négociation pour compte propre ou la "
    "fourniture de services relatifs aux ordres de clients concernant la réception, la transmission et l’exécution "
    "d’ordres de clients, même si ces conversations et communications ne donnent pas lieu à la conclusion de telles "
    "transactions ou à la fourniture de services relatifs aux ordres de clients.",
)


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return blocking_keys(en, fr, "obligation_mismatch:connective")


@pytest.mark.parametrize(("en", "fr"), _CLAIMED_ELSEWHERE)
def test_or_against_an_et_whose_other_and_is_answered_elsewhere_is_reported(en: str, fr: str) -> None:
    assert connectives(en.format(conn="or"), fr) == ["obligation_mismatch:connective:or|et"]


@pytest.mark.parametrize(("en", "fr"), _CLAIMED_ELSEWHERE)
def test_the_official_and_is_silent(en: str, fr: str) -> None:
    assert connectives(en.format(conn="and"), fr) == []


def test_an_and_of_the_same_pair_still_claims_the_et() -> None:
    assert connectives(*_SAME_PAIR) == []
