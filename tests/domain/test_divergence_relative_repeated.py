"""A French negation repeated in a second relative clause joined by « et » or « ou » (« dans les zones dans
lesquelles il n'existe pas de réseau … ou dans lesquelles il n'est pas envisagé d'en déployer un », « où il n'existe
pas … et où il n'est pas envisagé », « pour lesquelles … n'ont pas été appliqués ou pour lesquelles celui-ci n'a pas
pris ») carries on the first: English says one negation over both ("where there is no network existing or planned",
"has not applied those patches or taken any other measure") (issue 15, wide corpus of EU acts, 32023r1315-a1-3518,
-3519, -3547, 32018l1972-r264).
"""

from __future__ import annotations

from tests.domain.divergence_keys import negations

_EN_ZONES = (
    "(b) the deployment of a fixed very high capacity network in areas where there is no network providing a speed "
    "of at least 1 Gbps existing or credibly planned to be deployed before 31 December 2030;"
)
_FR_ZONES = (
    "b) le déploiement d’un réseau fixe à très haute capacité dans les zones dans lesquelles il n’existe pas de "
    "réseau fournissant une vitesse d’au moins 1 Gbps ou dans lesquelles il n’est pas envisagé de manière crédible "
    "d’en déployer un avant le 31 décembre 2030;"
)
_FR_OU = (
    "b) le déploiement d’un réseau fixe à très haute capacité dans les zones où il n’existe pas de réseau fournissant "
    "une vitesse d’au moins 1 Gbps et où il n’est pas envisagé de manière crédible d’en déployer un avant le "
    "31 décembre 2030;"
)
_EN_PATCH = (
    "(c) the compensation due where an incident results from a known vulnerability for which a correction has been "
    "issued by the manufacturer and the provider has not applied that correction or taken any other appropriate "
    "measure."
)
_FR_PATCH = (
    "c) l’indemnisation due lorsqu’un incident résulte d’une vulnérabilité connue pour laquelle une correction, "
    "publiée par le fabricant, n’a pas été appliquée par le fournisseur ou pour laquelle celui-ci n’a pas pris "
    "d’autre mesure appropriée."
)


def test_a_negation_repeated_after_a_relative_with_its_preposition_carries_on() -> None:
    assert negations(_EN_ZONES, _FR_ZONES) == []


def test_a_negation_repeated_after_ou_relative_carries_on() -> None:
    assert negations(_EN_ZONES, _FR_OU) == []


def test_a_negation_repeated_after_a_relative_and_a_demonstrative_carries_on() -> None:
    assert negations(_EN_PATCH, _FR_PATCH) == []


def test_a_negation_dropped_in_english_is_still_caught() -> None:
    dropped = _EN_ZONES.replace("there is no network", "there is a network")
    assert dropped != _EN_ZONES
    assert negations(dropped, _FR_ZONES) != []
    assert negations(dropped, _FR_OU) != []
    patched = _EN_PATCH.replace("has not applied", "has applied")
    assert patched != _EN_PATCH
    assert negations(patched, _FR_PATCH) != []
