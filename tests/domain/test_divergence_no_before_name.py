"""obligation_mismatch, negation: "no 4G" is the determiner "no", not the abbreviation "No" of a number (issue 15).

"areas where there are no 4G and no 5G mobile networks" / « des zones où il n'existe pas de réseau mobile 4G ni 5G »:
the abbreviation "No" is followed by a number ("Regulation (EU) No 575/2013", "activity group No 1c", "scope no 98"),
whose letters, if any, are a lower-case suffix; a word of digits and capitals ("4G", "3D") is a name, and the "no"
before it is the negation.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_EN = "Mobile 5G network deployment shall be located in areas where there are {} mobile networks."
_FR = "Le déploiement du réseau 5G mobile est situé dans des zones où il {}."


@pytest.mark.parametrize("no", ["no 4G and no 5G", "no 3G, 4G or 5G"])
def test_no_before_a_name_of_digits_and_capitals_is_a_negation(no: str) -> None:
    assert negations(_EN.format(no), _FR.format("n'existe pas de réseau mobile 4G ni 5G")) == []
    # injected: the French negation removed
    assert negations(_EN.format(no), _FR.format("existe un réseau mobile 4G et 5G")) != []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Those requirements are laid down in Article 92 of Regulation (EU) No 575/2013.",
            "Ces exigences sont fixées à l'article 92 du règlement (UE) no 575/2013.",
        ),
        (
            "The verifier performs an activity that is covered by activity group No 1c in Annex I.",
            "Le vérificateur exerce une activité relevant du groupe d'activités no 1c de l'annexe I.",
        ),
        (
            "The accreditation body assesses the verifier's competence for scope no 98 referred to in Annex I.",
            "L'organisme d'accréditation évalue la compétence du vérificateur pour le champ d'application no 98 visé "
            "à l'annexe I.",
        ),
        (
            "The Parties shall apply Protocol No 2A to the Convention.",
            "Les Parties appliquent le protocole no 2A à la convention.",
        ),
    ],
    ids=["No 575/2013", "No 1c", "scope no 98", "Protocol No 2A"],
)
def test_the_abbreviation_of_a_number_is_no_negation(en: str, fr: str) -> None:
    assert negations(en, fr) == []
