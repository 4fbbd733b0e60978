"""obligation_mismatch, force: the French verb « risquer de » (« risque d'entraîner », « risquent de porter atteinte »)
says what may come about; it is always the finite verb of its clause, so an English "shall" at its place is the verb
of the same clause, turned into a duty ("whether a practice shall threaten" / « le fait que la pratique risque
d'ébranler »), whatever the clause and however long its subject.  (An adjective, « susceptible de », may stand after a
noun whose English clause is elsewhere: it still needs the English clause to open at the "shall".)"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force

_CASES = [
    (
        "(u) whether a financial instrument, financial activity or financial practice {modal} threaten investors' "
        "confidence in the financial system.",
        "u) le fait ou non que l'instrument financier ou l'activité ou la pratique financière risque d'ébranler la "
        "confiance des investisseurs dans le système financier.",
    ),
    (
        "(b) on their own initiative where they have knowledge that a planned change in rights or influence over "
        "transmission system owners or transmission system operators {modal} lead to an infringement of Article 9, or "
        "where they have reason to believe that such an infringement may have occurred; or",
        "b) de leur propre initiative, lorsqu’elles ont connaissance du fait qu’une modification prévue des pouvoirs "
        "ou de l’influence exercés sur des propriétaires ou des gestionnaires de réseau de transport risque "
        "d’entraîner une infraction aux dispositions de l’article 9, ou lorsqu’elles ont des motifs de croire qu’une "
        "telle infraction a pu être commise; ou",
    ),
    (
        "1.   This Directive applies to representative actions brought against infringements by traders of the "
        "provisions of Union law referred to in Annex I, including such provisions as transposed into national law, "
        "that harm or {modal} harm the collective interests of consumers.",
        "1.   La présente directive s’applique aux actions représentatives intentées en raison d’infractions commises "
        "par des professionnels aux dispositions du droit de l’Union visées à l’annexe I, y compris ces dispositions "
        "telles qu’elles ont été transposées en droit national, qui portent atteinte ou risquent de porter atteinte "
        "aux intérêts collectifs des consommateurs.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _CASES)
def test_shall_against_risque_de_fires(en: str, fr: str) -> None:
    assert force(en.format(modal="shall"), fr)


@pytest.mark.parametrize(("en", "fr"), _CASES)
def test_may_against_risque_de_is_silent(en: str, fr: str) -> None:
    assert force(en.format(modal="may"), fr) == []


def test_a_shall_of_another_clause_far_from_risque_de_is_silent() -> None:
    # the "shall" of the main clause, far from « risque de », faces the French present « prennent »
    assert (
        force(
            "Member States shall take the appropriate measures where the operation of a facility, in the opinion of "
            "the competent authority and after consulting the operator and any other person concerned, is likely to "
            "harm the environment.",
            "Les États membres prennent les mesures appropriées lorsque l'exploitation d'une installation, de l'avis "
            "de l'autorité compétente et après consultation de l'exploitant et de toute autre personne concernée, "
            "risque de nuire à l'environnement.",
        )
        == []
    )


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "5.   Operators that obtain or are made aware of relevant new information, including substantiated "
            "concerns, indicating that a relevant product that they have placed on the market is at risk of not "
            "complying with this Regulation shall immediately inform the competent authorities.",
            "5.   Les opérateurs qui obtiennent ou ont connaissance de nouvelles informations pertinentes, y compris "
            "des préoccupations étayées, indiquant qu’un produit en cause qu’ils ont mis sur le marché risque de ne pas "
            "être conforme au présent règlement, en informent immédiatement les autorités compétentes.",
        ),
        (
            "2.   Where the determination of the biomass fraction of a mixed fuel or material by analysis in accordance "
            "with paragraph 1 is technically not feasible or would incur unreasonable costs, the operator shall base "
            "its calculation on standard emission factors and biomass fraction values for mixed fuels and materials "
            "and estimation methods published by the Commission.",
            "2.   Lorsqu’il n’est pas techniquement possible de déterminer au moyen d’analyses la fraction issue de la "
            "biomasse d’un combustible ou d’une matière mixte conformément au paragraphe précédent, ou si cela risque "
            "d’entraîner des coûts excessifs, l’exploitant fonde son calcul sur des facteurs d’émission et des valeurs "
            "standard de fraction issue de la biomasse des combustibles et matières mixtes, ainsi que sur des méthodes "
            "d’estimation publiées par la Commission.",
        ),
    ],
)
def test_risque_de_that_renders_an_english_risk_leaves_the_shall_alone(en: str, fr: str) -> None:
    # "is at risk of", "would incur": the English says the risk itself; the "shall" is the main clause's duty
    assert force(en, fr) == []
