"""The connective that joins two clauses of a condition (issue 15).

"Where information is disclosed or disseminated and where recommendations are produced" / « lorsque des informations
sont divulguées ou diffusées et lorsque des recommandations sont produites »: a connective followed by the condition
word said again joins two clauses of a condition, which translators do not swap as they swap the words of a list.  In a
long sentence, whose lists are not compared, "or where" against « et lorsque » at the same place is still a condition
made alternative on one side and cumulative on the other.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return blocking_keys(en, fr, "obligation_mismatch:connective")


# The official pairs (Regulation (EU) No 596/2014, Article 21; Directive 2010/76/EU, recital 24; Regulation (EU)
# 2023/2854, Article 11(2)), in long sentences of many connectives.
_CLAUSES = [
    (
        "For the purposes of Article 10, Article 12(1)(c) and Article 20, where information is disclosed or disseminated "
        "and where recommendations are produced or disseminated for the purpose of journalism or other form of "
        "expression in the media, such disclosure or dissemination of information shall be assessed taking into account "
        "the rules governing the freedom of the press and freedom of expression in other media and the rules or codes "
        "governing the journalist profession, unless:",
        "Aux fins de l’article 10, de l’article 12, paragraphe 1, point c), et de l’article 20, lorsque des informations "
        "sont divulguées ou diffusées et lorsque des recommandations sont produites ou diffusées à des fins "
        "journalistiques ou aux fins d’autres formes d’expression dans les médias, cette divulgation ou cette diffusion "
        "d’informations est appréciée en tenant compte des règles régissant la liberté de la presse et la liberté "
        "d’expression dans les autres médias et des règles ou codes régissant la profession de journaliste, à moins que:",
        "and where recommendations",
    ),
    (
        "Credit institutions should assess whether exposures in the context of asset-backed commercial paper programmes "
        "constitute re-securitisation exposures, including those in the context of programmes which acquire senior "
        "tranches of separate pools of whole loans where none of those loans is a securitisation or re-securitisation "
        "exposure, and where the first-loss protection for each investment is provided by the seller of the loans.",
        "Les établissements de crédit devraient estimer si des expositions dans le cadre de programmes de papier "
        "commercial adossé à des actifs constituent des expositions de retitrisation, y compris celles dans le cadre de "
        "programmes qui acquièrent des tranches de rang supérieur de paniers distincts de prêts entiers, lorsque aucun "
        "de ces prêts ne représente une exposition de titrisation ou de retitrisation, et lorsque la protection "
        "«première perte» pour chaque investissement est fournie par le vendeur des prêts.",
        "and where the first-loss",
    ),
    (
        "2.   In the circumstances referred to in paragraph 3, the third party or data recipient shall comply, without "
        "undue delay, with the requests of the data holder and, where applicable and where they are not the same "
        "person, the trade secret holder or the user:",
        "2.   Dans les circonstances visées au paragraphe 3, le tiers ou le destinataire de données donne suite, sans "
        "retard injustifié, aux demandes du détenteur de données et, le cas échéant et s'il ne s'agit pas de la même "
        "personne, du détenteur de secrets d'affaires ou de l'utilisateur:",
        "and where they",
    ),
]


@pytest.mark.parametrize(("en", "fr", "words"), _CLAUSES, ids=["mar-21", "crd3-r24", "data-act-11"])
def test_clauses_of_a_condition_joined_alike_are_silent(en: str, fr: str, words: str) -> None:
    assert connectives(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "words"), _CLAUSES, ids=["mar-21", "crd3-r24", "data-act-11"])
def test_or_where_against_et_lorsque_is_reported(en: str, fr: str, words: str) -> None:
    assert en.count(words) == 1
    assert connectives(en.replace(words, words.replace("and", "or", 1)), fr) == [
        "obligation_mismatch:connective:or|et"
    ]
