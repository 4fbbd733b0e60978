"""Numbers of the wide corpus of EU acts (issue 15) glued to their unit or to a dimension.

English drafting often drops the space between an amount and its unit symbol ("500kW", "2kWh") and writes a grid
or a size as "100x100"; French writes « 500 kW », « 100 x 100 mètres ». The glued amount is still that amount:
it must match the French, and a changed amount must still be caught.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys

PAIRS = [
    (
        "Operators of installations with a rated thermal input of at least 300kW shall report the data set out in "
        "Annex II.",
        "Les exploitants des installations d’une puissance thermique nominale d’au moins 300 kW déclarent les "
        "données énumérées à l’annexe II.",
    ),
    (
        "(c) for storage units with a capacity greater than 5kWh, the label referred to in Article 9;",
        "c) pour les unités de stockage d’une capacité supérieure à 5 kWh, l’étiquette visée à l’article 9;",
    ),
    (
        "Coverage shall be mapped on the basis of grids of no more than 200x200 metres.",
        "La couverture est cartographiée sur la base de grilles de 200 x 200 mètres au maximum.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), PAIRS, ids=["kW", "kWh", "grid"])
def test_a_number_glued_to_its_unit_or_dimension_is_that_number(en: str, fr: str) -> None:
    assert blocking_keys(en, fr, "number_mismatch") == []


@pytest.mark.parametrize(("en", "fr"), PAIRS, ids=["kW", "kWh", "grid"])
def test_a_changed_glued_number_is_still_caught(en: str, fr: str) -> None:
    changed = en.replace("300kW", "30kW").replace("5kWh", "50kWh").replace("200x200", "200x250")
    assert blocking_keys(changed, fr, "number_mismatch")
