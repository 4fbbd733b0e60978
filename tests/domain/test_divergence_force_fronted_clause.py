"""obligation_mismatch, force: a clause put before the main clause (a condition, "Where …" / « Lorsque … », a purpose,
"In order to allow …" / « Afin de permettre … ») renders the other side's clause put first and says the case or the aim;
what the main clause provides is said after it.  A French possibility of that clause (« si cela risque d'entraîner »,
« permettre que la protection puisse être effective ») is no counterpart of the English main clause's "may": "the
operator may base" against « l'exploitant fonde » turns a duty into a choice.  With "shall", nothing is reported."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force

_EN_CONDITION = (
    "2.   Where the determination of the biomass fraction of a mixed fuel or material by analysis in accordance with "
    "paragraph 1 is technically not feasible or would incur unreasonable costs, the operator {modal} base its "
    "calculation on standard emission factors and biomass fraction values for mixed fuels and materials and estimation "
    "methods published by the Commission."
)
_FR_CONDITION = (
    "2.   Lorsqu\u2019il n\u2019est pas techniquement possible de déterminer au moyen d\u2019analyses la fraction issue "
    "de la biomasse d\u2019un combustible ou d\u2019une matière mixte conformément au paragraphe précédent, ou si cela "
    "risque d\u2019entraîner des coûts excessifs, l\u2019exploitant fonde son calcul sur des facteurs d\u2019émission et "
    "des valeurs standard de fraction issue de la biomasse des combustibles et matières mixtes, ainsi que sur des "
    "méthodes d\u2019estimation publiées par la Commission."
)
_EN_PURPOSE = (
    "4.   In order to allow the protection referred to in paragraphs 1, 2 and 3 to function in situations where more "
    "than one jurisdiction is involved, Member States {modal} provide that in cases where the competent sanctioning or "
    "prosecuting authority is in a different jurisdiction than that of the jurisdiction of the competition authority "
    "pursuing the case, the necessary contacts between them shall be ensured by the national competition authority of "
    "the jurisdiction of the competent sanctioning or prosecuting authority."
)
_FR_PURPOSE = (
    "4.   Afin de permettre que la protection visée aux paragraphes 1, 2 et 3 puisse être effective dans des situations "
    "impliquant plus d'une juridiction, les États membres prévoient que, dans les cas où l'autorité compétente chargée "
    "des sanctions ou des poursuites se trouve dans une autre juridiction que celle de l'autorité de concurrence qui "
    "instruit l'affaire, les contacts nécessaires entre celles-ci sont assurés par l'autorité nationale de concurrence "
    "de la juridiction de l'autorité compétente chargée des sanctions ou des poursuites."
)
_EN_RESTRICTED = (
    "Where the deliverable supply in the underlying commodity can be restricted or controlled or if the level of "
    "deliverable supply is low relative to the amount required for orderly settlement, competent authorities {modal} "
    "adjust the spot month position limit downwards. Competent authorities shall assess the extent to which that "
    "deliverable supply is used also as the deliverable supply for other commodity derivatives."
)
_FR_RESTRICTED = (
    "Lorsque la quantité livrable de matière première sous-jacente peut être restreinte ou contrôlée, ou que le niveau "
    "de quantité livrable est faible par rapport à la quantité nécessaire pour un règlement ordonné, les autorités "
    "compétentes ajustent la limite de position du mois spot à la baisse. Les autorités compétentes évaluent dans "
    "quelle mesure cette quantité livrable sert également de quantité livrable pour d\u2019autres instruments dérivés "
    "sur matières premières."
)
_EN_COMMITMENTS = (
    "3.   Where the Commission considers that the commitments offered by the provider of the very large online "
    "platform or of the very large online search engine concerned are unable to ensure effective compliance with the "
    "relevant provisions of this Regulation, it {modal} reject those commitments in a reasoned decision when "
    "concluding the proceedings."
)
_FR_COMMITMENTS = (
    "3.   Si la Commission estime que les engagements proposés par le fournisseur de la très grande plateforme en "
    "ligne ou du très grand moteur de recherche en ligne concerné ne permettent pas de garantir le respect effectif "
    "des dispositions pertinentes du présent règlement, elle rejette ces engagements dans une décision motivée lors "
    "de la clôture de la procédure."
)
_CASES = [
    (_EN_CONDITION, _FR_CONDITION),
    (_EN_PURPOSE, _FR_PURPOSE),
    (_EN_RESTRICTED, _FR_RESTRICTED),
    (_EN_COMMITMENTS, _FR_COMMITMENTS),
]


@pytest.mark.parametrize(("en", "fr"), _CASES)
def test_possibility_of_a_fronted_clause_answers_no_main_may(en: str, fr: str) -> None:
    assert [f.key for f in force(en.format(modal="may"), fr)] == ["obligation_mismatch:force:may"]


@pytest.mark.parametrize(("en", "fr"), _CASES)
def test_faithful_fronted_clause_stays_silent(en: str, fr: str) -> None:
    assert force(en.format(modal="shall"), fr) == []
