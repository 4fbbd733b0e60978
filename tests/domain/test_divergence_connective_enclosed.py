"""A negation closed in a phrase of its own does not reach a condition's connective after it (issue 15, wide corpus).

A negation inside brackets ("(including inland waterway vessels when not at sea), agricultural and forestry tractors")
or inside a condition inserted between commas ("to the nominal value or, where there is no nominal value, the
accountable par and, where appropriate, …", « si elles n'ont pas encore été notifiées, ainsi que toute modification »)
ends with its phrase: the connective after it is compared as any other, so "and" made "or" there is a changed
condition.  A negation of the clause itself still governs its connective ("without delay and cost").
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return blocking_keys(en, fr, "obligation_mismatch:connective")


# (act, English, French, the English "and" made "or")
_ENCLOSED = [
    (
        "32015L0652",
        "2.   This Directive applies to fuels used to propel road vehicles, non-road mobile machinery (including inland "
        "waterway vessels when not at sea), agricultural and forestry tractors, recreational craft when not at sea "
        "and electricity for use in road vehicles.",
        "2.   La présente directive s'applique, d'une part, aux carburants utilisés pour la propulsion des véhicules "
        "routiers, des engins mobiles non routiers (y compris les bateaux de navigation intérieure lorsqu'ils ne sont "
        "pas en mer), des tracteurs agricoles et forestiers, des bateaux de plaisance lorsqu'ils ne sont pas en mer, "
        "et, d'autre part, à l'électricité destinée au fonctionnement des véhicules routiers.",
        "agricultural and forestry",
    ),
    (
        "32012L0030",
        "(c) a statement whether the value arrived at corresponds at least to the number, to the nominal value or, "
        "where there is no nominal value, the accountable par and, where appropriate, to the premium on the shares to "
        "be issued for such consideration; and",
        "c) une attestation précisant si les valeurs obtenues correspondent au moins au nombre, à la valeur nominale "
        "ou, à défaut de valeur nominale, au pair comptable et, le cas échéant, à la prime d'émission des actions à "
        "émettre en contrepartie de cet apport; et",
        "par and,",
    ),
    (
        "32019R1020",
        "3.   The Member States shall, by 16 October 2021, notify those provisions to the Commission, where they have "
        "not previously been notified, and shall notify it, without delay, of any subsequent amendment affecting "
        "them.",
        "3.   Au plus tard le 16 octobre 2021, les États membres notifient ces dispositions à la Commission, si elles "
        "n'ont pas encore été notifiées, ainsi que toute modification ultérieure les affectant dans les meilleurs "
        "délais.",
        "notified, and",
    ),
]


@pytest.mark.parametrize(("act", "en", "fr", "conj"), _ENCLOSED, ids=[row[0] for row in _ENCLOSED])
def test_a_negation_closed_in_its_phrase_does_not_reach_the_connective(
    act: str, en: str, fr: str, conj: str
) -> None:
    assert connectives(en, fr) == []
    assert conj in en
    assert connectives(en.replace(conj, conj.replace("and", "or")), fr) != []


def test_a_negation_still_governs_the_connective_within_its_phrase() -> None:
    en = "The controller shall, where the data are not accurate and complete, rectify them without delay."
    fr = "Le responsable du traitement rectifie sans tarder, lorsque les données ne sont pas exactes ou complètes, ces données."
    assert connectives(en, fr) == []
