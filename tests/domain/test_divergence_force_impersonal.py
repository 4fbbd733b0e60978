"""obligation_mismatch, force: « pouvoir » governing a verb that French uses only impersonally (« il peut s'agir de »,
« il peut arriver que », « il peut se faire que ») has the empty « il » for subject: no one is granted anything, the
sentence says what may be the case, as English does with "such as", "it is possible that" or no modal at all.  Such a
« peut » is a possibility, which answers an English "may" at its place but raises nothing when English has none; a
« peut » with a real subject ("il" standing for the authority, a « le comité peut arriver à ») still grants."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "2.   Each entity shall designate an impartial person to receive the reports, for instance a compliance "
            "officer or an internal auditor.",
            "2.   Chaque entité désigne une personne impartiale chargée de recevoir les signalements. Il peut s'agir "
            "d'un responsable de la conformité ou d'un auditeur interne.",
        ),
        (
            "(12) An operator should inform its customers of any change in the tariff. It is nevertheless possible "
            "that a customer does not reply within the time limit set.",
            "(12) Un opérateur devrait informer ses clients de toute modification du tarif. Il peut néanmoins arriver "
            "qu'un client ne réponde pas dans le délai fixé.",
        ),
        (
            "4.   The undertaking shall hold liquid assets to cover its outflows over thirty days, including deposits "
            "with central banks and government bonds.",
            "4.   L'entreprise détient des actifs liquides pour couvrir ses sorties sur trente jours. Il peut notamment "
            "se faire que ces actifs soient des dépôts auprès des banques centrales ou des obligations d'État.",
        ),
    ],
)
def test_impersonal_peut_grants_nothing(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_impersonal_peut_answers_may() -> None:
    assert not force(
        "(9) Such measures may include the suspension of the licence.",
        "(9) Il peut s'agir notamment de la suspension de l'agrément.",
    )


@pytest.mark.parametrize(
    "fr",
    [
        "Le comité peut arriver à une décision sans consulter les parties.",
        "Lorsque l'autorité est saisie, elle statue. Il peut demander l'avis du comité.",
    ],
)
def test_personal_peut_still_grants(fr: str) -> None:
    en = (
        "The committee shall reach a decision without consulting the parties."
        if fr.startswith("Le comité")
        else "Where the authority receives a request, it shall decide. It shall request the opinion of the committee."
    )
    assert force(en, fr)
