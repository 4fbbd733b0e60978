"""An exemption said as the predicate of its clause answers a negation of being bound, and shows it dropped (issue 15).

To be exempted from a rule is not to be subject to it: "the operator shall not be subject to the reporting duty" /
« l'exploitant est dispensé de l'obligation de déclaration », "the body is exempted from Article 4" / « l'organisme
n'est pas soumis à l'article 4 ».  The word of exemption answers the negation of the other side; where that negation
is dropped ("shall be subject to", « est soumis à »), both sides say no negation, and only the exemption, left facing
a word of being bound at its place, shows that one side says the opposite of the other.  A faithful pair with no
negation on either side is left alone: an exemption said on both sides, or against a word that is not one of being
bound (« bénéficient d'une franchise » / "are exempt from customs duties"), or a « dispensée » that means "given"
(« la formation est dispensée aux travailleurs » / "the training is provided to workers").
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import changed, negations

# (English, French, the side and its negation, dropped)
_EXEMPTED = [
    (
        "By way of derogation from paragraph 1, a small operator shall not have the obligation to submit an annual "
        "report to the supervisory body where it has submitted one in the preceding year.",
        "Par dérogation au paragraphe 1, un petit exploitant est dispensé de l'obligation de présenter un rapport "
        "annuel à l'organisme de surveillance lorsqu'il en a présenté un au cours de l'année précédente.",
        ("en", "shall not have", "shall have"),
    ),
    (
        "However, a testing body designated under Article 12 shall be exempted from the requirements of Article 9(2) "
        "and it shall send its annual plan to the designating authority.",
        "Toutefois, les organismes d'essai désignés en vertu de l'article 12 ne sont pas soumis aux exigences de "
        "l'article 9, paragraphe 2, et transmettent leur plan annuel à l'autorité de désignation.",
        ("fr", "ne sont pas soumis", "sont soumis"),
    ),
    (
        "Where a framework contract has been concluded, the buyers shall not be required to publish a notice of the "
        "award of each order placed under it.",
        "Lorsqu'un contrat-cadre a été conclu, les acheteurs sont exonérés de la publication d'un avis d'attribution "
        "pour chaque commande passée sur cette base.",
        ("en", "shall not be required", "shall be required"),
    ),
]


@pytest.mark.parametrize(
    ("en", "fr", "drop"), _EXEMPTED, ids=["est dispensé", "shall be exempted", "sont exonérés"]
)
def test_exempted_predicate_shows_a_dropped_negation_of_being_bound(
    en: str, fr: str, drop: tuple[str, str, str]
) -> None:
    assert negations(en, fr) == []
    assert negations(*changed(en, fr, drop)) != []


_FAITHFUL = [
    # an exemption on both sides
    (
        "Small operators shall be exempted from the obligation to keep a register.",
        "Les petits exploitants sont dispensés de l'obligation de tenir un registre.",
    ),
    # an exemption said by another word, with no word of being bound
    (
        "(c) the return of goods by the person who sent them, where those goods are exempt from customs duties;",
        "c) les retours de biens par la personne qui les a envoyés, et qui bénéficient d'une franchise douanière;",
    ),
    # « dispensée »: "given", not "exempted"
    (
        "The training shall be provided to workers who are subject to the new rules.",
        "La formation est dispensée aux travailleurs qui sont soumis aux nouvelles règles.",
    ),
    # a negated exemption on both sides
    (
        "The operator shall not be exempted from the reporting obligation.",
        "L'exploitant n'est pas dispensé de l'obligation de déclaration.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _FAITHFUL, ids=["both", "franchise", "given", "not exempted"])
def test_exempted_predicate_left_alone_where_faithful(en: str, fr: str) -> None:
    assert negations(en, fr) == []
