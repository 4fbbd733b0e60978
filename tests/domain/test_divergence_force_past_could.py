"""obligation_mismatch, force: the compound past of « pouvoir » (« qu'il a pu recevoir », « qui ont pu être
versées ») says what may have come about, the French of "may have received", "may have been paid"; it grants
nothing.  An English "shall" in the relative clause at its place ("the sums that shall have been paid") makes a mere
possibility a duty: the force differs.  The faithful "may have" is answered, and a negated past (« n'a pas pu »,
"could not") is no such possibility."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force

_EN = "The auditor shall list any errors that the supplier {} detected in the accounts."
_FR = "L'auditeur énumère les erreurs que le fournisseur {} détecter dans les comptes."


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (_EN.format("may have"), _FR.format("a pu")),
        (_EN.format("may have"), _FR.format("aurait pu")),
        (
            "The committee shall examine the reports to which the members may have had access.",
            "Le comité examine les rapports auxquels les membres ont pu avoir accès.",
        ),
    ],
)
def test_may_have_against_the_past_of_pouvoir_is_silent(en: str, fr: str) -> None:
    assert force(en, fr) == []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (_EN.format("shall have"), _FR.format("a pu")),
        (_EN.format("shall have"), _FR.format("auraient pu").replace("le fournisseur", "les fournisseurs")),
        (
            "The operator shall refund any fees which shall have been charged to the customer in error.",
            "L'opérateur rembourse les frais qui ont pu être facturés par erreur au client.",
        ),
    ],
)
def test_shall_have_against_the_past_of_pouvoir_fires(en: str, fr: str) -> None:
    assert force(en, fr)


def test_a_negated_past_is_no_possibility() -> None:
    # « n'a pas pu » is an inability ("could not"), not the possibility a "shall" would change
    assert (
        force(
            "The auditor shall list any errors that the supplier could not detect in the accounts.",
            "L'auditeur énumère les erreurs que le fournisseur n'a pas pu détecter dans les comptes.",
        )
        == []
    )


_LAW_EN = (
    "Where an undertaking has been given under this Article, the law applicable to the sharing of the proceeds from "
    "the sale of the assets, to the ranking of the claims of creditors, and to the rights of creditors over those "
    "assets {} be the law of the State in which the second proceedings could have been opened."
)
_LAW_FR = (
    "Si un engagement a été pris en vertu du présent article, la loi applicable au partage du produit de la vente "
    "des actifs, au rang des créances des créanciers et aux droits des créanciers sur ces actifs est la loi de l'État "
    "dans lequel la seconde procédure aurait pu être ouverte."
)


def test_a_may_elsewhere_is_no_counterpart_of_the_past() -> None:
    # « aurait pu » answers "could have" at its place; the "may" of the main clause still faces « est »
    assert force(_LAW_EN.format("may"), _LAW_FR)
    assert not force(_LAW_EN.format("shall"), _LAW_FR)
