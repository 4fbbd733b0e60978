"""An English "fall outside" needs a French negative word (issue 15).

"shall fall outside the scope of this Directive" / « ne relève pas du champ d'application de la présente directive »:
the English verb says "is not within", which French says with a negation (or « hors », « en dehors », « sortent du
champ »).  Where the French « ne … pas » is dropped, only the English "outside" is left to show it.  Not "outside"
after another word ("purposes which are outside his trade"), which names a place or a class.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (English, French, the French negation that is dropped)
_DROPS = [
    (
        "1.   A public contract awarded by a contracting authority to a legal person governed by private or public law "
        "shall fall outside the scope of this Directive where all of the following conditions are fulfilled:",
        "1.   Un marché public attribué par un pouvoir adjudicateur à une personne morale régie par le droit privé ou le "
        "droit public ne relève pas du champ d’application de la présente directive lorsque toutes les conditions "
        "suivantes sont réunies:",
        ("ne relève pas", "relève"),
    ),
    (
        "4.   A contract concluded exclusively between two or more contracting authorities shall fall outside the "
        "scope of this Directive, where all of the following conditions are met:",
        "4.   Un marché conclu exclusivement entre deux pouvoirs adjudicateurs ou plus ne relève pas du champ "
        "d’application de la présente directive, lorsque toutes les conditions suivantes sont réunies:",
        ("ne relève pas", "relève"),
    ),
    (
        "(a) where the processing is carried out in the course of an activity which falls outside the scope of Union "
        "law;",
        "a) lorsque le traitement est effectué au cours d’une activité qui ne relève pas du champ d’application du "
        "droit de l’Union;",
        ("ne relève pas", "relève"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "drop"), _DROPS, ids=["public contract", "contract", "processing"])
def test_fall_outside_needs_a_french_negative(en: str, fr: str, drop: tuple[str, str]) -> None:
    assert negations(en, fr) == []
    assert negations(en, fr.replace(*drop)) != []


_RENDERED = [
    (
        # « sortent du champ » says "fall outside the scope"
        "(2) Most crypto-assets fall outside the scope of Union financial services legislation and create challenges "
        "in terms of, among other things, investor protection, market integrity.",
        "(2) La plupart des crypto-actifs sortent du champ d’application de la législation de l’Union relative aux "
        "services financiers et représentent des défis, entre autres, en ce qui concerne la protection des "
        "investisseurs, l’intégrité des marchés.",
    ),
    (
        # "outside" after a copula names a class, which French says by a word of its own
        "(a) ‘consumer’ means a natural person who, in transactions covered by this Directive, is acting for purposes "
        "which are outside his trade, business or profession;",
        "a) «consommateur»: toute personne physique qui, pour les transactions régies par la présente directive, agit "
        "dans un but étranger à son activité commerciale ou professionnelle;",
    ),
    (
        # « hors du champ » renders it
        "Activities which fall outside the scope of Union law are not covered.",
        "Les activités hors du champ d’application du droit de l’Union ne sont pas couvertes.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _RENDERED, ids=["sortent", "class", "hors"])
def test_rendered_outside_is_no_divergence(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_dropped_negation_still_found_beside_fall_outside() -> None:
    # the French negation of another verb, dropped, is still reported
    en = "Activities which fall outside the scope of Union law shall not be subject to this Regulation."
    fr = "Les activités hors du champ d’application du droit de l’Union ne sont pas soumises au présent règlement."
    assert negations(en, fr) == []
    assert negations(en, fr.replace("ne sont pas soumises", "sont soumises")) != []
