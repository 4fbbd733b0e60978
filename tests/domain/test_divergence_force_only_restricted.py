"""obligation_mismatch, force: a modal whose own clause goes on to restrict what it governs ("only", "solely",
"exclusively" / « uniquement », « seulement », « exclusivement ») forbids whatever falls outside the restriction, and
that is what the clause says, whichever modal each language chose: "Investment companies shall manage only assets of
their own portfolio" and « Les sociétés d'investissement peuvent gérer uniquement les actifs de leur propre
portefeuille » both forbid managing any other assets.  French says such a restriction with no modal as often (« ne sont
applicables qu'entre », « se limitent aux » for "may be applied only between", "may only concern").  Where one side
does not restrict, the modals are compared as before."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force, obligations

# Directive 2009/65/EC (UCITS IV), Article 30 (practice part of the real corpus)
_UCITS_EN = (
    "Investment companies shall manage only assets of their own portfolio and shall not, under any circumstances, "
    "receive any mandate to manage assets on behalf of a third party."
)
_UCITS_FR = (
    "Les sociétés d’investissement peuvent gérer uniquement les actifs de leur propre portefeuille et ne peuvent en "
    "aucun cas être mandatées pour gérer des actifs pour le compte d’un tiers."
)
# Directive (EU) 2016/797 (railway interoperability), Article 24(3) (practice part of the real corpus)
_RAIL_EN = (
    "3.   In the event of changes to any relevant provisions in TSIs or national rules, on the basis of which an "
    "authorisation of a vehicle type has been issued, the TSI or national rule shall determine whether the vehicle "
    "type authorisation already granted remains valid or needs to be renewed. If that authorisation needs to be "
    "renewed, the checks performed by the Agency or by a national safety authority may only concern the changed rules."
)
_RAIL_FR = (
    "3.   En cas de modification de toute disposition pertinente des STI ou des règles nationales en vertu de laquelle "
    "une autorisation par type de véhicule a été délivrée, les STI ou les règles nationales déterminent si "
    "l'autorisation par type de véhicule en question demeure valable ou doit être renouvelée. Si l'autorisation doit "
    "être renouvelée, les vérifications effectuées par l'Agence ou par une autorité nationale de sécurité se limitent "
    "aux règles ayant été modifiées."
)
# Directive 2009/81/EC (defence procurement), Article 29(2) (wide corpus, even part: 32009l0081-a29-03)
_FRAMEWORK_EN = (
    "Contracts based on a framework agreement shall be awarded in accordance with the procedures laid down in "
    "paragraphs 3 and 4. Those procedures may be applied only between the contracting authorities/entities and the "
    "economic operators originally party to the framework agreement."
)
_FRAMEWORK_FR = (
    "Les marchés fondés sur un accord-cadre sont passés selon les procédures prévues aux paragraphes 3 et 4. Ces "
    "procédures ne sont applicables qu’entre les pouvoirs adjudicateurs ou les entités adjudicatrices, d’une part, et "
    "les opérateurs économiques originairement parties à l’accord-cadre, d’autre part."
)


@pytest.mark.parametrize(
    ("en", "fr"),
    [(_UCITS_EN, _UCITS_FR), (_RAIL_EN, _RAIL_FR), (_FRAMEWORK_EN, _FRAMEWORK_FR)],
    ids=["shall only / peuvent uniquement", "may only / se limitent", "may ... only / ne ... que"],
)
def test_a_modal_restricted_on_both_sides_is_silent(en: str, fr: str) -> None:
    assert obligations(en, fr) == []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # the French restricts, the English does not: "shall manage assets" against « peuvent gérer uniquement »
        (_UCITS_EN.replace("manage only assets", "manage assets"), _UCITS_FR),
        # the English restricts, the French does not: « peuvent gérer les actifs »
        (_UCITS_EN, _UCITS_FR.replace("gérer uniquement les", "gérer les")),
        # "not only" adds, it does not restrict
        (
            _UCITS_EN.replace("manage only assets", "manage not only assets"),
            _UCITS_FR.replace("gérer uniquement les", "gérer non seulement les"),
        ),
        # the restriction is in another clause than the modal's
        (
            _UCITS_EN.replace("manage only assets", "manage assets, only"),
            _UCITS_FR.replace("gérer uniquement les", "gérer, uniquement, les"),
        ),
        (_RAIL_EN, _RAIL_FR.replace("se limitent aux", "portent sur les")),
        (_RAIL_EN.replace("may only concern", "may concern"), _RAIL_FR),
        (_FRAMEWORK_EN.replace("applied only between", "applied between"), _FRAMEWORK_FR),
        (_FRAMEWORK_EN, _FRAMEWORK_FR.replace("ne sont applicables qu’entre", "sont applicables entre")),
    ],
)
def test_a_restriction_on_one_side_only_leaves_the_force_compared(en: str, fr: str) -> None:
    assert force(en, fr)
