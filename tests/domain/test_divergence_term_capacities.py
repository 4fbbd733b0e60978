"""« Le renforcement des capacités » said as the reinforcement of capacities or the development of capabilities.

French writes « le renforcement des capacités (nationales, en matière de TIC) » where English names the same
thing "the reinforcement of national capacities" (2024/1689, 2025/454) or "the development of ICT capabilities"
(2022/2554), not the glossary's "capacity building".  Those wordings render the term: a note, not a warning.  A
« renforcement des capacités » the English leaves without any of its renderings still warns.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import terms


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "To support the reinforcement of regional capacities, the Agency may second experts.",
            "Afin de soutenir le renforcement des capacités régionales, l'Agence peut détacher des experts.",
        ),
        (
            "The development of analytical capabilities by the authorities should be funded.",
            "Le renforcement des capacités d'analyse des autorités devrait être financé.",
        ),
    ],
)
def test_other_renderings_of_capacity_building_raise_no_warning(en: str, fr: str) -> None:
    assert terms(en, fr) == []


def test_capacity_building_left_out_still_warns() -> None:
    en = "To support the recruitment of regional staff, the Agency may second experts."
    fr = "Afin de soutenir le renforcement des capacités régionales, l'Agence peut détacher des experts."
    assert "term_mismatch:fr:capacity building" in terms(en, fr)
