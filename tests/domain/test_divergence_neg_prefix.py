"""A French adjective negated by its prefix answers an English "not" (issue 15).

French says "not paid", "not available", "not intentional", "not fair" by one adjective with a negative prefix
(« impayé », « indisponible », « involontaire », « déloyal »), as it says « incomplet », « inapplicable »: the
adjective answers the English negation close by, and only one: a « ne … pas » dropped elsewhere in the sentence is
still caught.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_PREFIXED = [
    (
        "The amount of tax that was not paid shall be added to the amount due for the following year.",
        "Le montant de la taxe impayé est ajouté au montant dû pour l'année suivante.",
    ),
    (
        "The assets held by other investors and therefore not available to the institution shall be deducted.",
        "Les actifs détenus par d'autres investisseurs, et par conséquent indisponibles pour l'établissement, sont "
        "déduits.",
    ),
    (
        "A person prosecuted for an offence which was not intentionally committed may be represented by a lawyer.",
        "Une personne poursuivie pour une infraction involontaire peut être représentée par un avocat.",
    ),
    (
        "The undertakings face strong, but not always fair, competition on the global market.",
        "Les entreprises font face à une concurrence forte, parfois déloyale, sur le marché mondial.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _PREFIXED, ids=["impayé", "indisponibles", "involontaire", "déloyale"])
def test_a_prefixed_adjective_answers_not(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_a_prefixed_adjective_answers_one_negation_only() -> None:
    en = (
        "The amount of tax that was not paid shall be added to the amount due and shall not be collected by the "
        "Member State."
    )
    fr = "Le montant de la taxe impayé est ajouté au montant dû et n'est pas perçu par l'État membre."
    assert negations(en, fr) == []
    assert negations(en, fr.replace("n'est pas perçu", "est perçu")) != []
