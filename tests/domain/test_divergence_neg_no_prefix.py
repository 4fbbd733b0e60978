"""An attribute said with "no-" is a negative word, as one said with "non-" (issue 15, wide corpus of EU acts).

English writes a negated attribute with "no-" as well as with "non-": "no-tier methodologies", "a hit/no-hit system".
French says it with a verb, « des méthodes ne reposant pas sur des niveaux », or with « non », « une approche
prudente non fondée sur les niveaux », « un système de concordance/non-concordance ». "no-tier" was read as no
negative word at all, and the French negation of the verb was left without an answer. A French negation dropped
beside it is still caught. ("no-one", a pronoun, is left out.)
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_NO_TIER = [
    # 32012R0601, Article 38(4)
    (
        "4.   Where the biomass fraction of mixed fuels or materials is equal or higher than 97 %, or where due to the "
        "amount of the emissions associated with the fossil fraction of the fuel or material it qualifies as a "
        "de-minimis source stream, the competent authority may allow the operator to apply no-tier methodologies, "
        "including the energy balance method, for determining activity data and relevant calculation factors, unless "
        "the respective value is to be used for the subtraction of biomass derived CO2 from emissions determined by "
        "means of continuous emission measurement.",
        "4.   Lorsque la fraction issue de la biomasse de combustibles ou matières mixtes est supérieure ou égale à "
        "97 % ou que, du fait de la quantité d’émissions associée à la fraction fossile du combustible ou de la "
        "matière, les conditions caractérisant un flux de minimis sont réunies, l’autorité compétente peut autoriser "
        "l’exploitant à appliquer des méthodes ne reposant pas sur des niveaux, et notamment la méthode du bilan "
        "énergétique, pour déterminer les données d’activité et les facteurs de calcul pertinents, à moins que la "
        "valeur correspondante ne soit utilisée pour déduire le CO2 issu de la biomasse des émissions déterminées par "
        "mesure continue.",
    ),
    # 32018R2066, Article 38(4)
    (
        "4.   Where the biomass fraction of mixed fuels or materials is equal or higher than 97 %, or where, due to the "
        "amount of the emissions associated with the fossil fraction of the fuel or material, it qualifies as a de "
        "minimis source stream, the competent authority may allow the operator to apply no-tier methodologies, "
        "including the energy balance method, for determining activity data and relevant calculation factors.",
        "4.   Lorsque la fraction issue de la biomasse de combustibles ou matières mixtes est supérieure ou égale à "
        "97 % ou que, du fait de la quantité d'émissions associée à la fraction fossile du combustible ou de la "
        "matière, les conditions caractérisant un flux de minimis sont réunies, l'autorité compétente peut autoriser "
        "l'exploitant à appliquer des méthodes ne reposant pas sur des niveaux, et notamment la méthode du bilan "
        "énergétique, pour déterminer les données d'activité et les facteurs de calcul pertinents.",
    ),
    # 32018R2066, Article 23(1): « non fondée sur », and negations of their own on both sides
    (
        "1.   Where it is for technical reasons temporarily not feasible to apply the monitoring plan as approved by "
        "the competent authority, the operator concerned shall apply the highest achievable tier, or a conservative "
        "no-tier approach if application of a tier is not achievable, until the conditions for application of the "
        "tier approved in the monitoring plan have been restored.",
        "1.   Lorsque, pour des raisons techniques, l'application du plan de surveillance approuvé par l'autorité "
        "compétente se révèle temporairement impossible, l'exploitant concerné applique le niveau le plus élevé "
        "possible, ou une approche prudente non fondée sur les niveaux si l'application d'un niveau n'est pas "
        "réalisable, jusqu'à ce que les conditions permettant l'application du niveau approuvé dans le plan de "
        "surveillance soient rétablies.",
    ),
    # 32024R1620, Article 40(8): « concordance/non-concordance »
    (
        "8.   Upon the express consent of all FIUs participating in the joint analysis, the staff of the Authority "
        "supporting the joint analysis shall be authorised to cross-match, on the basis of a hit/no-hit system, the "
        "data of those FIUs with data made available by other FIUs and Union bodies, offices and agencies within their "
        "respective mandates.",
        "8.   Avec le consentement exprès de toutes les CRF participant à l’analyse commune, le personnel de l’Autorité "
        "soutenant l’analyse commune est autorisé à recouper, sur la base d’un système de concordance/non-concordance, "
        "les données de ces CRF avec les données mises à disposition par les autres CRF et organes et organismes de "
        "l’Union dans le cadre de leurs mandats respectifs.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _NO_TIER, ids=["no-tier 2012", "no-tier 2018", "non fondée", "no-hit"])
def test_a_no_word_is_a_negative_word(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_a_negation_dropped_beside_it_is_still_caught() -> None:
    en, fr = _NO_TIER[2]
    assert negations(en, fr.replace("n'est pas réalisable", "est réalisable")) != []
