"""obligation_mismatch, force: a duty to apply for an exemption or a derogation ("shall apply for the exemption … to the
competent authority") says how a relief from a rule is had, by whom it is asked and of whom; no one can be bound to
claim a relief, which is had only by those who want it, so French says the same thing from the applicant's side by
« peut demander (à bénéficier de) l'exemption ». Against any other object ("shall apply for a licence", "shall apply
the exemption") or any other French verb, the English duty still faces the French permission."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force, obligations


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # Delegated Regulation (EU) 2022/1302, Article 8(1)
            "1.   A non-financial entity holding a qualifying position in an agricultural commodity derivative or in a "
            "critical or significant commodity derivative shall apply for the exemption referred to in Article 57(1), "
            "second subparagraph, point (a), of Directive 2014/65/EU to the competent authority which sets the "
            "position limit for that commodity derivative.",
            "1.   Une entité non financière qui détient une position conforme aux critères sur un instrument dérivé "
            "sur matières premières agricoles ou sur un instrument dérivé sur matières premières d’importance "
            "critique ou significative peut demander à bénéficier de l’exemption prévue à l’article 57, paragraphe "
            "1, deuxième alinéa, point a), de la directive 2014/65/UE à l’autorité compétente qui fixe la limite de "
            "position pour cet instrument dérivé sur matières premières.",
        ),
        (
            # Delegated Regulation (EU) 2017/591, Article 8(1)
            "1.   A non-financial entity holding a qualifying position in a commodity derivative shall apply for the "
            "exemption referred to in the second subparagraph of paragraph 1 of Article 57 of Directive 2014/65/EU "
            "to the competent authority which sets the position limit for that commodity derivative.",
            "1.   Une entité non financière détenant une position remplissant les conditions dans un instrument "
            "dérivé sur matières premières peut demander à bénéficier de l'exemption visée à l'article 57, "
            "paragraphe 1, deuxième alinéa, de la directive 2014/65/UE à l'autorité compétente qui fixe la limite "
            "de position pour cet instrument dérivé sur matières premières.",
        ),
        (
            # the verb's object said directly, a derogation
            "The operator shall apply for a derogation to the competent authority before 1 March.",
            "L'exploitant peut solliciter une dérogation auprès de l'autorité compétente avant le 1er mars.",
        ),
    ],
    ids=["2022/1302", "2017/591", "derogation"],
)
def test_a_duty_to_claim_a_relief_is_the_french_permission_to_ask_for_it(en: str, fr: str) -> None:
    assert obligations(en, fr) == []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # a licence is no relief from a rule: the duty to hold one may be meant
            "The operator shall apply for a licence to the competent authority before 1 March.",
            "L'exploitant peut demander une licence à l'autorité compétente avant le 1er mars.",
        ),
        (
            # applying the exemption to others is a duty of the authority, not a claim
            "The competent authority shall apply the exemption to the undertakings referred to in paragraph 1.",
            "L'autorité compétente peut appliquer l'exemption aux entreprises visées au paragraphe 1.",
        ),
        (
            # French says the relief, but not by asking for it
            "The operator shall apply for the exemption to the competent authority.",
            "L'exploitant peut bénéficier de l'exemption auprès de l'autorité compétente.",
        ),
    ],
    ids=["licence", "apply the exemption", "beneficier"],
)
def test_other_duties_against_a_french_permission_still_fire(en: str, fr: str) -> None:
    assert force(en, fr)


def test_a_permission_to_claim_against_a_french_duty_still_fires() -> None:
    assert force(
        "The operator may apply for the exemption to the competent authority.",
        "L'exploitant doit demander à bénéficier de l'exemption auprès de l'autorité compétente.",
    )
