"""obligation_mismatch, force: « risque de » is the verb of a possibility (« un événement qui risque de compromettre »,
what English says "which may affect") only when an infinitive follows it; before a noun it is the noun « risque »,
« les ajustements pour risque de crédit », « les exigences pour risque de marché », « un faible risque de
blanchiment » (read off the Official Journal: prudential regulations and directives, where it is in hundreds of
pairs).  A noun grants nothing and says no possibility that an English "shall" would face."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "(b) the exposure value, from which the specific credit risk adjustments shall be deducted, shall be "
            "multiplied by the scaling factor set out in Annex II;",
            "b) la valeur exposée au risque, de laquelle les ajustements pour risque de crédit spécifique sont "
            "déduits, est multipliée par le facteur de majoration figurant à l'annexe II;",
        ),
        (
            "The institution shall report the own funds requirements which shall apply for market risk under this "
            "Chapter.",
            "L'établissement déclare les exigences de fonds propres pour risque de marché qui s'appliquent en vertu "
            "du présent chapitre.",
        ),
    ],
)
def test_the_noun_risque_de_says_no_possibility(en: str, fr: str) -> None:
    assert force(en, fr) == []


@pytest.mark.parametrize(
    "fr",
    [
        "L'opérateur notifie tout événement qui risque de compromettre la stabilité du réseau.",
        "L'opérateur notifie tout événement qui risque d'en compromettre la stabilité.",
        "L'opérateur notifie tout événement qui risque de ne pas permettre la stabilité du réseau.",
    ],
)
def test_the_verb_risque_de_still_faces_a_shall(fr: str) -> None:
    # "which shall affect" against « qui risque de compromettre »: a duty turned into a mere possibility
    assert force("The operator shall notify any event which shall affect the stability of the network.", fr)
