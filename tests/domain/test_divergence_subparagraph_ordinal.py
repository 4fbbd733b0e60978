"""A subparagraph cited by its number on one side and by its ordinal on the other (issue 15, wide corpus).

EU acts write "subparagraph 3" or « alinéa 3 » as often as "the third subparagraph" / « troisième alinéa », and
the two language versions do not always choose alike. The citation is the same; another subparagraph is not.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys

PAIRS = [
    (
        "The period referred to in subparagraph 3 shall begin on the date of receipt of the complete application.",
        "La période visée au troisième alinéa débute à la date de réception de la demande complète.",
    ),
    (
        "Allowances shall be set aside for the projects that meet the criteria referred to in the second subparagraph.",
        "Des quotas sont réservés aux projets qui satisfont aux critères visés à l’alinéa 2.",
    ),
    (
        "The amount shall be deducted in accordance with subparagraph 2 of Article 6(4) of Directive 2002/87/EC.",
        "Le montant est déduit conformément à l’article 6, paragraphe 4, deuxième alinéa, de la directive 2002/87/CE.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), PAIRS, ids=["number-ordinal", "ordinal-number", "within-article"])
def test_a_subparagraph_by_number_or_ordinal_is_the_same_citation(en: str, fr: str) -> None:
    assert blocking_keys(en, fr, "cross_reference_mismatch") == []


@pytest.mark.parametrize(("en", "fr"), PAIRS, ids=["number-ordinal", "ordinal-number", "within-article"])
def test_another_subparagraph_is_still_caught(en: str, fr: str) -> None:
    changed = (
        en.replace("subparagraph 3", "subparagraph 4")
        .replace("second", "fourth")
        .replace("subparagraph 2", "subparagraph 3")
    )
    assert blocking_keys(changed, fr, "cross_reference_mismatch") or blocking_keys(
        changed, fr, "number_mismatch"
    )
