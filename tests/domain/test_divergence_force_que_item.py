"""obligation_mismatch, force: a French list item that opens with « que » continues the completive clause its lead-in's
verb opened (« Les États membres peuvent prévoir: a) que le vendeur peut …; b) que … »), which English says once in the
lead-in ("Member States may provide that:") and not again in its items ("(a) the seller may …").  The modal of such an
item is the force of what the provision lays down, the counterpart of the English item's modal, not a possibility that a
relative or completive clause describes: « peut » against "shall" there is a change of force."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "(b) the seller shall exceptionally withhold the deposit if he can show that the goods were returned "
            "damaged.",
            "b) que le vendeur peut exceptionnellement retenir l'acompte s'il peut établir que les biens ont été "
            "restitués endommagés.",
        ),
        (
            "(a) the fee shall be charged by the operator on condition that the journey exceeds the distance laid "
            "down by national law;",
            "a) que la redevance peut être perçue par l'exploitant, à condition que le trajet dépasse la distance "
            "fixée par le droit national;",
        ),
        (
            "— the lessee shall terminate the lease before its term where the premises become unfit for use.",
            "— que le preneur peut résilier le bail avant son terme lorsque les locaux deviennent impropres à l'usage.",
        ),
    ],
)
def test_a_que_item_modal_against_the_other_force_fires(en: str, fr: str) -> None:
    assert force(en, fr)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "(b) the seller may exceptionally withhold the deposit if he can show that the goods were returned "
            "damaged.",
            "b) que le vendeur peut exceptionnellement retenir l'acompte s'il peut établir que les biens ont été "
            "restitués endommagés.",
        ),
        (
            "(a) the fee may be charged by the operator only where the journey exceeds the distance laid down by "
            "national law;",
            "a) que la redevance peut être perçue par l'exploitant uniquement lorsque le trajet dépasse la distance "
            "fixée par le droit national;",
        ),
        (
            "(c) that the lessee may terminate the lease before its term where the premises become unfit for use.",
            "c) que le preneur puisse résilier le bail avant son terme lorsque les locaux deviennent impropres à "
            "l'usage.",
        ),
        # a « que » inside the item still opens a clause that describes
        (
            "(d) the register shall state the means by which the documents may be obtained.",
            "d) le registre indique les moyens par lesquels les documents peuvent être obtenus.",
        ),
    ],
)
def test_a_que_item_modal_against_the_same_force_is_quiet(en: str, fr: str) -> None:
    assert force(en, fr) == []
