"""obligation_mismatch, force: « pouvoir » and « option » named as a thing (« le pouvoir de nomination », « l'option
prévue au paragraphe 2 ») or the infinitive of a purpose (« afin de pouvoir garantir ») grant the subject of the main
clause nothing: they are no counterpart of an English "may" that grants, which French says by « peut ».  What a verb of
having or of granting governs (« ont le pouvoir d'exiger », « disposent d'une option ») and a power to act (« le pouvoir
d'infliger ») still answer it."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "4.   The supervisory authority may use the write-off power in respect of the instruments issued by the "
            "entity under resolution.",
            "4.   L'autorité de surveillance applique le pouvoir de réduction aux instruments émis par l'entité "
            "soumise à la procédure de résolution.",
        ),
        (
            "The choice referred to in paragraph 3 may be valid for three consecutive financial years.",
            "L'option visée au paragraphe 3 est valable pour trois exercices financiers consécutifs.",
        ),
        (
            "2.   Operators may keep sufficient reserves of spare parts to ensure the continuity of the service.",
            "2.   Les exploitants conservent des réserves suffisantes de pièces détachées afin de pouvoir assurer la "
            "continuité du service.",
        ),
    ],
)
def test_a_granted_may_against_a_power_named_as_a_thing_fires(en: str, fr: str) -> None:
    assert force(en, fr)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "3.   The inspectors may require the production of any document relating to the audited operations.",
            "3.   Les inspecteurs ont le pouvoir d'exiger la production de tout document relatif aux opérations "
            "contrôlées.",
        ),
        (
            "The authority may, in accordance with national law, impose periodic penalty payments.",
            "L'autorité dispose, conformément au droit national, du pouvoir d'infliger des astreintes.",
        ),
        (
            "The supervisory authority shall use the write-off power in respect of the instruments concerned.",
            "L'autorité de surveillance applique le pouvoir de réduction aux instruments concernés.",
        ),
    ],
)
def test_a_power_had_or_granted_still_answers_may(en: str, fr: str) -> None:
    assert force(en, fr) == []
