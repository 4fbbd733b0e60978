"""obligation_mismatch, force: a "may" in the that-clause of a verb of belief or suspicion ("has reason to believe
that the product may present a risk", "suspects that the infringement may affect consumers") says what may be the
case, a possibility the authority has in mind; it grants nothing, and French says it by a plain present (« a des
raisons de croire que le produit présente un risque »)."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "(c) if the national administrator has reasonable grounds to believe that the account may be used for "
            "fraud involving allowances or for money laundering;",
            "c) si l'administrateur national a de bonnes raisons de soupçonner que le compte est utilisé pour commettre "
            "des fraudes concernant des quotas ou pour des opérations de blanchiment de capitaux;",
        ),
        (
            "Where an importer has reason to believe that a product may present a significant risk, it shall inform "
            "the market surveillance authorities thereof.",
            "Lorsqu'un importateur a des raisons de croire qu'un produit présente un risque important, il en informe "
            "les autorités de surveillance du marché.",
        ),
        (
            "The competent authority shall act where it suspects that the infringement in question may affect the "
            "interests of consumers in other Member States.",
            "L'autorité compétente agit lorsqu'elle soupçonne que l'infraction en cause porte atteinte aux intérêts "
            "des consommateurs dans d'autres États membres.",
        ),
    ],
)
def test_a_may_a_belief_governs_grants_nothing(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_a_may_of_the_main_clause_after_a_belief_still_fires() -> None:
    # the belief's clause is closed by its own verb; the "may" after the comma is the main clause's permission
    assert force(
        "Where a Member State believes that a decision impinges on its fiscal responsibilities, it may notify the "
        "Commission within two weeks.",
        "Lorsqu'un État membre estime qu'une décision empiète sur ses compétences budgétaires, il notifie cette "
        "décision à la Commission dans un délai de deux semaines.",
    )


def test_a_duty_changed_into_a_may_a_belief_governs_still_fires() -> None:
    # the modal of the main clause is what the clause grants or requires, whatever the belief's clause says
    assert force(
        "Where an importer has reason to believe that a product may present a significant risk, it may inform the "
        "market surveillance authorities thereof.",
        "Lorsqu'un importateur a des raisons de croire qu'un produit présente un risque important, il doit en "
        "informer les autorités de surveillance du marché.",
    )


def test_a_belief_whose_clause_has_said_its_verb_leaves_the_may_after_it_a_permission() -> None:
    # no comma closes the belief's clause; its own verb ("there are new risks") does
    assert force(
        "Reasonable grounds to believe that there are new risks may lead the undertaking to update its policy.",
        "Des motifs raisonnables de croire qu'il existe de nouveaux risques conduisent l'entreprise à mettre à jour "
        "sa politique.",
    )
