"""obligation_mismatch, force: a permission said once for a list in one language and in each item in the other — a
French lead-in that ends on it (« Les États membres peuvent: ») against an English lead-in with no modal, whose items
say it ("The laws of a Member State:", "(a) need not apply", "(b) may permit"), or a French item that says the lead-in's
permission again with its subject (« a) elle peut être majorée de ») against an English item that only completes the
lead-in ("a) by 10 percentage points") — is no change of force, as a negation shared out between a lead-in and its items
is none."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # 32012l0030, Article 33(2)
        ("2.   The laws of a Member State:", "2.   Les États membres peuvent:"),
        (
            # 32022r2453, Annex
            "For the calculation of the percentage of the exposures to activities that comply with the requirements "
            "laid down in Article 3 of Regulation (EU) 2020/852 (taxonomy-aligned exposures) towards those "
            "counterparties, institutions:",
            "Pour le calcul du pourcentage d’expositions, à l’égard de telles contreparties, sur des activités "
            "satisfaisant aux exigences prévues à l’article 3 du règlement (UE) 2020/852 (expositions alignées sur la "
            "taxinomie), les établissements peuvent:",
        ),
        (
            # 32023r1315, Article 1, point (26)
            "a) by 10 percentage points for medium sized enterprises and 20 percentage points for small enterprises;",
            "a) elle peut être majorée de 10 points de pourcentage pour les moyennes entreprises et de 20 points de "
            "pourcentage pour les petites entreprises;",
        ),
        (
            "c) by additional 5 percentage points for testing and experimentation infrastructures of which at least "
            "80 % of annual capacity is allocated to SMEs.",
            "c) elle peut être majorée de 5 points de pourcentage supplémentaires pour les infrastructures d’essai et "
            "d’expérimentation dont au moins 80 % de la capacité annuelle est allouée aux PME.",
        ),
    ],
)
def test_a_permission_of_the_list_said_elsewhere_faces_no_duty(en: str, fr: str) -> None:
    assert force(en, fr) == []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # an English lead-in that says a duty: the French permission changes it
        ("2.   Member States shall:", "2.   Les États membres peuvent:"),
        # an English item that says its own verb
        (
            "(a) the aid intensity is increased by 10 percentage points for medium sized enterprises;",
            "a) elle peut être majorée de 10 points de pourcentage pour les moyennes entreprises;",
        ),
    ],
)
def test_a_permission_against_a_duty_or_a_verb_still_fires(en: str, fr: str) -> None:
    assert force(en, fr)
