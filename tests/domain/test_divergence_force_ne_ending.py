"""obligation_mismatch, force: a French possibility after a word that merely ends in the letters "ne" (« toute personne
susceptible de », « le fournisseur concerné puisse », « une même personne pouvant ») is no possibility denied.  Only the
word « ne » (« n' ») denies it (« qu'aucune sanction ne puisse »); read on the ending of « personne », « concerné » or
« une », an English "shall" put at the place of the "may" that such a possibility renders went unseen."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force

_CASES = [
    (
        "(c) any other mandate of the member concerned that {modal} give rise to a conflict with its duties as a "
        "verifier;",
        "c) tout autre mandat du membre concerné susceptible de donner lieu à un conflit avec ses missions de "
        "vérificateur;",
    ),
    (
        "The board is composed of delegates of all the member bodies. One delegate {modal} represent several member "
        "bodies or all of them.",
        "Le conseil est composé de délégués de tous les organismes membres, une même personne pouvant représenter "
        "plusieurs organismes membres ou l’ensemble d’entre eux.",
    ),
    (
        "The operator shall keep a list of every person who {modal} hold information relevant to the audit.",
        "L’exploitant tient une liste de toute personne susceptible de détenir des informations utiles pour l’audit.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _CASES)
def test_shall_against_a_possibility_after_a_word_in_ne_fires(en: str, fr: str) -> None:
    assert force(en.format(modal="shall"), fr)


@pytest.mark.parametrize(("en", "fr"), _CASES)
def test_the_faithful_may_stays_silent(en: str, fr: str) -> None:
    assert force(en.format(modal="may"), fr) == []


def test_a_possibility_denied_by_ne_stays_silent() -> None:
    # « ne puisse » denies the possibility: the rendering of "no penalty shall be imposed"
    assert (
        force(
            "Member States shall ensure that no penalty shall be imposed on the applicant for that reason.",
            "Les États membres veillent à ce qu’aucune sanction ne puisse être infligée au demandeur pour ce motif.",
        )
        == []
    )
