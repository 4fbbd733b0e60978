"""obligation_mismatch, force: a French « doit » that governs a word of duty (« doivent être tenus de », « doit s'avérer
nécessaire ») faces the English modal that governs the same word ("may be required to", "may prove necessary"): the two
words of duty render each other, and the English one is no counterpart of the « doit »."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Suppliers may be required to state the origin of the materials in their tenders.",
            "Les fournisseurs doivent être tenus d'indiquer l'origine des matériaux dans leurs offres.",
        ),
        (
            "Before the hearing, the parties may be required to submit written observations.",
            "Avant l'audience, les parties doivent être tenues de présenter des observations écrites.",
        ),
        (
            "Operators of small plants may be obliged to keep a register of deliveries.",
            "Les exploitants de petites installations doivent être obligés de tenir un registre des livraisons.",
        ),
    ],
)
def test_may_governing_a_duty_against_doit_governing_it_fires(en: str, fr: str) -> None:
    assert force(en, fr)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Suppliers may be required to state the origin of the materials in their tenders.",
            "Les fournisseurs peuvent être tenus d'indiquer l'origine des matériaux dans leurs offres.",
        ),
        (
            "Suppliers shall be required to state the origin of the materials in their tenders.",
            "Les fournisseurs doivent être tenus d'indiquer l'origine des matériaux dans leurs offres.",
        ),
        (
            "In some cases, it may prove necessary to extend the deadline by one month.",
            "Dans certains cas, il peut s'avérer nécessaire de prolonger le délai d'un mois.",
        ),
    ],
)
def test_the_same_modal_governing_a_duty_does_not_fire(en: str, fr: str) -> None:
    assert force(en, fr) == []
