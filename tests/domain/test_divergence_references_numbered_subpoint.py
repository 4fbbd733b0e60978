"""French closes a numbered sub-point after a lettered point with its own bracket: « l'article 4, point a) 1) » is
"Article 4, point (a)(1)".

The Governance Regulation (EU) 2018/1999 numbers the sub-points of its lettered points, and the acts that cite it
write « point b) 1) », « point a) 1) », « point b) 7) » (2019/504, 2022/2299, 2024/1275, 2019/944).  The reference
reader took « point b) » alone: the English sub-point 1 had no counterpart, or the French « 1) » was left as an
amount.  Another sub-point still differs.
"""

from __future__ import annotations

from mou_review.domain.references import find_references
from mou_review.domain.textnorm import fold
from tests.domain.divergence_keys import citations

EN_504 = (
    "‘1.   In its indicative national energy efficiency contribution for 2030 and for the last year of the period "
    "covered for the subsequent national plans pursuant to point (b)(1) of Article 4 of this Regulation, each Member "
    "State shall take into account that, in accordance with Article 3 of Directive 2012/27/EU, the Union's 2020 "
    "energy consumption is to be no more than 1 483 Mtoe of primary energy or no more than 1 086 Mtoe of final energy "
    "and the Union's 2030 energy consumption is to be no more than 1 128 Mtoe of primary energy and/or no more than "
    "846 Mtoe of final energy.’;"
)
FR_504 = (
    "«1.   Dans sa contribution nationale indicative en matière d'efficacité énergétique pour 2030 et pour la dernière "
    "année de la période couverte par les plans nationaux suivants en vertu de l'article 4, point b) 1), du présent "
    "règlement chaque État membre tient compte du fait que, conformément à l'article 3 de la directive 2012/27/UE, la "
    "consommation d'énergie de l'Union en 2020 ne doit pas dépasser 1 483 Mtep d'énergie primaire ou 1 086 Mtep "
    "d'énergie finale en 2020 et 1 128 Mtep d'énergie primaire et/ou 846 Mtep d'énergie finale en 2030.»"
)
EN_2299 = (
    "1.   Member States shall report the information on progress towards the objectives, including progress towards "
    "the Union’s climate-neutrality objective set out in Article 2(1) of Regulation (EU) 2021/1119 of the European "
    "Parliament and of the Council, and towards the targets with respect to greenhouse gas emissions and removals "
    "referred to in Article 4, point (a)(1) of Regulation (EU) 2018/1999, in accordance with the formats set out in "
    "Annex I to this Regulation."
)
FR_2299 = (
    "1.   Les États membres communiquent les informations sur les progrès accomplis en vue de la réalisation des "
    "objectifs généraux, y compris de l’objectif de neutralité climatique de l’Union énoncé à l’article 2, "
    "paragraphe 1, du règlement (UE) 2021/1119 du Parlement européen et du Conseil, et des objectifs spécifiques en "
    "matière d’émissions et d’absorptions de gaz à effet de serre énoncés à l’article 4, point a) 1), du règlement "
    "(UE) 2018/1999 en respectant les formats définis à l’annexe I du présent règlement."
)
FR_1275 = (
    "Conformément à l’article 21, point b) 7), du règlement (UE) 2018/1999, les États membres font rapport sur "
    "leurs stratégies nationales de rénovation à long terme."
)


def _atoms(text: str) -> set[tuple[str, str]]:
    return {a for *_, atoms in find_references(fold(text), text) for a in atoms}


def test_a_numbered_sub_point_after_a_lettered_point_is_read() -> None:
    assert {("article", "21"), ("sub", "b"), ("sub", "7")} <= _atoms(FR_1275)


def test_the_numbered_sub_point_answers_the_english() -> None:
    assert citations(EN_504, FR_504) == []
    assert citations(EN_2299, FR_2299) == []


def test_another_sub_point_still_differs() -> None:
    assert citations(EN_504, FR_504.replace("point b) 1)", "point b) 2)")) != []
    assert citations(EN_2299, FR_2299.replace("point a) 1)", "point a) 3)")) != []
