"""A French « ni » with no negation before it in its sentence answers no English "not" far from it (issue 15).

« ni » joins an item to a negation said before it in its sentence (« ne peut pas X, ni Y, ni Z », « sans X ni Y »,
« aucun X ni Y »), or opens with another « ni » a series of its own (« ni directement ni indirectement », « Ni X ni Y ne
sont pris en compte »).  With the « ne … pas » of the verb dropped (« peut X, ni Y, ni Z »), the « ni » that carried it
on was read as opening a series, and answered the English "shall not" of the verb: the drop went unseen.  Such a « ni »
answers an English "nor" or "neither", or a negation at its own place ("not controlled directly or indirectly"), never
the "not" of a verb elsewhere in the sentence.  (Example texts written for these tests.)
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import changed, negations

_SERIES = [
    (
        "The supplier shall not raise the price of the service, shorten the term of the contract or end the contract, "
        "except in the cases set out in Article 9.",
        "Le fournisseur ne peut pas augmenter le prix du service, ni raccourcir la durée du contrat, ni mettre fin au "
        "contrat, sauf dans les cas prévus à l'article 9.",
        ("fr", "ne peut pas augmenter", "peut augmenter"),
    ),
    (
        "This Article shall not apply to the time limits laid down in Article 4, to the period referred to in Article "
        "7(2) or to the deadline set in Article 12.",
        "Le présent article n'est pas applicable aux délais fixés à l'article 4, ni à la période visée à l'article 7, "
        "paragraphe 2, ni à l'échéance fixée à l'article 12.",
        ("fr", "n'est pas applicable", "est applicable"),
    ),
    (
        "The report should not be regarded as an opinion of the board, as a decision of the agency, or as advice to "
        "the applicant.",
        "Le rapport ne devrait pas être considéré comme un avis du conseil, ni comme une décision de l'agence, ni "
        "comme un conseil donné au demandeur.",
        ("fr", "ne devrait pas être", "devrait être"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "change"), _SERIES, ids=["ne peut pas", "n'est pas", "ne devrait pas"])
def test_a_series_in_ni_after_a_negation_is_faithful(en: str, fr: str, change: tuple[str, str, str]) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "change"), _SERIES, ids=["ne peut pas", "n'est pas", "ne devrait pas"])
def test_the_negation_dropped_before_a_series_in_ni_is_caught(
    en: str, fr: str, change: tuple[str, str, str]
) -> None:
    assert negations(*changed(en, fr, change))


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Where a body that is not controlled directly or indirectly by a public authority receives the grant, it "
            "shall report on its use every year.",
            "Lorsqu'un organisme contrôlé ni directement ni indirectement par une autorité publique reçoit la "
            "subvention, il rend compte chaque année de son utilisation.",
        ),
        (
            "Neither the fees paid to the adviser nor the travel costs of the staff shall be taken into account in "
            "that calculation.",
            "Ni les honoraires versés au conseiller ni les frais de déplacement du personnel ne sont pris en compte "
            "dans ce calcul.",
        ),
        (
            "The fees paid to the adviser and the travel costs of the staff shall not be taken into account in that "
            "calculation.",
            "Ni les honoraires versés au conseiller ni les frais de déplacement du personnel ne sont pris en compte "
            "dans ce calcul.",
        ),
    ],
    ids=["ni directement ni indirectement", "ni … ni … ne / neither … nor", "ni … ni … ne / shall not"],
)
def test_a_series_that_opens_with_ni_answers_its_negation(en: str, fr: str) -> None:
    assert negations(en, fr) == []
