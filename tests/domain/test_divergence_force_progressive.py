"""obligation_mismatch, force: "may" with a progressive ("may be taking place", "may be committing an offence",
"users who may be interacting with the product") says what may be going on, a possibility, as "may have taken place"
says what may have happened; no one is permitted to be doing something, and French says it by a plain present or
« être en train de »."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "1.   A competent authority that suspects that an infringement has taken place, may have taken place, or "
            "may be taking place, shall report its preliminary assessment to the other competent authorities "
            "concerned without undue delay.",
            "1.   Une autorité compétente qui soupçonne une infraction d'avoir été commise, d'avoir pu être commise ou "
            "d'être en train d'être commise communique sans retard injustifié son évaluation préliminaire aux autres "
            "autorités compétentes concernées.",
        ),
        (
            "The provider shall inform the authorities where it has information that a recipient of the service may "
            "be committing a criminal offence.",
            "Le fournisseur informe les autorités lorsqu'il dispose d'informations selon lesquelles un destinataire du "
            "service commet une infraction pénale.",
        ),
        (
            "Several users may be interacting with a connected product at the same time, and the data it generates "
            "shall be made available to each of them.",
            "Plusieurs utilisateurs interagissent parfois en même temps avec un produit connecté, et les données qu'il "
            "génère sont mises à la disposition de chacun d'eux.",
        ),
    ],
)
def test_a_may_with_a_progressive_grants_nothing(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_may_be_binding_is_still_a_permission() -> None:
    # "binding" is an adjective, not a progressive: "may be binding" against « est obligatoire » changes the force
    assert force(
        "The decision may be binding on the parties.",
        "La décision doit être obligatoire pour les parties.",
    )


def test_a_may_with_a_passive_is_still_a_permission() -> None:
    assert force(
        "1.   The competent authority may report its preliminary assessment to the other authorities concerned.",
        "1.   L'autorité compétente communique son évaluation préliminaire aux autres autorités concernées.",
    )
