"""obligation_mismatch, force: an English relative clause closes at its own verb, and a modal after it is the verb of
the main clause, which faces a French prescriptive present.  The relative's verb may be an auxiliary followed by a
coordinator that joins words of the clause or of the main clause's subject ("which are in conformity with the
standards or parts thereof may be placed"), the plural "have" ("from which the rights have been transferred may"),
the word right after a personal pronoun subject ("on which they began trading may use"), a verb coordinated with
another before an article ("which audit or certify the accounts") or a past tense before a preposition ("which
operated in another currency").  A modal right after a coordinator ("which hold the shares and may sell them"), or
after a "that" that may open a clause of its own around it ("on measures that the Council may adopt"), stays in the
relative clause and describes."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force

_CASES = [
    (
        "1.   Products which are in conformity with the harmonised standards or parts thereof may be placed on the "
        "market without further testing.",
        "1.   Les produits qui sont conformes aux normes harmonisées ou à des parties de celles-ci {fr} mis sur le "
        "marché sans autre essai.",
        ("sont", "peuvent être"),
    ),
    (
        "2.   A contract from which the rights of the seller have been transferred may be terminated by the buyer "
        "within three months.",
        "2.   Un contrat dont les droits du vendeur ont été transférés {fr} résilié par l'acheteur dans un délai de "
        "trois mois.",
        ("est", "peut être"),
    ),
    (
        "3.   Traders who joined the scheme after the date on which they began trading may use estimated figures "
        "for the first year.",
        "3.   Les opérateurs qui ont adhéré au régime après la date à laquelle ils ont commencé leurs activités "
        "{fr} des chiffres estimés pour la première année.",
        ("utilisent", "peuvent utiliser"),
    ),
    (
        "4.   Agencies which audit or certify the accounts of a bank may request access to its records.",
        "4.   Les organismes qui contrôlent ou certifient les comptes d'une banque {fr} l'accès à ses registres.",
        ("demandent", "peuvent demander"),
    ),
    (
        "5.   Lenders which operated in another currency before 2020 may convert the outstanding amounts.",
        "5.   Les prêteurs qui ont opéré dans une autre monnaie avant 2020 {fr} les montants restant dus.",
        ("convertissent", "peuvent convertir"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "verbs"), _CASES)
def test_modal_after_closed_relative_faces_present(en: str, fr: str, verbs: tuple[str, str]) -> None:
    assert [f.key.split(":")[1] for f in force(en, fr.format(fr=verbs[0]))] == ["force"]


@pytest.mark.parametrize(("en", "fr", "verbs"), _CASES)
def test_modal_after_closed_relative_answered_by_peut(en: str, fr: str, verbs: tuple[str, str]) -> None:
    assert force(en, fr.format(fr=verbs[1])) == []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Undertakings which hold the shares and may sell them shall notify the authority.",
            "Les entreprises qui détiennent les actions et qui les cèdent en informent l'autorité.",
        ),
        (
            "The Commission shall hear the parties on the measures which it has proposed and on measures that the "
            "Council may adopt.",
            "La Commission entend les parties sur les mesures qu'elle a proposées et sur les mesures que le Conseil "
            "adopte.",
        ),
    ],
)
def test_modal_in_relative_clause_describes(en: str, fr: str) -> None:
    assert force(en, fr) == []
