"""obligation_mismatch, force: "possible" after a superlative or "extent" ("the soonest possible", "at the earliest
possible date", "to the best extent possible") says a degree, as "as soon as possible" does (« aussitôt que possible »,
« dans toute la mesure du possible »), not the possibility a French « doit » or « il est nécessaire » would contradict;
nor is "possible" the predicate of "should be possible" once its own rendering (« il devrait être possible ») has
answered it."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # 32016r0200, recital 7
            "To ensure that the obligation to disclose the information related to the leverage ratio is carried out "
            "by institutions in an effective and harmonised manner across the Union the soonest possible, it is "
            "necessary to require that institutions use the templates for disclosure of such information at the "
            "earliest possible date.",
            "Afin que les établissements remplissent leur obligation de publier les informations relatives au ratio "
            "de levier aussitôt que possible et d'une manière efficace et harmonisée dans toute l'Union, il est "
            "nécessaire de leur imposer l'utilisation des modèles de déclaration concernant ces informations à partir "
            "d'une date aussi proche que possible.",
        ),
        (
            # 32024r1689, recital 67
            "The requirement for the data sets to be to the best extent possible complete and free of errors should "
            "not affect the use of privacy-preserving techniques in the context of the development and testing of AI "
            "systems.",
            "L'exigence selon laquelle les jeux de données doivent être dans toute la mesure du possible complets et "
            "exempts d'erreurs ne devrait pas avoir d'effet sur l'utilisation de techniques de préservation de la vie "
            "privée dans le cadre du développement et des essais de systèmes d'IA.",
        ),
        (
            # 32023r0435, recital 41
            "To ensure that financial support is frontloaded to better respond to the current energy crisis, it "
            "should be possible that, upon request of a Member State to be submitted together with the REPowerEU "
            "chapter in a modified recovery and resilience plan, an amount of the additional funding required to "
            "finance measures of the REPowerEU chapter be paid in the form of two pre-financing payments.",
            "Afin de veiller à ce que le soutien financier soit concentré en début de période pour mieux répondre à "
            "la crise énergétique actuelle, il devrait être possible, à la demande d'un État membre que celui-ci doit "
            "soumettre en même temps que le chapitre REPowerEU d'un plan pour la reprise et la résilience modifié, "
            "qu'un montant du financement supplémentaire nécessaire pour financer les mesures du chapitre REPowerEU "
            "soit versé sous la forme de deux paiements de préfinancement.",
        ),
    ],
)
def test_a_possible_of_degree_faces_no_duty(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_a_possibility_against_a_french_duty_still_fires() -> None:
    # "it is possible for the operator to" is a possibility the French « doit » turns into a duty
    assert force(
        "Where the data are incomplete, it is possible for the operator to submit a revised report at the earliest "
        "date.",
        "Lorsque les données sont incomplètes, l'exploitant doit soumettre une déclaration révisée à la date la plus "
        "proche.",
    )
