"""A sentence dropped from the end of a French clause whose other sentences run longer than the English:
the French sentence left to render two English ones is weighed against the text's own ratio."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys

# 32019r2089 recital 20: the original, and the French without its last sentence.
BENCHMARK_EN = (
    "(20) Administrators of EU Climate Transition Benchmarks and administrators of EU Paris-aligned "
    "Benchmarks should also publish the methodology that they use for the calculation of those "
    "benchmarks. That information should describe how the underlying assets were selected and weighted, "
    "which assets were excluded and for what reason. In order to assess how the benchmark contributes to "
    "environmental objectives, the benchmark administrator should disclose how the carbon emissions of "
    "the underlying assets were measured, their respective values, including the total carbon footprint "
    "of the benchmark, and the type and source of the data used. In order to enable asset managers to "
    "choose the most appropriate benchmark for their investment strategy, benchmark administrators should"
    " explain the rationale behind the parameters of their methodology and explain how the benchmark "
    "contributes to environmental objectives. The published information should also include details on "
    "the frequency of reviews and the procedure followed."
)

BENCHMARK_FR = (
    "(20) Les administrateurs d’indices de référence «transition climatique» de l’Union et d’indices de "
    "référence «accord de Paris» de l’Union devraient également publier la méthodologie qu’ils utilisent "
    "pour le calcul de ces indices. Ces informations devraient décrire la manière dont les actifs sous-"
    "jacents ont été sélectionnés et pondérés, indiquer quels actifs ont été exclus et pour quelles "
    "raisons ils l’ont été. Afin d’évaluer la contribution de l’indice de référence aux objectifs "
    "environnementaux, l’administrateur de cet indice de référence devrait préciser comment les émissions"
    " de carbone des actifs sous-jacents ont été mesurées, leurs valeurs respectives, y compris "
    "l’empreinte carbone totale de l’indice de référence, ainsi que le type de données utilisées et leur "
    "source. Afin de permettre aux gestionnaires d’actifs de choisir l’indice de référence le plus "
    "approprié pour leur stratégie d’investissement, les administrateurs d’indices de référence devraient"
    " expliquer la logique qui sous-tend les paramètres de leur méthodologie et expliquer de quelle "
    "manière l’indice de référence contribue aux objectifs environnementaux."
)

BENCHMARK_FR_LAST = (
    " Les informations publiées devraient également inclure des indications sur la périodicité des "
    "réexamens et la procédure suivie."
)

# 32010r1093 recital 48: the original, and the French without its last sentence.
STAKEHOLDER_EN = (
    "(48) The Authority should consult interested parties on regulatory or implementing technical "
    "standards, guidelines and recommendations and provide them with a reasonable opportunity to comment "
    "on proposed measures. Before adopting draft regulatory or implementing technical standards, "
    "guidelines and recommendations, the Authority should carry out an impact study. For reasons of "
    "efficiency, a Banking Stakeholder Group should be used for that purpose, and should represent, in "
    "balanced proportions, Union credit and investment institutions, representing the diverse models and "
    "sizes of financial institutions and businesses, including, as appropriate, institutional investors "
    "and other financial institutions which themselves use financial services; small and medium-sized "
    "enterprises (SMEs); trade unions; academics; consumers; and other retail users of banking services. "
    "The Banking Stakeholder Group should work as an interface with other user groups in the financial "
    "services area established by the Commission or by Union legislation."
)

STAKEHOLDER_FR = (
    "(48) L’Autorité devrait consulter les parties intéressées sur les normes techniques de "
    "réglementation ou d’exécution, les orientations et les recommandations et leur offrir une "
    "possibilité raisonnable de formuler des observations sur les mesures proposées. Avant d’adopter des "
    "projets de normes techniques de réglementation ou d’exécution, des orientations et des "
    "recommandations, l’Autorité devrait réaliser une étude d’impact. Pour des raisons d’efficacité, il "
    "convient de recourir à cette fin à un groupe des parties intéressées au secteur bancaire, qui "
    "devrait représenter, d’une manière proportionnée, les établissements de crédit et les entreprises "
    "d’investissement de l’Union (représentant les différents modèles et tailles d’établissements "
    "financiers, y compris, le cas échéant, les investisseurs institutionnels et d’autres établissements "
    "financiers qui font eux-mêmes appel à des services financiers), les petites et moyennes entreprises "
    "(PME), les syndicats, les milieux universitaires, les consommateurs et les autres utilisateurs de "
    "détail des services bancaires."
)

STAKEHOLDER_FR_LAST = (
    " Le groupe des parties intéressées au secteur bancaire devrait jouer un rôle d’interface avec "
    "d’autres groupes d’utilisateurs établis par la Commission ou la législation de l’Union dans le "
    "domaine des services financiers."
)

# 32009l0031 Art. 13(2): the original, and the French without its last sentence.
MONITORING_EN = (
    "2.   The monitoring shall be based on a monitoring plan designed by the operator pursuant to the "
    "requirements laid down in Annex II, including details on the monitoring in accordance with the "
    "guidelines established pursuant to Article 14 and Article 23(2) of Directive 2003/87/EC, submitted "
    "to and approved by the competent authority pursuant to Article 7(6) and Article 9(5) of this "
    "Directive. The plan shall be updated pursuant to the requirements laid down in Annex II and in any "
    "case every five years to take account of changes to the assessed risk of leakage, changes to the "
    "assessed risks to the environment and human health, new scientific knowledge, and improvements in "
    "best available technology. Updated plans shall be re-submitted for approval to the competent "
    "authority."
)

MONITORING_FR = (
    "2.   La surveillance est basée sur un plan de surveillance établi par l’exploitant conformément aux "
    "exigences énoncées à l’annexe II, qui comprend des données détaillées sur la surveillance "
    "conformément aux lignes directrices établies en vertu de l’article 14 et de l’article 23, paragraphe"
    " 2, de la directive 2003/87/CE, est soumis à l’autorité compétente et est approuvé par cette "
    "dernière, en application de l’article 7, point 6), et de l’article 9, point 5), de la présente "
    "directive. Ce plan est mis à jour conformément aux exigences énoncées à l’annexe II et, en tout état"
    " de cause, tous les cinq ans pour tenir compte de l’évolution du risque de fuite évalué, de "
    "l’évolution des risques évalués pour l’environnement et la santé humaine, des nouvelles "
    "connaissances scientifiques et des améliorations dans les meilleures technologies disponibles."
)

MONITORING_FR_LAST = " Les plans mis à jour sont à nouveau soumis à l’approbation de l’autorité compétente."

CASES = [
    (BENCHMARK_EN, BENCHMARK_FR, BENCHMARK_FR_LAST),
    (STAKEHOLDER_EN, STAKEHOLDER_FR, STAKEHOLDER_FR_LAST),
    (MONITORING_EN, MONITORING_FR, MONITORING_FR_LAST),
]


@pytest.mark.parametrize(("en", "fr", "last"), CASES)
def test_french_without_last_sentence_is_flagged(en: str, fr: str, last: str) -> None:
    assert blocking_keys(en, fr, "structure_mismatch:sentences")


@pytest.mark.parametrize(("en", "fr", "last"), CASES)
def test_whole_french_is_quiet(en: str, fr: str, last: str) -> None:
    assert not blocking_keys(en, fr + last, "structure_mismatch:sentences")
