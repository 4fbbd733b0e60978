"""A "may" of what comes about ("may cause", "may entail") against a French « pouvoir » of what comes about
(« pourrait en résulter », « pourrait en découler »), however far French word order puts it."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import changed, force, obligations

_SUSPENSION_EN = (
    "Moreover, to limit the losses for investors and the consequent harm to the market that such a suspension may "
    "cause, it is necessary to ensure that the register is updated without delay."
)
_SUSPENSION_FR = (
    "De plus, afin de limiter les pertes pour les investisseurs et le préjudice qui pourrait en résulter pour le "
    "marché, il est nécessaire de veiller à ce que le registre soit mis à jour sans délai."
)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (_SUSPENSION_EN, _SUSPENSION_FR),
        (
            "In order to reduce the costs for small operators and the administrative burden for national authorities "
            "that the new registration procedure may entail, it is necessary to provide for a transitional period.",
            "Afin de réduire les coûts pour les petits opérateurs et la charge administrative qui pourrait en découler "
            "pour les autorités nationales, il est nécessaire de prévoir une période transitoire.",
        ),
        (
            "In view of the delays for small suppliers and the disruption to deliveries across the Union that the "
            "closure of a border crossing may cause, Member States must inform the Commission.",
            "Compte tenu des retards pour les petits fournisseurs et des perturbations qui pourraient en résulter pour "
            "les livraisons dans l'Union, les États membres doivent informer la Commission de la fermeture d'un point "
            "de passage.",
        ),
    ],
    ids=["pourrait en résulter", "pourrait en découler", "doivent nearer"],
)
def test_a_may_of_what_comes_about_faces_a_far_pouvoir_of_what_comes_about(en: str, fr: str) -> None:
    assert obligations(en, fr) == []


def test_a_duty_of_what_comes_about_against_a_pouvoir_of_it_still_fires() -> None:
    assert force(_SUSPENSION_EN.replace("may cause", "shall cause"), _SUSPENSION_FR)


def test_a_pouvoir_another_english_possibility_takes_leaves_the_may_unanswered() -> None:
    # With "is not possible" made "is possible", the English possibility answers « pourrait » at its place, and the
    # "may" of what comes about, left with no counterpart, still shows the change.
    en = (
        "(ii) the use of the monitoring data of the operator for the reporting period is not possible or may lead to "
        "a significantly distorted figure, for emissions from combustion, on the default factors laid down in Annex IV;"
    )
    fr = (
        "ii) si l'utilisation des données de surveillance de l'exploitant pour la période de déclaration n'est pas "
        "possible ou pourrait déboucher sur un chiffre sensiblement faussé, en ce qui concerne les émissions de "
        "combustion, sur les facteurs par défaut fixés à l'annexe IV;"
    )
    assert obligations(en, fr) == []
    assert force(*changed(en, fr, ("en", "is not possible", "is possible")))
