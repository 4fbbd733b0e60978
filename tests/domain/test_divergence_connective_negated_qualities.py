"""A negation over one noun whose qualities are coordinated: "no reliable or affordable supply" (none that is either)
is not "no reliable and affordable supply" (none that is both); the connective between two adjectives of one
singular noun says what is denied, unlike the members of a list of things, which a negation reaches whichever
connective joins them."""

from __future__ import annotations

from tests.domain.divergence_keys import connectives

FR_AND = (
    "Les autorités peuvent intervenir lorsque l'opérateur ne garantit pas un approvisionnement fiable et abordable "
    "aux clients."
)
EN_AND = "The authorities may intervene where the operator does not guarantee a reliable and affordable supply to customers."
EN_OR = EN_AND.replace("reliable and affordable", "reliable or affordable")

FR_NO_AND = "Le régulateur agit lorsqu'il n'existe pas de marché concurrentiel et transparent dans la région."
EN_NO_AND = "The regulator shall act where there is no competitive and transparent market in the region."
EN_NO_OR = EN_NO_AND.replace("competitive and transparent", "competitive or transparent")


def test_faithful_qualities_under_negation_are_silent() -> None:
    assert connectives(EN_AND, FR_AND) == []
    assert connectives(EN_NO_AND, FR_NO_AND) == []


def test_or_for_et_between_qualities_under_negation_fires() -> None:
    assert connectives(EN_OR, FR_AND)
    assert connectives(EN_NO_OR, FR_NO_AND)


def test_list_of_things_under_negation_stays_silent() -> None:
    en = "The authorities may act where the carrier does not transport banknotes or coins."
    fr = "Les autorités peuvent agir lorsque le transporteur ne transporte pas de billets et de pièces."
    assert connectives(en, fr) == []
