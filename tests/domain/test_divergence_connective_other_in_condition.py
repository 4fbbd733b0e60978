"""The "or" before "other" in a condition against « et » before « autres » (issue 15).

"Fees or other charges" / « honoraires et autres frais » name one class either way, and are not counted.  In a
condition the two differ: "where lenders and other creditors agree" asks all of them, "where lenders or other
creditors agree" any one.  Where the one "or other" of a condition meets the one « et autres » of the French at the
same place, and neither text says the other pairing, the condition is made alternative in English.  The sentences are
written for the test.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import connectives

_PAIRS = [
    (
        "The board may extend the deadline where tenants {conn} other occupants of the building have been informed "
        "of the works in writing.",
        "Le conseil peut prolonger le délai lorsque les locataires et les autres occupants de l'immeuble ont été "
        "informés des travaux par écrit.",
    ),
    (
        "The fee shall be reduced if the applicant shows that students {conn} other young persons in training make up "
        "most of its members.",
        "La redevance est réduite si le demandeur démontre que les étudiants et d'autres jeunes en formation "
        "constituent la majorité de ses membres.",
    ),
    (
        # a condition said without its verb, closed by a comma: the list after it is still under it
        "Suppliers shall, if requested, send the invoice to schools {conn} other public bodies within ten days.",
        "Les fournisseurs envoient, sur demande, la facture aux écoles et aux autres organismes publics dans un délai "
        "de dix jours.",
    ),
    (
        "Where the ports {conn} other transport hubs of a region report delays, the agency shall publish a notice.",
        "Lorsque les ports et autres plateformes de transport d'une région signalent des retards, l'agence publie "
        "un avis.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _PAIRS)
def test_and_other_against_et_autres_is_silent(en: str, fr: str) -> None:
    assert connectives(en.format(conn="and"), fr) == []


@pytest.mark.parametrize(("en", "fr"), _PAIRS)
def test_or_other_against_et_autres_in_a_condition_is_flagged(en: str, fr: str) -> None:
    assert connectives(en.format(conn="or"), fr) != []


def test_or_other_outside_a_condition_is_silent() -> None:
    # "fees or other charges" / « honoraires et autres frais »: one class named either way.
    en = "The notice shall state the fees or other charges payable by the holder."
    fr = "L'avis indique les honoraires et autres frais dus par le titulaire."
    assert connectives(en, fr) == []


def test_or_other_after_a_closed_condition_is_silent() -> None:
    # The condition's clause ends at its comma; the list is the main clause's.
    en = "Where the notice is published late, the fees or other charges shall be refunded."
    fr = "Lorsque l'avis est publié tardivement, les honoraires et autres frais sont remboursés."
    assert connectives(en, fr) == []


def test_or_other_against_ou_autres_is_silent() -> None:
    en = "Where tenants or other occupants object, the board shall hear them."
    fr = "Lorsque les locataires ou d'autres occupants s'y opposent, le conseil les entend."
    assert connectives(en, fr) == []
