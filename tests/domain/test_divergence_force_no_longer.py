"""obligation_mismatch, force: "may no longer" (and "may, however, no longer") denies the permission, as "may not"
does; French says it « ne peut plus », a negated « pouvoir »; the English "may" is then no permission the French
lacks."""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, check_pair
from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Claims for infringement of earlier rights within the meaning of Article 8(2) and (4) may, however, no "
            "longer be invoked if the proprietor of the earlier right may no longer apply for a declaration that the "
            "trade mark is invalid in accordance with Article 54(2).",
            "Des actions en violation de droits antérieurs au sens de l'article 8, paragraphes 2 et 4, ne peuvent "
            "toutefois plus être intentées lorsque le titulaire du droit antérieur ne peut plus demander la nullité de "
            "la marque en vertu de l'article 54, paragraphe 2.",
        ),
        (
            "Claims for infringement of earlier rights may, however, no longer be invoked if the proprietor of the "
            "earlier right may no longer apply for a declaration of invalidity.",
            "Des actions en violation de droits antérieurs ne peuvent toutefois plus être intentées lorsque le "
            "titulaire du droit antérieur ne peut plus demander la nullité de la marque.",
        ),
        (
            "Claims for infringement of earlier rights may no longer be invoked after the expiry of that period.",
            "Des actions en violation de droits antérieurs ne peuvent plus être intentées après l'expiration de ce "
            "délai.",
        ),
    ],
)
def test_may_no_longer_is_a_negated_permission(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_may_no_longer_against_a_french_permission_still_fires() -> None:
    assert any(
        f.check == "obligation_mismatch"
        for f in check_pair(
            ClausePair(
                "Claims for infringement of earlier rights may no longer be invoked after the expiry of that period.",
                "Des actions en violation de droits antérieurs peuvent être intentées après l'expiration de ce délai.",
            )
        )
    )
