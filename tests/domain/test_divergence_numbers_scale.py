"""The scale of an amount said once in one text and on the figure in the other (issue 15).

A scale word may be said once for two figures ("EUR 40–60 billion" / « 40 à 60 milliards d’euros »), or said by the
prefix of a unit symbol ("20 Mt CO2 equivalent" / « 20 millions de tonnes », "35 bcm" / « 35 milliards de m3 »); and a
scale said once for two figures may belong to the second alone ("in 2019 and 600 million allowances" / « en 2019 et de
600 millions de quotas »). Such a figure reads with the scale or without it: the other text, which says the same
figure, tells which. A changed figure, or a changed scale, is still a divergence.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys

PAIRS = [
    (
        "the Commission shall include up to 30 %, but not more than 20 Mt CO2 equivalent, of the unused surplus;",
        "la Commission inclut jusqu’à 30 %, mais pas plus de 20 millions de tonnes équivalent CO2, de l’excédent "
        "inutilisé;",
    ),
    (
        "The Commission proposed to increase the production of sustainable biomethane up to 35 bcm per year by 2030.",
        "La Commission propose d’augmenter la production de biométhane durable pour la porter à 35 milliards de m3 par "
        "an d’ici à 2030.",
    ),
    (
        "A significant part of the VAT gap consists of fraud, estimated in the range of EUR 40–60 billion.",
        "Une part importante de l’écart de TVA correspond à la fraude, estimée comme étant de l’ordre de 40 à 60 "
        "milliards d’euros.",
    ),
    (
        "The planned reintroduction of 300 million allowances in 2019 and 600 million allowances in 2020 would "
        "undermine the aim of the reserve.",
        "La réintroduction prévue de 300 millions de quotas en 2019 et de 600 millions de quotas en 2020 porterait "
        "atteinte à l’objectif de la réserve.",
    ),
]
IDS = ["Mt", "bcm", "range", "year-before-scaled"]


@pytest.mark.parametrize(("en", "fr"), PAIRS, ids=IDS)
def test_a_scale_said_once_or_by_a_unit_prefix_is_no_divergence(en: str, fr: str) -> None:
    assert blocking_keys(en, fr, "number_mismatch") == []


CHANGED = [
    ("20 Mt", "30 Mt"),
    ("35 bcm", "36 bcm"),
    ("EUR 40–60", "EUR 45–60"),
    ("in 2019 and", "in 2018 and"),
]


@pytest.mark.parametrize(
    ("en", "fr", "change"), [(*p, c) for p, c in zip(PAIRS, CHANGED, strict=True)], ids=IDS
)
def test_a_changed_figure_is_still_caught(en: str, fr: str, change: tuple[str, str]) -> None:
    assert change[0] in en
    assert blocking_keys(en.replace(*change), fr, "number_mismatch")


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        ("not more than EUR 20 million", "pas plus de 20 milliards d’euros"),
        ("not more than EUR 20", "pas plus de 20 millions d’euros"),
        ("not more than 20 kt CO2 equivalent", "pas plus de 20 millions de tonnes équivalent CO2"),
        ("between EUR 40 and 60 billion", "entre 40 millions et 60 milliards d’euros"),
    ],
    ids=["million-milliard", "bare-figure", "wrong-prefix", "range-scale-changed"],
)
def test_a_changed_scale_is_still_caught(en: str, fr: str) -> None:
    assert blocking_keys(en, fr, "number_mismatch")
