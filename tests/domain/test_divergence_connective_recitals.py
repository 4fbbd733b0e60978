"""An English "and" against a French « ou » in a recital (issue 15, wide and practice corpus).

A recital states the reasons for the act: it sets no duty and no condition of one (the preamble of an act has no
binding force; the Joint Practical Guide of the EU institutions keeps normative provisions out of it).  Its "where" and
"when" describe the situations the act addresses, and the things named there are joined by "and" or « ou » as the
phrase reads: "when businesses wish to engage in cross border marketing, advertising campaigns and sales promotions" /
« lorsqu'elles souhaitent s'engager dans une commercialisation, lancer des campagnes publicitaires ou offrir des
promotions commerciales ».  So an English "and" against « ou » in a recital is not reported.  Still compared: the same
sentence in the enacting terms (an article), and an English "or" against « et » in a recital, which is what "and" made
"or" looks like.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair
from mou_review.domain.types import ClauseKind


def _connectives(en: str, fr: str, kind: ClauseKind | None) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair of the given kind."""
    return [
        f.key
        for f in check_pair(ClausePair(en, fr, kind=kind))
        if f.severity is not Severity.INFO and f.key.startswith("obligation_mismatch:connective")
    ]


_RECITALS = [
    (
        # 32005l0029, recital 4 (its second sentence; wide corpus, odd-A part)
        "These barriers increase the cost to business of exercising internal market freedoms, in particular when "
        "businesses wish to engage in cross border marketing, advertising campaigns and sales promotions.",
        "Ces entraves augmentent le coût à supporter par les entreprises pour exercer les libertés liées au marché "
        "intérieur, en particulier lorsqu'elles souhaitent s'engager dans une commercialisation, lancer des campagnes "
        "publicitaires ou offrir des promotions commerciales transfrontalières.",
    ),
    (
        # 32019l2161, recital 56 (its fourth sentence; wide corpus, even part)
        "In addition, Annex I to that Directive contains a general prohibition of practices where the trader creates "
        "the impression that the trader is not acting for purposes relating to the trader’s profession, and practices "
        "that create the impression that the consumer cannot leave the premises until a contract is formed.",
        "En outre, l’annexe I de ladite directive contient une interdiction générale des pratiques par lesquelles le "
        "professionnel donne l’impression qu’il n’agit pas à des fins qui entrent dans le cadre de son activité, ou "
        "qui donnent au consommateur l’impression qu’il ne pourra quitter les lieux avant qu’un contrat n’ait été "
        "conclu.",
    ),
    (
        # 32023r1542, recital 39 (its last sentence; wide corpus, odd-A part)
        "Where the derogation applies, the product should be designed in such a way as to make the battery removable "
        "and replaceable only by independent professionals, and not by end-users.",
        "Lorsque la dérogation s’applique, le produit devrait être conçu de manière à ne pouvoir être retiré ou "
        "remplacé que par des professionnels indépendants, et non pas par des utilisateurs finaux.",
    ),
    (
        # Directive (EU) 2019/770, recital 59 (one sentence of it; practice part of the real corpus)
        "That burden of proof should be on the trader for a lack of conformity which becomes apparent within one year "
        "from the time of supply where the contract provides for a single act of supply or a series of individual "
        "acts of supply, and for the duration of the contract where the contract provides for continuous supply over "
        "a period of time.",
        "La charge de la preuve à cet égard devrait reposer sur le professionnel en ce qui concerne un défaut de "
        "conformité qui apparaît dans l’année à compter de la fourniture lorsque le contrat prévoit une opération de "
        "fourniture unique ou une série d’opérations de fourniture distinctes, ou pendant la durée du contrat lorsque "
        "celui-ci prévoit une fourniture continue pendant une certaine période.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _RECITALS)
def test_and_against_ou_in_a_recital_is_not_reported(en: str, fr: str) -> None:
    assert _connectives(en, fr, ClauseKind.RECITAL) == []


@pytest.mark.parametrize(("en", "fr"), _RECITALS)
def test_and_against_ou_in_an_article_is_still_reported(en: str, fr: str) -> None:
    assert _connectives(en, fr, None) == ["obligation_mismatch:connective:and|ou"]


# Directive (EU) 2023/1791, recital 122 (wide corpus), its "and" made "or": the French « et » answers no "or".
_EN_1791_OR = (
    "(122) It is necessary to ensure that people affected by energy poverty, vulnerable customers, people in "
    "low-income households and, where applicable, people living in social housing are protected or, to that end, "
    "empowered to actively participate in the energy efficiency improvement interventions, measures and related "
    "consumer protection or information measures that Member States implement."
)
_FR_1791 = (
    "(122) Il est nécessaire de veiller à ce que les personnes touchées par la précarité énergétique, les clients "
    "vulnérables, les ménages à faibles revenus et, le cas échéant, les personnes vivant dans des logements sociaux "
    "soient protégés et, à cette fin, aient les moyens de participer activement aux interventions et aux mesures "
    "visant à améliorer l’efficacité énergétique, ainsi qu’aux mesures connexes de protection ou d’information des "
    "consommateurs que les États membres mettent en œuvre."
)


def test_or_against_et_in_a_recital_is_still_reported() -> None:
    assert _connectives(_EN_1791_OR, _FR_1791, ClauseKind.RECITAL) == ["obligation_mismatch:connective:or|et"]
