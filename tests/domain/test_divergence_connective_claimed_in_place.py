"""An English "and" claims no French « et » that another « et » answers at its place (issue 15).

Each French connective answers one English connective: an "or" of a condition against a French « et » is reported
unless an English "and" may be what that « et » answers (``_claims``).  An "and" is answered elsewhere when another
« et » stands nearer to it and is anchored to it: by alike words on both sides, or at the same place in the sentence,
each opening a condition inserted right after it (", if …" / « , si … », ", where applicable," / « , le cas
échéant, »).  "by effective checks and, if irregularities are detected, by recovering amounts wrongly paid or, where
appropriate, by imposing" / « par des contrôles efficaces et, si des irrégularités sont constatées, par le
recouvrement des montants indûment payés et, le cas échéant, par des sanctions »: the first « et » answers the "and"
at its place (no word of "effective checks" is alike « contrôles efficaces »), which leaves the second to the "or".
(Faithful originals of the wide corpus, with the "and" of their condition made "or".)
"""

from __future__ import annotations

from tests.domain.divergence_keys import connectives

_EN_1139 = (
    "(m) protecting the financial interests of the Union by applying preventive measures against fraud, corruption "
    "and any other illegal activities, by effective checks and, if irregularities are detected, by recovering amounts "
    "wrongly paid {conn}, where appropriate, by imposing effective, proportionate and dissuasive administrative and "
    "financial penalties;"
)
_FR_1139 = (
    "m) protège les intérêts financiers de l'Union par l'application de mesures préventives contre la fraude, la "
    "corruption et d'autres activités illégales, par des contrôles efficaces et, si des irrégularités sont constatées, "
    "par le recouvrement des montants indûment payés et, le cas échéant, par des sanctions administratives et "
    "financières effectives, proportionnées et dissuasives;"
)
_EN_0073 = (
    "(6) ‘distribution system operator’ means a natural or legal person who carries out the function of distribution "
    "and is responsible for operating, ensuring the maintenance of, and, if necessary, developing the distribution "
    "system in a given area {conn}, where applicable, its interconnections with other systems, and for ensuring the "
    "long-term ability of the system to meet reasonable demands for the distribution of gas;"
)
_FR_0073 = (
    "6. «gestionnaire de réseau de distribution», une personne physique ou morale qui effectue la distribution et est "
    "responsable de l’exploitation, de la maintenance et, si nécessaire, du développement du réseau de distribution "
    "dans une zone donnée et, le cas échéant, de ses interconnexions avec d’autres réseaux, et chargée de garantir la "
    "capacité à long terme du réseau à satisfaire une demande raisonnable de distribution de gaz;"
)
_EN_1791 = (
    "(122) It is necessary to ensure that people affected by energy poverty, vulnerable customers, people in "
    "low-income households and, where applicable, people living in social housing are protected {conn}, to that end, "
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


def test_or_after_a_second_inserted_condition_is_reported() -> None:
    assert connectives(_EN_1139.format(conn="or"), _FR_1139) == ["obligation_mismatch:connective:or|et"]


def test_faithful_and_after_a_second_inserted_condition_is_silent() -> None:
    assert connectives(_EN_1139.format(conn="and"), _FR_1139) == []


def test_or_of_a_definition_after_an_if_necessary_answered_in_place_is_reported() -> None:
    assert connectives(_EN_0073.format(conn="or"), _FR_0073) == ["obligation_mismatch:connective:or|et"]


def test_faithful_and_of_a_definition_is_silent() -> None:
    assert connectives(_EN_0073.format(conn="and"), _FR_0073) == []


def test_or_of_a_recital_after_a_where_applicable_answered_in_place_is_reported() -> None:
    assert connectives(_EN_1791.format(conn="or"), _FR_1791) == ["obligation_mismatch:connective:or|et"]


def test_faithful_and_of_a_recital_is_silent() -> None:
    assert connectives(_EN_1791.format(conn="and"), _FR_1791) == []
