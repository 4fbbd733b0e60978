"""A negative word and its like on the other side, far apart (issue 15: wide corpus of EU acts, 32022r0858,
32024r1689, 32008r0994; injected negations).

"without delay" / « sans retard », "with the exception of" / « à l'exception de », « sauf »: a negative word whose like
(a word of the same meaning) the other side says too is its translation, wherever word order puts it: "inform ESMA …
without delay" / « informe sans retard l'AEMF », "With the exception of their conversion …, the registry administrator
…" / « L'administrateur … n'autorise aucune transaction …, sauf en cas de conversion ».  Far apart, they still answer
each other, before a negation of the sentence may take one of them from close by: else a "not" added to "shall
inform" was answered by « sans retard » at its place, and a dropped "not" left « n'autorise aucune » to « sauf ».
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

PAIRS = [
    (
        "The competent authority shall inform ESMA of the grant, refusal or withdrawal of a specific permission under "
        "this Article without delay, including any information specified under the first subparagraph of this "
        "paragraph.",
        "The competent authority shall not inform ESMA of the grant, refusal or withdrawal of a specific permission "
        "under this Article without delay, including any information specified under the first subparagraph of this "
        "paragraph.",
        "L’autorité compétente informe sans retard l’AEMF lorsqu’elle accorde, refuse ou retire une autorisation "
        "spécifique au titre du présent article, et elle lui communique toutes les informations mentionnées au premier "
        "alinéa du présent paragraphe.",
    ),
    (
        "9.   The market surveillance authorities shall ensure that appropriate restrictive measures are taken in "
        "respect of the product or the AI system concerned, such as withdrawal of the product or the AI system from "
        "their market, without undue delay.",
        "9.   The market surveillance authorities shall not ensure that appropriate restrictive measures are taken in "
        "respect of the product or the AI system concerned, such as withdrawal of the product or the AI system from "
        "their market, without undue delay.",
        "9.   Les autorités de surveillance du marché veillent à ce que les mesures restrictives appropriées soient "
        "prises sans retard injustifié à l’égard du produit ou du système d’IA concerné, par exemple son retrait de "
        "leur marché.",
    ),
    (
        "4.   For providers that are financial institutions subject to requirements regarding their internal "
        "governance, arrangements or processes under Union financial services law, the obligation to put in place a "
        "quality management system, with the exception of paragraph 1, points (g), (h) and (i) of this Article, shall "
        "be deemed to be fulfilled by complying with the rules on internal governance arrangements or processes "
        "pursuant to the relevant Union financial services law.",
        "4.   For providers that are financial institutions subject to requirements regarding their internal "
        "governance, arrangements or processes under Union financial services law, the obligation to put in place a "
        "quality management system, with the exception of paragraph 1, points (g), (h) and (i) of this Article, shall "
        "not be deemed to be fulfilled by complying with the rules on internal governance arrangements or processes "
        "pursuant to the relevant Union financial services law.",
        "4.   Si les fournisseurs sont des établissements financiers soumis à des exigences relatives à leur "
        "gouvernance, à leurs dispositifs ou à leurs processus internes prévues par la législation de l’Union sur les "
        "services financiers, la conformité avec les règles relatives à leur gouvernance, à leurs dispositifs ou à "
        "leurs processus internes prévues dans la législation pertinente de l’Union sur les services financiers vaut "
        "respect de l’obligation de mettre en place un système de gestion de la qualité, à l’exception du paragraphe "
        "1, points g), h) et i) du présent article.",
    ),
    (
        "3.   With the exception of their conversion to Chapter VI allowances, the registry administrator of a Chapter "
        "VI registry shall not allow any transactions with standard allowances from any accounts in its registry to "
        "any account in a Chapter VI registry.",
        "3.   With the exception of their conversion to Chapter VI allowances, the registry administrator of a Chapter "
        "VI registry shall allow any transactions with standard allowances from any accounts in its registry to any "
        "account in a Chapter VI registry.",
        "3.   L’administrateur d’un registre relevant du chapitre VI n’autorise aucune transaction concernant des "
        "quotas standard entre les comptes de son registre et ceux d’un registre relevant du chapitre VI, sauf en cas "
        "de conversion de ces quotas en quotas du chapitre VI.",
    ),
]


@pytest.mark.parametrize(("en", "changed", "fr"), PAIRS)
def test_the_faithful_pair_is_silent(en: str, changed: str, fr: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "changed", "fr"), PAIRS)
def test_a_negation_added_or_dropped_beside_a_far_like_word_is_flagged(
    en: str, changed: str, fr: str
) -> None:
    assert negations(changed, fr) != []


def test_a_like_word_that_is_the_predicate_of_its_clause_is_left_to_the_negation() -> None:
    # « est sans effet » is the "not affected" of its clause, not the « sans » of "free of charge" far before it.
    en = (
        "(a) a clear statement that the consumer is entitled by law to remedies from the seller free of charge in the "
        "event of a lack of conformity of the goods and that those remedies are not affected by the commercial "
        "guarantee;"
    )
    fr = (
        "a) une déclaration claire indiquant que le consommateur a légalement droit à des recours contre le vendeur, "
        "sans frais, en cas de défaut de conformité des biens, et que la garantie commerciale est sans effet sur ces "
        "recours;"
    )
    assert negations(en, fr) == []
