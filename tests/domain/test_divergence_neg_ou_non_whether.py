"""« ou non » that renders a "whether" or the « non » of a negative adjective answers no negation of another verb
(issue 15: wide corpus of EU acts, 32012r0601, 32018r2066, 32014l0024, 32014l0025, 32017r0567).

« que ce soit ou non dans le cadre de l'article 40 » ("whether in the context of Article 40 or not"), « que ces
dernières exercent ou non leurs activités » ("irrespectively of whether these latter operate"), « répond ou non »
("whether the envisaged measure responds") say the "whether" of a clause that ends before the English negation, or
holds it only in a clause inside it ("an additional risk which the competent authority is not able to address"); and
« irrégulières ou non intentionnelles » ("irregular or unintended") is two adjectives, the second negated by its prefix
« non ».  None says the "not" of another verb; with the French « ne … pas » of that verb dropped, the « ou non »
answered the English negation and hid the drop.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations


@pytest.mark.parametrize(
    ("en", "fr", "negated", "affirmed"),
    [
        # 32012r0601-a3-53: « qui ne sont pas localisées » made « qui sont localisées »
        (
            "(48) ‘fugitive emissions’ means irregular or unintended emissions from sources which are not "
            "localised, or too diverse or too small to be monitored individually;",
            "48. «émissions fugitives», les émissions irrégulières ou non intentionnelles à partir de sources qui"
            " ne sont pas localisées ou qui sont trop disparates ou trop petites pour faire l’objet d’une "
            "surveillance individuelle;",
            "qui ne sont pas localisées",
            "qui sont localisées",
        ),
        # 32018r2066-a3-54: « qui ne sont pas localisées » made « qui sont localisées »
        (
            "(49) ‘fugitive emissions’ means irregular or unintended emissions from sources that are not "
            "localised, or too diverse or too small to be monitored individually;",
            "49) «émissions fugitives»: les émissions irrégulières ou non intentionnelles à partir de sources qui"
            " ne sont pas localisées ou qui sont trop disparates ou trop petites pour faire l'objet d'une "
            "surveillance individuelle;",
            "qui ne sont pas localisées",
            "qui sont localisées",
        ),
        # 32014l0024-a41-01: « ne soit pas faussée » made « soit faussée »
        (
            "Where a candidate or tenderer or an undertaking related to a candidate or tenderer has advised the "
            "contracting authority, whether in the context of Article 40 or not, or has otherwise been involved "
            "in the preparation of the procurement procedure, the contracting authority shall take appropriate "
            "measures to ensure that competition is not distorted by the participation of that candidate or "
            "tenderer.",
            "Lorsqu’un candidat ou soumissionnaire, ou une entreprise liée à un candidat ou à un soumissionnaire,"
            " a donné son avis au pouvoir adjudicateur, que ce soit ou non dans le cadre de l’article 40, ou a "
            "participé d’une autre façon à la préparation de la procédure de passation de marché, le pouvoir "
            "adjudicateur prend des mesures appropriées pour veiller à ce que la concurrence ne soit pas faussée "
            "par la participation de ce candidat ou soumissionnaire.",
            "ne soit pas faussée",
            "soit faussée",
        ),
        # 32014l0025-a59-01: « ne soit pas faussée » made « soit faussée »
        (
            "Where a candidate or tenderer or an undertaking related to a candidate or tenderer has advised the "
            "contracting entity, whether in the context of Article 58 or not, or has otherwise been involved in "
            "the preparation of the procurement procedure, the contracting entity shall take appropriate measures"
            " to ensure that competition is not distorted by the participation of that candidate or tenderer.",
            "Lorsqu’un candidat ou soumissionnaire, ou une entreprise liée à un candidat ou soumissionnaire, a "
            "donné son avis à l’entité adjudicatrice, que ce soit ou non dans le cadre de l’article 58, ou a "
            "participé d’une autre façon à la préparation de la procédure de passation de marché, l’entité "
            "adjudicatrice prend des mesures appropriées pour assurer que la concurrence ne soit pas faussée par "
            "la participation de ce candidat ou soumissionnaire.",
            "ne soit pas faussée",
            "soit faussée",
        ),
        # 32014l0025-r021: « ne sont pas soumises » made « sont soumises »
        (
            "On the other hand, contracting authorities operating in the cooling field are subject to the rules "
            "of Directive 2014/24/EU, whereas public undertakings and private undertakings, irrespectively of "
            "whether these latter operate on the basis of special or exclusive rights, are not subject to "
            "procurement rules.",
            "En revanche, les pouvoirs adjudicateurs actifs dans le domaine de la réfrigération sont soumis aux "
            "règles de la directive 2014/24/UE, tandis que les entreprises publiques et les entreprises privées, "
            "que ces dernières exercent ou non leurs activités sur la base de droits spéciaux ou exclusifs, ne "
            "sont pas soumises aux règles relatives à la passation des marchés.",
            "ne sont pas soumises",
            "sont soumises",
        ),
        # 32017r0567-a22-27: « n'est pas en mesure » made « est en mesure »
        (
            "4.   For the purposes of Article 45(2)(b) of Regulation (EU) No 600/2014, ESMA shall apply the "
            "criteria and factors set out in paragraph 1 of this Article taking into account whether the "
            "envisaged measure responds to a failure to act by a competent authority or to an additional risk "
            "which the competent authority is not able to sufficiently address pursuant to Article 69(2)(j) or "
            "(o) of Directive 2014/65/EU.",
            "4.   Aux fins de l'article 45, paragraphe 2, point b), du règlement (UE) no 600/2014, l'AEMF "
            "applique les critères et facteurs énumérés au paragraphe 1 du présent article en tenant compte du "
            "fait que la mesure envisagée répond ou non à une carence de l'autorité compétente ou à un risque "
            "supplémentaire auquel l'autorité compétente n'est pas en mesure de remédier convenablement en vertu "
            "de l'article 69, paragraphe 2, point j) ou point o) de la directive 2014/65/UE.",
            "n'est pas en mesure",
            "est en mesure",
        ),
    ],
)
def test_ou_non_of_whether_or_adjective_answers_no_dropped_negation(
    en: str, fr: str, negated: str, affirmed: str
) -> None:
    assert negations(en, fr) == []
    assert negations(en, fr.replace(negated, affirmed)) != []
