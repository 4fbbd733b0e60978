"""obligation_mismatch, force: a "may" that grants no one anything, in clauses the English marks with no relative pronoun
or with a subject of several words: a relative clause with no pronoun after a quantified noun ("any share of the
contract it may intend to subcontract" / « toute partie du marché qu'il envisage de sous-traiter »), an "as" clause
whose subject is a noun phrase ("as the market surveillance authority may prescribe" / « que l'autorité … prescrit »),
and the anticipatory "it" of an adjective of judgment ("considers that it may be appropriate to carry out" / « juge
opportun de diligenter »).  French says them by a plain present; the modal of a main clause still grants, and a duty
against such a "may" still fires."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force, obligations


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # Directive 2009/81/EC, Article 21(2)
            "— to indicate in its tender any share of the contract it may intend to subcontract to third parties and "
            "any proposed subcontractor, as well as the subject-matter of the subcontracts for which they are "
            "proposed; and/or,",
            "— d’indiquer dans son offre toute partie du marché qu’il envisage de sous-traiter à des tiers et tout "
            "sous-traitant proposé ainsi que l’objet des contrats de sous-traitance pour lesquels ces derniers ont "
            "été proposés, et/ou",
        ),
        (
            # Regulation (EU) 2024/2847, Article 54(2)
            "Where, in the course of that evaluation, the market surveillance authority finds that the product with "
            "digital elements does not comply with the requirements laid down in this Regulation, it shall without "
            "delay require the relevant economic operator to take all appropriate corrective actions to bring the "
            "product with digital elements into compliance with those requirements, to withdraw it from the market, "
            "or to recall it within a reasonable period, commensurate with the nature of the cybersecurity risk, as "
            "the market surveillance authority may prescribe.",
            "Si, au cours de cette évaluation, l’autorité de surveillance du marché constate que le produit "
            "comportant des éléments numériques ne respecte pas les exigences prévues par le présent règlement, elle "
            "invite sans retard l’opérateur économique en cause à prendre toutes les mesures correctives appropriées "
            "pour mettre le produit comportant des éléments numériques en conformité avec ces exigences, le retirer "
            "du marché ou le rappeler dans un délai raisonnable, proportionné à la nature du risque de "
            "cybersécurité, que l’autorité de surveillance du marché prescrit.",
        ),
        (
            # Directive (EU) 2023/2843, Article 11 (an amended Article 9(b) of Directive 2014/41/EU)
            "(b) if the executing authority, in the course of the execution of the EIO, considers without further "
            "enquiries that it may be appropriate to carry out investigative measures not initially foreseen, or "
            "which could not be specified when the EIO was issued, in order to enable the issuing authority to take "
            "further action in the specific case; or",
            "b) si, au cours de l’exécution de la décision d’enquête européenne, l’autorité d’exécution juge "
            "opportun, sans plus ample informé, de diligenter des mesures d’enquête non prévues initialement ou qui "
            "n’avaient pas pu être spécifiées au moment de l’émission de la décision d’enquête européenne, pour "
            "permettre à l’autorité d’émission de prendre de nouvelles mesures dans le cas d’espèce; ou",
        ),
    ],
    ids=["contact relative", "as clause", "anticipatory it"],
)
def test_a_may_that_grants_nothing_needs_no_french_modal(en: str, fr: str) -> None:
    assert obligations(en, fr) == []


def test_a_may_after_a_phrase_of_circumstance_still_grants() -> None:
    # "In any such case it may": a preposition governs the quantified noun, and the pronoun opens the main clause
    assert force(
        "In any such case it may request the assistance of the Authority.",
        "Dans un tel cas, elle demande l’assistance de l’Autorité.",
    )


def test_a_may_after_a_role_still_grants() -> None:
    # "as the single national supervisory authority" is a role, and its verb does not end the clause
    assert force(
        "The body acting as the single national supervisory authority may adopt guidelines on those matters.",
        "L’organisme agissant en tant qu’autorité nationale unique de surveillance adopte des orientations sur ces "
        "questions.",
    )


def test_a_duty_against_a_may_of_a_contact_relative_still_fires() -> None:
    assert force(
        "— to indicate in its tender any share of the contract it may intend to subcontract to third parties;",
        "— d’indiquer dans son offre toute partie du marché qu’il doit sous-traiter à des tiers;",
    )
