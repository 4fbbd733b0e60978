"""A negation does not reach a connective that opens a clause or a condition of its own (issue 15, wide corpus).

"if there is no surrender clause and the policy cannot be used as collateral", "when such link does not fulfil the
requirements and thereby would threaten the functioning of the markets": the connective opens a clause whose verb is
"cannot", "would", as it does before "shall" or "is"; "where there is no such co-financing and where the outcome goes
to the contracting authority": the condition word said again opens a condition of its own.  The negation of the first
clause governs neither, and an "or" made of the "and" changes the condition.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return [
        f.key
        for f in check_pair(ClausePair(en, fr))
        if f.severity is not Severity.INFO and f.key.startswith("obligation_mismatch:connective")
    ]


# (32005l0060, 32014r0909: the English "and" of the official text made "or")
_OWN_VERB = [
    (
        "(b) insurance policies for pension schemes if there is no surrender clause and the policy cannot be used as "
        "collateral;",
        "b) les contrats d'assurance retraite qui ne comportent pas de clause de rachat et qui ne peuvent être "
        "utilisés en garantie;",
        "clause and",
    ),
    (
        "7.   The competent authority of the requesting CSD shall require that CSD to discontinue a CSD link that has "
        "been notified when such link does not fulfil the requirements provided for in Article 48 and thereby would "
        "threaten the smooth and orderly functioning of the financial markets or cause systemic risk.",
        "7.   L’autorité compétente du DCT demandeur lui impose d’interrompre un lien entre DCT qui a été notifié si "
        "celui-ci ne respecte pas les exigences prévues à l’article 48 et est ainsi susceptible de représenter une "
        "menace pour le fonctionnement harmonieux et ordonné des marchés financiers ou de créer un risque systémique.",
        "48 and",
    ),
]


@pytest.mark.parametrize(("en", "fr", "said"), _OWN_VERB, ids=["cannot", "would"])
def test_a_connective_before_a_clause_with_a_modal_of_its_own_is_compared(
    en: str, fr: str, said: str
) -> None:
    assert connectives(en, fr) == []
    assert connectives(en.replace(said, said.replace("and", "or")), fr) != []


# (32014l0024, 32014l0025, 32025r1125: the English "and" of the official text made "or")
_OWN_CONDITION = [
    (
        "It should consequently be clarified that this Directive applies only where there is no such co-financing "
        "and where the outcome of the R&D activities go to the contracting authority concerned.",
        "Par conséquent, il y a lieu de préciser que la présente directive ne s’applique qu’en l’absence d’un tel "
        "cofinancement et lorsque les résultats des activités de R&D reviennent au pouvoir adjudicateur concerné.",
        "co-financing and",
    ),
    (
        "(c) where the person concerned has been assessed as not having the experience required, and provided that "
        "the minimum experience required is met, details of the training plan imposed, including the content, "
        "provider and date by which the training plan has been or will be completed.",
        "c) lorsque la personne concernée a été considérée comme n’ayant pas l’expérience requise, et pour autant que "
        "l’exigence d’expérience minimale soit satisfaite, des précisions sur le plan de formation imposé, y compris le "
        "contenu, le prestataire et la date à laquelle le plan de formation a été ou sera achevé.",
        "required, and",
    ),
]


@pytest.mark.parametrize(("en", "fr", "said"), _OWN_CONDITION, ids=["and where", "and provided that"])
def test_a_connective_before_a_condition_word_is_compared_after_a_negation(
    en: str, fr: str, said: str
) -> None:
    assert connectives(en, fr) == []
    assert connectives(en.replace(said, said.replace("and", "or")), fr) != []


def test_a_negation_still_reaches_a_connective_before_a_noun() -> None:
    en = "The approval may be revoked when the holder no longer complies with the rules or procedures for its issue."
    fr = "L'agrément peut être retiré lorsque son titulaire ne satisfait plus aux règles et procédures de délivrance."
    assert connectives(en, fr) == []
