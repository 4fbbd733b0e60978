"""obligation_mismatch, force: « potentiel », « potentiellement » say "potential", "prospective" of a thing (« les
acheteurs potentiels »), as « éventuel » says "any", "possible": they answer a "may" that describes ("the buyers who may
be concerned" / « les acheteurs potentiellement concernés »), never a "may" that grants the subject a power, which
French would say by « peut ».  A French plain present next to such an adjective keeps the force of a duty."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "3.   The platform operator may send prospective buyers a summary of the main risks of each offer before "
            "the subscription period opens.",
            "3.   L'exploitant de la plateforme adresse aux acheteurs potentiels un résumé des principaux risques de "
            "chaque offre avant l'ouverture de la période de souscription.",
        ),
        (
            "The fund manager may register every prospective member of the scheme before the first contribution is "
            "paid.",
            "Le gestionnaire du fonds enregistre tout membre potentiel du régime avant le versement de la première "
            "cotisation.",
        ),
        (
            "2.   Each agency may inspect the sites at risk of soil pollution once a year.",
            "2.   Chaque agence inspecte une fois par an les sites potentiellement pollués.",
        ),
    ],
)
def test_a_granted_may_against_a_potential_thing_and_a_plain_present_fires(en: str, fr: str) -> None:
    assert force(en, fr)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "The operator shall inform the persons who may be concerned by the closure of the site.",
            "L'exploitant informe les personnes potentiellement concernées par la fermeture du site.",
        ),
        (
            "3.   The platform operator may send prospective buyers a summary of the main risks of each offer.",
            "3.   L'exploitant de la plateforme peut adresser aux acheteurs potentiels un résumé des principaux "
            "risques de chaque offre.",
        ),
        (
            "The managing body shall assess the potential impact of each new activity on the fund.",
            "L'organe de direction évalue l'incidence potentielle de chaque nouvelle activité sur le fonds.",
        ),
    ],
)
def test_a_described_may_or_a_faithful_force_is_still_quiet(en: str, fr: str) -> None:
    assert force(en, fr) == []
