"""obligation_mismatch, force: a possibility that an English duty governs as its predicate ("must thus be compatible",
"shall accordingly be compatible", "should be possible") is what the duty requires, not a permission of its own: the
French « doit » that renders the duty (« doit donc être compatible ») faces that duty, even where the words after the
modal put the predicate nearer to the « doit » than the modal itself.  A "may" or a "can" that governs the same
predicate still differs from the « doit »."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Any condition imposed on a service provider established in another Member State in the context of a "
            "long-term assignment must accordingly be compatible with that freedom.",
            "Toute condition imposée par un État membre d'accueil à un prestataire de services établi dans un autre "
            "État membre dans le cadre d'une affectation de longue durée doit donc être compatible avec cette liberté.",
        ),
        (
            "National supervisory fees must thus be compatible with the principle of proportionality.",
            "Les redevances nationales de surveillance doivent donc être compatibles avec le principe de "
            "proportionnalité.",
        ),
        (
            "The new supervisory fees shall thus be compatible with the Treaties.",
            "Les nouvelles redevances de surveillance doivent donc être compatibles avec les traités.",
        ),
    ],
)
def test_predicate_of_a_duty_against_doit(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_may_governing_the_predicate_still_fires() -> None:
    assert force(
        "National supervisory fees may thus be compatible with the principle of proportionality.",
        "Les redevances nationales de surveillance doivent donc être compatibles avec le principe de proportionnalité.",
    )


def test_can_governing_the_predicate_still_fires() -> None:
    assert force(
        "National supervisory fees can thus be compatible with the principle of proportionality.",
        "Les redevances nationales de surveillance doivent donc être compatibles avec le principe de proportionnalité.",
    )


def test_may_facing_doit_still_fires() -> None:
    assert force(
        "Any condition imposed on a service provider established in another Member State in the context of a "
        "long-term assignment may be compatible with that freedom.",
        "Toute condition imposée par un État membre d'accueil à un prestataire de services établi dans un autre "
        "État membre dans le cadre d'une affectation de longue durée doit donc être compatible avec cette liberté.",
    )
