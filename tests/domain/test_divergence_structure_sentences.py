"""Sentence counts: the French word « vol » (a flight, a theft) ending a sentence is no abbreviation."""

from __future__ import annotations

from mou_review.domain.divergence import ClausePair, Lang, Severity, _analyse, _sentences, check_pair


def structure(en: str, fr: str) -> bool:
    """Say whether the sentence check fires at warning or error."""
    return any(
        f.key.startswith("structure_mismatch:sentences") and f.severity is not Severity.INFO
        for f in check_pair(ClausePair(en, fr))
    )


FLIGHT_EN = (
    "4.   The operator shall record the departure aerodrome and the arrival aerodrome of each flight. "
    "The record shall contain the following data:"
)
FLIGHT_FR = (
    "4.   L’exploitant consigne l’aérodrome de départ et l’aérodrome d’arrivée de chaque vol. "
    "L’enregistrement contient les données suivantes:"
)
THEFT_EN = (
    "The holder shall report without delay the loss of the card or its theft. The issuing body shall then "
    "block the card and issue a replacement within ten working days of the report."
)
THEFT_FR = (
    "Le titulaire signale sans délai la perte de la carte ou son vol. L’organisme émetteur bloque alors la "
    "carte et délivre une carte de remplacement dans un délai de dix jours ouvrables à compter du signalement."
)


def test_vol_ends_a_french_sentence() -> None:
    fr = _analyse(FLIGHT_FR, Lang.FR, frozenset())
    assert len(_sentences(fr)) == 2
    assert not structure(FLIGHT_EN, FLIGHT_FR)


def test_vol_theft_ends_a_french_sentence() -> None:
    fr = _analyse(THEFT_FR, Lang.FR, frozenset())
    assert len(_sentences(fr)) == 2


def test_volume_abbreviation_still_joins() -> None:
    en = _analyse(
        "See the report of the Court, Vol. II, page 12, for the details of the case.", Lang.EN, frozenset()
    )
    assert len(_sentences(en)) == 1


def test_dropped_sentence_after_vol_still_caught() -> None:
    en = THEFT_EN + (
        " The holder shall bear no cost for the replacement card where the theft was reported to the police "
        "within forty-eight hours of its discovery by the holder."
    )
    assert structure(en, THEFT_FR)
