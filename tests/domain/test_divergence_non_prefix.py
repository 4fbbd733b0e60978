"""Initials behind the prefix "non-" (issue 15, wide corpus of EU acts).

English joins the prefix to the initials with a hyphen, "subsidiaries of non-EU institutions"; French writes it
apart, « filiales d'établissements non UE ». The Union is named on both sides, inside a word in the English.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys

PAIRS = [
    (
        "Reporting by material subsidiaries of non-EU global systemically important institutions",
        "Déclarations des filiales importantes d’établissements d’importance systémique mondiale non UE",
    ),
    (
        "The entity shall report the holdings of its non-EU branches every quarter.",
        "L’entité déclare chaque trimestre les avoirs de ses succursales non UE.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), PAIRS, ids=["heading", "clause"])
def test_non_prefixed_initials_are_named(en: str, fr: str) -> None:
    assert blocking_keys(en, fr, "entity_mismatch") == []
    assert blocking_keys(en, fr, "term_mismatch") == []


def test_initials_missing_from_the_english_are_still_caught() -> None:
    en = "The entity shall report the holdings of its branches every quarter."
    fr = "L’entité déclare chaque trimestre les avoirs de ses succursales non UE."
    assert blocking_keys(en, fr, "entity_mismatch") or blocking_keys(en, fr, "term_mismatch")
