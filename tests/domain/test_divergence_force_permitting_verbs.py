"""obligation_mismatch, force: the verbs of permitting are one concept in each language.  "may allow", "may permit" and
"may authorise" are rendered « peut autoriser » as often as « peut permettre »; the English verb answers the French verb,
which leaves the modal "may" to face the French modal.  So « doit autoriser » against "may allow" is a change of force,
as « doit autoriser » against "may authorise" already was, while the faithful pairs stay silent."""

from __future__ import annotations

import re

import pytest

from tests.domain.divergence_keys import force

PAIRS = [
    (
        # Directive 2005/60/EC (money laundering), Article 11(2)
        "2.   By way of derogation from Articles 7(a), (b) and (d), 8 and 9(1) Member States may allow the institutions "
        "and persons covered by this Directive not to apply customer due diligence in respect of:",
        "2.   Par dérogation à l'article 7, points a), b) et d), à l'article 8 et à l'article 9, paragraphe 1, les États "
        "membres peuvent autoriser les établissements et personnes soumis à la présente directive à ne pas appliquer "
        "les obligations de vigilance à l'égard de la clientèle dans les cas suivants:",
    ),
    (
        # Regulation (EU) No 601/2012 (monitoring of greenhouse gas emissions), Article 47(1)
        "1.   The competent authority may allow the operator to submit a simplified monitoring plan in accordance with "
        "Article 13, provided that it operates an installation with low emissions.",
        "1.   L’autorité compétente peut autoriser l’exploitant à présenter un plan de surveillance simplifié "
        "conformément à l’article 13, pour autant que celui-ci exploite une installation à faible niveau d’émission.",
    ),
    (
        # Regulation (EU) No 596/2014 (market abuse), Article 19(12)
        "12.   Without prejudice to Articles 14 and 15, an issuer may allow a person discharging managerial "
        "responsibilities within it to trade on its own account or for the account of a third party during a closed "
        "period as referred to in paragraph 11 either:",
        "12.   Sans préjudice des articles 14 et 15, un émetteur peut autoriser une personne exerçant des "
        "responsabilités dirigeantes en son sein à négocier pour son propre compte ou pour le compte d’un tiers "
        "pendant une période d’arrêt telle que visée au paragraphe 11:",
    ),
    (
        # Directive (EU) 2019/944 (internal market for electricity), Article 33(3)
        "3.   By way of derogation from paragraph 2, Member States may allow distribution system operators to own, "
        "develop, manage or operate recharging points for electric vehicles, provided that all of the following "
        "conditions are fulfilled:",
        "3.   Par dérogation au paragraphe 2, les États membres peuvent autoriser les gestionnaires de réseaux de "
        "distribution à être propriétaires de points de recharge pour véhicules électriques, ou à les développer, les "
        "gérer ou les exploiter, pour autant que toutes les conditions suivantes soient remplies:",
    ),
]


def _obliged(fr: str) -> str:
    """The French with its « peut autoriser » made « doit autoriser »."""
    return re.sub(
        r"\b(?:peut|peuvent) autoriser",
        lambda m: ("doivent" if "vent" in m[0] else "doit") + " autoriser",
        fr,
        count=1,
    )


@pytest.mark.parametrize(("en", "fr"), PAIRS)
def test_may_allow_rendered_peut_autoriser_is_silent(en: str, fr: str) -> None:
    assert force(en, fr) == []


@pytest.mark.parametrize(("en", "fr"), PAIRS)
def test_may_allow_against_doit_autoriser_is_a_change_of_force(en: str, fr: str) -> None:
    keys = [f.key for f in force(en, _obliged(fr))]
    assert keys and all(k.startswith("obligation_mismatch:force:may|doi") for k in keys), keys


def test_shall_allow_against_peut_autoriser_still_fires() -> None:
    en = "The competent authority shall allow the operator to use the same tiers."
    fr = "L'autorité compétente peut autoriser l'exploitant à utiliser les mêmes niveaux."
    assert [f.key for f in force(en, fr)] == ["obligation_mismatch:force:shall|peut"]


def test_allows_rendered_permet_stays_silent() -> None:
    en = "The register allows the competent authorities to verify the data."
    fr = "Le registre permet aux autorités compétentes de vérifier les données."
    assert force(en, fr) == []
